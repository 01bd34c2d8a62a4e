#pragma once

#include <functional>

class QIODevice;

namespace pv {

// The preview worker's whole job (printvault-worker --preview, one process per preview): reads
// the request from `control` (convert/PreviewProtocol.h), decrypts the held PDF from its
// inherited descriptor, draws one page with Poppler and answers the PNG on `reply`. Returns the
// process exit code; 3 when memory ran out. Limits were set by the daemon before exec.
// `beforePreview` sees the decrypted document first (the test builds' fault switch).
using BeforePreview = std::function<void(QIODevice &document)>;
int runPreviewWorker(QIODevice &control, QIODevice &reply, const BeforePreview &beforePreview = {});

} // namespace pv
