#pragma once

#include <functional>

class QIODevice;

namespace pv::release {

// Sees the decrypted document before it is rendered (the test build's fault injection).
using BeforeRender = std::function<void(QIODevice &document)>;

// The render worker's whole job (printvault-worker --render, one process per release try):
// reads the request from `control` (release/RenderProtocol.h), decrypts the held PDF from its
// inherited descriptor, rasterises it for the printer, with Ghostscript (GhostscriptRaster.h,
// one per core) or Poppler (writeRaster, on a pool of its own, renderersPerDocument()
// threads) as the request says, and streams the raster to `out`, page by page in order; or (a
// "pdf_update" request) reads it with qpdf and answers with the update release appends to it
// for a PDF printer. Returns the process exit code; 3 when memory ran out. Limits were set by
// the daemon before exec.
int runRenderWorker(QIODevice &control, QIODevice &out, const BeforeRender &beforeRender = {});

} // namespace pv::release
