// Release rendering with Ghostscript (release/GhostscriptRaster.h), run as the render worker
// runs it, against the real gs: the pages asked for, in order, in the raster the printer
// takes; Ghostscript's compressed PWG pages passed on and its PNM rows encoded here give the
// same pixels; a selection too scattered for -sPageList is drawn whole by one Ghostscript with
// the pages between dropped, byte for byte the same stream; and the page lists themselves.
#include "PdfBuilder.h"
#include "release/GhostscriptPages.h"
#include "release/GhostscriptRaster.h"
#include "release/PdfPages.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

#include <cups/raster.h>

using namespace pv::release;
using namespace pv::test;

namespace {

struct Released
{
    QByteArray stream;
    QList<int> progress;
    pv::Status status;
};

Released release(const QByteArray &pdf, const QString &mime, const QList<int> &pages, qsizetype maxListChars)
{
    QByteArray bytes = pdf;
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    QTemporaryDir scratch;
    Released out;
    GhostscriptJob job;
    job.pdf = &device;
    job.format.mime = mime;
    job.format.dpi = 72;
    job.pages = pages;
    job.processes = 2;
    job.scratchDir = scratch.path();
    job.maxPageListChars = maxListChars;
    job.write = [&out](const char *data, size_t size) {
        out.stream.append(data, qsizetype(size));
        return true;
    };
    job.progress = [&out](int page, int) {
        out.progress.append(page);
    };
    out.status = writeRasterWithGhostscript(job);
    return out;
}

ssize_t readFrom(void *ctx, unsigned char *buffer, size_t length)
{
    auto *in = static_cast<QBuffer *>(ctx);
    return ssize_t(in->read(reinterpret_cast<char *>(buffer), qint64(length)));
}

// Per page, read back with libcups: how many of its pixels are the red test box's.
QList<int> redPixels(const QByteArray &stream)
{
    QByteArray bytes = stream;
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    cups_raster_t *ras = cupsRasterOpenIO(readFrom, &in, CUPS_RASTER_READ);
    QList<int> out;
    cups_page_header2_t h;
    while (ras && cupsRasterReadHeader2(ras, &h)) {
        QByteArray line(int(h.cupsBytesPerLine), '\0');
        int red = 0;
        for (unsigned y = 0; y < h.cupsHeight; ++y) {
            if (cupsRasterReadPixels(ras, reinterpret_cast<uchar *>(line.data()), h.cupsBytesPerLine) !=
                h.cupsBytesPerLine)
                return {};
            for (unsigned x = 0; x + 2 < h.cupsBytesPerLine; x += 3)
                red += uchar(line[x]) > 240 && uchar(line[x + 1]) < 16 && uchar(line[x + 2]) < 16;
        }
        out.append(red);
    }
    if (ras)
        cupsRasterClose(ras);
    return out;
}

} // namespace

class TstGhostscriptRaster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesArriveAsAsked();
    void scatteredSelectionIsDrawnWholeAndDropped();
    void pageListsStayShort();
    void largeDocumentsAreLeftToPoppler();

private:
    std::unique_ptr<PopplerSession> m_poppler;
};

void TstGhostscriptRaster::initTestCase()
{
    QVERIFY2(!pv::ghostscriptPath().isEmpty(), "gs is not installed");
    m_poppler = std::make_unique<PopplerSession>();
}

// The document's pages 1, 3, 4, 8 and 10 of "MCMCMCMCMC": gray, gray, red, red, red; as PWG
// raster (Ghostscript's compressed pages passed on) and URF (its rows encoded here).
void TstGhostscriptRaster::pagesArriveAsAsked()
{
    const QByteArray pdf = buildPdf(QStringLiteral("MCMCMCMCMC"), QStringLiteral("gs"));
    for (const QString &mime : {QStringLiteral("image/pwg-raster"), QStringLiteral("image/urf")}) {
        const Released r = release(pdf, mime, {0, 2, 3, 7, 9}, MaxPageListChars);
        QVERIFY2(r.status, qPrintable(r.status.message()));
        QCOMPARE(r.progress, (QList<int>{1, 2, 3, 4, 5}));
        const QList<int> red = redPixels(r.stream);
        QCOMPARE(red.size(), 5);
        // 200 x 100 pt at 72 dpi: 20,000 pixels.
        QVERIFY2(red[0] == 0 && red[1] == 0 && red[2] > 18000 && red[3] > 18000 && red[4] > 18000,
                 qPrintable(QStringLiteral("%1 %2 %3 %4 %5")
                                .arg(red[0])
                                .arg(red[1])
                                .arg(red[2])
                                .arg(red[3])
                                .arg(red[4])));
    }
}

