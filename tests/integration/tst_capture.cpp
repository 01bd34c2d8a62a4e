// The PrintVault virtual printer as IPP clients meet it: every accepted format, 20 clients at
// once, a malformed-document corpus, no plaintext left in the spool, a real CUPS queue, and
// the PWG conformance scripts. Real printvaultd, real ipptool, real
// gnome-keyring (tests/with-keyring.sh).
#include "DaemonHarness.h"
#include "IppEvePrinter.h"
#include "PdfBuilder.h"
#include "PrivateCupsd.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cups/raster.h>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

using namespace pv::test;

namespace {

const QString PrintTest = QStringLiteral(PV_IPP_TESTS "/print.test");
const QString JobStateTest = QStringLiteral(PV_IPP_TESTS "/job-state.test");
const QString PrintHeldTest = QStringLiteral(PV_IPP_TESTS "/print-held.test");
const QString PrintOverridesTest = QStringLiteral(PV_IPP_TESTS "/print-overrides.test");

struct IppJob
{
    bool submitted = false;
    QString state;   // "completed", "aborted", ...
    QString message; // job-state-message
    QByteArray output;
};

// Polls Get-Job-Attributes until the job has ended (completed, aborted or canceled).
void waitForJob(const QString &uri, int jobId, const QString &user, IppJob &job)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        const CliResult r =
            ipptool({QStringLiteral("-tv"), QStringLiteral("-d"), QStringLiteral("job=%1").arg(jobId),
                     QStringLiteral("-d"), QStringLiteral("user=") + user, uri, JobStateTest});
        const QString text = QString::fromUtf8(r.out);
        job.state = lastMatch(text, QStringLiteral("job-state \\(enum\\) = (\\S+)"));
        job.message =
            lastMatch(text, QStringLiteral("job-state-message \\(textWithoutLanguage\\) = ([^\\n]*)"));
        if (job.state == QLatin1String("completed") || job.state == QLatin1String("aborted") ||
            job.state == QLatin1String("canceled"))
            return;
        QThread::msleep(100);
    }
}

IppJob printFile(const DaemonHarness &h, const QString &file, const QString &format, const QString &title,
                 const QString &user = QStringLiteral("alice"))
{
    const CliResult r =
        ipptool({QStringLiteral("-tv"), QStringLiteral("-d"), QStringLiteral("filetype=") + format,
                 QStringLiteral("-d"), QStringLiteral("title=") + title, QStringLiteral("-d"),
                 QStringLiteral("user=") + user, QStringLiteral("-f"), file, h.printerUri(), PrintTest});
    IppJob job;
    job.output = r.out;
    const int id =
        lastMatch(QString::fromUtf8(r.out), QStringLiteral("job-id \\(integer\\) = (\\d+)")).toInt();
    job.submitted = r.exitCode == 0 && id > 0;
    if (job.submitted)
        waitForJob(h.printerUri(), id, user, job);
    return job;
}

QJsonObject jobTitled(const DaemonHarness &h, const QString &title)
{
    for (const QJsonValue &v : h.jobs()) {
        if (v.toObject().value(QStringLiteral("title")).toString() == title)
            return v.toObject();
    }
    return {};
}

int pdfPages(const QByteArray &pdf, const QString &dir)
{
    const QString path = dir + QStringLiteral("/check.pdf");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished();
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

bool gsConvert(const QString &device, const QString &in, const QString &out, const QStringList &extra = {})
{
    return QProcess::execute(QStringLiteral("gs"),
                             QStringList{QStringLiteral("-q"), QStringLiteral("-dSAFER"),
                                         QStringLiteral("-sDEVICE=") + device, QStringLiteral("-r100")} +
                                 extra + QStringList{QStringLiteral("-o"), out, in}) == 0;
}

} // namespace

namespace {

// The pages of a raster stream, each read whole with libcups; -1 when one is cut short.
int rasterPages(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return -1;
    cups_raster_t *ras = cupsRasterOpen(fd, CUPS_RASTER_READ);
    cups_page_header2_t header;
    int pages = 0;
    while (ras && pages >= 0 && cupsRasterReadHeader2(ras, &header)) {
        QByteArray line(int(header.cupsBytesPerLine), '\0');
        for (unsigned y = 0; y < header.cupsHeight && pages >= 0; ++y) {
            if (cupsRasterReadPixels(ras, reinterpret_cast<uchar *>(line.data()), header.cupsBytesPerLine) !=
                header.cupsBytesPerLine)
                pages = -2;
        }
        ++pages;
    }
    if (ras)
        cupsRasterClose(ras);
    ::close(fd);
    return pages;
}

} // namespace

class TstCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFormatArrivesAsPdf_data();
    void everyFormatArrivesAsPdf();
    void twentyClientsAtOnce();
    void acknowledgedJobsSurviveAKill();
    void slowJobDelaysNoOther();
    void twentyOfEachFormat();
    void pdfWithoutEofIsHeld();
    void heldJobsAreHeldInTheVault();
    void pageOverridesAreRecorded();
    void malformedDocuments_data();
    void malformedDocuments();
    void noPlaintextInSpoolOrVault();
    void cupsQueueEndToEnd();
    void pwgConformance();

private:
    std::unique_ptr<DaemonHarness> m_h;
    QString m_pdf;
};

void TstCapture::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this test through ctest (tests/with-keyring.sh)");
    for (const char *tool : {"ipptool", "gs", "pdfinfo"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 is missing: run scripts/install-deps.sh").arg(QLatin1String(tool))));
    }
    m_h = std::make_unique<DaemonHarness>();
    // Long enough that ten PDFs, each in a worker of its own, are held on a loaded CI machine
    // under ASan while one looping PostScript job converts (slowJobDelaysNoOther).
    m_h->enablePrinter("convert_timeout_seconds=20\n");
    // Temporary and cache folders of its own, searched for plaintext like the others.
    for (const char *dir : {"tmp", "cache"})
        QVERIFY(QDir(m_h->root()).mkpath(QLatin1String(dir)));
    m_h->environment().insert(QStringLiteral("TMPDIR"), m_h->root() + QStringLiteral("/tmp"));
    m_h->environment().insert(QStringLiteral("XDG_CACHE_HOME"), m_h->root() + QStringLiteral("/cache"));
    QCOMPARE(m_h->start(), QStringLiteral("ready"));
    m_pdf = m_h->writeFile(QStringLiteral("sample.pdf"),
                           buildPdf(QStringLiteral("MCM"), QStringLiteral("sample")));
}

void TstCapture::everyFormatArrivesAsPdf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("pages");
    QTest::newRow("pdf") << QStringLiteral("sample.pdf") << QStringLiteral("application/pdf") << 3;
    QTest::newRow("postscript") << QStringLiteral("sample.ps") << QStringLiteral("application/postscript")
                                << 3;
    QTest::newRow("pwg-raster") << QStringLiteral("sample.pwg") << QStringLiteral("image/pwg-raster") << 3;
    QTest::newRow("urf") << QStringLiteral("sample.urf") << QStringLiteral("image/urf") << 3;
    QTest::newRow("jpeg") << QStringLiteral("photo.jpg") << QStringLiteral("image/jpeg") << 1;
    QTest::newRow("png") << QStringLiteral("chart.png") << QStringLiteral("image/png") << 1;
    QTest::newRow("text") << QStringLiteral("notes.txt") << QStringLiteral("text/plain") << 2;
}

void TstCapture::everyFormatArrivesAsPdf()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(int, pages);
    const QString file = m_h->root() + QLatin1Char('/') + name;
    if (!QFile::exists(file)) {
        if (name.endsWith(QLatin1String(".ps")))
            QVERIFY(gsConvert(QStringLiteral("ps2write"), m_pdf, file));
        else if (name.endsWith(QLatin1String(".pwg")))
            QVERIFY(gsConvert(QStringLiteral("pwgraster"), m_pdf, file));
        else if (name.endsWith(QLatin1String(".urf"))) // Apple raster, 24-bit sRGB as AirPrint sends it
            QVERIFY(
                gsConvert(QStringLiteral("appleraster"), m_pdf, file,
                          {QStringLiteral("-dcupsColorSpace=19"), QStringLiteral("-dcupsBitsPerColor=8")}));
        else if (name.endsWith(QLatin1String(".txt")))
            m_h->writeFile(name, "first page\n\tindented\fsecond page: \xc3\xa9t\xc3\xa9\n");
        else {
            QImage image(640, 480, QImage::Format_RGB32);
            image.fill(QColor(20, 90, 200));
            QVERIFY(image.save(file));
        }
    }
    const QString title = QStringLiteral("Format %1").arg(name);
    const IppJob job = printFile(*m_h, file, format, title);
    QVERIFY2(job.submitted, job.output.constData());
    QVERIFY2(job.state == QLatin1String("completed"),
             qPrintable(job.state + QStringLiteral(": ") + job.message));
    const QJsonObject held = jobTitled(*m_h, title);
    QVERIFY2(!held.isEmpty(), "the job is not in the vault");
    // The owner is the requesting-user-name ipptool sends: its $user, which is always the
    // login name (-d cannot change it).
    QCOMPARE(held.value(QStringLiteral("owner")).toString(),
             QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
    QCOMPARE(held.value(QStringLiteral("pages")).toInt(), pages);
    const QByteArray pdf = m_h->exportJob(held.value(QStringLiteral("id")).toString());
    QCOMPARE(pdfPages(pdf, m_h->root()), pages); // Poppler opens what was held
    if (format == QLatin1String("application/pdf")) {
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(sha256(pdf), sha256(in.readAll())); // PDF is kept byte for byte
    }
    if (format == QLatin1String("image/jpeg") || format == QLatin1String("image/png"))
        QCOMPARE(held.value(QStringLiteral("color_pages")).toInt(), 1);
}

