// Release of held jobs to a real IPP printer (ippeveprinter on loopback) through the real daemon
// and CLI: the bytes the printer spooled, the job attributes it got, the ledger, and what
// happens when the printer is absent or cannot take the document.
#include "DaemonHarness.h"
#include "IppEvePrinter.h"
#include "LedgerWriteLock.h"
#include "PdfBuilder.h"

#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QPointF>
#include <QProcess>
#include <QtTest>

#include <cups/raster.h>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

using namespace pv::test;

class TstRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releasePdfToAPdfPrinter();
    void absentPrinterKeepsTheJob();
    void rasterToAPwgRasterPrinter();
    void rasterToAnUrfPrinter();
    void printerWithoutUsableFormatIsRefusedClearly();
    void quotaRefusesOrWarnsBeforeSending();
    void policyForcesMonoAndDuplexAndUsageExportsCsv();
    void watermarkOnPdf();
    void watermarkOnRaster();
    void bothRenderersDrawTheSameSheets_data();
    void bothRenderersDrawTheSameSheets();
    void colorOverridesArePrinted();
    void pageRangesArePrinted();
    void duplexToASimplexPrinterPrintsOneSided();
    void unwritableLedgerKeepsTheJob();
};

namespace {

// ippeveprinter's arguments for one of the tests' printer configurations (ipp/*.conf).
QStringList printerConf(const char *conf)
{
    return {QStringLiteral("-a"), QStringLiteral(PV_IPP_TESTS "/") + QLatin1String(conf)};
}

// `jobs release ID --printer URI` to `printer`, answered in JSON.
CliResult releaseTo(const DaemonHarness &h, const QString &id, const IppEvePrinter &printer)
{
    return h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"), id,
                  QStringLiteral("--printer"), printer.uri()});
}

// What a raster stream says about itself, read back with libcups (the reader ippeveprinter's
// own processing tools use). Every pixel of every page is read, so a short page fails.
struct RasterInfo
{
    bool valid = false;
    int pages = 0;
    int xdpi = 0;
    int ydpi = 0;
    int colorSpace = -1;
    int bitsPerPixel = 0;
    unsigned totalPageCount = 0;
    QString sides;
    // Per page: pixels of the test PDF's red box (pure red, or in gray its Rec. 601 luma, 76)
    // and of its 40% gray box (102), within a few levels.
    QList<int> red;
    QList<int> gray;
    // Where on the sheet they are: their centre, as a fraction of its width and height.
    QList<QPointF> redAt;
    QList<QPointF> grayAt;
    // Per page, the header's cross-feed and feed transforms (1, or -1 for reversed).
    QList<QPair<int, int>> transforms;
    // Per page: its header's colour space, and its pixels with colour in them (channels apart).
    QList<int> colorSpaces;
    QList<int> colored;
};

bool near(int v, int want)
{
    return qAbs(v - want) <= 8;
}

RasterInfo readRaster(const QString &path)
{
    RasterInfo info;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return info;
    cups_raster_t *ras = cupsRasterOpen(fd, CUPS_RASTER_READ);
    cups_page_header2_t header;
    bool ok = ras != nullptr;
    while (ok && cupsRasterReadHeader2(ras, &header)) {
        QByteArray line(int(header.cupsBytesPerLine), '\0');
        const auto *px = reinterpret_cast<const uchar *>(line.constData());
        const bool rgb = header.cupsBitsPerPixel == 24;
        int red = 0, gray = 0, colored = 0;
        double redX = 0, redY = 0, grayX = 0, grayY = 0;
        for (unsigned y = 0; y < header.cupsHeight && ok; ++y) {
            ok = cupsRasterReadPixels(ras, reinterpret_cast<unsigned char *>(line.data()),
                                      header.cupsBytesPerLine) == header.cupsBytesPerLine;
            for (unsigned x = 0; x < header.cupsWidth; ++x) {
                bool isRed = false, isGray = false;
                if (rgb) {
                    const uchar *p = px + x * 3;
                    isRed = near(p[0], 255) && near(p[1], 0) && near(p[2], 0);
                    isGray = near(p[0], 102) && near(p[1], 102) && near(p[2], 102);
                    colored += qMax(p[0], qMax(p[1], p[2])) - qMin(p[0], qMin(p[1], p[2])) > 16;
                } else {
                    isRed = near(px[x], 76);
                    isGray = near(px[x], 102);
                }
                if (isRed) {
                    ++red;
                    redX += x;
                    redY += y;
                } else if (isGray) {
                    ++gray;
                    grayX += x;
                    grayY += y;
                }
            }
        }
        const auto centre = [&](double sx, double sy, int n) {
            return n ? QPointF(sx / n / header.cupsWidth, sy / n / header.cupsHeight) : QPointF(-1, -1);
        };
        info.red.append(red);
        info.gray.append(gray);
        info.colored.append(colored);
        info.colorSpaces.append(int(header.cupsColorSpace));
        info.redAt.append(centre(redX, redY, red));
        info.grayAt.append(centre(grayX, grayY, gray));
        ++info.pages;
        info.xdpi = int(header.HWResolution[0]);
        info.ydpi = int(header.HWResolution[1]);
        info.colorSpace = int(header.cupsColorSpace);
        info.bitsPerPixel = int(header.cupsBitsPerPixel);
        info.totalPageCount = header.cupsInteger[CUPS_RASTER_PWG_TotalPageCount];
        info.transforms.append({int(header.cupsInteger[CUPS_RASTER_PWG_CrossFeedTransform]),
                                int(header.cupsInteger[CUPS_RASTER_PWG_FeedTransform])});
        info.sides = header.Duplex ? QStringLiteral("two-sided") : QStringLiteral("one-sided");
    }
    if (ras)
        cupsRasterClose(ras);
    ::close(fd);
    info.valid = ok && info.pages > 0;
    return info;
}