void TstGhostscriptRaster::scatteredSelectionIsDrawnWholeAndDropped()
{
    const QByteArray pdf = buildPdf(QStringLiteral("MCMCMCMCMC"), QStringLiteral("gs"));
    const QList<int> pages{0, 2, 3, 7, 9};
    QVERIFY(planDrawing(pages, 2, 3).superset);
    for (const QString &mime : {QStringLiteral("image/pwg-raster"), QStringLiteral("image/urf")}) {
        const Released listed = release(pdf, mime, pages, MaxPageListChars);
        const Released whole = release(pdf, mime, pages, 3);
        QVERIFY2(listed.status && whole.status, qPrintable(whole.status.message()));
        QCOMPARE(whole.progress, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(whole.stream.size(), listed.stream.size());
        QVERIFY(whole.stream == listed.stream);
    }
}

void TstGhostscriptRaster::pageListsStayShort()
{
    QCOMPARE(compactPageList({1, 2, 3, 4}), QStringLiteral("1-4"));
    QCOMPARE(compactPageList({1, 3, 5, 7}), QStringLiteral("odd:1-7"));
    QCOMPARE(compactPageList({2, 4, 6}), QStringLiteral("even:2-6"));
    QCOMPARE(compactPageList({1, 2, 3, 5, 7, 9, 12}), QStringLiteral("1-3,odd:5-9,12"));
    QCOMPARE(compactPageList({7}), QStringLiteral("7"));

    QList<int> all;
    for (int i = 0; i < 5000; ++i)
        all.append(i);
    // Two Ghostscripts list every other page in one range each, however long the document.
    DrawingPlan plan = planDrawing(all, 2);
    QVERIFY(!plan.superset);
    QCOMPARE(plan.pageLists, (QStringList{QStringLiteral("odd:1-4999"), QStringLiteral("even:2-5000")}));
    // Four would list every fourth page one by one: too long, so two draw them.
    plan = planDrawing(all, 4);
    QCOMPARE(plan.pageLists.size(), 2);
    // A short document: four lists of single pages.
    plan = planDrawing({0, 1, 2, 3, 4, 5, 6, 7}, 4);
    QCOMPARE(plan.pageLists, (QStringList{QStringLiteral("1,5"), QStringLiteral("2,6"), QStringLiteral("3,7"),
                                          QStringLiteral("4,8")}));
    // Every third page of 4500: no list fits, so one Ghostscript draws pages 1 to 4498.
    QList<int> scattered;
    for (int i = 0; i < 4500; i += 3)
        scattered.append(i);
    plan = planDrawing(scattered, 2);
    QVERIFY(plan.superset);
    QCOMPARE(plan.pageLists, QStringList{QStringLiteral("1-4498")});
    for (const DrawingPlan &p : {planDrawing(all, 4), planDrawing(scattered, 2)}) {
        for (const QString &list : p.pageLists)
            QVERIFY(list.size() <= MaxPageListChars);
    }
}

// Ghostscript gets the document whole in memory: past 64 MB, Poppler draws it as it reads it.
void TstGhostscriptRaster::largeDocumentsAreLeftToPoppler()
{
    QCOMPARE(rendererFor(RasterRenderer::Ghostscript, 3 << 20), RasterRenderer::Ghostscript);
    QCOMPARE(rendererFor(RasterRenderer::Ghostscript, MaxGhostscriptDocumentBytes),
             RasterRenderer::Ghostscript);
    QCOMPARE(rendererFor(RasterRenderer::Ghostscript, MaxGhostscriptDocumentBytes + 1),
             RasterRenderer::Poppler);
    QCOMPARE(rendererFor(RasterRenderer::Poppler, 3 << 20), RasterRenderer::Poppler);
}

QTEST_GUILESS_MAIN(TstGhostscriptRaster)
#include "tst_ghostscriptraster.moc"
