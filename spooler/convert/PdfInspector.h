#pragma once

#include "common/Result.h"
#include "vault/JobRecord.h"

#include <vector>

class QIODevice;

namespace pv {

// Validates a PDF with Poppler and measures it: page count, per-page colour (by rendering at
// low resolution and looking for chromatic pixels), the first page's size and a thumbnail.
// Blocking and CPU-bound: call it from a worker thread. Reads through any seekable device,
// so the document can stay encrypted on disk while it is inspected.
class PdfInspector
{
public:
    struct Options
    {
        double colorDpi = 36.0;   // render resolution for colour detection
        int chromaThreshold = 24; // max(R,G,B) - min(R,G,B) above this is colour
        int thumbnailMaxSide = 256;
        int maxPages = 0;         // policy limits; 0: none
        double maxPageSidePt = 0; // either side of any page
        int maxRenderSide = 2048; // pixels: huge pages are measured at a lower resolution
    };

    PdfInspector() = default;
    explicit PdfInspector(Options options)
        : m_options(options)
    {}

    [[nodiscard]] Result<DocumentInfo> inspect(QIODevice *device) const;
    // The same, with the pages rendered on a thread per device: each device reads the same
    // document (a Poppler document is not shared between threads). The first is validated.
    [[nodiscard]] Result<DocumentInfo> inspect(const std::vector<QIODevice *> &devices) const;

private:
    // Opens the document with Poppler and renders every page (colour, size, thumbnail).
    Result<DocumentInfo> drawPages(const std::vector<QIODevice *> &devices) const;

    Options m_options;
};

} // namespace pv