void TstCapture::twentyClientsAtOnce()
{
    QList<QProcess *> clients;
    QHash<QString, QByteArray> expected; // title -> sha256 of what was sent
    for (int i = 0; i < 20; ++i) {
        const QByteArray pdf =
            buildPdf({PdfPage{i % 3 == 0, QStringLiteral("concurrent %1").arg(i), 20000 * (i % 4)}});
        const QString title = QStringLiteral("Concurrent %1").arg(i);
        expected.insert(title, sha256(pdf));
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral("ipptool"),
                 {QStringLiteral("-t"), QStringLiteral("-d"), QStringLiteral("filetype=application/pdf"),
                  QStringLiteral("-d"), QStringLiteral("title=") + title, QStringLiteral("-d"),
                  QStringLiteral("user=bob"), QStringLiteral("-f"),
                  m_h->writeFile(QStringLiteral("c%1.pdf").arg(i), pdf), m_h->printerUri(), PrintTest});
        clients.append(p);
    }
    // All twenty are accepted (queued, never answered busy)...
    for (QProcess *p : clients) {
        QVERIFY(p->waitForFinished(300000));
        const QByteArray out = p->readAll();
        QVERIFY2(p->exitCode() == 0, out.constData());
        delete p;
    }
    // ...and all twenty reach the vault intact.
    QHash<QString, QString> stored;
    QTRY_VERIFY_WITH_TIMEOUT(([&]() {
                                 stored.clear();
                                 for (const QJsonValue &v : m_h->jobs()) {
                                     const QJsonObject j = v.toObject();
                                     if (expected.contains(j.value(QStringLiteral("title")).toString()))
                                         stored.insert(j.value(QStringLiteral("title")).toString(),
                                                       j.value(QStringLiteral("sha256")).toString());
                                 }
                                 return stored.size() == 20;
                             }()),
                             120000);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        QCOMPARE(it.value().toLatin1(), expected.value(it.key()));
}

// SIGKILL while 20 Print-Jobs arrive at once: every job whose Print-Job was answered
// successful-ok is held exactly once after the restart (by SHA-256), and nothing else is.
void TstCapture::acknowledgedJobsSurviveAKill()
{
    DaemonHarness h;
    h.enablePrinter();
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QList<QProcess *> clients;
    QHash<QString, QByteArray> sent; // title -> sha256
    for (int i = 0; i < 20; ++i) {
        const QByteArray pdf =
            buildPdf({PdfPage{i % 2 == 0, QStringLiteral("kill %1").arg(i), 400000 + 997 * i}});
        const QString title = QStringLiteral("Kill %1").arg(i);
        sent.insert(title, sha256(pdf));
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral("ipptool"),
                 {QStringLiteral("-t"), QStringLiteral("-d"), QStringLiteral("filetype=application/pdf"),
                  QStringLiteral("-d"), QStringLiteral("title=") + title, QStringLiteral("-f"),
                  h.writeFile(QStringLiteral("k%1.pdf").arg(i), pdf), h.printerUri(), PrintTest});
        clients.append(p);
    }
    // A random moment while they arrive.
    QThread::msleep(QRandomGenerator::global()->bounded(50, 1500));
    h.kill9();
    QSet<QByteArray> acknowledged;
    for (int i = 0; i < clients.size(); ++i) {
        QVERIFY(clients[i]->waitForFinished(60000));
        if (clients[i]->exitCode() == 0)
            acknowledged.insert(sent.value(QStringLiteral("Kill %1").arg(i)));
        delete clients[i];
    }
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QList<QByteArray> held;
    QTRY_VERIFY_WITH_TIMEOUT(
        ([&]() {
            held.clear();
            for (const QJsonValue &v : h.jobs())
                held.append(v.toObject().value(QStringLiteral("sha256")).toString().toLatin1());
            return held.size() >= acknowledged.size() &&
                   QDir(h.vaultDir() + QStringLiteral("/incoming")).entryList(QDir::Files).isEmpty();
        }()),
        60000);
    // Exactly once each, and only what was sent (a job killed before its answer may be held
    // or not, but never twice and never damaged).
    QCOMPARE(QSet<QByteArray>(held.cbegin(), held.cend()).size(), held.size());
    for (const QByteArray &sha : acknowledged)
        QVERIFY2(held.contains(sha), "an acknowledged job was lost");
    const QList<QByteArray> sentValues = sent.values();
    for (const QByteArray &sha : held)
        QVERIFY2(sentValues.contains(sha), "a job that was never sent is listed");
    qInfo() << acknowledged.size() << "acknowledged before the kill," << held.size() << "held after it";
}

