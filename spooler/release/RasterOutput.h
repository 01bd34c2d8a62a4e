#pragma once

#include "common/Result.h"
#include "release/IppClient.h"
#include "vault/PageOverrides.h"

#include <QString>

#include <functional>
#include <vector>

class QIODevice;

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

// Picks the raster format for the printer; "unsupported-printer" when it takes neither raster.
[[nodiscard]] Result<RasterFormat> chooseRaster(const PrinterCapabilities &caps, bool mono,
                                                const QString &sides);

// Renders the PDF with Poppler, scaled to fit the media and centred, and writes the raster
// stream through `write` (false: stop), pages in order. Each of `pdfs` (the same document,
// opened once per renderer) feeds a thread of its own that draws and compresses its pages, so
// every core works while earlier pages are sent; per renderer, one page being drawn and one
// encoded page waiting to be sent are in memory. `progress` gets pages sent and the page count.
[[nodiscard]] Status writeRaster(const std::vector<QIODevice *> &pdfs, const RasterFormat &format,
                                 const std::function<bool(const char *, size_t)> &write,
                                 const std::function<void(int, int)> &progress);

} // namespace pv::release
