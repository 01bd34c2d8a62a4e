// Raster output for printers that take no PDF.
//
// Thread budget: a release's sender thread (ReleaseService's senders' pool) runs writeRaster and
// writes pages out in order; pages are drawn and encoded as tasks on the one renderers' pool it
// is given (ReleaseService's, renderersPerDocument() threads: one per core, at most four), shared
// by every release at once. Nothing here starts a thread of its own. A job has at most one task
// per document it was given, so one job's pages use at most that many of the pool's threads.
#include "release/RasterOutput.h"

#include "common/HeapTuning.h"
#include "release/PdfWatermark.h"
#include "release/SheetLines.h"

#include <QCoreApplication>
#include <QImage>
#include <QThreadPool>

#include <cups/raster.h>
#include <poppler-qt6.h>

#include <cmath>
#include <condition_variable>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace pv::release {

namespace {

struct RasterCloser
{
    void operator()(cups_raster_t *r) const { cupsRasterClose(r); }
};

} // namespace

namespace {

// The stamp's band, rendered by Poppler from the same drawing as on PDF (no Qt font code:
// the daemon has no GUI application), laid over the bottom of the page.
Status stamp(QImage *page, const QSizeF &pagePt, const QString &text, double dpi)
{
    std::unique_ptr<Poppler::Document> doc =
        Poppler::Document::loadFromData(stampPage(pagePt.width(), pagePt.height(), text));
    std::unique_ptr<Poppler::Page> p(doc ? doc->page(0) : nullptr);
    if (!p)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::release", "the watermark cannot be drawn")};
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    const int band = qMin(page->height(), int(std::ceil(StampBandPt * dpi / 72.0)));
    const QImage drawn = p->renderToImage(dpi, dpi, 0, page->height() - band, page->width(), band)
                             .convertToFormat(page->format());
    if (drawn.isNull())
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::release", "the watermark cannot be drawn")};
    const int bytes = qMin(drawn.bytesPerLine(), page->bytesPerLine());
    for (int y = 0; y < qMin(band, drawn.height()); ++y)
        memcpy(page->scanLine(page->height() - band + y), drawn.constScanLine(y), size_t(bytes));
    return {};
}

// Page `index` of the document, drawn as the `sheet`th page sent (its parity decides the side).
Result<SheetPage> renderPage(Poppler::Document *doc, int index, int sheet, const RasterFormat &format,
                             int width, int height, double maxSidePt)
{
    std::unique_ptr<Poppler::Page> page(doc->page(index));
    if (!page)
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::release", "page %1 cannot be read").arg(index + 1)};
    const QSizeF pt = page->pageSizeF();
    if (maxSidePt > 0 && (pt.width() > maxSidePt || pt.height() > maxSidePt))
        return Error{
            QStringLiteral("limit-exceeded"),
            QCoreApplication::translate("pv::release", "page %1 is larger than the limit of %2 inches a side")
                .arg(index + 1)
                .arg(maxSidePt / 72.0),
            {{QStringLiteral("limit"), QStringLiteral("max_page_side_inches")}}};
    const double scale =
        qMin(width / (pt.width() * format.dpi / 72.0), height / (pt.height() * format.dpi / 72.0));
    const double dpi = format.dpi * scale;
    SheetPage r;
    r.image = page->renderToImage(dpi, dpi);
    if (r.image.isNull())
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::release", "page %1 cannot be rendered").arg(index + 1)};
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
    if (sheet % 2 == 1 && format.sides != QLatin1String("one-sided")) {
        const BackSide back =
            backSide(format.sheetBack, format.sides == QLatin1String("two-sided-short-edge"));
        r.flipX = back.flipX;
        r.flipY = back.flipY;
    }
    return r;
}

// A page's raster stream: what it encodes is appended here, and taken whole.
ssize_t appendCallback(void *ctx, unsigned char *buffer, size_t length)
{
    static_cast<QByteArray *>(ctx)->append(reinterpret_cast<const char *>(buffer), qsizetype(length));
    return ssize_t(length);
}

// What every page task of one raster job reads; fixed before the first task starts.
struct PageSetup
{
    const RasterFormat *format = nullptr;
    cups_page_header2_t headers[2][2]; // [gray][back]: a back side's says how it was transformed
    int width = 0;
    int height = 0;
    double maxPageSidePt = 0.0;
    bool duplex = false; // libcups would transform one-sided backs
    cups_mode_t mode = CUPS_RASTER_WRITE_PWG;
    // What a raster stream starts with before its first page header: the sync word, and for
    // URF the page count (PWG 5102.4; "UNIRAST", a NUL, 32-bit count). Each page is a stream
    // of its own; the printer gets one.
    qsizetype streamStart = 4;
    QList<int> pages; // the document page of each page sent
};

// An encoded page, and the start of the stream it was encoded in.
struct EncodedPage
{
    QByteArray start;
    QByteArray body;
};

Error encodingFailed()
{
    return Error{QStringLiteral("internal"),
                 QCoreApplication::translate("pv::release", "cannot encode the raster")};
}

// Draws the `index`th page sent with `doc` and encodes it, compression included: the costly half of
// encoding runs on the renderers too, so the sender only writes.
Result<EncodedPage> encodePage(Poppler::Document *doc, int index, const PageSetup &setup)
{
    QByteArray stream;
    std::unique_ptr<cups_raster_t, RasterCloser> raster(
        cupsRasterOpenIO(appendCallback, &stream, setup.mode));
    if (!raster)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::release", "cannot start the raster stream")};
    auto page = renderPage(doc, setup.pages[index], index, *setup.format, setup.width, setup.height,
                           setup.maxPageSidePt);
    if (!page)
        return page.error();
    cups_page_header2_t h = setup.headers[page->bpp == 1 ? 1 : 0][index % 2 == 1 && setup.duplex];
    if (!cupsRasterWriteHeader2(raster.get(), &h))
        return encodingFailed();
    QByteArray line(int(h.cupsBytesPerLine), '\0');
    auto *buffer = reinterpret_cast<uchar *>(line.data());
    for (int y = 0; y < setup.height; ++y) {
        sheetLine(page.value(), y, setup.width, setup.height, buffer);
        if (cupsRasterWritePixels(raster.get(), buffer, h.cupsBytesPerLine) != h.cupsBytesPerLine)
            return encodingFailed();
    }
    EncodedPage out;
    out.body = std::exchange(stream, QByteArray());
    out.start = out.body.left(setup.streamStart);
    out.body.remove(0, setup.streamStart);
    return out;
}

// What the page tasks and the sender share, under `mutex`. The sender starts a task per page,
// at most one per document (a Poppler document is drawn with by one thread at a time) and at
// most `window` pages ahead of what it has sent, so memory stays at a page being drawn per
// document and a few encoded pages, however long the document. Tasks hand pages back encoded,
// in any order; the sender writes them in order. A task never waits, so jobs sharing the
// renderers' pool only queue behind each other's pages, and never deadlock.
struct Pipeline
{
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<Poppler::Document *> idle; // documents no task is drawing with
    int running = 0;                       // tasks started and not yet ended
    std::map<int, QByteArray> encoded;
    QByteArray start; // the raster stream's start, sent once before the first page
    Status error;
    bool failed = false;
    bool stop = false;