// While a looping PostScript file converts, PDFs sent after it are held before it times out:
// conversions run in parallel, each with its own limit.
void TstCapture::slowJobDelaysNoOther()
{
    const QString loop = m_h->writeFile(QStringLiteral("loop.ps"), "%!PS\n{ 1 pop } loop\n");
    CliResult r =
        ipptool({QStringLiteral("-tv"), QStringLiteral("-d"),
                 QStringLiteral("filetype=application/postscript"), QStringLiteral("-d"),
                 QStringLiteral("title=Looping"), QStringLiteral("-f"), loop, m_h->printerUri(), PrintTest});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const int looping =
        lastMatch(QString::fromUtf8(r.out), QStringLiteral("job-id \\(integer\\) = (\\d+)")).toInt();
    QHash<QString, QByteArray> expected;
    for (int i = 0; i < 10; ++i) {
        const QByteArray pdf = buildPdf({PdfPage{false, QStringLiteral("after loop %1").arg(i), 1000 * i}});
        const QString title = QStringLiteral("After loop %1").arg(i);
        expected.insert(title, sha256(pdf));
        r = ipptool({QStringLiteral("-t"), QStringLiteral("-d"), QStringLiteral("filetype=application/pdf"),
                     QStringLiteral("-d"), QStringLiteral("title=") + title, QStringLiteral("-f"),
                     m_h->writeFile(QStringLiteral("after%1.pdf").arg(i), pdf), m_h->printerUri(),
                     PrintTest});
        QVERIFY2(r.exitCode == 0, r.out.constData());
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        ([&]() {
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (jobTitled(*m_h, it.key()).value(QStringLiteral("sha256")).toString().toLatin1() !=
                    it.value())
                    return false;
            }
            return true;
        }()),
        20000);
    // All ten are held while the looping job is still converting (its limit is 20 s), which
    // then ends aborted on its own.
    IppJob loopJob;
    const CliResult state =
        ipptool({QStringLiteral("-tv"), QStringLiteral("-d"), QStringLiteral("job=%1").arg(looping),
                 QStringLiteral("-d"), QStringLiteral("user=alice"), m_h->printerUri(), JobStateTest});
    QVERIFY2(state.out.contains("job-state (enum) = processing"), state.out.constData());
    waitForJob(m_h->printerUri(), looping, QStringLiteral("alice"), loopJob);
    QCOMPARE(loopJob.state, QStringLiteral("aborted"));
}

// 20 clients at once for every format: none is answered busy, all are held.
void TstCapture::twentyOfEachFormat()
{
    const QList<QPair<QString, QString>> formats = {
        {QStringLiteral("sample.pdf"), QStringLiteral("application/pdf")},
        {QStringLiteral("sample.ps"), QStringLiteral("application/postscript")},
        {QStringLiteral("sample.pwg"), QStringLiteral("image/pwg-raster")},
        {QStringLiteral("sample.urf"), QStringLiteral("image/urf")},
        {QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("chart.png"), QStringLiteral("image/png")},
        {QStringLiteral("notes.txt"), QStringLiteral("text/plain")}};
    for (const auto &[name, format] : formats) {
        const QString file = m_h->root() + QLatin1Char('/') + name;
        QVERIFY2(QFile::exists(file), qPrintable(file)); // made by everyFormatArrivesAsPdf
        QList<QProcess *> clients;
        for (int i = 0; i < 20; ++i) {
            auto *p = new QProcess;
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(QStringLiteral("ipptool"),
                     {QStringLiteral("-t"), QStringLiteral("-d"), QStringLiteral("filetype=") + format,
                      QStringLiteral("-d"), QStringLiteral("title=Each %1 %2").arg(name).arg(i),
                      QStringLiteral("-f"), file, m_h->printerUri(), PrintTest});
            clients.append(p);
        }
        for (QProcess *p : clients) {
            QVERIFY(p->waitForFinished(120000));
            const QByteArray out = p->readAll();
            QVERIFY2(!out.contains("server-error-busy") && p->exitCode() == 0, out.constData());
            delete p;
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            ([&]() {
                for (int i = 0; i < 20; ++i) {
                    if (jobTitled(*m_h, QStringLiteral("Each %1 %2").arg(name).arg(i)).isEmpty())
                        return false;
                }
                return true;
            }()),
            120000);
    }
}