// Every attribute of job `printerJob` on `printer`, as ipptool -tv shows them.
QByteArray printerJobAttributes(const IppEvePrinter &printer, int printerJob)
{
    return ipptool({QStringLiteral("-tv"), QStringLiteral("-d"), QStringLiteral("job=%1").arg(printerJob),
                    QStringLiteral("-d"), QStringLiteral("user=test"), printer.uri(),
                    QStringLiteral(PV_IPP_TESTS "/get-job.test")})
        .out;
}

} // namespace

void TstRelease::releasePdfToAPdfPrinter()
{
    IppEvePrinter printer(QStringLiteral("application/pdf,image/pwg-raster"), {QStringLiteral("-2")});
    QVERIFY(printer.start());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("MC"), QStringLiteral("release-marker"));
    const QString id = h.submit(pdf);
    QVERIFY(!id.isEmpty());

    CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"),
                         id.left(8), QStringLiteral("--printer"), printer.uri(), QStringLiteral("--copies"),
                         QStringLiteral("2"), QStringLiteral("--duplex"), QStringLiteral("--mono")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject result = r.json();
    QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QVERIFY(result.value(QStringLiteral("deleted")).toBool());
    // snake_case, as every JSON PrintVault emits.
    QCOMPARE(result.keys(), (QStringList{QStringLiteral("color_impressions"), QStringLiteral("deleted"),
                                         QStringLiteral("id"), QStringLiteral("impressions"),
                                         QStringLiteral("impressions_reported"), QStringLiteral("printer"),
                                         QStringLiteral("printer_job_id"), QStringLiteral("sheets"),
                                         QStringLiteral("state"), QStringLiteral("warning")}));

    // The printer spooled exactly the vault's bytes.
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".pdf"));
    QCOMPARE(spooled.size(), 1);
    QCOMPARE(sha256(readFile(spooled.first())), sha256(pdf));

    // Copies, duplex and mono arrived as job attributes.
    const int printerJob = result.value(QStringLiteral("printer_job_id")).toInt();
    const QByteArray job = printerJobAttributes(printer, printerJob);
    QVERIFY2(job.contains("copies (integer) = 2"), job.constData());
    QVERIFY2(job.contains("sides (keyword) = two-sided-long-edge"), job.constData());
    QVERIFY2(job.contains("print-color-mode (keyword) = monochrome"), job.constData());
    QVERIFY2(job.contains("job-name (nameWithoutLanguage) = doc.pdf"), job.constData());

    // Gone from the vault, and in the ledger: 2 pages x 2 copies, mono, duplex on 2 sheets.
    QCOMPARE(h.heldJobs(), 0);
    const QJsonObject usage = h.usage();
    QCOMPARE(usage.value(QStringLiteral("impressions")).toInt(),
             result.value(QStringLiteral("impressions")).toInt());
    QVERIFY(usage.value(QStringLiteral("impressions")).toInt() >= 4);
    QCOMPARE(usage.value(QStringLiteral("color_impressions")).toInt(), 0);
    QCOMPARE(usage.value(QStringLiteral("sheets")).toInt(), 2);
    const QJsonObject entry = usage.value(QStringLiteral("entries")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("source")).toString(), QStringLiteral("release"));
    QCOMPARE(entry.value(QStringLiteral("device")).toString(), printer.uri());
    QCOMPARE(entry.value(QStringLiteral("job_id")).toString(), id);
}

void TstRelease::absentPrinterKeepsTheJob()
{
    DaemonHarness h;
    h.writePolicy(
        "[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[release]\nretry_seconds=3\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("M"), QStringLiteral("absent"));
    const QString id = h.submit(pdf);
    const QString nowhere = QStringLiteral("ipp://localhost:%1/ipp/print").arg(freeTcpPort());
    CliResult r =
        h.cli({QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), nowhere});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot reach the printer"), r.err.constData());
    QVERIFY2(r.err.contains("(tried 2 times"), r.err.constData()); // 1 s, then 2 s does not fit in 3 s
    QVERIFY2(r.err.contains("trying again in 1 s"), r.err.constData());
    QCOMPARE(h.heldJobs(), 1);
    QCOMPARE(sha256(h.exportJob(id)), sha256(pdf));
    QCOMPARE(h.usage().value(QStringLiteral("jobs")).toInt(), 0);

    // A bad URI is refused before anything is tried; then a later release to a real printer works.
    r = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"),
               QStringLiteral("lpd://x/q")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("only ipp://, ipps:// and socket://"), r.err.constData());
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    r = h.cli(
        {QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), printer.uri()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(h.heldJobs(), 0);
    QCOMPARE(sha256(readFile(printer.spooledFiles(QStringLiteral(".pdf")).value(0))), sha256(pdf));
}

