#pragma once

#include "common/Result.h"

namespace pv {

// Whether an error may clear by itself, so the work is worth trying again later rather than
// giving up on it: a busy or absent printer, a full disk or vault, a vault that is locked or
// paused, a file that cannot be written just now. Release retries these with backoff; spool
// recovery keeps a document that failed so for the next start. One list, so the two never
// disagree about what "may clear" means.
[[nodiscard]] bool isTransient(const Error &error);

} // namespace pv
