#pragma once

#include <QImage>
#include <QString>

// The lines of a raster sheet, made from a page Poppler rendered (release/RasterOutput).
namespace pv::release {

// A page rendered for a sheet: scaled to fit the media (the margins stay white) and centred.
struct SheetPage
{
    QImage image; // Format_RGB32, as Poppler draws it
    int bpp = 3;  // of the raster: 3 (sRGB) or 1 (sGray)
    int left = 0; // where the image sits on the sheet, in pixels
    int top = 0;
    bool flipX = false; // a back side the printer wants mirrored across (cross-feed)
    bool flipY = false; // or upside down (feed direction); both: turned half round
    bool gray = false;  // printed without colour: on an sRGB sheet, the gray value in all three
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

// Line y of a sheet `width` x `height` pixels, written to `out` (width * bpp bytes) in the
// raster's colour space, from the page and white margins: no sheet-sized buffer is ever made.
// A page a pixel larger than the sheet (rounding) is clipped.
void sheetLine(const SheetPage &page, int y, int width, int height, uchar *out);

} // namespace pv::release