void TstRelease::rasterToAPwgRasterPrinter()
{
    IppEvePrinter printer(QString(), printerConf("color-printer.conf"));
    QVERIFY2(printer.start(), printer.log().constData());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString id = h.submit(buildPdf(QStringLiteral("MCM"), QStringLiteral("raster")));
    CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"), id,
                         QStringLiteral("--printer"), printer.uri(), QStringLiteral("--duplex")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".pwg"));
    QCOMPARE(spooled.size(), 1);
    const RasterInfo info = readRaster(spooled.first());
    QVERIFY(info.valid);
    QCOMPARE(info.pages, 3);
    QCOMPARE(info.totalPageCount, 3u);
    QCOMPARE(info.colorSpace, int(CUPS_CSPACE_SRGB));
    QCOMPARE(info.bitsPerPixel, 24);
    QCOMPARE(info.sides, QStringLiteral("two-sided"));
    // It offers 300 and 600 dpi: office quality, 300, is taken (as CUPS does).
    QCOMPARE(info.xdpi, 300);
    QCOMPARE(info.ydpi, 300);
    // The pages' content, in its colours: a 200 x 100 pt box (at 300 dpi about 347,000 pixels,
    // less if the page is scaled to fit), red on the colour page and 40% gray on the others.
    const auto box = [](int pixels) {
        return pixels > 250000 && pixels < 360000;
    };
    QVERIFY2(box(info.gray.at(0)) && box(info.red.at(1)) && box(info.gray.at(2)),
             qPrintable(QStringLiteral("red %1, gray %2").arg(info.red.at(1)).arg(info.gray.at(0))));
    // The box is at 100..300 x 142..242 pt from the top left of a 595 x 842 pt page: its centre
    // at (0.34, 0.23). The back side (page 2) is turned, as the printer's sheet-back "rotated"
    // asks: its box is at (0.66, 0.77).
    const auto at = [](QPointF p, double x, double y) {
        return qAbs(p.x() - x) < 0.03 && qAbs(p.y() - y) < 0.03;
    };
    QVERIFY2(at(info.grayAt.at(0), 0.34, 0.23) && at(info.grayAt.at(2), 0.34, 0.23),
             qPrintable(QStringLiteral("%1,%2").arg(info.grayAt.at(0).x()).arg(info.grayAt.at(0).y())));
    QVERIFY2(at(info.redAt.at(1), 0.66, 0.77),
             qPrintable(QStringLiteral("%1,%2").arg(info.redAt.at(1).x()).arg(info.redAt.at(1).y())));
    // And the headers say so: only the back side is transformed.
    const QPair<int, int> none{1, 1}, turned{-1, -1};
    QCOMPARE(info.transforms, (QList<QPair<int, int>>{none, turned, none}));
    // Anti-aliased text edges pass through these shades too: a few hundred pixels, not a box.
    QVERIFY(info.red.at(0) + info.red.at(2) + info.gray.at(1) < 5000);
    QCOMPARE(h.heldJobs(), 0);

    // Mono asks for sGray; printed one-sided, no page is a back side.
    const QString mono = h.submit(buildPdf(QStringLiteral("CC"), QStringLiteral("mono")));
    r = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), mono, QStringLiteral("--printer"),
               printer.uri(), QStringLiteral("--mono")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The CLI showed how far it got, page by page, and ended with the job's state.
    QVERIFY2(r.err.contains("page 2 of 2 rendered and sent"), r.err.constData());
    QVERIFY2(r.out.contains("completed"), r.out.constData());
    const RasterInfo gray = readRaster(printer.spooledFiles(QStringLiteral(".pwg")).value(1));
    QVERIFY(gray.valid);
    QCOMPARE(gray.colorSpace, int(CUPS_CSPACE_SW));
    QCOMPARE(gray.bitsPerPixel, 8);
    QVERIFY2(box(gray.red.at(0)), qPrintable(QString::number(gray.red.at(0)))); // red as its gray
    QCOMPARE(gray.transforms, (QList<QPair<int, int>>{{1, 1}, {1, 1}}));
}

void TstRelease::rasterToAnUrfPrinter()
{
    IppEvePrinter printer(QString(), printerConf("color-urf-printer.conf"));
    QVERIFY(printer.start());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString id = h.submit(buildPdf(QStringLiteral("MC"), QStringLiteral("urf")));
    const CliResult r = h.cli(
        {QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), printer.uri()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".urf"));
    QCOMPARE(spooled.size(), 1);
    const QByteArray head = readFile(spooled.first()).left(8);
    QCOMPARE(head, QByteArray("UNIRAST\0", 8));
    const RasterInfo info = readRaster(spooled.first());
    QVERIFY(info.valid);
    QCOMPARE(info.pages, 2);
    QCOMPARE(info.colorSpace, int(CUPS_CSPACE_SRGB));
    QCOMPARE(info.xdpi, 300); // of RS300-600
    QVERIFY2(info.gray.at(0) > 250000 && info.red.at(1) > 250000 && info.red.at(0) < 5000,
             qPrintable(QStringLiteral("gray %1, red %2").arg(info.gray.at(0)).arg(info.red.at(1))));
}

void TstRelease::printerWithoutUsableFormatIsRefusedClearly()
{
    IppEvePrinter printer(QStringLiteral("image/jpeg"));
    QVERIFY(printer.start());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString id = h.submit(buildPdf(QStringLiteral("M"), QStringLiteral("jpeg")));
    const CliResult r = h.cli(
        {QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), printer.uri()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("takes neither PDF") && r.err.contains("image/jpeg"), r.err.constData());
    QCOMPARE(h.heldJobs(), 1);
    QVERIFY(printer.spooledFiles(QString()).isEmpty());
}

