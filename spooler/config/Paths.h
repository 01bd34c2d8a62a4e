#pragma once

#include "common/Result.h"

#include <QProcessEnvironment>
#include <QString>

namespace pv {

// Where PrintVault keeps things, after the XDG base directory specification, so that a
// test can run a whole daemon inside a temporary home.
struct Paths
{
    QString configDir;  // $XDG_CONFIG_HOME/printvault
    QString dataDir;    // $XDG_DATA_HOME/printvault
    QString runtimeDir; // $XDG_RUNTIME_DIR/printvault

    QString vaultDir() const { return dataDir + QStringLiteral("/vault"); }
    QString auditDir() const { return dataDir + QStringLiteral("/audit"); }
    QString lockFile() const { return dataDir + QStringLiteral("/printvaultd.lock"); }
    QString socketPath() const { return runtimeDir + QStringLiteral("/api.sock"); }
    QString userSettingsFile() const { return configDir + QStringLiteral("/printvault.conf"); }

    [[nodiscard]] static Result<Paths>
    fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

} // namespace pv