// Poppler draws a PDF whose final %%EOF is missing: it is held, byte for byte.
void TstCapture::pdfWithoutEofIsHeld()
{
    QByteArray pdf = buildPdf(QStringLiteral("MC"), QStringLiteral("no eof"));
    pdf.chop(pdf.size() - pdf.lastIndexOf("%%EOF"));
    const IppJob job = printFile(*m_h, m_h->writeFile(QStringLiteral("noeof.pdf"), pdf),
                                 QStringLiteral("application/pdf"), QStringLiteral("No EOF"));
    QVERIFY2(job.state == QLatin1String("completed"),
             qPrintable(job.state + QStringLiteral(": ") + job.message));
    const QJsonObject held = jobTitled(*m_h, QStringLiteral("No EOF"));
    QCOMPARE(held.value(QStringLiteral("sha256")).toString().toLatin1(), sha256(pdf));
    QCOMPARE(held.value(QStringLiteral("pages")).toInt(), 2);
}

// job-hold-until asks the printer to hold the job: PrintVault holds every job in the vault, so
// the document goes there at once, as every other.
void TstCapture::heldJobsAreHeldInTheVault()
{
    const QByteArray pdf = buildPdf(QStringLiteral("M"), QStringLiteral("held"));
    const CliResult r =
        ipptool({QStringLiteral("-t"), QStringLiteral("-d"), QStringLiteral("filetype=application/pdf"),
                 QStringLiteral("-d"), QStringLiteral("title=Held by the client"), QStringLiteral("-d"),
                 QStringLiteral("user=bob"), QStringLiteral("-f"),
                 m_h->writeFile(QStringLiteral("held.pdf"), pdf), m_h->printerUri(), PrintHeldTest});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QTRY_COMPARE_WITH_TIMEOUT(jobTitled(*m_h, QStringLiteral("Held by the client"))
                                  .value(QStringLiteral("sha256"))
                                  .toString()
                                  .toLatin1(),
                              sha256(pdf), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(QDir(m_h->vaultDir() + QStringLiteral("/incoming")).entryList(QDir::Files),
                              QStringList(), 10000);
}

void TstCapture::pageOverridesAreRecorded()
{
    // Four colour pages; the client asks for pages 2-3 in monochrome.
    const QByteArray pdf = buildPdf(QStringLiteral("CCCC"), QStringLiteral("overrides"));
    const CliResult r =
        ipptool({QStringLiteral("-t"), QStringLiteral("-d"), QStringLiteral("filetype=application/pdf"),
                 QStringLiteral("-d"), QStringLiteral("title=Mixed colour"), QStringLiteral("-d"),
                 QStringLiteral("sender=carol"), QStringLiteral("-f"),
                 m_h->writeFile(QStringLiteral("mixed.pdf"), pdf), m_h->printerUri(), PrintOverridesTest});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!jobTitled(*m_h, QStringLiteral("Mixed colour")).isEmpty(), 20000);
    const QJsonObject job = jobTitled(*m_h, QStringLiteral("Mixed colour"));
    QCOMPARE(job.value(QStringLiteral("sha256")).toString().toLatin1(), sha256(pdf));
    // The owner is the account the socket belongs to, never the requesting-user-name a client claims.
    QCOMPARE(job.value(QStringLiteral("owner")).toString(),
             QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
    QCOMPARE(job.value(QStringLiteral("color_mode")).toString(), QStringLiteral("color"));
    QCOMPARE(job.value(QStringLiteral("page_colors")).toString(), QStringLiteral("CCCC"));
    // Only the member for this document with a colour mode counts.
    const QJsonArray overrides = job.value(QStringLiteral("overrides")).toArray();
    QCOMPARE(overrides.size(), 1);
    QCOMPARE(overrides.at(0).toObject().value(QStringLiteral("print_color_mode")).toString(),
             QStringLiteral("monochrome"));
    QCOMPARE(overrides.at(0).toObject().value(QStringLiteral("pages")).toArray(),
             (QJsonArray{QJsonArray{2, 3}}));
    QCOMPARE(job.value(QStringLiteral("color_pages_printed")).toInt(), 2);
    const CliResult shown = m_h->cli(
        {QStringLiteral("jobs"), QStringLiteral("show"), job.value(QStringLiteral("id")).toString()});
    QVERIFY2(shown.out.contains("Overrides:    pages 2-3 monochrome"), shown.out.constData());
    QVERIFY2(shown.out.contains("2 page(s) print in colour"), shown.out.constData());
}

void TstCapture::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message");
    const QByteArray good = buildPdf(QStringLiteral("MM"), QStringLiteral("corpus"));
    QTest::newRow("truncated PDF") << good.left(good.size() / 2) << QStringLiteral("application/pdf")
                                   << QStringLiteral("truncated");
    QTest::newRow("zero-page PDF") << buildPdf(QList<PdfPage>{}) << QStringLiteral("application/pdf")
                                   << QStringLiteral("no pages");
    QTest::newRow("PostScript that loops")
        << QByteArray("%!PS\n{ 1 pop } loop\n") << QStringLiteral("application/postscript")
        << QStringLiteral("did not finish");
    QTest::newRow("broken PostScript")
        << QByteArray("%!PS\n/foo 12 nosuchoperator showpage\n") << QStringLiteral("application/postscript")
        << QStringLiteral("could not be interpreted");
    QTest::newRow("damaged JPEG") << QByteArray("\xff\xd8\xff\xe0 this is not really a jpeg")
                                  << QStringLiteral("image/jpeg") << QStringLiteral("image");
}

