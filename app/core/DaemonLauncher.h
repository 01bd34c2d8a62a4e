#pragma once

#include <QString>
#include <QStringList>

namespace pv::app {

// How the tray starts printvaultd when none answers.
struct DaemonLauncher
{
    QString program; // empty: never start one
    QStringList arguments;
    bool systemd = false; // through the user's systemd, whose journal then has the daemon's log
};

// What the choice depends on, read from the environment by launcherContext().
struct LauncherContext
{
    QString overrideProgram; // PRINTVAULT_DAEMON
    QString runtimeDir;      // XDG_RUNTIME_DIR
    QStringList unitDirs;    // where a user's systemd looks for printvaultd.service
    QString systemctl;       // path of systemctl, empty when absent
    QString besideProgram;   // printvaultd next to the tray's own executable
    QString pathProgram;     // printvaultd found on PATH
};

LauncherContext launcherContext();

// Where the package's user units are and the user's systemd runs, the daemon is started as
// printvaultd.service: a second printvaultd beside the one socket activation starts would
// fight it for the sockets. Otherwise the program itself, as in a build tree or ~/.local.
DaemonLauncher chooseDaemonLauncher(const LauncherContext &context);

} // namespace pv::app