void TstRelease::quotaRefusesOrWarnsBeforeSending()
{
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    DaemonHarness h;
    const QByteArray base =
        "[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[quota]\nmonthly_pages=5\n";
    h.writePolicy(base);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray twoPages = buildPdf(QStringLiteral("MM"), QStringLiteral("quota"));
    QString id = h.submit(twoPages);
    CliResult r = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"),
                         printer.uri(), QStringLiteral("--copies"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject quota = h.cli({QStringLiteral("--json"), QStringLiteral("quota")}).json();
    QCOMPARE(quota.value(QStringLiteral("pages_used")).toInt(), 4);
    QCOMPARE(quota.value(QStringLiteral("pages_left")).toInt(), 1);
    QVERIFY(!quota.value(QStringLiteral("resets_at")).toString().isEmpty());

    // Two more pages do not fit: refused before anything reaches the printer, job kept.
    id = h.submit(twoPages);
    r = h.cli(
        {QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), printer.uri()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("1 of your 5 are left"), r.err.constData());
    QCOMPARE(printer.spooledFiles(QStringLiteral(".pdf")).size(), 1);
    QCOMPARE(h.heldJobs(), 1);
    // What the ledger counts is what the printer was asked to print: 2 pages x 2 copies.
    QCOMPARE(h.usage().value(QStringLiteral("impressions")).toInt(), 4);

    // With warn_only the same release goes through, with the warning.
    QCOMPARE(h.stop(), 0);
    h.writePolicy(base + "warn_only=true\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    r = releaseTo(h, id, printer);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("warning")).toString().contains(QLatin1String("1 of your 5")));
    QCOMPARE(h.cli({QStringLiteral("--json"), QStringLiteral("quota")})
                 .json()
                 .value(QStringLiteral("pages_left"))
                 .toInt(),
             0);
}

void TstRelease::policyForcesMonoAndDuplexAndUsageExportsCsv()
{
    IppEvePrinter printer(QStringLiteral("application/pdf"), {QStringLiteral("-2")});
    QVERIFY(printer.start());
    DaemonHarness h;
    h.writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[release]\nforce_mono=true\n"
                  "force_duplex=true\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString id = h.submit(buildPdf(QStringLiteral("CCC"), QStringLiteral("forced")));
    const CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"),
                               id, QStringLiteral("--printer"), printer.uri()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray job =
        printerJobAttributes(printer, r.json().value(QStringLiteral("printer_job_id")).toInt());
    QVERIFY2(job.contains("print-color-mode (keyword) = monochrome"), job.constData());
    QVERIFY2(job.contains("sides (keyword) = two-sided-long-edge"), job.constData());
    QCOMPARE(r.json().value(QStringLiteral("color_impressions")).toInt(), 0);
    QCOMPARE(r.json().value(QStringLiteral("sheets")).toInt(), 2);

    // The ledger as CSV: a header and this release.
    const CliResult csv =
        h.cli({QStringLiteral("usage"), QStringLiteral("export"), QStringLiteral("--csv"),
               QStringLiteral("--from"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("time,user,source,device,job_id,impressions,color_impressions,sheets"));
    const QByteArray expected = ",release,\"" + printer.uri().toLatin1() + "\"," + id.toLatin1() + ",3,0,2";
    QVERIFY2(lines.at(1).contains(expected), lines.at(1).constData());
}

namespace {

// The text of each page of a PDF, by pdftotext (poppler-utils), or empty strings when it fails.
QStringList pageTexts(const QString &pdf, int pages)
{
    QStringList out;
    for (int i = 1; i <= pages; ++i) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(i), QStringLiteral("-l"),
                                              QString::number(i), pdf, QStringLiteral("-")});
        p.waitForFinished(30000);
        out.append(p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString());
    }
    return out;
}

int qpdfCheck(const QString &pdf, QByteArray *said)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    p.waitForFinished(30000);
    *said = p.readAll();
    return p.exitCode();
}

// Dark pixels (below 128 in the first channel) of each page: along its bottom, the bottom 20 pt
// of the left 60% of the sheet (where the stamp's text is); or along its right edge, its
// right-hand 20 pt (where a turned page's bottom edge, and so its stamp, lies).
enum class Edge { Bottom, Right };
QList<int> edgeInk(const QString &path, Edge edge = Edge::Bottom)
{
    QList<int> out;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return out;
    cups_raster_t *ras = cupsRasterOpen(fd, CUPS_RASTER_READ);
    cups_page_header2_t header;
    while (ras && cupsRasterReadHeader2(ras, &header)) {
        QByteArray line(int(header.cupsBytesPerLine), '\0');
        const int bpp = int(header.cupsBitsPerPixel / 8);
        const unsigned band = header.HWResolution[1] * 20 / 72;
        const bool right = edge == Edge::Right;
        int ink = 0;
        for (unsigned y = 0; y < header.cupsHeight; ++y) {
            cupsRasterReadPixels(ras, reinterpret_cast<unsigned char *>(line.data()),
                                 header.cupsBytesPerLine);
            if (!right && y + band < header.cupsHeight)
                continue;
            const unsigned from = right ? header.cupsWidth - band : 0;
            const unsigned to = right ? header.cupsWidth : header.cupsWidth * 6 / 10;
            for (unsigned x = from; x < to; ++x)
                ink += uchar(line.at(int(x) * bpp)) < 128 ? 1 : 0;
        }
        out.append(ink);
    }
    if (ras)
        cupsRasterClose(ras);
    ::close(fd);
    return out;
}

} // namespace

