#pragma once

#include "common/Result.h"
#include "release/RasterOutput.h"
#include "release/SheetLines.h"

#include <QSizeF>

#include <cups/raster.h>

#include <functional>

namespace pv::release {

struct RasterCloser
{
    void operator()(cups_raster_t *r) const { cupsRasterClose(r); }
};

// A raster stream written into a QByteArray (`ctx`), for cupsRasterOpenIO: an encoded page is
// taken whole.
ssize_t appendToBytes(void *ctx, unsigned char *buffer, size_t length);

// The page headers and stream settings of one raster job, whoever draws its pages (Poppler in
// RasterOutput.cpp, Ghostscript in GhostscriptRaster.cpp): fixed before the first page.
struct RasterStreamSetup
{
    cups_page_header2_t headers[2][2]; // [gray][back]: a back side's says how it was transformed
    int width = 0;                     // the sheet, in pixels
    int height = 0;
    bool duplex = false; // libcups would transform one-sided backs
    cups_mode_t mode = CUPS_RASTER_WRITE_PWG;
    // What a raster stream starts with before its first page header: the sync word, and for
    // URF the page count (PWG 5102.4; "UNIRAST", a NUL, 32-bit count).
    qsizetype streamStart = 4;
};

// Front and back sides' headers for `pages` pages: a back side's says how it was transformed
// (sheet-back), a front side's that it was not. Pages of a colour job printed without colour
// get sGray headers where the printer takes them. Checks the caps again (drawableMedia, dpi):
// the worker never draws past them, whatever it was asked.
[[nodiscard]] Status setUpRasterStream(RasterStreamSetup *setup, const RasterFormat &format, int pages);

// The document's pages to send, of `docPages`: those `asked` (0-based, ascending; empty: all)
// that it has; "limit-exceeded" when it has more than `maxPages` (0: no limit).
[[nodiscard]] Result<QList<int>> pagesToSend(int docPages, const QList<int> &asked, int maxPages);

// "limit-exceeded" when page `index`, `pt` as shown, is larger than `maxSidePt` a side (0: no
// limit); "bad-document" when it has no size.
[[nodiscard]] Status checkPageSize(const QSizeF &pt, int index, double maxSidePt);

// The page's row `row` as drawn (release/SheetLines.h: 1 or 3 bytes a pixel), for encodeSheet.
using DrawnRow = std::function<Result<const uchar *>(int row)>;

// One sheet encoded as a raster stream of its own (its start, `header`, its lines): each line
// made by sheetLine() from the page's row pageRow() says it shows, asked of `rowAt` in the
// order the sheet is read, margins white. Both renderers' pages are encoded here.
[[nodiscard]] Result<QByteArray> encodeSheet(const RasterStreamSetup &setup,
                                             const cups_page_header2_t &header, const SheetPage &sheet,
                                             const DrawnRow &rowAt);

// The errors both renderers' encoders give.
Error encodingFailed();
Error sendingFailed(int page); // 1-based

// Whether document page `index` prints without colour, and the raster's bytes a pixel for it:
// 1 (sGray) or 3 (sRGB, a gray page gray in all three where the printer takes no sGray).
bool printsGray(const RasterFormat &format, int index);
int rasterBpp(const RasterFormat &format, int index);

} // namespace pv::release
