#include "core/DaemonLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace pv::app {

namespace {

const QString ServiceUnit = QStringLiteral("printvaultd.service");

bool userManagerRuns(const QString &runtimeDir)
{
    // systemctl --user talks to this socket; it exists only while the user's manager runs.
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/systemd/private"));
}

bool unitInstalled(const QStringList &unitDirs)
{
    for (const QString &dir : unitDirs) {
        if (QFileInfo::exists(QDir(dir).filePath(ServiceUnit)))
            return true;
    }
    return false;
}

} // namespace

LauncherContext launcherContext()
{
    LauncherContext c;
    c.overrideProgram = qEnvironmentVariable("PRINTVAULT_DAEMON");
    c.runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    c.unitDirs = {configHome + QStringLiteral("/systemd/user"), dataHome + QStringLiteral("/systemd/user"),
                  QStringLiteral("/etc/systemd/user"), QStringLiteral("/usr/lib/systemd/user")};
    c.systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/printvaultd");
    if (QFileInfo(beside).isExecutable())
        c.besideProgram = beside;
    c.pathProgram = QStandardPaths::findExecutable(QStringLiteral("printvaultd"));
    return c;
}

DaemonLauncher chooseDaemonLauncher(const LauncherContext &context)
{
    if (!context.overrideProgram.isEmpty())
        return {context.overrideProgram, {}, false};
    if (!context.systemctl.isEmpty() && userManagerRuns(context.runtimeDir) &&
        unitInstalled(context.unitDirs))
        return {
            context.systemctl,
            {QStringLiteral("--user"), QStringLiteral("start"), QStringLiteral("--no-block"), ServiceUnit},
            true};
    if (!context.besideProgram.isEmpty())
        return {context.besideProgram, {}, false};
    return {context.pathProgram, {}, false};
}

} // namespace pv::app
