#include "common/ProcessHardening.h"

#include <cstdlib>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace pv {

namespace {

#if defined(__SANITIZE_ADDRESS__)
// LeakSanitizer's check at exit ptrace-attaches to the process's threads, which a
// non-dumpable process refuses to anyone without CAP_SYS_PTRACE (the tests' local accounts).
// atexit handlers run last-registered first, so this runs before that check.
void dumpableForLeakCheck()
{
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
}
#endif

} // namespace

void forbidCoreDumps()
{
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#if defined(__SANITIZE_ADDRESS__)
    std::atexit(dumpableForLeakCheck);
#endif
}

} // namespace pv
