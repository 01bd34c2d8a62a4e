#include "release/RasterHeaders.h"

#include <QCoreApplication>

#include <memory>

namespace pv::release {

ssize_t appendToBytes(void *ctx, unsigned char *buffer, size_t length)
{
    static_cast<QByteArray *>(ctx)->append(reinterpret_cast<const char *>(buffer), qsizetype(length));
    return ssize_t(length);
}

Status setUpRasterStream(RasterStreamSetup *setup, const RasterFormat &format, int pages)
{
    pwg_media_t *media = pwgMediaForPWG(format.media.toUtf8().constData());
    if (!media || !drawableMedia(format.media) || format.dpi < MinRasterDpi || format.dpi > MaxRasterDpi)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::release", "media %1 at %2 dpi is not drawn")
                         .arg(format.media)
                         .arg(format.dpi)};
    const QByteArray sides = format.sides.toUtf8();
    const QByteArray sheetBack = format.sheetBack.toUtf8();
    for (int gray = 0; gray < 2; ++gray) {
        const char *type = format.color && !gray ? "srgb_8" : "sgray_8";
        for (int back = 0; back < 2; ++back) {
            cups_page_header2_t &h = setup->headers[gray][back];
            if (!cupsRasterInitPWGHeader(&h, media, type, format.dpi, format.dpi, sides.constData(),
                                         back ? sheetBack.constData() : "normal"))
                return Error{
                    QStringLiteral("internal"),
                    QCoreApplication::translate("pv::release", "cannot make the raster page header")};
            h.cupsInteger[CUPS_RASTER_PWG_TotalPageCount] = unsigned(pages);
        }
    }
    const bool urf = format.mime == QLatin1String("image/urf");
    setup->width = int(setup->headers[0][0].cupsWidth);
    setup->height = int(setup->headers[0][0].cupsHeight);
    setup->duplex = format.sides != QLatin1String("one-sided");
    setup->mode = urf ? CUPS_RASTER_WRITE_APPLE : CUPS_RASTER_WRITE_PWG;
    setup->streamStart = urf ? 12 : 4;
    return {};
}

Result<QList<int>> pagesToSend(int docPages, const QList<int> &asked, int maxPages)
{
    if (maxPages > 0 && docPages > maxPages)
        return Error{
            QStringLiteral("limit-exceeded"),
            QCoreApplication::translate("pv::release", "the document has %1 pages, more than the limit of %2")
                .arg(docPages)
                .arg(maxPages),
            {{QStringLiteral("limit"), QStringLiteral("max_pages")}}};
    QList<int> pages;
    if (asked.isEmpty()) {
        for (int i = 0; i < docPages; ++i)
            pages.append(i);
    }
    for (int i : asked) {
        if (i >= 0 && i < docPages)
            pages.append(i);
    }
    return pages;
}

Status checkPageSize(const QSizeF &pt, int index, double maxSidePt)
{
    if (maxSidePt > 0 && (pt.width() > maxSidePt || pt.height() > maxSidePt))
        return Error{
            QStringLiteral("limit-exceeded"),
            QCoreApplication::translate("pv::release", "page %1 is larger than the limit of %2 inches a side")
                .arg(index + 1)
                .arg(maxSidePt / 72.0),
            {{QStringLiteral("limit"), QStringLiteral("max_page_side_inches")}}};
    if (!(pt.width() > 0 && pt.height() > 0))
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::release", "page %1 cannot be read").arg(index + 1)};
    return {};
}

Result<QByteArray> encodeSheet(const RasterStreamSetup &setup, const cups_page_header2_t &header,
                               const SheetPage &sheet, const DrawnRow &rowAt)
{
    QByteArray stream;
    std::unique_ptr<cups_raster_t, RasterCloser> raster(cupsRasterOpenIO(appendToBytes, &stream, setup.mode));
    if (!raster)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::release", "cannot start the raster stream")};
    cups_page_header2_t h = header;
    if (!cupsRasterWriteHeader2(raster.get(), &h))
        return encodingFailed();
    QByteArray line(int(h.cupsBytesPerLine), '\0');
    auto *buffer = reinterpret_cast<uchar *>(line.data());
    for (int y = 0; y < setup.height; ++y) {
        const int row = pageRow(sheet, y, setup.height);
        const uchar *drawn = nullptr;
        if (row >= 0) {
            auto got = rowAt(row);
            if (!got)
                return got.error();
            drawn = got.value();
        }
        sheetLine(sheet, drawn, setup.width, buffer);
        if (cupsRasterWritePixels(raster.get(), buffer, h.cupsBytesPerLine) != h.cupsBytesPerLine)
            return encodingFailed();
    }
    raster.reset();
    return stream;
}

Error encodingFailed()
{
    return Error{QStringLiteral("internal"),
                 QCoreApplication::translate("pv::release", "cannot encode the raster")};
}

Error sendingFailed(int page)
{
    return Error{QStringLiteral("printer-unreachable"),
                 QCoreApplication::translate("pv::release", "sending page %1 failed").arg(page)};
}

bool printsGray(const RasterFormat &format, int index)
{
    return !format.color || (index < format.plan.size() && format.plan[index] == PrintColor::Monochrome);
}

int rasterBpp(const RasterFormat &format, int index)
{
    return format.color && !(printsGray(format, index) && format.grayOffered) ? 3 : 1;
}

} // namespace pv::release