// Stamped PDF: the printer gets the vault's bytes unchanged, then an incremental update that
// puts user, date and host on every page. The text is found on each page, the document's own
// text is still there, and qpdf finds the file sound; also for a PDF with cross-reference
// streams, and one whose pages inherit their resources.
void TstRelease::watermarkOnPdf()
{
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString user = QString::fromLocal8Bit(getpwuid(geteuid())->pw_name);
    const QString host = QHostInfo::localHostName();

    const QByteArray plain = buildPdf(QStringLiteral("MCM"), QStringLiteral("stamp-me"));
    const QString streams = h.root() + QStringLiteral("/xref-streams.pdf");
    QByteArray said;
    QCOMPARE(
        QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--object-streams=generate"),
                                                   h.writeFile(QStringLiteral("in.pdf"), plain), streams}),
        0);
    for (const QByteArray &pdf : {plain, readFile(streams)}) {
        const int before = int(printer.spooledFiles(QStringLiteral(".pdf")).size());
        const QString id = h.submit(pdf);
        const CliResult r =
            h.cli({QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"),
                   printer.uri(), QStringLiteral("--watermark")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString spooled = printer.spooledFiles(QStringLiteral(".pdf")).value(before);
        const QByteArray got = readFile(spooled);
        QVERIFY(got.size() > pdf.size());
        QCOMPARE(sha256(got.left(pdf.size())), sha256(pdf)); // the document itself is untouched
        QVERIFY2(qpdfCheck(spooled, &said) == 0, said.constData());
        const QStringList texts = pageTexts(spooled, 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(texts.at(i).contains(QStringLiteral("PrintVault")) && texts.at(i).contains(user) &&
                         texts.at(i).contains(host),
                     qPrintable(texts.at(i)));
            QVERIFY2(texts.at(i).contains(QStringLiteral("stamp-me")), qPrintable(texts.at(i)));
        }
    }
    // Policy can make it the rule.
    h.stop();
    h.writePolicy(
        "[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[release]\nwatermark=true\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString id = h.submit(plain);
    QCOMPARE(h.cli({QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"),
                    printer.uri()})
                 .exitCode,
             0);
    const QString spooled = printer.spooledFiles(QStringLiteral(".pdf")).value(2);
    QVERIFY(pageTexts(spooled, 1).value(0).contains(QStringLiteral("PrintVault")));
}

// Stamped raster: the same text drawn into every rendered page; without it the band is blank.
void TstRelease::watermarkOnRaster()
{
    IppEvePrinter printer(QString(), printerConf("color-printer.conf"));
    QVERIFY2(printer.start(), printer.log().constData());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("MC"), QStringLiteral("raster stamp"));
    for (const bool stamped : {false, true}) {
        QStringList args{QStringLiteral("jobs"), QStringLiteral("release"), h.submit(pdf),
                         QStringLiteral("--printer"), printer.uri()};
        if (stamped)
            args.append(QStringLiteral("--watermark"));
        const CliResult r = h.cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<int> ink = edgeInk(printer.spooledFiles(QStringLiteral(".pwg")).value(stamped ? 1 : 0));
        QCOMPARE(ink.size(), 2);
        for (int dark : ink)
            QVERIFY2(stamped ? dark > 200 : dark == 0, qPrintable(QString::number(dark)));
    }
}

// Ghostscript (the default) and Poppler (release/raster_renderer=poppler) draw the same sheets:
// the content where the page has it, and a landscape page (an A4 page with /Rotate 90) turned a
// quarter anticlockwise onto the portrait sheet, as CUPS's Ghostscript turns it, so it stands
// upright again; in colour and in gray, with the watermark along its bottom edge, now the
// sheet's right-hand edge.
void TstRelease::bothRenderersDrawTheSameSheets_data()
{
    QTest::addColumn<QString>("renderer");
    QTest::newRow("ghostscript") << QStringLiteral("ghostscript");
    QTest::newRow("poppler") << QStringLiteral("poppler");
}

void TstRelease::bothRenderersDrawTheSameSheets()
{
    QFETCH(QString, renderer);
    IppEvePrinter printer(QString(), printerConf("color-printer.conf"));
    QVERIFY2(printer.start(), printer.log().constData());
    DaemonHarness h;
    h.writePolicy(
        "[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[release]\nraster_renderer=" +
        renderer.toLatin1() + "\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const CliResult status = h.cli({QStringLiteral("status")});
    QVERIFY2(status.out.contains(QByteArray(QByteArray("raster pages drawn by: ") + renderer.toLatin1())),
             status.out.constData());
    QList<PdfPage> pages(2);
    pages[0].colour = true;
    pages[1].colour = true;
    pages[1].rotate = 90;
    const QByteArray pdf = buildPdf(pages);
    const auto at = [](QPointF p, double x, double y) {
        return qAbs(p.x() - x) < 0.03 && qAbs(p.y() - y) < 0.03;
    };
    for (const bool mono : {false, true}) {
        QStringList args{QStringLiteral("jobs"), QStringLiteral("release"),
                         h.submit(pdf),          QStringLiteral("--printer"),
                         printer.uri(),          QStringLiteral("--watermark")};
        if (mono)
            args.append(QStringLiteral("--mono"));
        const CliResult r = h.cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString spooled = printer.spooledFiles(QStringLiteral(".pwg")).value(mono ? 1 : 0);
        const RasterInfo info = readRaster(spooled);
        QVERIFY(info.valid);
        QCOMPARE(info.pages, 2);
        QCOMPARE(info.colorSpace, mono ? int(CUPS_CSPACE_SW) : int(CUPS_CSPACE_SRGB));
        for (int page = 0; page < 2; ++page) {
            QVERIFY2(info.red.at(page) > 250000 && info.red.at(page) < 360000,
                     qPrintable(QString::number(info.red.at(page))));
            QVERIFY2(at(info.redAt.at(page), 0.34, 0.23), qPrintable(QStringLiteral("page %1: %2,%3")
                                                                         .arg(page + 1)
                                                                         .arg(info.redAt.at(page).x())
                                                                         .arg(info.redAt.at(page).y())));
        }
        const QList<int> bottom = edgeInk(spooled), right = edgeInk(spooled, Edge::Right);
        QVERIFY2(bottom.value(0) > 200 && bottom.value(1) == 0,
                 qPrintable(QStringLiteral("%1 %2").arg(bottom.value(0)).arg(bottom.value(1))));
        QVERIFY2(right.value(0) == 0 && right.value(1) > 200,
                 qPrintable(QStringLiteral("%1 %2").arg(right.value(0)).arg(right.value(1))));
    }
}

namespace {

// Page `page` of a PDF drawn by pdftoppm at 36 dpi: how many of its pixels have colour in them
// (channels more than 16 apart), and how many are the red test box's Rec. 601 gray (76);
// {-1, -1} when it cannot be drawn.
QPair<int, int> coloredPixels(const QString &pdf, int page)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("page"));
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("36"), QStringLiteral("-f"), QString::number(page),
             QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf, root});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {-1, -1};
    const QByteArray ppm = readFile(root + QStringLiteral(".ppm"));
    // P6, width, height, maxval, then RGB bytes.
    const QList<QByteArray> head = ppm.left(64).split('\n');
    if (head.size() < 3 || head.at(0) != "P6")
        return {-1, -1};
    const QList<QByteArray> size = head.at(1).split(' ');
    const qsizetype start = head.at(0).size() + head.at(1).size() + head.at(2).size() + 3;
    const int pixels = size.value(0).toInt() * size.value(1).toInt();
    if (pixels <= 0 || ppm.size() < start + 3 * pixels)
        return {-1, -1};
    int colored = 0, redAsGray = 0;
    for (int i = 0; i < pixels; ++i) {
        const auto *px = reinterpret_cast<const uchar *>(ppm.constData() + start + 3 * i);
        colored += qMax(px[0], qMax(px[1], px[2])) - qMin(px[0], qMin(px[1], px[2])) > 16;
        redAsGray += qAbs(px[0] - 76) < 4 && qAbs(px[1] - 76) < 4 && qAbs(px[2] - 76) < 4;
    }
    return {colored, redAsGray};
}

