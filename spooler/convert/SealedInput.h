#pragma once

#include "common/Result.h"
#include "convert/WorkerProtocol.h"

#include <memory>

namespace pv {

class DecryptingDevice;

// Worker side (printvault-worker): the decrypted view of an inherited encrypted file. Each
// call gives a device of its own that reads the descriptor with pread, so several (one per
// Poppler renderer) share it without sharing a file offset.
[[nodiscard]] Result<std::unique_ptr<DecryptingDevice>> openSealed(const SealedStream &stream);

} // namespace pv
