// Raster output for printers that take no PDF.
//
// Thread budget: a release's sender thread (ReleaseService's senders' pool) runs writeRaster and
// writes pages out in order; pages are drawn and encoded as tasks on the one renderers' pool it
// is given (ReleaseService's, renderersPerDocument() threads: one per core, at most four), shared
// by every release at once. Nothing here starts a thread of its own. A job has at most one task
// per document it was given, so one job's pages use at most that many of the pool's threads.
#include "release/RasterOutput.h"

#include "common/HeapTuning.h"
#include "release/PdfPages.h"
#include "release/PdfWatermark.h"
#include "release/RasterHeaders.h"
#include "release/SheetLines.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QThreadPool>

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

// The renderer's bitmap for the rows drawn at once, at most. Poppler's SplashOutputDev gives
// every 8-bit bitmap an alpha plane beside it (one byte a pixel more), and the worker keeps one
// per renderer thread, so this bounds most of its memory: a whole 300 dpi page in gray was
// 17 MB a thread, and the worker's peak 69 MB; in two bands it is 54 MB (bench/release-e2e.sh).
// A band draws the page's content again, and an image reaching into it is decoded and scaled
// again in full, so bands are few: two for a 300 dpi A4 or Letter page in gray, three in sRGB.
// That costs what PdfPages saves by drawing onto opaque paper: the time stayed the same.
constexpr qint64 BandBytes = 12ll << 20;

// One page as it is drawn for a sheet, a band at a time, with its stamp if it has one.
struct PageDrawing
{
    int index = 0; // the document's page
    double dpi = 0;
    SheetPage sheet;
    int bandRows = 0;    // rows drawn at once
    bool turned = false; // a quarter anticlockwise, to fit the media (PdfPages::draw)
    // The stamp: the bottom rows of a one-page PDF of the page's size, drawn once per page and
    // laid over the bands they fall in (no Qt font code: the worker has no GUI application).
    QByteArray stampPdf;
    QBuffer stampDevice;
    std::unique_ptr<PdfPages> stampDoc;
    DrawnBand stamp;
    int stampTop = 0;
    int stampColumns = 0; // a turned page's stamp: its right-hand columns, drawn with each band
};

Error watermarkFailed()
{
    return Error{QStringLiteral("internal"),
                 QCoreApplication::translate("pv::release", "the watermark cannot be drawn")};
}

Status drawStamp(PageDrawing *p, const QSizeF &pagePt, const QString &text)
{
    p->stampPdf = stampPage(pagePt.width(), pagePt.height(), text);
    p->stampDevice.setBuffer(&p->stampPdf);
    if (!p->stampDevice.open(QIODevice::ReadOnly))
        return watermarkFailed();
    auto doc = PdfPages::open(&p->stampDevice);
    if (!doc)
        return watermarkFailed();
    p->stampDoc = std::move(doc.value());
    if (p->turned) { // the page's bottom is now the sheet's right: drawBand lays it over each band
        p->stampColumns = qMin(p->sheet.width, int(std::ceil(StampBandPt * p->dpi / 72.0)));
        p->stampTop = p->sheet.height;
        return {};
    }
    const int band = qMin(p->sheet.height, int(std::ceil(StampBandPt * p->dpi / 72.0)));
    p->stampTop = p->sheet.height - band;
    auto drawn = p->stampDoc->draw(0, p->dpi, p->stampTop, band, p->sheet.drawnGray);
    if (!drawn || drawn->width != p->sheet.width)
        return watermarkFailed();
    p->stamp = drawn.value();
    return {};
}

// How page `index` of the document is drawn as the `sheet`th page sent (its parity decides
// the side): scaled to fit the media and centred, in gray where it prints without colour.
Status planPage(PageDrawing *p, PdfPages *doc, int sheet, const RasterFormat &format, int width, int height,
                double maxSidePt)
{
    const int index = p->index;
    const QSizeF shown = doc->sizePt(index);
    if (Status fits = checkPageSize(shown, index, maxSidePt); !fits)
        return fits;
    // As Ghostscript's -dPDFFitPage: a page whose orientation is not the media's is turned.
    p->turned = shown.width() != shown.height() && width != height &&
                (shown.width() > shown.height()) != (width > height);
    const QSizeF pt = p->turned ? shown.transposed() : shown;
    const double scale =
        qMin(width / (pt.width() * format.dpi / 72.0), height / (pt.height() * format.dpi / 72.0));
    p->dpi = format.dpi * scale;
    SheetPage &r = p->sheet;
    const bool gray = printsGray(format, index);
    r.bpp = rasterBpp(format, index);
    r.drawnGray = gray;
    r.width = PdfPages::pixels(pt.width(), p->dpi);
    r.height = PdfPages::pixels(pt.height(), p->dpi);
    r.left = qMax(0, (width - r.width) / 2);
    r.top = qMax(0, (height - r.height) / 2);
    if (sheet % 2 == 1 && format.sides != QLatin1String("one-sided")) {
        const BackSide back =
            backSide(format.sheetBack, format.sides == QLatin1String("two-sided-short-edge"));
        r.flipX = back.flipX;
        r.flipY = back.flipY;
    }
    // Bands of equal height, as few as BandBytes allows: the renderer keeps one bitmap, and
    // makes it afresh when the height changes (drawBand keeps the last band as high).
    const qint64 rowBytes = qint64(r.width) * ((gray ? 1 : 3) + 1); // colour and alpha
    const qint64 bands = qMax<qint64>(1, (rowBytes * r.height + BandBytes - 1) / BandBytes);
    p->bandRows = int((r.height + bands - 1) / bands);
    if (!format.watermark.isEmpty())
        return drawStamp(p, shown, format.watermark);
    return {};
}