void TstCapture::malformedDocuments()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, format);
    QFETCH(QString, message);
    const int before = int(m_h->jobs().size());
    const QString title = QStringLiteral("Malformed %1").arg(QString::fromLatin1(QTest::currentDataTag()));
    const IppJob job = printFile(*m_h, m_h->writeFile(QStringLiteral("bad.bin"), data), format, title);
    QVERIFY2(job.submitted, job.output.constData());
    QCOMPARE(job.state, QStringLiteral("aborted"));
    QVERIFY2(job.message.contains(message), qPrintable(job.message));
    QCOMPARE(int(m_h->jobs().size()), before);
    QCOMPARE(QDir(m_h->vaultDir() + QStringLiteral("/tmp")).entryList(QDir::Files).size(), 0);
    QTRY_COMPARE(QDir(m_h->vaultDir() + QStringLiteral("/incoming")).entryList(QDir::Files).size(), 0);
    // The printer is still up and takes the next job.
    QCOMPARE(
        printFile(*m_h, m_pdf, QStringLiteral("application/pdf"), title + QStringLiteral(" then good")).state,
        QStringLiteral("completed"));
}

// A varied stretch of the document's own bytes from its middle: any plaintext copy of the
// document, in whatever folder, contains it.
static QByteArray bytesOf(const QString &file)
{
    const QByteArray data = readFile(file);
    for (qsizetype at = data.size() / 2; at + 48 <= data.size(); at += 48) {
        const QByteArray chunk = data.mid(at, 48);
        if (QSet<char>(chunk.cbegin(), chunk.cend()).size() >= 12)
            return chunk;
    }
    return data.right(48);
}

