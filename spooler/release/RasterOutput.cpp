#include "release/RasterOutput.h"

#include "release/PdfWatermark.h"

#include <QImage>

#include <cups/raster.h>
#include <poppler-qt6.h>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace pv::release {

namespace {

// 300 dpi, office quality and what CUPS prints at by default, when the printer offers it;
// else the offered resolution nearest to it (the higher of two as near). A 600 dpi page costs
// four times the rendering, memory and bytes on the wire of a 300 dpi one.
int pickDpi(const QList<int> &offered)
{
    int best = 0;
    for (int d : offered) {
        if (d > 0 && (best == 0 || std::abs(d - 300) < std::abs(best - 300) ||
                      (std::abs(d - 300) == std::abs(best - 300) && d > best)))
            best = d;
    }
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

namespace {

// A page rendered for a sheet: scaled to fit the media (the margins stay white) and centred.
struct Rendered
{
    QImage image; // in the raster's colour space already: RGB888 or Grayscale8
    int left = 0;
    int top = 0;
    bool turned = false; // a back side the printer wants turned (PWG 5100.13 sheet-back)
};

// The stamp's band, rendered by Poppler from the same drawing as on PDF (no Qt font code:
// the daemon has no GUI application), laid over the bottom of the page.
Status stamp(QImage *page, const QSizeF &pagePt, const QString &text, double dpi)
{
    std::unique_ptr<Poppler::Document> doc =
        Poppler::Document::loadFromData(stampPage(pagePt.width(), pagePt.height(), text));
    std::unique_ptr<Poppler::Page> p(doc ? doc->page(0) : nullptr);
    if (!p)
        return Error{QStringLiteral("internal"), QStringLiteral("the watermark cannot be drawn")};
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    const int band = qMin(page->height(), int(std::ceil(StampBandPt * dpi / 72.0)));
    const QImage drawn = p->renderToImage(dpi, dpi, 0, page->height() - band, page->width(), band)
                             .convertToFormat(page->format());
    if (drawn.isNull())
        return Error{QStringLiteral("internal"), QStringLiteral("the watermark cannot be drawn")};
    const int bytes = qMin(drawn.bytesPerLine(), page->bytesPerLine());
    for (int y = 0; y < qMin(band, drawn.height()); ++y)
        memcpy(page->scanLine(page->height() - band + y), drawn.constScanLine(y), size_t(bytes));
    return {};
}

Result<Rendered> renderPage(Poppler::Document *doc, int index, const RasterFormat &format, int width,
                            int height)
{
    std::unique_ptr<Poppler::Page> page(doc->page(index));
    if (!page)
        return Error{QStringLiteral("bad-document"), QStringLiteral("page %1 cannot be read").arg(index + 1)};
    const QSizeF pt = page->pageSizeF();
    const double scale =
        qMin(width / (pt.width() * format.dpi / 72.0), height / (pt.height() * format.dpi / 72.0));
    const double dpi = format.dpi * scale;
    Rendered r;
    r.image = page->renderToImage(dpi, dpi);
    if (r.image.isNull())
        return Error{QStringLiteral("bad-document"),
                     QStringLiteral("page %1 cannot be rendered").arg(index + 1)};
    if (r.image.width() > width || r.image.height() > height) // rounding: a pixel too many
        r.image = r.image.copy(0, 0, qMin(width, r.image.width()), qMin(height, r.image.height()));
    if (!format.watermark.isEmpty()) {
        if (auto s = stamp(&r.image, pt, format.watermark, dpi); !s)
            return s.error();
    }
    // Converted here, on the renderer's thread, so that the sender only copies lines; the result
    // is also a quarter (RGB) or three quarters (gray) smaller than Poppler's 32-bit image.
    r.image =
        std::move(r.image).convertToFormat(format.color ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    r.left = (width - r.image.width()) / 2;
    r.top = (height - r.image.height()) / 2;
    r.turned = index % 2 == 1 && format.sides != QLatin1String("one-sided") &&
               (format.sheetBack == QLatin1String("rotated") || format.sheetBack == QLatin1String("flipped"));
    return r;
}

// One line of the sheet in the raster's colour space (sRGB or sGray, 8 bits), from the rendered
// page and white margins: no sheet-sized buffer is ever made.
void sheetLine(const Rendered &r, int y, int width, int height, bool color, bool mirrorX, uchar *out)
{
    const int bpp = color ? 3 : 1;
    memset(out, 0xff, size_t(width * bpp));
    const int sy = (r.turned ? height - 1 - y : y) - r.top;
    if (sy < 0 || sy >= r.image.height())
        return;
    const uchar *src = r.image.constScanLine(sy);
    if (!(r.turned && mirrorX)) {
        memcpy(out + r.left * bpp, src, size_t(r.image.width() * bpp));
        return;
    }
    // A back side turned by the printer: the line runs right to left.
    for (int x = 0; x < r.image.width(); ++x)
        memcpy(out + (width - 1 - (r.left + x)) * bpp, src + x * bpp, size_t(bpp));
}

// One rendering thread's hand-off to the sender: at most one finished sheet waits here, so
// memory stays at a page or two per renderer however long the document is.
struct Slot
{
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<Rendered> page;
    Status error;
    bool failed = false;
};

} // namespace

Status writeRaster(const std::vector<QIODevice *> &pdfs, const RasterFormat &format,
                   const std::function<bool(const char *, size_t)> &write,
                   const std::function<void(int, int)> &progress)
{
    // One Poppler document per renderer: a document is not shared between threads.
    std::vector<std::unique_ptr<Poppler::Document>> docs;
    for (QIODevice *pdf : pdfs) {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        if (!doc || doc->isLocked())
            return Error{QStringLiteral("bad-document"),
                         QStringLiteral("the held document cannot be opened for rendering")};
        doc->setRenderHint(Poppler::Document::Antialiasing, true);
        doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
        docs.push_back(std::move(doc));
    }
    if (docs.empty())
        return Error{QStringLiteral("internal"), QStringLiteral("no document to render")};
    pwg_media_t *media = pwgMediaForPWG(format.media.toUtf8().constData());
    if (!media)
        return Error{QStringLiteral("internal"), QStringLiteral("unknown media %1").arg(format.media)};
    const int pages = docs.front()->numPages();
    const QByteArray type = format.color ? "srgb_8" : "sgray_8";
    cups_page_header2_t header;
    if (!cupsRasterInitPWGHeader(&header, media, type.constData(), format.dpi, format.dpi,
                                 format.sides.toUtf8().constData(), format.sheetBack.toUtf8().constData()))
        return Error{QStringLiteral("internal"), QStringLiteral("cannot make the raster page header")};
    header.cupsInteger[CUPS_RASTER_PWG_TotalPageCount] = unsigned(pages);
    const int width = int(header.cupsWidth);
    const int height = int(header.cupsHeight);

    // Renderer k draws pages k, k+n, k+2n... while this thread encodes and sends them in order.
    const int n = int(docs.size());
    std::vector<Slot> handoffs(static_cast<size_t>(n));
    std::atomic<bool> stop{false};
    std::vector<std::thread> renderers;
    for (int k = 0; k < n; ++k) {
        renderers.emplace_back([&, k]() {
            Slot &slot = handoffs[size_t(k)];
            for (int i = k; i < pages; i += n) {
                {
                    // Render only once the last page was taken: one page per renderer at a time.
                    std::unique_lock<std::mutex> lock(slot.mutex);
                    slot.changed.wait(lock, [&]() { return !slot.page || stop.load(); });
                    if (stop.load())
                        return;
                }
                auto page = renderPage(docs[size_t(k)].get(), i, format, width, height);
                std::lock_guard<std::mutex> lock(slot.mutex);
                if (!page) {
                    slot.error = page.error();
                    slot.failed = true;
                } else {
                    slot.page = std::move(page.value());
                }
                slot.changed.notify_all();
                if (slot.failed)
                    return;
            }
        });
    }
    const auto finish = [&](Status s) {
        stop.store(true);
        for (Slot &slot : handoffs) {
            std::lock_guard<std::mutex> lock(slot.mutex);
            slot.changed.notify_all();
        }
        for (std::thread &t : renderers)
            t.join();
        return s;
    };

    RasterSink sink{&write};
    const cups_mode_t mode =
        format.mime == QLatin1String("image/urf") ? CUPS_RASTER_WRITE_APPLE : CUPS_RASTER_WRITE_PWG;
    std::unique_ptr<cups_raster_t, RasterCloser> raster(cupsRasterOpenIO(writeCallback, &sink, mode));
    if (!raster)
        return finish(Error{QStringLiteral("internal"), QStringLiteral("cannot start the raster stream")});
    const bool mirrorX = format.sheetBack == QLatin1String("rotated");
    QByteArray line(int(header.cupsBytesPerLine), '\0');
    for (int i = 0; i < pages; ++i) {
        Slot &slot = handoffs[size_t(i % n)];
        Rendered page;
        {
            std::unique_lock<std::mutex> lock(slot.mutex);
            slot.changed.wait(lock, [&]() { return slot.page.has_value() || slot.failed; });
            if (!slot.page)
                return finish(slot.error);
            page = std::move(*slot.page);
            slot.page.reset();
            slot.changed.notify_all();
        }
        if (!cupsRasterWriteHeader2(raster.get(), &header))
            return finish(
                Error{QStringLiteral("printer-unreachable"), QStringLiteral("sending the raster failed")});
        auto *buffer = reinterpret_cast<uchar *>(line.data());
        for (int y = 0; y < height; ++y) {
            sheetLine(page, y, width, height, format.color, mirrorX, buffer);
            if (cupsRasterWritePixels(raster.get(), buffer, header.cupsBytesPerLine) !=
                header.cupsBytesPerLine)
                return finish(Error{QStringLiteral("printer-unreachable"),
                                    QStringLiteral("sending page %1 failed").arg(i + 1)});
        }
        if (progress)
            progress(i + 1, pages);
    }
    return finish({});
}

} // namespace pv::release
