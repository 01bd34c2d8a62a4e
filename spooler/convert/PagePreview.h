#pragma once

#include "common/Result.h"

#include <QByteArray>

class QIODevice;

namespace pv {

struct PagePreview
{
    QByteArray png;
    int page = 0;  // 1-based, as rendered
    int pages = 0; // in the document
};

// Renders one page of a PDF to a PNG `width` pixels wide (the height follows the page), reading
// through any seekable device, so the document stays encrypted at rest while it is previewed.
// Blocking and CPU-bound: call it from a worker thread.
[[nodiscard]] Result<PagePreview> renderPreview(QIODevice *pdf, int page, int width);

} // namespace pv
