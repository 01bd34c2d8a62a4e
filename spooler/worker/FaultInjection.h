#pragma once

#include <functional>

class QIODevice;

namespace pv::worker {

// Test builds only (PRINTVAULT_BUILD_TESTS): a text document whose first line is
// "PRINTVAULT-WORKER-FAULT: <mode>" makes this worker crash, hang, spin, or eat memory, so the
// containment tests need no real exploit. The daemon has no such switch; release builds of
// the worker return an empty hook.
std::function<void(QIODevice &)> faultHook();

} // namespace pv::worker
