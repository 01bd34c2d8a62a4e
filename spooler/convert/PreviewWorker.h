#pragma once

class QIODevice;

namespace pv {

// The preview worker's whole job (printvault-worker --preview, one process per preview): reads
// the request from `control` (convert/PreviewProtocol.h), decrypts the held PDF from its
// inherited descriptor, draws one page with Poppler and answers the PNG on `reply`. Returns the
// process exit code; 3 when memory ran out. Limits were set by the daemon before exec.
int runPreviewWorker(QIODevice &control, QIODevice &reply);

} // namespace pv