    void failNoLock(Error e)
    {
        if (!failed)
            error = std::move(e);
        failed = true;
    }
};

// One page task, on the renderers' pool.
void runPageTask(Pipeline &p, const PageSetup &setup, int index)
{
    Poppler::Document *doc = nullptr;
    {
        std::lock_guard<std::mutex> lock(p.mutex);
        if (p.stop) { // the job ended before this task started
            --p.running;
            p.changed.notify_all();
            return;
        }
        doc = p.idle.back();
        p.idle.pop_back();
    }
    auto page = encodePage(doc, index, setup);
    std::lock_guard<std::mutex> lock(p.mutex);
    p.idle.push_back(doc);
    --p.running;
    if (!page)
        p.failNoLock(page.error());
    else if (p.start.isEmpty())
        p.start = page->start;
    else if (p.start != page->start)
        p.failNoLock(Error{QStringLiteral("internal"),
                           QCoreApplication::translate("pv::release", "the raster streams differ")});
    if (page)
        p.encoded.emplace(index, std::move(page->body));
    p.changed.notify_all();
}

// One Poppler document per device: a document is not drawn with by two threads at once.
Result<std::vector<std::unique_ptr<Poppler::Document>>> loadDocuments(const std::vector<QIODevice *> &pdfs)
{
    std::vector<std::unique_ptr<Poppler::Document>> docs;
    for (QIODevice *pdf : pdfs) {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        if (!doc || doc->isLocked())
            return Error{QStringLiteral("bad-document"),
                         QCoreApplication::translate("pv::release",
                                                     "the held document cannot be opened for rendering")};
        doc->setRenderHint(Poppler::Document::Antialiasing, true);
        doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
        docs.push_back(std::move(doc));
    }
    if (docs.empty())
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::release", "no document to render")};
    return docs;
}

// Front and back sides' headers: a back side's says how it was transformed (sheet-back), a
// front side's that it was not. Pages of a colour job printed without colour get sGray headers
// where the printer takes them: every page has a header of its own.
Status setUp(PageSetup *setup, const RasterFormat &format, int pages)
{
    pwg_media_t *media = pwgMediaForPWG(format.media.toUtf8().constData());
    if (!media)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::release", "unknown media %1").arg(format.media)};
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
    setup->format = &format;
    setup->width = int(setup->headers[0][0].cupsWidth);
    setup->height = int(setup->headers[0][0].cupsHeight);
    setup->duplex = format.sides != QLatin1String("one-sided");
    setup->mode = urf ? CUPS_RASTER_WRITE_APPLE : CUPS_RASTER_WRITE_PWG;
    setup->streamStart = urf ? 12 : 4;
    return {};
}

} // namespace

