#include "config/Paths.h"

#include <QCoreApplication>
#include <QDir>

namespace pv {

Result<Paths> Paths::fromEnvironment(const QProcessEnvironment &env)
{
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    auto base = [&](const char *var, const QString &fallback) {
        const QString v = env.value(QLatin1String(var));
        // The spec says relative paths are invalid and must be ignored.
        return (!v.isEmpty() && QDir::isAbsolutePath(v)) ? v : fallback;
    };
    Paths p;
    p.configDir = base("XDG_CONFIG_HOME", home + QStringLiteral("/.config")) + QStringLiteral("/printvault");
    p.dataDir = base("XDG_DATA_HOME", home + QStringLiteral("/.local/share")) + QStringLiteral("/printvault");
    const QString runtime = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (runtime.isEmpty() || !QDir::isAbsolutePath(runtime)) {
        return Error{QStringLiteral("config"),
                     QCoreApplication::translate(
                         "pv::config",
                         "XDG_RUNTIME_DIR is not set; PrintVault needs a private per-user runtime folder "
                         "(log in through a session manager, or set it to a 0700 folder you own)")};
    }
    p.runtimeDir = runtime + QStringLiteral("/printvault");
    return p;
}

} // namespace pv
