#pragma once

#include "common/Ghostscript.h"
#include "common/Result.h"
#include "release/GhostscriptPages.h"
#include "release/RasterOutput.h"
#include "release/RenderProtocol.h"

#include <QString>

#include <functional>

class QIODevice;

namespace pv::release {

// A raster job drawn by Ghostscript instead of Poppler (release/raster_renderer): what CUPS's
// own filters draw with, two to three times as fast as Poppler's Splash on the same pages
// (bench/release-e2e.sh's peers).
struct GhostscriptJob : RasterPagesJob
{
    QIODevice *pdf = nullptr; // the held document, decrypted as read (seekable)
    int processes = 1;        // Ghostscripts at once, each drawing every n-th page
    QString scratchDir;       // Ghostscript's TMPDIR: an empty folder of this run's
    qint64 memoryBytes = 0;   // each Ghostscript's RLIMIT_AS (the rest it inherits from the worker)
    qsizetype maxPageListChars = MaxPageListChars; // longer -sPageList: one Ghostscript, pages dropped
};

// Ghostscript gets the document whole, decrypted in memory (a memfd): a larger one is drawn by
// Poppler, which reads it through the decrypting device as it draws.
constexpr qint64 MaxGhostscriptDocumentBytes = qint64(64) << 20;

// What draws a document of `documentBytes` for a release that asks for `asked`.
RasterRenderer rendererFor(RasterRenderer asked, qint64 documentBytes);

// Writes the raster stream for `job.format` through `write`, pages in order, as
// RasterOutput.h's writeRaster does with Poppler, and with the same pages: the same headers,
// back sides turned as the printer asks, gray pages in sGray where it takes them, the
// watermark. Ghostscript fits each page to the media and centres it, turning a page whose
// orientation is not the media's (as CUPS does); Poppler's path turns it the same way.
//
// The document is decrypted into a sealed memfd (never a file: Ghostscript would copy a pipe
// to a temporary one), with the watermark appended as an incremental update; `processes`
// Ghostscripts, each given every n-th page (-sPageList, release/GhostscriptPages.h), draw it
// at once, each page to its stdout as compressed PWG raster (pwgraster, sGray or sRGB). Each
// page is read whole in order and passed on under PrintVault's own page header (PWG or URF:
// they compress alike, release/PwgStream.h); a page whose pixels must change (a back side
// turned, an sRGB page printed gray) is decoded and encoded again here. Memory: a page band
// per Ghostscript, and the compressed page being sent. They run with -dSAFER, the minimal
// environment (TMPDIR an empty folder of their own), `memoryBytes` and the worker's other
// limits, its seccomp filter, and in its process group: killing the worker kills them.
// Blocking.
[[nodiscard]] Status writeRasterWithGhostscript(const GhostscriptJob &job);

} // namespace pv::release
