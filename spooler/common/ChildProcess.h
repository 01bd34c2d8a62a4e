#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>

class QProcess;

namespace pv {

// Resource limits a child starts with (setrlimit, soft = hard, so it cannot raise them).
// 0 leaves a limit as the parent has it. Core dumps are always off: they would hold the
// document.
struct ChildLimits
{
    qint64 addressSpaceBytes = 0; // RLIMIT_AS
    int cpuSeconds = 0;           // RLIMIT_CPU: SIGXCPU, then SIGKILL
    qint64 fileSizeBytes = 0;     // RLIMIT_FSIZE: the largest file it may write
    int openFiles = 0;            // RLIMIT_NOFILE
};

// How a child of PrintVault starts (the converter worker, and Ghostscript in it).
struct ChildOptions
{
    ChildLimits limits;
    bool ownProcessGroup = true;     // the group is killed as a whole (Ghostscript with its worker)
    QList<int> inheritedFds;         // open in the child under the same numbers; all else closes
    QProcessEnvironment environment; // the child's whole environment (see minimalEnvironment)
};

// Sets up a QProcess so that its child, between fork and exec:
// - unblocks every signal and restores default dispositions (the daemon blocks SIGTERM,
//   SIGINT and SIGHUP for its signalfd, and a blocked mask survives exec);
// - dies with the thread that started it (PR_SET_PDEATHSIG, SIGKILL), and exits at once
//   when that parent is already gone;
// - leads a process group of its own, when asked;
// - has the limits, no core dumps, and no descriptor beyond stdio and `inheritedFds`.
// The thread that starts the process must outlive it: PDEATHSIG follows the parent thread.
void prepareChild(QProcess &process, const ChildOptions &options);

// Kills the child's whole process group (or the child alone when it has none) with SIGKILL
// and reaps it.
void killChild(QProcess &process, bool ownProcessGroup = true);

// The environment every child gets: a fixed PATH, the C.UTF-8 locale, TMPDIR and HOME in
// the job's private scratch folder, and nothing of the user's session (no D-Bus address,
// no display, no tokens). Sanitizer builds also pass the sanitizers' own options on.
QProcessEnvironment minimalEnvironment(const QString &scratchDir);

// The keys minimalEnvironment() may hold, for tests and the docs.
QStringList allowedEnvironmentKeys();

// Where `name` is installed in the fixed PATH minimalEnvironment() gives; empty when it is not.
QString childExecutable(const QString &name);

} // namespace pv
