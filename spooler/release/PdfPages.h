#pragma once

#include "common/Result.h"

#include <QSizeF>

#include <memory>

class QIODevice;

namespace pv::release {

// Rows of a page drawn by PdfPages::draw: `rows` rows of `width` pixels, `stride` bytes apart,
// one byte a pixel in 8-bit gray or three in sRGB. Valid until the next draw.
struct DrawnBand
{
    uchar *data = nullptr;
    int stride = 0;
    int width = 0;
    int rows = 0;
};

// Keeps Poppler's process-wide settings (its globalParams) for as long as documents are drawn:
// one in the render worker, made before the first PdfPages and ended after the last.
class PopplerSession
{
public:
    PopplerSession();
    ~PopplerSession();
    PopplerSession(const PopplerSession &) = delete;
    PopplerSession &operator=(const PopplerSession &) = delete;

private:
    bool m_owns = false;
};

// One PDF drawn with Poppler's Splash renderer straight into a bitmap of the raster's colour
// space and of the rows asked for. Poppler's Qt binding offers neither: it always draws whole
// pages in 32-bit colour onto a transparent canvas, composites the paper in, and copies the
// bitmap into a QImage, 70 MB for a 300 dpi A4 page where a gray band is at most a few.
// The renderer, its font cache and its bitmap are kept from page to page. Used by one thread
// at a time; the document is read through `pdf` (seekable, the decrypting device) as drawn.
// Runs in printvault-worker only (release/RenderJob.h), inside a PopplerSession.
class PdfPages
{
public:
    [[nodiscard]] static Result<std::unique_ptr<PdfPages>> open(QIODevice *pdf);
    ~PdfPages();
    PdfPages(const PdfPages &) = delete;
    PdfPages &operator=(const PdfPages &) = delete;

    int count() const;
    // Page `index` (0-based) as shown: its crop box in points, turned by its /Rotate.
    QSizeF sizePt(int index) const;
    // Its width and height in pixels when drawn at `dpi`, as Poppler sizes the page.
    static int pixels(double pt, double dpi);
    // Rows [top, top + rows) of page `index` drawn at `dpi`, whole width, anti-aliased, on
    // white paper, in gray or sRGB, turned a quarter anticlockwise when `turned` (a landscape
    // page on portrait media, as Ghostscript's fit-page turns it; its width is then its height);
    // "bad-document" when Poppler cannot draw it.
    [[nodiscard]] Result<DrawnBand> draw(int index, double dpi, int top, int rows, bool gray,
                                         bool turned = false);

private:
    struct Private;
    explicit PdfPages(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace pv::release
