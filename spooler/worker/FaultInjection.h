#pragma once

#include <QByteArray>

#include <functional>

class QIODevice;

namespace pv::worker {

// Test builds only (PRINTVAULT_BUILD_TESTS): a document whose first 128 bytes hold
// "<tag><mode>" on a line makes this worker crash, hang, spin, or eat memory, so the
// containment tests need no real exploit. The tags: CaptureFaultTag ("PRINTVAULT-WORKER-FAULT: "
// at the start of a text document) for conversion, RenderFaultTag (in a PDF comment, so the
// document is held first) for release rendering and page previews. The daemon has no such switch; release
// builds of the worker return an empty hook.
std::function<void(QIODevice &)> faultHook(const QByteArray &tag);

inline const char CaptureFaultTag[] = "PRINTVAULT-WORKER-FAULT: ";
inline const char RenderFaultTag[] = "PRINTVAULT-RENDER-FAULT: ";

} // namespace pv::worker
