// PWG raster and Apple raster (URF) to PDF: libcups decodes the stream, RasterPdfWriter draws
// the pages. Runs on a conversion thread; reads the document through a device, never a file.
#include "convert/ConverterRegistry.h"
#include "convert/RasterPdfWriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cups/raster.h>

#include <cstring>
#include <memory>
#include <vector>

namespace pv::convert {

namespace {

// libcups pulls the raster stream through this callback.
ssize_t readFromDevice(void *ctx, unsigned char *buffer, size_t length)
{
    auto *in = static_cast<QIODevice *>(ctx);
    const qint64 n = in->read(reinterpret_cast<char *>(buffer), qint64(length));
    return n < 0 ? -1 : ssize_t(n);
}

struct RasterCloser
{
    void operator()(cups_raster_t *r) const { cupsRasterClose(r); }
};

Error badRaster(const QString &message)
{
    return Error{QStringLiteral("bad-document"), message};
}

// Apple raster carries no page size in points: derive it from pixels and resolution.
QSizeF pageSizePt(const cups_page_header2_t &h)
{
    QSizeF pagePt(h.cupsPageSize[0], h.cupsPageSize[1]);
    if ((pagePt.width() <= 0 || pagePt.height() <= 0) && h.HWResolution[0] > 0 && h.HWResolution[1] > 0)
        pagePt = QSizeF(h.cupsWidth * 72.0 / h.HWResolution[0], h.cupsHeight * 72.0 / h.HWResolution[1]);
    return pagePt;
}

// Turns one decoded line into 8-bit grey or 24-bit RGB, the depths RasterPdfWriter draws:
// 1-bit black (PWG black_1, as Ghostscript's pwgraster writes it) is widened to grey.
void widen(const cups_page_header2_t &h, bool ink, const unsigned char *in, unsigned char *out)
{
    if (h.cupsBitsPerPixel == 1) {
        for (unsigned x = 0; x < h.cupsWidth; ++x) {
            const bool set = in[x / 8] & (0x80 >> (x % 8));
            out[x] = (set == ink) ? 0x00 : 0xff;
        }
        return;
    }
    const unsigned bytes = h.cupsBytesPerLine;
    for (unsigned i = 0; i < bytes; ++i)
        out[i] = ink ? 0xff - in[i] : in[i];
}

// The header's colour space as the number the document sent: a value outside the enum (found
// by fuzz_convert) may not be read as a cups_cspace_t.
unsigned colorSpace(const cups_page_header2_t &h)
{
    unsigned space = 0;
    static_assert(sizeof space == sizeof h.cupsColorSpace);
    std::memcpy(&space, &h.cupsColorSpace, sizeof space);
    return space;
}

bool supportedSpace(unsigned space, unsigned bitsPerPixel)
{
    if (bitsPerPixel == 24)
        return space == CUPS_CSPACE_RGB || space == CUPS_CSPACE_SRGB || space == CUPS_CSPACE_ADOBERGB;
    return space == CUPS_CSPACE_K || space == CUPS_CSPACE_W || space == CUPS_CSPACE_SW;
}

// One page: its lines go to the PDF writer as they are decoded.
Status copyPage(cups_raster_t *raster, const cups_page_header2_t &h, RasterPdfWriter &pdf)
{
    const bool bilevel = h.cupsBitsPerColor == 1 && h.cupsBitsPerPixel == 1;
    const bool bytes = h.cupsBitsPerColor == 8 && (h.cupsBitsPerPixel == 8 || h.cupsBitsPerPixel == 24);
    if (!bilevel && !bytes)
        return badRaster(QCoreApplication::translate("pv::convert", "unsupported raster depth %1")
                             .arg(h.cupsBitsPerPixel));
    const unsigned space = colorSpace(h);
    if (!supportedSpace(space, h.cupsBitsPerPixel))
        return badRaster(
            QCoreApplication::translate("pv::convert", "unsupported raster colour space %1").arg(space));
    if (h.cupsWidth == 0 || h.cupsBytesPerLine != (quint64(h.cupsWidth) * h.cupsBitsPerPixel + 7) / 8)
        return badRaster(QCoreApplication::translate("pv::convert", "the raster page header is not valid"));
    const int depth = bilevel ? 8 : int(h.cupsBitsPerPixel);
    if (auto s = pdf.beginPage(pageSizePt(h), int(h.cupsWidth), int(h.cupsHeight), depth); !s)
        return s;
    std::vector<unsigned char> line(h.cupsBytesPerLine);
    std::vector<unsigned char> wide(size_t(h.cupsWidth) * size_t(depth / 8));
    for (unsigned y = 0; y < h.cupsHeight; ++y) {
        if (cupsRasterReadPixels(raster, line.data(), h.cupsBytesPerLine) != h.cupsBytesPerLine)
            return badRaster(QCoreApplication::translate("pv::convert",
                                                         "the raster document ends in the middle of a page"));
        widen(h, space == CUPS_CSPACE_K, line.data(), wide.data());
        if (auto s = pdf.writeLine(wide.data()); !s)
            return s;
    }
    return pdf.endPage();
}

} // namespace

Status rasterToPdf(QIODevice &in, QIODevice &out, const ConvertOptions &options)
{
    std::unique_ptr<cups_raster_t, RasterCloser> raster(
        cupsRasterOpenIO(&readFromDevice, &in, CUPS_RASTER_READ));
    if (!raster)
        return badRaster(
            QCoreApplication::translate("pv::convert", "the document is not PWG or Apple raster"));
    RasterPdfWriter pdf(&out, options.maxRasterSide);
    cups_page_header2_t header;
    int pages = 0;
    while (cupsRasterReadHeader2(raster.get(), &header)) {
        if (options.maxPages > 0 && pages >= options.maxPages)
            return tooManyPages(options.maxPages);
        if (auto s = copyPage(raster.get(), header, pdf); !s)
            return s;
        ++pages;
    }
    if (pages == 0)
        return badRaster(QCoreApplication::translate("pv::convert", "the raster document has no pages"));
    return pdf.finish();
}

} // namespace pv::convert
