#pragma once

#include "common/ChildProcess.h"

#include <QList>
#include <QString>

namespace pv {

// RLIMIT_FSIZE of a worker that writes no file of its own (rendering, previews): fontconfig's
// cache at most.
constexpr qint64 NoOutputFileBytes = 64ll << 20;

// What one printvault-worker process may use, as the daemon starts it for a conversion, a
// release rendering or a preview (docs/containment.md).
struct WorkerChildLimits
{
    QList<int> inheritedFds;  // the job's sealed input (and output), by number
    QString scratchDir;       // its HOME and TMPDIR, private to the job
    int cpuSeconds = 0;       // RLIMIT_CPU
    qint64 fileSizeBytes = 0; // RLIMIT_FSIZE
    int openFiles = 0;        // RLIMIT_NOFILE
    qint64 memoryBytes = 0;   // RLIMIT_AS, or ASan's RSS cap in sanitizer builds
};

// The ChildOptions of such a worker: its own process group, the minimal environment, the
// descriptors and limits above. AddressSanitizer reserves terabytes of address space, so
// RLIMIT_AS would stop a sanitizer build's worker at once: there its own resident-memory cap
// (hard_rss_limit_mb) stands in for the limit.
ChildOptions workerChild(const WorkerChildLimits &limits);

} // namespace pv
