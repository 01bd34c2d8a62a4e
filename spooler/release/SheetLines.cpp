#include "release/SheetLines.h"

#include <algorithm>
#include <cstring>

namespace pv::release {

namespace {

// A gray row spread over an sRGB line, for a printer that takes no sGray pages.
void grayToRgb(const uchar *src, uchar *dst, int width)
{
    for (int x = 0; x < width; ++x)
        dst[3 * x] = dst[3 * x + 1] = dst[3 * x + 2] = src[x];
}

// An sRGB row printed without colour: its luma, in gray or spread over sRGB.
void rgbToGray(const uchar *src, uchar *dst, int width, int bpp)
{
    for (int x = 0; x < width; ++x, src += 3) {
        const uchar luma = uchar((299 * src[0] + 587 * src[1] + 114 * src[2] + 500) / 1000);
        for (int c = 0; c < bpp; ++c)
            dst[bpp * x + c] = luma;
    }
}

} // namespace

BackSide backSide(const QString &sheetBack, bool shortEdge)
{
    if (sheetBack == QLatin1String("flipped"))
        return shortEdge ? BackSide{true, false} : BackSide{false, true};
    if (sheetBack == QLatin1String("rotated") && !shortEdge)
        return {true, true};
    if (sheetBack == QLatin1String("manual-tumble") && shortEdge)
        return {true, true};
    return {};
}

int pageRow(const SheetPage &r, int y, int height)
{
    const int sy = (r.flipY ? height - 1 - y : y) - r.top;
    return sy < 0 || sy >= r.height ? -1 : sy;
}

void sheetLine(const SheetPage &r, const uchar *row, int width, uchar *out)
{
    const int bpp = r.bpp;
    if (!row) {
        memset(out, 0xff, size_t(width * bpp));
        return;
    }
    const int w = qMax(0, qMin(r.width, width - r.left));
    memset(out, 0xff, size_t(r.left * bpp));
    memset(out + (r.left + w) * bpp, 0xff, size_t((width - r.left - w) * bpp));
    if (r.drawnGray && bpp == 3)
        grayToRgb(row, out + r.left * bpp, w);
    else if (!r.drawnGray && r.toGray)
        rgbToGray(row, out + r.left * bpp, w, bpp);
    else
        memcpy(out + r.left * bpp, row, size_t(w * bpp));
    if (r.flipX) // the line runs right to left
        for (int a = 0, b = width - 1; a < b; ++a, --b)
            std::swap_ranges(out + a * bpp, out + (a + 1) * bpp, out + b * bpp);
}

} // namespace pv::release
