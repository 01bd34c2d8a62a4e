#pragma once

namespace pv {

// Rendering allocates and frees page-sized buffers (a 300 dpi A4 page is 35 MB as Poppler draws
// it) for every page. glibc serves blocks that large with mmap and unmaps them when freed, so
// each page's memory was faulted in and zeroed afresh by the kernel: 470,000 page faults and a
// third of the time of a 50-page release (bench/release-render.sh). With heap padding the next
// page reuses the last one's memory. Call once at start, before threads exist, in the process
// that draws pages: printvault-worker. Not in printvaultd, which draws none: the padding would
// keep up to 64 MB of every thread's freed memory resident there.
void keepPageBuffersInHeap();

// Gives the heap's free memory back to the system, once a job's pages are done.
void releaseFreeHeap();

} // namespace pv
