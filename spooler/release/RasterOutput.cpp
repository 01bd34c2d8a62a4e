#include "release/RasterOutput.h"

#include <QImage>
#include <QPainter>

#include <cups/raster.h>
#include <poppler-qt6.h>

#include <memory>

namespace pv::release {

namespace {

// The best resolution at most 600 dpi (more costs time and memory for no visible gain), or the
// lowest when all are higher.
int pickDpi(const QList<int> &offered)
{
    int best = 0;
    for (int d : offered) {
        if (d <= 600 && d > best)
            best = d;
    }
    if (best == 0 && !offered.isEmpty())
        best = *std::min_element(offered.begin(), offered.end());
    return best > 0 ? best : 300;
}

struct RasterSink
{
    const std::function<bool(const char *, size_t)> *write;
    bool failed = false;
};

ssize_t writeCallback(void *ctx, unsigned char *buffer, size_t length)
{
    auto *sink = static_cast<RasterSink *>(ctx);
    if (sink->failed || !(*sink->write)(reinterpret_cast<const char *>(buffer), length)) {
        sink->failed = true;
        return -1;
    }
    return ssize_t(length);
}

struct RasterCloser
{
    void operator()(cups_raster_t *r) const { cupsRasterClose(r); }
};

} // namespace

Result<RasterFormat> chooseRaster(const PrinterCapabilities &caps, bool mono, const QString &sides)
{
    RasterFormat f;
    f.sides = sides;
    if (!caps.defaultMedia.isEmpty() && pwgMediaForPWG(caps.defaultMedia.toUtf8().constData()))
        f.media = caps.defaultMedia;
    if (caps.formats.contains(QLatin1String("image/pwg-raster")) && !caps.pwgResolutions.isEmpty()) {
        f.mime = QStringLiteral("image/pwg-raster");
        f.dpi = pickDpi(caps.pwgResolutions);
        const bool rgb = caps.pwgTypes.contains(QLatin1String("srgb_8"));
        const bool gray = caps.pwgTypes.contains(QLatin1String("sgray_8"));
        if (!rgb && !gray)
            return Error{QStringLiteral("unsupported-printer"),
                         QStringLiteral("the printer offers no 8-bit sRGB or sGray PWG raster")};
        f.color = rgb && !mono;
        f.sheetBack = caps.pwgSheetBack.isEmpty() ? QStringLiteral("normal") : caps.pwgSheetBack;
        return f;
    }
    if (caps.formats.contains(QLatin1String("image/urf")) && !caps.urf.isEmpty()) {
        f.mime = QStringLiteral("image/urf");
        QList<int> dpis;
        bool rgb = false, gray = false;
        for (const QString &k : caps.urf) {
            if (k.startsWith(QLatin1String("RS"))) {
                for (const QString &d : k.mid(2).split(QLatin1Char('-')))
                    dpis.append(d.toInt());
            }
            rgb = rgb || k == QLatin1String("SRGB24");
            gray = gray || k == QLatin1String("W8");
        }
        if (!rgb && !gray)
            return Error{QStringLiteral("unsupported-printer"),
                         QStringLiteral("the printer offers no sRGB or gray URF")};
        f.dpi = pickDpi(dpis);
        f.color = rgb && !mono;
        return f;
    }
    return Error{
        QStringLiteral("unsupported-printer"),
        QStringLiteral("the printer takes neither PDF nor a raster format PrintVault can make (it takes %1)")
            .arg(caps.formats.join(QStringLiteral(", ")))};
}

Status writeRaster(QIODevice *pdf, const RasterFormat &format,
                   const std::function<bool(const char *, size_t)> &write,
                   const std::function<void(int, int)> &progress)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
    if (!doc || doc->isLocked())
        return Error{QStringLiteral("bad-document"),
                     QStringLiteral("the held document cannot be opened for rendering")};
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    pwg_media_t *media = pwgMediaForPWG(format.media.toUtf8().constData());
    if (!media)
        return Error{QStringLiteral("internal"), QStringLiteral("unknown media %1").arg(format.media)};

    RasterSink sink{&write};
    const cups_mode_t mode =
        format.mime == QLatin1String("image/urf") ? CUPS_RASTER_WRITE_APPLE : CUPS_RASTER_WRITE_PWG;
    std::unique_ptr<cups_raster_t, RasterCloser> raster(cupsRasterOpenIO(writeCallback, &sink, mode));
    if (!raster)
        return Error{QStringLiteral("internal"), QStringLiteral("cannot start the raster stream")};

    const int pages = doc->numPages();
    const QByteArray type = format.color ? "srgb_8" : "sgray_8";
    for (int i = 0; i < pages; ++i) {
        cups_page_header2_t header;
        const bool back = i % 2 == 1 && format.sides != QLatin1String("one-sided");
        if (!cupsRasterInitPWGHeader(&header, media, type.constData(), format.dpi, format.dpi,
                                     format.sides.toUtf8().constData(),
                                     format.sheetBack.toUtf8().constData()))
            return Error{QStringLiteral("internal"), QStringLiteral("cannot make the raster page header")};
        header.cupsInteger[CUPS_RASTER_PWG_TotalPageCount] = unsigned(pages);
        const int width = int(header.cupsWidth);
        const int height = int(header.cupsHeight);

        std::unique_ptr<Poppler::Page> page(doc->page(i));
        if (!page)
            return Error{QStringLiteral("bad-document"), QStringLiteral("page %1 cannot be read").arg(i + 1)};
        // Scale to fit the media, keeping the aspect ratio, centred on white.
        const QSizeF pt = page->pageSizeF();
        const double scale =
            qMin(width / (pt.width() * format.dpi / 72.0), height / (pt.height() * format.dpi / 72.0));
        const double dpi = format.dpi * scale;
        QImage rendered = page->renderToImage(dpi, dpi);
        if (rendered.isNull())
            return Error{QStringLiteral("bad-document"),
                         QStringLiteral("page %1 cannot be rendered").arg(i + 1)};
        QImage sheet(width, height, format.color ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
        sheet.fill(Qt::white);
        {
            QPainter p(&sheet);
            p.drawImage((width - rendered.width()) / 2, (height - rendered.height()) / 2, rendered);
        }
        rendered = QImage();
        // A back side the printer wants rotated gets the page turned (PWG 5100.13 sheet-back).
        if (back &&
            (format.sheetBack == QLatin1String("rotated") || format.sheetBack == QLatin1String("flipped")))
            sheet = format.sheetBack == QLatin1String("rotated") ? sheet.mirrored(true, true)
                                                                 : sheet.mirrored(false, true);

        if (!cupsRasterWriteHeader2(raster.get(), &header))
            return sink.failed ? Status(Error{QStringLiteral("printer-unreachable"),
                                              QStringLiteral("sending the raster failed")})
                               : Status(Error{QStringLiteral("internal"),
                                              QStringLiteral("cannot write the raster header")});
        for (int y = 0; y < height; ++y) {
            if (cupsRasterWritePixels(raster.get(), sheet.scanLine(y), header.cupsBytesPerLine) !=
                header.cupsBytesPerLine)
                return Error{QStringLiteral("printer-unreachable"),
                             QStringLiteral("sending page %1 failed").arg(i + 1)};
        }
        if (progress)
            progress(i + 1, pages);
    }
    return {};
}

} // namespace pv::release