// A four-page colour job printed to the daemon's virtual printer with IPP "overrides": pages
// 2 and 3 in monochrome. Returns its vault ID.
QString printMixedJob(const DaemonHarness &h, const QByteArray &pdf)
{
    const CliResult r = ipptool(
        {QStringLiteral("-t"), QStringLiteral("-d"), QStringLiteral("filetype=application/pdf"),
         QStringLiteral("-d"), QStringLiteral("title=mixed"), QStringLiteral("-d"),
         QStringLiteral("sender=test"), QStringLiteral("-f"), h.writeFile(QStringLiteral("mixed.pdf"), pdf),
         h.printerUri(), QStringLiteral(PV_IPP_TESTS "/print-overrides.test")});
    if (r.exitCode != 0)
        return QString();
    for (int tries = 0; tries < 200; ++tries) {
        const QJsonArray jobs = h.jobs();
        for (const QJsonValue &j : jobs) {
            if (j.toObject().value(QStringLiteral("title")).toString() == QLatin1String("mixed"))
                return j.toObject().value(QStringLiteral("id")).toString();
        }
        QThread::msleep(100);
    }
    return QString();
}

// printMixedJob(), then the job released to `printer`: the CLI's answer, in JSON.
CliResult printAndRelease(const DaemonHarness &h, const QByteArray &pdf, const IppEvePrinter &printer)
{
    const QString id = printMixedJob(h, pdf);
    if (id.isEmpty())
        return CliResult{-1, {}, "the mixed job was not stored"};
    return releaseTo(h, id, printer);
}

} // namespace