// A marker through every format: once each is held, neither the marker nor the document's own
// bytes are in the data, config, runtime (conversion scratch included), temporary or cache
// folders, nor in the log.
void TstCapture::noPlaintextInSpoolOrVault()
{
    const QByteArray marker =
        "SPOOLMARKER-" + QByteArray::number(QCoreApplication::applicationPid()) + "-9d1";
    const QString pdf = m_h->writeFile(QStringLiteral("marker.pdf"),
                                       buildPdf(QStringLiteral("M"), QString::fromLatin1(marker)));
    const QString ps = m_h->writeFile(QStringLiteral("marker.ps"),
                                      "%!PS\n/Helvetica findfont 14 scalefont setfont 72 720 moveto (" +
                                          marker + ") show showpage\n");
    const QList<QPair<QString, QString>> files = {
        {pdf, QStringLiteral("application/pdf")},
        {ps, QStringLiteral("application/postscript")},
        {m_h->writeFile(QStringLiteral("marker.txt"), marker + " in text\n"), QStringLiteral("text/plain")},
        {m_h->root() + QStringLiteral("/sample.pwg"), QStringLiteral("image/pwg-raster")},
        {m_h->root() + QStringLiteral("/sample.urf"), QStringLiteral("image/urf")},
        {m_h->root() + QStringLiteral("/photo.jpg"), QStringLiteral("image/jpeg")},
        {m_h->root() + QStringLiteral("/chart.png"), QStringLiteral("image/png")}};
    QList<QByteArray> needles{marker};
    for (const auto &[file, format] : files) {
        QVERIFY2(QFile::exists(file), qPrintable(file)); // the images: made by everyFormatArrivesAsPdf
        QCOMPARE(printFile(*m_h, file, format, QStringLiteral("Marker %1").arg(format)).state,
                 QStringLiteral("completed"));
        needles.append(bytesOf(file));
    }
    const QStringList trees = {m_h->dataDir(), m_h->configDir(), m_h->runtimeDir(),
                               m_h->root() + QStringLiteral("/tmp"), m_h->root() + QStringLiteral("/cache")};
    for (const QByteArray &needle : needles) {
        for (const QString &tree : trees)
            QVERIFY2(!treeContains(tree, needle),
                     qPrintable(tree + QStringLiteral(": ") + QString::fromLatin1(needle.toHex())));
        QVERIFY2(!m_h->log().contains(needle), m_h->log().constData());
    }
}

// A private cupsd on a free loopback port: `printvault-cli install-printer` adds the queue,
// and `lp` of a PDF, PostScript, text and JPEG each lands in the vault.
void TstCapture::cupsQueueEndToEnd()
{
    if (geteuid() != 0)
        QSKIP("a private cupsd needs root here (it drops to the lp user for filters)");
    PrivateCupsd cups;
    QVERIFY(cups.start());
    const QString socket = cups.socket();
    // CUPS's ipp backend runs as lp and cannot open the user-only socket: until the printvault
    // backend forwards jobs to it, the queue reaches this daemon over its TCP listener.
    DaemonHarness tcp;
    tcp.enableTcpPrinter();
    QCOMPARE(tcp.start(), QStringLiteral("ready"));
    DaemonHarness *const h = &tcp;

    // install-printer makes the system's printvault:/ queue (tst_localusers); this one is IPP.
    h->environment().insert(QStringLiteral("CUPS_SERVER"), socket);
    QByteArray added;
    QVERIFY2(cups.addQueue(QStringLiteral("PrintVault"), h->printerUri(), &added), added.constData());

    QImage photo(800, 600, QImage::Format_RGB32);
    photo.fill(QColor(200, 40, 40));
    const QString jpeg = m_h->root() + QStringLiteral("/lp-photo.jpg");
    QVERIFY(photo.save(jpeg));
    const QString ps = m_h->root() + QStringLiteral("/lp-doc.ps");
    QVERIFY(gsConvert(QStringLiteral("ps2write"), m_pdf, ps));
    const QList<QPair<QString, int>> files = {
        {m_h->writeFile(QStringLiteral("lp-doc.pdf"),
                        buildPdf(QStringLiteral("MCMM"), QStringLiteral("lp pdf"))),
         4},
        {ps, 3},
        {m_h->writeFile(QStringLiteral("lp-notes.txt"), "lp text\n"), 1},
        {jpeg, 1}};
    for (const auto &f : files) {
        QByteArray said;
        const int rc = cups.run(QStringLiteral("lp"),
                                {QStringLiteral("-d"), QStringLiteral("PrintVault"), QStringLiteral("-t"),
                                 QStringLiteral("lp ") + QFileInfo(f.first).fileName(), f.first},
                                &said);
        QVERIFY2(rc == 0, said.constData());
    }
    for (const auto &f : files) {
        const QString title = QStringLiteral("lp ") + QFileInfo(f.first).fileName();
        QTRY_VERIFY_WITH_TIMEOUT(!jobTitled(*h, title).isEmpty(), 60000);
        const QJsonObject held = jobTitled(*h, title);
        QCOMPARE(held.value(QStringLiteral("pages")).toInt(), f.second);
        QCOMPARE(held.value(QStringLiteral("owner")).toString(),
                 QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
        QCOMPARE(pdfPages(h->exportJob(held.value(QStringLiteral("id")).toString()), m_h->root()), f.second);
    }
    QCOMPARE(cups.run(QStringLiteral("lpadmin"), {QStringLiteral("-x"), QStringLiteral("PrintVault")}), 0);

    // The whole way: what was printed with lp comes out of a real printer, byte for byte.
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    const QString id = jobTitled(*h, QStringLiteral("lp lp-doc.pdf")).value(QStringLiteral("id")).toString();
    const QByteArray held = h->exportJob(id);
    const CliResult released = h->cli(
        {QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), printer.uri()});
    QVERIFY2(released.exitCode == 0, released.err.constData());
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".pdf"));
    QCOMPARE(spooled.size(), 1);
    QFile out(spooled.first());
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(sha256(out.readAll()), sha256(held));
    QVERIFY(jobTitled(*h, QStringLiteral("lp lp-doc.pdf")).isEmpty());

    // And the PostScript one to a printer that takes only PWG raster: Ghostscript draws its three
    // pages in the render worker, and every pixel of each reads back with libcups.
    IppEvePrinter raster(QStringLiteral("image/pwg-raster"));
    QVERIFY(raster.start());
    const QString psJob =
        jobTitled(*h, QStringLiteral("lp lp-doc.ps")).value(QStringLiteral("id")).toString();
    const CliResult drawn = h->cli({QStringLiteral("jobs"), QStringLiteral("release"), psJob,
                                    QStringLiteral("--printer"), raster.uri()});
    QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
    const QStringList pwg = raster.spooledFiles(QStringLiteral(".pwg"));
    QCOMPARE(pwg.size(), 1);
    QCOMPARE(rasterPages(pwg.first()), 3);
}

