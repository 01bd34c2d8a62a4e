#pragma once

namespace pv {

// The daemon holds the master key and decrypted pages in memory: no core file may write them
// to disk, and no other process of the same user may read its memory through ptrace or
// /proc/PID/mem. Sets RLIMIT_CORE to 0 and PR_SET_DUMPABLE to 0. Call once at start.
void forbidCoreDumps();

} // namespace pv
