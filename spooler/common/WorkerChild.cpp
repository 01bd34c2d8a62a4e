#include "common/WorkerChild.h"

namespace pv {

ChildOptions workerChild(const WorkerChildLimits &limits)
{
    ChildOptions child;
    child.ownProcessGroup = true;
    child.inheritedFds = limits.inheritedFds;
    child.environment = minimalEnvironment(limits.scratchDir);
    child.limits.cpuSeconds = limits.cpuSeconds;
    child.limits.fileSizeBytes = limits.fileSizeBytes;
    child.limits.openFiles = limits.openFiles;
#if defined(__SANITIZE_ADDRESS__)
    const QString asan = child.environment.value(QStringLiteral("ASAN_OPTIONS"));
    child.environment.insert(QStringLiteral("ASAN_OPTIONS"),
                             asan + QStringLiteral(":hard_rss_limit_mb=%1").arg(limits.memoryBytes >> 20));
#else
    child.limits.addressSpaceBytes = limits.memoryBytes;
#endif
    return child;
}

} // namespace pv