void TstCapture::pwgConformance()
{
    // A daemon of its own: the scripts cancel, hold and abandon jobs on purpose.
    m_h = std::make_unique<DaemonHarness>();
    m_h->enablePrinter();
    QCOMPARE(m_h->start(), QStringLiteral("ready"));
    m_pdf = m_h->writeFile(QStringLiteral("sample.pdf"),
                           buildPdf(QStringLiteral("MCM"), QStringLiteral("sample")));
    // No wait: the printer must be conformant from its first second (printer-up-time >= 1).

    struct Suite
    {
        const char *version;
        const char *file;
    };
    for (const Suite &s :
         {Suite{"1.1", "ipp-1.1.test"}, Suite{"2.0", "ipp-2.0.test"}, Suite{"2.1", "ipp-2.1.test"},
          Suite{"2.0", "ipp-everywhere.test"}, Suite{"2.0", "create-job.test"}, Suite{"2.0", "get-jobs.test"},
          Suite{"2.0", "print-job-hold.test"}, Suite{"2.0", "print-job-gzip.test"},
          Suite{"2.0", "print-job-deflate.test"}}) {
        // -I carries on after a failure so that every one is counted; [FAIL] lines are counted
        // because the exit code misses failures in included files.
        const CliResult r = ipptool({QStringLiteral("-I"), QStringLiteral("-V"), QLatin1String(s.version),
                                     QStringLiteral("-t"), QStringLiteral("-f"), m_pdf, m_h->printerUri(),
                                     QLatin1String(s.file)});
        QVERIFY2(r.out.count("[PASS]") > (QByteArray(s.file).startsWith("ipp-") ? 20 : 0), r.out.constData());
        qInfo().noquote() << s.file << r.out.count("[PASS]") << "[PASS]," << r.out.count("[FAIL]")
                          << "[FAIL]";
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.contains("[FAIL]") || line.contains("EXPECTED") || line.contains("GOT ") ||
                line.contains("status-message"))
                qInfo().noquote() << "   " << line.trimmed();
        }
        const int fails = int(r.out.count("[FAIL]"));
        if (QLatin1String(s.file) != QLatin1String("ipp-everywhere.test")) {
            QVERIFY2(fails == 0, r.out.constData());
            continue;
        }
        // The script's known defect, the one exception the capture issue allows: it expects
        // overrides-supported to list "document-number", where PWG 5100.6 names the member
        // "document-numbers" (which the printer lists, with "pages"). Nothing else may fail.
        QVERIFY2(fails == 1, r.out.constData());
        const QStringList expected =
            QString::fromUtf8(r.out).split(QLatin1Char('\n')).filter(QStringLiteral("EXPECTED:"));
        QCOMPARE(expected.size(), 1);
        QVERIFY2(expected.first().contains(QStringLiteral("overrides-supported")) &&
                     expected.first().contains(QStringLiteral("\"document-number\"")),
                 qPrintable(expected.first()));
    }
}

QTEST_GUILESS_MAIN(TstCapture)
#include "tst_capture.moc"
