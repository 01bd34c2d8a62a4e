#include "release/RasterOutput.h"

#include "common/HeapTuning.h"
#include "release/PdfWatermark.h"
#include "release/SheetLines.h"

#include <QImage>

#include <cups/raster.h>
#include <poppler-qt6.h>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
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
        f.color = rgb && (!mono || !gray); // mono on an sRGB-only printer: gray drawn in sRGB
        f.grayOffered = gray;
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
        f.color = rgb && (!mono || !gray);
        f.grayOffered = gray;
        return f;
    }
    return Error{
        QStringLiteral("unsupported-printer"),
        QStringLiteral("the printer takes neither PDF nor a raster format PrintVault can make (it takes %1)")
            .arg(caps.formats.join(QStringLiteral(", ")))};
}

namespace {

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

Result<SheetPage> renderPage(Poppler::Document *doc, int index, const RasterFormat &format, int width,
                             int height)
{
    std::unique_ptr<Poppler::Page> page(doc->page(index));
    if (!page)
        return Error{QStringLiteral("bad-document"), QStringLiteral("page %1 cannot be read").arg(index + 1)};
    const QSizeF pt = page->pageSizeF();
    const double scale =
        qMin(width / (pt.width() * format.dpi / 72.0), height / (pt.height() * format.dpi / 72.0));
    const double dpi = format.dpi * scale;
    SheetPage r;
    r.image = page->renderToImage(dpi, dpi);
    if (r.image.isNull())
        return Error{QStringLiteral("bad-document"),
                     QStringLiteral("page %1 cannot be rendered").arg(index + 1)};
    if (r.image.format() != QImage::Format_RGB32) // Splash gives RGB32 unless asked otherwise
        r.image.convertTo(QImage::Format_RGB32);
    if (!format.watermark.isEmpty()) {
        if (auto s = stamp(&r.image, pt, format.watermark, dpi); !s)
            return s.error();
    }
    const bool gray =
        !format.color || (index < format.plan.size() && format.plan[index] == PrintColor::Monochrome);
    r.bpp = format.color && !(gray && format.grayOffered) ? 3 : 1;
    r.gray = gray;
    r.left = qMax(0, (width - r.image.width()) / 2);
    r.top = qMax(0, (height - r.image.height()) / 2);
    if (index % 2 == 1 && format.sides != QLatin1String("one-sided")) {
        const BackSide back =
            backSide(format.sheetBack, format.sides == QLatin1String("two-sided-short-edge"));
        r.flipX = back.flipX;
        r.flipY = back.flipY;
    }
    return r;
}

// A renderer's raster stream: each page it encodes is appended here, and taken whole.
ssize_t appendCallback(void *ctx, unsigned char *buffer, size_t length)
{
    static_cast<QByteArray *>(ctx)->append(reinterpret_cast<const char *>(buffer), qsizetype(length));
    return ssize_t(length);
}

// What the renderers and the sender share. A renderer takes the next page to draw, so a slow
// page holds up no one; pages come back encoded, in any order, and are sent in order. The
// renderers run at most `window` pages ahead of the sender, so memory stays at a page being
// drawn per renderer and a few encoded pages, however long the document.
struct Pipeline
{
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0; // the next page to draw
    int sent = 0; // pages the sender has taken
    std::map<int, QByteArray> encoded;
    QByteArray start; // the raster stream's start, sent once before the first page
    Status error;
    bool failed = false;
    bool stop = false;
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
    // Front and back sides' headers: a back side's says how it was transformed (sheet-back),
    // a front side's that it was not. Pages of a colour job printed without colour get sGray
    // headers where the printer takes them: every page has a header of its own.
    cups_page_header2_t headers[2][2]; // [gray][back]
    const QByteArray sides = format.sides.toUtf8();
    for (int gray = 0; gray < 2; ++gray) {
        const char *type = format.color && !gray ? "srgb_8" : "sgray_8";
        for (int back = 0; back < 2; ++back) {
            cups_page_header2_t &h = headers[gray][back];
            if (!cupsRasterInitPWGHeader(&h, media, type, format.dpi, format.dpi, sides.constData(),
                                         back ? format.sheetBack.toUtf8().constData() : "normal"))
                return Error{QStringLiteral("internal"),
                             QStringLiteral("cannot make the raster page header")};
            h.cupsInteger[CUPS_RASTER_PWG_TotalPageCount] = unsigned(pages);
        }
    }
    const cups_page_header2_t &header = headers[0][0];
    const int width = int(header.cupsWidth);
    const int height = int(header.cupsHeight);
    const bool duplex = format.sides != QLatin1String("one-sided"); // libcups would transform one-sided backs
    const bool urf = format.mime == QLatin1String("image/urf");
    const cups_mode_t mode = urf ? CUPS_RASTER_WRITE_APPLE : CUPS_RASTER_WRITE_PWG;
    // What a raster stream starts with before its first page header: the sync word, and for
    // URF the page count (PWG 5102.4; "UNIRAST", a NUL, 32-bit count). Each renderer writes a
    // stream of its own; the printer gets one.
    const qsizetype streamStart = urf ? 12 : 4;