void TstRelease::colorOverridesArePrinted()
{
    const QByteArray pdf = buildPdf(QStringLiteral("CCCC"), QStringLiteral("mixed"));
    DaemonHarness h;
    h.enablePrinter();
    QCOMPARE(h.start(), QStringLiteral("ready"));

    // A raster printer that takes sRGB and sGray: pages 2 and 3 come as sGray pages.
    {
        IppEvePrinter printer(QString(), printerConf("color-printer.conf"));
        QVERIFY2(printer.start(), printer.log().constData());
        const CliResult r = printAndRelease(h, pdf, printer);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const RasterInfo info = readRaster(printer.spooledFiles(QStringLiteral(".pwg")).value(0));
        QVERIFY(info.valid);
        const int rgb = int(CUPS_CSPACE_SRGB), sw = int(CUPS_CSPACE_SW);
        QCOMPARE(info.colorSpaces, (QList<int>{rgb, sw, sw, rgb}));
        QVERIFY2(info.colored.at(0) > 250000 && info.colored.at(3) > 250000,
                 qPrintable(QString::number(info.colored.at(0))));
        QVERIFY2(info.red.at(1) > 250000 && info.red.at(2) > 250000, // the red box, as its gray
                 qPrintable(QString::number(info.red.at(1))));
        // Counted as printed: two colour impressions of four.
        QCOMPARE(r.json().value(QStringLiteral("impressions")).toInt(), 4);
        QCOMPARE(r.json().value(QStringLiteral("color_impressions")).toInt(), 2);
    }
    // The same to a URF-only printer: URF pages have headers of their own too (W8 for gray).
    {
        IppEvePrinter printer(QString(), printerConf("color-urf-printer.conf"));
        QVERIFY2(printer.start(), printer.log().constData());
        const CliResult r = printAndRelease(h, pdf, printer);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const RasterInfo info = readRaster(printer.spooledFiles(QStringLiteral(".urf")).value(0));
        QVERIFY(info.valid);
        const int rgb = int(CUPS_CSPACE_SRGB), sw = int(CUPS_CSPACE_SW);
        QCOMPARE(info.colorSpaces, (QList<int>{rgb, sw, sw, rgb}));
        QCOMPARE(r.json().value(QStringLiteral("color_impressions")).toInt(), 2);
    }
    // A printer that takes overrides of print-color-mode gets the PDF as it is, and the
    // overrides as a job attribute.
    {
        IppEvePrinter printer(QString(), printerConf("pdf-printer-overrides.conf"));
        QVERIFY2(printer.start(), printer.log().constData());
        const CliResult r = printAndRelease(h, pdf, printer);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sha256(readFile(printer.spooledFiles(QStringLiteral(".pdf")).value(0))), sha256(pdf));
        const QByteArray job =
            printerJobAttributes(printer, r.json().value(QStringLiteral("printer_job_id")).toInt());
        QVERIFY2(job.contains("overrides (collection) = {document-numbers=1-1 pages=2-3 "
                              "print-color-mode=monochrome}"),
                 job.constData());
        QVERIFY2(job.contains("print-color-mode (keyword) = color"), job.constData()); // as the job asked
        QCOMPARE(r.json().value(QStringLiteral("color_impressions")).toInt(), 2);
    }
    // One that does not (its attributes say so): the PDF gets its pages 2 and 3 turned gray.
    {
        IppEvePrinter printer(QString(), printerConf("pdf-printer-no-overrides.conf"));
        QVERIFY2(printer.start(), printer.log().constData());
        const CliResult r = printAndRelease(h, pdf, printer);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString spooled = printer.spooledFiles(QStringLiteral(".pdf")).value(0);
        const QByteArray sent = readFile(spooled);
        QVERIFY(sent.startsWith(pdf)); // the document's own bytes, then the update
        QVERIFY(sent.size() > pdf.size());
        // The 200 x 100 pt red box is about 3,900 pixels at 36 dpi: red on pages 1 and 4, its
        // gray on pages 2 and 3 (and no colour anywhere on them).
        QList<QPair<int, int>> drawn;
        for (int page = 1; page <= 4; ++page)
            drawn.append(coloredPixels(spooled, page));
        const auto said = [&]() {
            QString text;
            for (const auto &[colored, gray] : drawn)
                text += QStringLiteral("%1/%2 ").arg(colored).arg(gray);
            return text;
        };
        QVERIFY2(drawn.at(0).first > 3000 && drawn.at(3).first > 3000, qPrintable(said()));
        QVERIFY2(drawn.at(1).first == 0 && drawn.at(2).first == 0, qPrintable(said()));
        QVERIFY2(drawn.at(1).second > 3000 && drawn.at(2).second > 3000, qPrintable(said()));
        QCOMPARE(r.json().value(QStringLiteral("color_impressions")).toInt(), 2);
    }
}

namespace {

// A five-page job, "MCMMC", printed to the daemon's virtual printer with page-ranges 2,4-5.
// Returns its vault ID.
QString printRangedJob(const DaemonHarness &h, const QByteArray &pdf)
{
    const CliResult r = ipptool(
        {QStringLiteral("-t"), QStringLiteral("-d"), QStringLiteral("filetype=application/pdf"),
         QStringLiteral("-d"), QStringLiteral("title=ranged"), QStringLiteral("-d"),
         QStringLiteral("sender=test"), QStringLiteral("-f"), h.writeFile(QStringLiteral("ranged.pdf"), pdf),
         h.printerUri(), QStringLiteral(PV_IPP_TESTS "/print-page-ranges.test")});
    if (r.exitCode != 0) {
        qWarning() << r.out;
        return QString();
    }
    for (int tries = 0; tries < 200; ++tries) {
        for (const QJsonValue &j : h.jobs()) {
            if (j.toObject().value(QStringLiteral("title")).toString() == QLatin1String("ranged"))
                return j.toObject().value(QStringLiteral("id")).toString();
        }
        QThread::msleep(100);
    }
    return QString();
}

// A Poppler tool's standard output for `pdf` (pdftotext writes to "-"), or what went wrong.
QByteArray popplerTool(const QString &tool, const QString &pdf)
{
    QProcess p;
    p.start(tool,
            tool == QLatin1String("pdftotext") ? QStringList{pdf, QStringLiteral("-")} : QStringList{pdf});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return "failed: " + p.readAllStandardError();
    return p.readAllStandardOutput();
}

} // namespace

