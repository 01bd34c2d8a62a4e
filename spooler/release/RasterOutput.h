#pragma once

#include "common/Result.h"
#include "release/IppClient.h"
#include "vault/PageOverrides.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

class QIODevice;
class QThreadPool;

namespace pv::release {

// How to rasterise for a printer that takes no PDF: PWG raster (PWG 5102.4) or Apple raster
// (URF), at a resolution and colour space the printer lists, on its default media.
struct RasterFormat
{
    QString mime; // image/pwg-raster or image/urf
    int dpi = 300;
    bool color = true;        // srgb_8, else sgray_8
    bool grayOffered = false; // the printer takes sGray pages too
    PrintPlan plan;           // pages printed monochrome go sGray where offered, else gray sRGB
    QString media = QStringLiteral("iso_a4_210x297mm"); // PWG self-describing media name
    QString sides = QStringLiteral("one-sided");
    QString sheetBack =
        QStringLiteral("normal"); // how the printer wants back sides: normal, flipped, rotated, manual-tumble
    QString watermark;            // stamped along the bottom of every page when not empty
};

// What a printer may make PrintVault draw. Its resolutions and default media come from its own
// Get-Printer-Attributes answer, so a hostile (or broken) one could ask for 9600 dpi or a
// custom 5 m page and have a worker render gigabytes per page. Resolutions above the cap are
// not used (a printer that offers only those is refused), and a default media larger than the
// largest sheet below is replaced by A4. 600 dpi on a 610 mm square sheet in sRGB stays under
// RenderProtocol.h's MaxChunkBytes.
constexpr int MinRasterDpi = 72;
constexpr int MaxRasterDpi = 600;
constexpr int MaxMediaSideHundredthsMm = 61000; // 610 mm (24 in): larger than A2's long side

// A media PrintVault knows and will draw: a PWG name libcups reads, no side above the cap.
bool drawableMedia(const QString &pwgName);

// Picks the raster format for the printer; "unsupported-printer" when it takes neither raster,
// or offers it only at resolutions above MaxRasterDpi.
[[nodiscard]] Result<RasterFormat> chooseRaster(const PrinterCapabilities &caps, bool mono,
                                                const QString &sides);

// What a raster job of either renderer is asked: the pages, how to rasterise them, what the
// document may cost, and where they go.
struct RasterPagesJob
{
    RasterFormat format;
    QList<int> pages; // the document's pages to send (0-based, ascending); empty: all
    // What the document may cost (the policy's capture limits, applied again: the job may be
    // older than the policy): its page count, and either side of any page.
    int maxPages = 0;                                // 0: no limit
    double maxPageSidePt = 0.0;                      // 0: no limit
    std::function<bool(const char *, size_t)> write; // false: stop
    std::function<void(int, int)> progress;          // pages sent, and the page count
};

// A raster job for Poppler: the document, and where its pages are drawn.
struct RasterJob : RasterPagesJob
{
    // The same document, opened once per renderer: a page is drawn with one of them at a time.
    std::vector<QIODevice *> pdfs;
    // Pages are drawn and compressed as tasks on this pool (see RasterOutput.cpp's thread budget).
    QThreadPool *renderers = nullptr;
};

// Renders the PDF with Poppler, scaled to fit the media and centred, and writes the raster
// stream through `write`, pages in order, while later pages are drawn on the renderers' pool.
// Pages are drawn in the raster's own colour space (gray pages in 8-bit gray), in bands of at
// most 16 MB (a 300 dpi A4 page is one band in gray, two in sRGB). In memory: per document,
// one band being drawn, and at most two encoded pages per document waiting to be sent.
// Blocking: the calling thread is the sender. Runs in printvault-worker only, inside a
// PopplerSession (release/RenderJob.h): the daemon never draws an untrusted document.
[[nodiscard]] Status writeRaster(const RasterJob &job);

} // namespace pv::release
