#pragma once

#include <QString>
#include <QtGlobal>

// The lines of a raster sheet, made from a page Poppler or Ghostscript drew (release/RasterOutput,
// release/GhostscriptRaster).
namespace pv::release {

// A page drawn for a sheet: scaled to fit the media (the margins stay white) and centred.
// Poppler draws it in the raster's colour space, a band of rows at a time (PdfPages).
struct SheetPage
{
    int width = 0; // the page as drawn, in pixels
    int height = 0;
    bool drawnGray = false; // drawn in 8-bit gray (1 byte a pixel), else sRGB (3 bytes)
    int bpp = 3;            // of the raster: 3 (sRGB) or 1 (sGray); 3 from a gray page: gray in all three
    int left = 0;           // where the page sits on the sheet, in pixels
    int top = 0;
    bool flipX = false;  // a back side the printer wants mirrored across (cross-feed)
    bool flipY = false;  // or upside down (feed direction); both: turned half round
    bool toGray = false; // drawn in sRGB, printed without colour: its Rec. 601 luma (Ghostscript's path)
};

// How a back side must be transformed for a printer, from its pwg-raster-document-sheet-back
// (PWG 5100.13: normal, flipped, rotated, manual-tumble) and whether the sheet turns on its
// short edge: the same rules libcups writes into the page header's transforms.
struct BackSide
{
    bool flipX = false;
    bool flipY = false;
};
[[nodiscard]] BackSide backSide(const QString &sheetBack, bool shortEdge);

// The page's row that line y of a sheet `height` pixels high shows, or -1 for a margin.
[[nodiscard]] int pageRow(const SheetPage &page, int y, int height);

// A line of a sheet `width` pixels wide, written to `out` (width * bpp bytes) in the raster's
// colour space, from the page's row as drawn (nullptr: a margin line) and white margins: no
// sheet-sized buffer is ever made. A page a pixel wider than the sheet (rounding) is clipped.
void sheetLine(const SheetPage &page, const uchar *row, int width, uchar *out);

} // namespace pv::release
