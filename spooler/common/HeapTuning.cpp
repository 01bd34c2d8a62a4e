#include "common/HeapTuning.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pv {

void keepPageBuffersInHeap()
{
#if defined(__GLIBC__)
    // When a heap grows, it grows by this much more and keeps this much when trimmed: room for
    // a 300 dpi page and what drawing it needs.
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
}

void releaseFreeHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace pv