// The whole document is held byte for byte; what the printer gets is only the pages the
// client asked for, whatever the printer takes.
void TstRelease::pageRangesArePrinted()
{
    const QByteArray pdf = buildPdf(QStringLiteral("MCMMC"), QStringLiteral("ranged"));
    DaemonHarness h;
    h.enablePrinter();
    QCOMPARE(h.start(), QStringLiteral("ready"));

    // A raster printer: three pages, the document's 2, 4 and 5 (colour, gray, colour).
    {
        IppEvePrinter printer(QString(), printerConf("color-printer.conf"));
        QVERIFY2(printer.start(), printer.log().constData());
        const QString id = printRangedJob(h, pdf);
        QVERIFY(!id.isEmpty());
        // The vault keeps every page, and says which print.
        CliResult shown =
            h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("show"), id});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject held = shown.json().value(QStringLiteral("job")).toObject();
        QCOMPARE(held.value(QStringLiteral("pages")).toInt(), 5);
        QCOMPARE(held.value(QStringLiteral("page_ranges")).toArray(),
                 (QJsonArray{QJsonArray{2, 2}, QJsonArray{4, 5}}));
        const CliResult r = releaseTo(h, id, printer);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const RasterInfo info = readRaster(printer.spooledFiles(QStringLiteral(".pwg")).value(0));
        QVERIFY(info.valid);
        QCOMPARE(info.pages, 3);
        QCOMPARE(info.totalPageCount, 3u);
        QVERIFY2(info.colored.at(0) > 250000 && info.colored.at(1) < 5000 && info.colored.at(2) > 250000,
                 qPrintable(QStringLiteral("%1 %2 %3")
                                .arg(info.colored.at(0))
                                .arg(info.colored.at(1))
                                .arg(info.colored.at(2))));
        QCOMPARE(r.json().value(QStringLiteral("impressions")).toInt(), 3);
        QCOMPARE(r.json().value(QStringLiteral("color_impressions")).toInt(), 2);
    }
    // A PDF printer: the document's own bytes, then an update whose page tree has just those
    // pages, in order.
    {
        IppEvePrinter printer(QString(), printerConf("pdf-printer-overrides.conf"));
        QVERIFY2(printer.start(), printer.log().constData());
        const QString id = printRangedJob(h, pdf);
        QVERIFY(!id.isEmpty());
        const CliResult r = releaseTo(h, id, printer);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString spooled = printer.spooledFiles(QStringLiteral(".pdf")).value(0);
        const QByteArray sent = readFile(spooled);
        QVERIFY(sent.startsWith(pdf));
        QVERIFY2(popplerTool(QStringLiteral("pdfinfo"), spooled).contains("Pages:           3\n"),
                 popplerTool(QStringLiteral("pdfinfo"), spooled).constData());
        const QByteArray text = popplerTool(QStringLiteral("pdftotext"), spooled);
        const qsizetype p2 = text.indexOf("ranged page 2"), p4 = text.indexOf("ranged page 4"),
                        p5 = text.indexOf("ranged page 5");
        QVERIFY2(p2 >= 0 && p4 > p2 && p5 > p4, text.constData());
        QVERIFY2(!text.contains("ranged page 1") && !text.contains("ranged page 3"), text.constData());
        QCOMPARE(r.json().value(QStringLiteral("impressions")).toInt(), 3);
    }
}

void TstRelease::duplexToASimplexPrinterPrintsOneSided()
{
    IppEvePrinter printer(QStringLiteral("application/pdf")); // without -2: one-sided only
    QVERIFY(printer.start());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString id = h.submit(buildPdf(QStringLiteral("MMM"), QStringLiteral("simplex")));
    const CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"),
                               id, QStringLiteral("--printer"), printer.uri(), QStringLiteral("--duplex")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.json().value(QStringLiteral("warning")).toString().contains(QLatin1String("one-sided only")),
             r.out.constData());
    QCOMPARE(r.json().value(QStringLiteral("sheets")).toInt(), 3);
    const QByteArray job =
        printerJobAttributes(printer, r.json().value(QStringLiteral("printer_job_id")).toInt());
    QVERIFY2(job.contains("sides (keyword) = one-sided"), job.constData());
    QCOMPARE(h.heldJobs(), 0);
}

// The printer prints the job but the ledger cannot be written (another connection holds its
// write lock): the release fails with usage-not-recorded, the job stays whole in the vault and
// nothing is counted. Once the ledger works, the job releases and is counted once.
void TstRelease::unwritableLedgerKeepsTheJob()
{
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("MC"), QStringLiteral("unwritable-ledger"));
    const QString id = h.submit(pdf);
    QVERIFY(!id.isEmpty());

    LedgerWriteLock lock(h.dataDir() + QStringLiteral("/ledger.db"));
    QVERIFY(lock.isHeld());
    CliResult r = releaseTo(h, id, printer);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("usage-not-recorded"));
    QVERIFY2(r.err.contains("kept in the vault"), r.err.constData());
    QCOMPARE(printer.spooledFiles(QStringLiteral(".pdf")).size(), 1); // it was the record step that failed
    lock.release();

    QCOMPARE(h.heldJobs(), 1);
    QCOMPARE(h.jobs().first().toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(sha256(h.exportJob(id)), sha256(pdf));
    QCOMPARE(h.usage().value(QStringLiteral("jobs")).toInt(), 0);
    QCOMPARE(h.usage().value(QStringLiteral("impressions")).toInt(), 0);

    r = releaseTo(h, id, printer);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("deleted")).toBool());
    QCOMPARE(h.heldJobs(), 0);
    QCOMPARE(h.usage().value(QStringLiteral("jobs")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TstRelease)
#include "tst_release.moc"
