#pragma once

#include "common/Result.h"
#include "release/RasterOutput.h"

#include <QString>

#include <functional>

class QIODevice;

namespace pv::release {

// A raster job drawn by Ghostscript instead of Poppler (release/raster_renderer): what CUPS's
// own filters draw with, two to three times as fast as Poppler's Splash on the same pages
// (bench/release-e2e.sh's peers).
struct GhostscriptJob
{
    QIODevice *pdf = nullptr; // the held document, decrypted as read (seekable)
    RasterFormat format;
    QList<int> pages; // the document's pages to send (0-based, ascending); empty: all
    int maxPages = 0; // 0: no limit
    double maxPageSidePt = 0.0;
    int processes = 1;      // Ghostscripts at once, each drawing every n-th page
    QString scratchDir;     // Ghostscript's TMPDIR: an empty folder of this run's
    qint64 memoryBytes = 0; // each Ghostscript's RLIMIT_AS (the rest it inherits from the worker)
    std::function<bool(const char *, size_t)> write; // false: stop
    std::function<void(int, int)> progress;          // pages sent, and the page count
};

// Where Ghostscript is installed, in the fixed PATH children get; empty when it is not.
QString ghostscriptPath();

// Writes the raster stream for `job.format` through `write`, pages in order, as
// RasterOutput.h's writeRaster does with Poppler, and with the same pages: the same headers,
// back sides turned as the printer asks, gray pages in sGray where it takes them, the
// watermark. Ghostscript fits each page to the media and centres it, turning a page whose
// orientation is not the media's (as CUPS does); Poppler's path turns it the same way.
//
// The document is decrypted into a sealed memfd (never a file: Ghostscript would copy a pipe
// to a temporary one), with the watermark appended as an incremental update; `processes`
// Ghostscripts, each given every n-th page (-sPageList), draw it at once, and each page is
// read from its Ghostscript's stdout as a PNM bitmap, a row at a time, and encoded here:
// memory is a page's bitmap per Ghostscript. They run with -dSAFER, the minimal environment
// (TMPDIR an empty folder of their own), `memoryBytes` and the worker's other limits, its seccomp
// filter, and in its process group: killing the worker kills them. Blocking.
[[nodiscard]] Status writeRasterWithGhostscript(const GhostscriptJob &job);

} // namespace pv::release
