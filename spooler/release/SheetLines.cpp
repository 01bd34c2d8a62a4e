#include "release/SheetLines.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace pv::release {

namespace {

// Poppler's 32-bit pixels (0xffRRGGBB) packed into the raster's colour space, a line at a time
// while it is encoded: no second page-sized image, and the line is still in cache when libcups
// compresses it. In chunks that the compiler turns into vector code.
constexpr int Chunk = 32;

void packRgb(const uchar *src, uchar *dst, int width)
{
    int x = 0;
    for (; x + Chunk <= width; x += Chunk) {
        quint32 in[Chunk];
        quint32 out[Chunk * 3 / 4];
        memcpy(in, src + 4 * x, sizeof in);
        for (int i = 0; i < Chunk; i += 4) { // four pixels make three words, R G B R | G B R G | B R G B
            const quint32 a = qbswap(in[i]) >> 8, b = qbswap(in[i + 1]) >> 8;
            const quint32 c = qbswap(in[i + 2]) >> 8, d = qbswap(in[i + 3]) >> 8;
            out[i / 4 * 3] = qToLittleEndian(a | b << 24);
            out[i / 4 * 3 + 1] = qToLittleEndian(b >> 8 | c << 16);
            out[i / 4 * 3 + 2] = qToLittleEndian(c >> 16 | d << 8);
        }
        memcpy(dst + 3 * x, out, sizeof out);
    }
    for (; x < width; ++x) {
        const QRgb p = reinterpret_cast<const QRgb *>(src)[x];
        dst[3 * x] = uchar(qRed(p));
        dst[3 * x + 1] = uchar(qGreen(p));
        dst[3 * x + 2] = uchar(qBlue(p));
    }
}

// Rec. 601 weights, as CUPS and Ghostscript make gray; they sum to 256, so white stays 255.
uchar luma(uchar r, uchar g, uchar b)
{
    return uchar((r * 77u + g * 151u + b * 28u) >> 8);
}

void packGray(const uchar *src, uchar *dst, int width)
{
    // Where a 32-bit pixel's red, green and blue bytes are in memory.
    constexpr bool le = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;
    constexpr int R = le ? 2 : 1, G = le ? 1 : 2, B = le ? 0 : 3;
    int x = 0;
    for (; x + Chunk <= width; x += Chunk) {
        uchar in[Chunk * 4];
        uchar out[Chunk];
        memcpy(in, src + 4 * x, sizeof in);
        for (int i = 0; i < Chunk; ++i)
            out[i] = luma(in[4 * i + R], in[4 * i + G], in[4 * i + B]);
        memcpy(dst + x, out, sizeof out);
    }
    for (; x < width; ++x) {
        const QRgb p = reinterpret_cast<const QRgb *>(src)[x];
        dst[x] = luma(uchar(qRed(p)), uchar(qGreen(p)), uchar(qBlue(p)));
    }
}

// Gray on an sRGB sheet, for a printer that takes no sGray pages: the same values packGray
// makes, three times over.
void packGrayRgb(const uchar *src, uchar *dst, int width)
{
    packGray(src, dst + 2 * width, width); // the last third of the span, spread from the front
    for (int x = 0; x < width; ++x) {
        const uchar v = dst[2 * width + x];
        dst[3 * x] = dst[3 * x + 1] = dst[3 * x + 2] = v;
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

void sheetLine(const SheetPage &r, int y, int width, int height, uchar *out)
{
    const int bpp = r.bpp;
    const int sy = (r.flipY ? height - 1 - y : y) - r.top;
    if (sy < 0 || sy >= r.image.height()) {
        memset(out, 0xff, size_t(width * bpp));
        return;
    }
    const uchar *src = r.image.constScanLine(sy);
    const int w = qMin(r.image.width(), width - r.left);
    const auto pack = bpp == 1 ? packGray : r.gray ? packGrayRgb : packRgb;
    memset(out, 0xff, size_t(r.left * bpp));
    memset(out + (r.left + w) * bpp, 0xff, size_t((width - r.left - w) * bpp));
    pack(src, out + r.left * bpp, w);
    if (r.flipX) // the line runs right to left
        for (int a = 0, b = width - 1; a < b; ++a, --b)
            std::swap_ranges(out + a * bpp, out + (a + 1) * bpp, out + b * bpp);
}

} // namespace pv::release