Status writeRaster(const RasterJob &job)
{
    auto docs = loadDocuments(job.pdfs);
    if (!docs)
        return docs.error();
    const int docPages = docs->front()->numPages();
    if (job.maxPages > 0 && docPages > job.maxPages)
        return Error{
            QStringLiteral("limit-exceeded"),
            QCoreApplication::translate("pv::release", "the document has %1 pages, more than the limit of %2")
                .arg(docPages)
                .arg(job.maxPages),
            {{QStringLiteral("limit"), QStringLiteral("max_pages")}}};
    PageSetup setup;
    setup.pages = selectedPages(docs->front()->numPages(), {});
    if (!job.pages.isEmpty()) {
        setup.pages.clear();
        for (int i : job.pages) {
            if (i >= 0 && i < docs->front()->numPages())
                setup.pages.append(i);
        }
    }
    const int pages = int(setup.pages.size());
    if (auto s = setUp(&setup, job.format, pages); !s)
        return s;
    setup.maxPageSidePt = job.maxPageSidePt;

    const int n = int(docs->size());
    const int window = 2 * n;
    Pipeline p;
    for (const auto &d : docs.value())
        p.idle.push_back(d.get());
    int next = 0; // the next page to hand out
    const auto finish = [&](Status s) {
        {
            // Tasks still queued see `stop` and end at once; running ones end with their page.
            std::unique_lock<std::mutex> lock(p.mutex);
            p.stop = true;
            p.changed.wait(lock, [&]() { return p.running == 0; });
        }
        docs->clear();
        releaseFreeHeap(); // the pages' memory, kept in the heap while they were drawn
        return s;
    };

    for (int i = 0; i < pages; ++i) {
        QByteArray page;
        {
            std::unique_lock<std::mutex> lock(p.mutex);
            for (;;) {
                while (!p.failed && next < pages && p.running < n && next < i + window) {
                    ++p.running;
                    job.renderers->start([&p, &setup, index = next]() { runPageTask(p, setup, index); });
                    ++next;
                }
                if (p.failed || p.encoded.count(i) > 0)
                    break;
                p.changed.wait(lock);
            }
            if (p.failed) {
                const Status failed = p.error;
                lock.unlock();
                return finish(failed);
            }
            auto it = p.encoded.find(i);
            page = std::move(it->second);
            p.encoded.erase(it);
            if (i == 0)
                page.prepend(p.start);
        }
        if (!job.write(page.constData(), size_t(page.size())))
            return finish(
                Error{QStringLiteral("printer-unreachable"),
                      QCoreApplication::translate("pv::release", "sending page %1 failed").arg(i + 1)});
        if (job.progress)
            job.progress(i + 1, pages);
    }
    return finish({});
}

} // namespace pv::release