    // Each renderer draws and encodes whole pages (compression is the costly half of encoding,
    // so it runs on every core too) while this thread sends them.
    const int n = int(docs.size());
    const int window = 2 * n;
    Pipeline p;
    const auto fail = [&p](Error e) {
        std::lock_guard<std::mutex> lock(p.mutex);
        if (!p.failed)
            p.error = std::move(e);
        p.failed = true;
        p.changed.notify_all();
    };
    std::vector<std::thread> renderers;
    for (int k = 0; k < n; ++k) {
        renderers.emplace_back([&, k]() {
            QByteArray stream;
            std::unique_ptr<cups_raster_t, RasterCloser> raster(
                cupsRasterOpenIO(appendCallback, &stream, mode));
            if (!raster)
                return fail(
                    Error{QStringLiteral("internal"), QStringLiteral("cannot start the raster stream")});
            QByteArray line(int(header.cupsBytesPerLine), '\0');
            auto *buffer = reinterpret_cast<uchar *>(line.data());
            for (bool first = true;; first = false) {
                int i = 0;
                {
                    std::unique_lock<std::mutex> lock(p.mutex);
                    p.changed.wait(lock,
                                   [&]() { return p.stop || p.next >= pages || p.next < p.sent + window; });
                    if (p.stop || p.next >= pages)
                        return;
                    i = p.next++;
                }
                auto page = renderPage(docs[size_t(k)].get(), i, format, width, height);
                if (!page)
                    return fail(page.error());
                cups_page_header2_t h = headers[page->bpp == 1 ? 1 : 0][i % 2 == 1 && duplex];
                if (!cupsRasterWriteHeader2(raster.get(), &h))
                    return fail(
                        Error{QStringLiteral("internal"), QStringLiteral("cannot encode the raster")});
                for (int y = 0; y < height; ++y) {
                    sheetLine(page.value(), y, width, height, buffer);
                    if (cupsRasterWritePixels(raster.get(), buffer, h.cupsBytesPerLine) != h.cupsBytesPerLine)
                        return fail(
                            Error{QStringLiteral("internal"), QStringLiteral("cannot encode the raster")});
                }
                QByteArray encoded = std::exchange(stream, QByteArray());
                std::lock_guard<std::mutex> lock(p.mutex);
                if (first) { // every renderer's stream starts the same way; the printer gets it once
                    const QByteArray start = encoded.left(streamStart);
                    encoded.remove(0, streamStart);
                    if (p.start.isEmpty())
                        p.start = start;
                    if (p.start != start) {
                        p.error =
                            Error{QStringLiteral("internal"), QStringLiteral("the raster streams differ")};
                        p.failed = true;
                    }
                }
                p.encoded.emplace(i, std::move(encoded));
                p.changed.notify_all();
            }
        });
    }
    const auto finish = [&](Status s) {
        {
            std::lock_guard<std::mutex> lock(p.mutex);
            p.stop = true;
            p.changed.notify_all();
        }
        for (std::thread &t : renderers)
            t.join();
        docs.clear();
        releaseFreeHeap(); // the pages' memory, kept in the heap while they were drawn
        return s;
    };

    for (int i = 0; i < pages; ++i) {
        QByteArray page;
        {
            std::unique_lock<std::mutex> lock(p.mutex);
            p.changed.wait(lock, [&]() { return p.failed || p.encoded.count(i) > 0; });
            if (p.failed)
                return finish(p.error);
            auto it = p.encoded.find(i);
            page = std::move(it->second);
            p.encoded.erase(it);
            p.sent = i + 1;
            p.changed.notify_all();
            if (i == 0)
                page.prepend(p.start);
        }
        if (!write(page.constData(), size_t(page.size())))
            return finish(Error{QStringLiteral("printer-unreachable"),
                                QStringLiteral("sending page %1 failed").arg(i + 1)});
        if (progress)
            progress(i + 1, pages);
    }
    return finish({});
}

} // namespace pv::release