// Draws the band holding the page's `row` (the rows below it, or above it when the sheet is
// read bottom up), with the stamp laid over it. Every band of a page is as high: the last
// ones overlap the rows before them rather than being shorter.
Result<DrawnBand> drawBand(PdfPages *doc, const PageDrawing &p, int row, int *bandTop)
{
    const SheetPage &r = p.sheet;
    const int rows = qMin(p.bandRows, r.height);
    const int top = qBound(0, r.flipY ? row - rows + 1 : row, r.height - rows);
    auto band = doc->draw(p.index, p.dpi, top, rows, r.drawnGray, p.turned);
    if (!band)
        return band.error();
    const int channels = r.drawnGray ? 1 : 3;
    if (p.stampColumns > 0) {
        auto stamp = p.stampDoc->draw(0, p.dpi, top, rows, r.drawnGray, true);
        if (!stamp || stamp->width != band->width)
            return watermarkFailed();
        const qsizetype at = qsizetype(band->width - p.stampColumns) * channels;
        for (int y = 0; y < rows; ++y)
            memcpy(band->data + qsizetype(y) * band->stride + at,
                   stamp->data + qsizetype(y) * stamp->stride + at, size_t(p.stampColumns * channels));
    }
    const size_t bytes = size_t(r.width) * channels;
    for (int y = qMax(top, p.stampTop); p.stampDoc && y < top + rows; ++y)
        memcpy(band->data + qsizetype(y - top) * band->stride,
               p.stamp.data + qsizetype(y - p.stampTop) * p.stamp.stride, bytes);
    *bandTop = top;
    return band;
}

// What every page task of one raster job reads; fixed before the first task starts. Each page
// is a raster stream of its own (the stream's start is sent once); the printer gets one.
struct PageSetup : RasterStreamSetup
{
    const RasterFormat *format = nullptr;
    double maxPageSidePt = 0.0;
    QList<int> pages; // the document page of each page sent
};

// An encoded page, and the start of the stream it was encoded in.
struct EncodedPage
{
    QByteArray start;
    QByteArray body;
};

// Draws the `index`th page sent with `doc` and encodes it, compression included: the costly half of
// encoding runs on the renderers too, so the sender only writes.
Result<EncodedPage> encodePage(PdfPages *doc, int index, const PageSetup &setup)
{
    PageDrawing page;
    page.index = setup.pages[index];
    if (Status planned =
            planPage(&page, doc, index, *setup.format, setup.width, setup.height, setup.maxPageSidePt);
        !planned)
        return planned.error();
    DrawnBand band;
    int bandTop = 0;
    const DrawnRow rowAt = [&](int row) -> Result<const uchar *> {
        if (!band.data || row < bandTop || row >= bandTop + band.rows) {
            auto drawn = drawBand(doc, page, row, &bandTop);
            if (!drawn)
                return drawn.error();
            band = drawn.value();
        }
        return band.data + qsizetype(row - bandTop) * band.stride;
    };
    auto stream = encodeSheet(
        setup, setup.headers[page.sheet.bpp == 1 ? 1 : 0][index % 2 == 1 && setup.duplex], page.sheet, rowAt);
    if (!stream)
        return stream.error();
    EncodedPage out;
    out.body = std::move(stream.value());
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
    std::vector<PdfPages *> idle; // documents no task is drawing with
    int running = 0;              // tasks started and not yet ended
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
    PdfPages *doc = nullptr;
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

// One document per device: a document is not drawn with by two threads at once.
Result<std::vector<std::unique_ptr<PdfPages>>> loadDocuments(const std::vector<QIODevice *> &pdfs)
{
    std::vector<std::unique_ptr<PdfPages>> docs;
    for (QIODevice *pdf : pdfs) {
        auto doc = PdfPages::open(pdf);
        if (!doc)
            return doc.error();
        docs.push_back(std::move(doc.value()));
    }
    if (docs.empty())
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::release", "no document to render")};
    return docs;
}

} // namespace

Status writeRaster(const RasterJob &job)
{
    auto docs = loadDocuments(job.pdfs);
    if (!docs)
        return docs.error();
    PageSetup setup;
    auto selected = pagesToSend(docs->front()->count(), job.pages, job.maxPages);
    if (!selected)
        return selected.error();
    setup.pages = selected.value();
    const int pages = int(setup.pages.size());
    if (auto s = setUpRasterStream(&setup, job.format, pages); !s)
        return s;
    setup.format = &job.format;
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
            return finish(sendingFailed(i + 1));
        if (job.progress)
            job.progress(i + 1, pages);
    }
    return finish({});
}

} // namespace pv::release
