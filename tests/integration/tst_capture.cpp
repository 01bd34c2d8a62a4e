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
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

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

QString lastMatch(const QString &text, const QString &pattern)
{
    QString value;
    auto it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        value = it.next().captured(1);
    return value;
}

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

class TstCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFormatArrivesAsPdf_data();
    void everyFormatArrivesAsPdf();
    void twentyClientsAtOnce();
    void acknowledgedJobsSurviveACrash();
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
    m_h->enablePrinter("convert_timeout_seconds=5\n");
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

// Print-Job is answered once the document is spooled; PAPPL converts jobs one at a time, so
// acknowledged jobs wait in the spool. A daemon killed then loses none of them: they are taken
// into the vault when it starts again. Jobs the client asked to hold are held in the vault
// (where every job is held), not left in the plaintext spool.
void TstCapture::acknowledgedJobsSurviveACrash()
{
    DaemonHarness h;
    h.enablePrinter();
    QCOMPARE(h.start(), QStringLiteral("ready"));
    // First a PostScript job that keeps Ghostscript busy for some 6 s: PAPPL converts one job at
    // a time, so the PDFs sent meanwhile are acknowledged and wait in the spool.
    const QString slow =
        h.writeFile(QStringLiteral("slow.ps"),
                    "%!PS\n0 1 500000000 { pop } for\n/Helvetica findfont 20 scalefont setfont\n"
                    "72 700 moveto (slow page) show showpage\n");
    CliResult r = ipptool({QStringLiteral("-t"), QStringLiteral("-d"),
                           QStringLiteral("filetype=application/postscript"), QStringLiteral("-d"),
                           QStringLiteral("title=Slow one"), QStringLiteral("-d"), QStringLiteral("user=bob"),
                           QStringLiteral("-f"), slow, h.printerUri(), PrintTest});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QList<QProcess *> clients;
    QSet<QByteArray> expected; // sha256 of each PDF sent
    for (int i = 0; i < 11; ++i) {
        const QByteArray pdf =
            buildPdf({PdfPage{false, QStringLiteral("crash %1").arg(i), 1500000 + 1000 * i}});
        expected.insert(sha256(pdf));
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral("ipptool"),
                 {QStringLiteral("-t"), QStringLiteral("-d"), QStringLiteral("filetype=application/pdf"),
                  QStringLiteral("-d"), QStringLiteral("title=Crash %1").arg(i), QStringLiteral("-d"),
                  QStringLiteral("sender=carol"), QStringLiteral("-f"),
                  h.writeFile(QStringLiteral("k%1.pdf").arg(i), pdf), h.printerUri(),
                  i < 3   ? PrintHeldTest
                  : i < 6 ? PrintOverridesTest
                          : PrintTest});
        clients.append(p);
    }
    for (QProcess *p : clients) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAll().constData());
        delete p;
    }
    // Every Print-Job was answered successful-ok. Each job's ticket (what its client asked for)
    // is written within moments of its creation, mostly before its document is in; it is
    // waited for here, so that what follows tests what a ticket brings through a crash.
    const QDir spool(h.runtimeDir() + QStringLiteral("/spool"));
    QTRY_VERIFY_WITH_TIMEOUT(([&]() {
                                 const QStringList names = spool.entryList(QDir::Files);
                                 int documents = 0;
                                 for (const QString &name : names) {
                                     if (name.endsWith(QLatin1String(".pvjob")) ||
                                         name.endsWith(QLatin1String(".tmp")))
                                         continue;
                                     ++documents;
                                     if (!names.contains(name.left(16) + QStringLiteral(".pvjob")))
                                         return false;
                                 }
                                 return documents == 12;
                             }()),
                             10000);
    // The daemon dies before it has stored them.
    h.kill9();

    // It comes back with a vault that is full: the leftovers wait, they are not dropped.
    h.enablePrinter("[vault]\nmax_size_mb=1\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QTRY_VERIFY_WITH_TIMEOUT(
        h.log().contains("12 document(s) the last run left in the spool are being stored"), 10000);
    // The small PDF Ghostscript makes of the PostScript fits under the cap; the 1.5 MB PDFs wait.
    QTRY_VERIFY_WITH_TIMEOUT(h.log().contains("1 acknowledged job(s) left in the spool by the last run; 0 "
                                              "refused, 11 kept for the next start"),
                             30000);
    QCOMPARE(h.jobs().size(), 1);
    QCOMPARE(h.stop(), 0);

    // With room again, every one of them arrives: the PDFs byte for byte, the PostScript as
    // the page it draws, named after its job.
    h.enablePrinter();
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QSet<QByteArray> stored;
    QTRY_VERIFY_WITH_TIMEOUT(
        ([&]() {
            stored.clear();
            const QJsonArray held = h.jobs();
            for (const QJsonValue &v : held) {
                if (v.toObject().value(QStringLiteral("title")) != QStringLiteral("Slow one"))
                    stored.insert(v.toObject().value(QStringLiteral("sha256")).toString().toLatin1());
            }
            return held.size() == 12;
        }()),
        60000);
    QCOMPARE(stored, expected);
    // What each client asked for came through the crash with its document (its ticket): the
    // job's name as it was sent (the spool file's name is lowercased), its requesting user, and
    // for three of them a colour mode and page overrides.
    for (int i = 0; i < 11; ++i) {
        const QJsonObject job = jobTitled(h, QStringLiteral("Crash %1").arg(i));
        QVERIFY2(!job.isEmpty(), qPrintable(QStringLiteral("no job is called \"Crash %1\"").arg(i)));
        const bool mixed = i >= 3 && i < 6;
        QCOMPARE(job.value(QStringLiteral("owner")).toString(),
                 mixed ? QStringLiteral("carol") : QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
        QCOMPARE(job.value(QStringLiteral("color_mode")).toString(),
                 mixed ? QStringLiteral("color") : QStringLiteral("auto"));
        QCOMPARE(job.value(QStringLiteral("overrides")).toArray().size(), mixed ? 1 : 0);
    }
    QCOMPARE(jobTitled(h, QStringLiteral("Slow one")).value(QStringLiteral("pages")).toInt(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(h.log().contains("0 kept for the next start"), 10000);
    // Nothing is left in the spool, nor waiting beside it.
    QCOMPARE(QDir(h.runtimeDir() + QStringLiteral("/spool")).entryList(QDir::Files), QStringList());
    QVERIFY(!QFileInfo::exists(h.runtimeDir() + QStringLiteral("/recovering")));
}

// job-hold-until asks the printer to hold the job: PrintVault holds every job in the vault, so
// the document goes there at once rather than waiting in the plaintext spool for a Release-Job.
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
    QTRY_COMPARE_WITH_TIMEOUT(QDir(m_h->runtimeDir() + QStringLiteral("/spool")).entryList(QDir::Files),
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
    QCOMPARE(job.value(QStringLiteral("owner")).toString(), QStringLiteral("carol"));
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
    QCOMPARE(QDir(m_h->runtimeDir() + QStringLiteral("/spool")).entryList(QDir::Files).size(), 0);
    // The printer is still up and takes the next job.
    QCOMPARE(
        printFile(*m_h, m_pdf, QStringLiteral("application/pdf"), title + QStringLiteral(" then good")).state,
        QStringLiteral("completed"));
}

void TstCapture::noPlaintextInSpoolOrVault()
{
    const QByteArray marker =
        "SPOOLMARKER-" + QByteArray::number(QCoreApplication::applicationPid()) + "-9d1";
    const QString file = m_h->writeFile(QStringLiteral("marker.pdf"),
                                        buildPdf(QStringLiteral("M"), QString::fromLatin1(marker)));
    QCOMPARE(printFile(*m_h, file, QStringLiteral("application/pdf"), QString::fromLatin1(marker)).state,
             QStringLiteral("completed"));
    const QString text = m_h->writeFile(QStringLiteral("marker.txt"), marker + " in text\n");
    QCOMPARE(printFile(*m_h, text, QStringLiteral("text/plain"), QStringLiteral("text marker")).state,
             QStringLiteral("completed"));
    for (const QString &tree : {m_h->dataDir(), m_h->configDir(), m_h->runtimeDir()})
        QVERIFY2(!treeContains(tree, marker), qPrintable(tree));
    QVERIFY2(!m_h->log().contains(marker), m_h->log().constData());
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

    m_h->environment().insert(QStringLiteral("CUPS_SERVER"), socket);
    const CliResult installed = m_h->cli({QStringLiteral("install-printer")});
    QVERIFY2(installed.exitCode == 0, installed.err.constData());

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
        QTRY_VERIFY_WITH_TIMEOUT(!jobTitled(*m_h, title).isEmpty(), 60000);
        const QJsonObject held = jobTitled(*m_h, title);
        QCOMPARE(held.value(QStringLiteral("pages")).toInt(), f.second);
        QCOMPARE(held.value(QStringLiteral("owner")).toString(),
                 QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
        QCOMPARE(pdfPages(m_h->exportJob(held.value(QStringLiteral("id")).toString()), m_h->root()),
                 f.second);
    }
    const CliResult removed = m_h->cli({QStringLiteral("uninstall-printer")});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());

    // The whole way: what was printed with lp comes out of a real printer, byte for byte.
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    const QString id =
        jobTitled(*m_h, QStringLiteral("lp lp-doc.pdf")).value(QStringLiteral("id")).toString();
    const QByteArray held = m_h->exportJob(id);
    const CliResult released = m_h->cli(
        {QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), printer.uri()});
    QVERIFY2(released.exitCode == 0, released.err.constData());
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".pdf"));
    QCOMPARE(spooled.size(), 1);
    QFile out(spooled.first());
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(sha256(out.readAll()), sha256(held));
    QVERIFY(jobTitled(*m_h, QStringLiteral("lp lp-doc.pdf")).isEmpty());
}

void TstCapture::pwgConformance()
{
    // A daemon of its own: the scripts cancel, hold and abandon jobs on purpose.
    m_h = std::make_unique<DaemonHarness>();
    m_h->enablePrinter();
    QCOMPARE(m_h->start(), QStringLiteral("ready"));
    m_pdf = m_h->writeFile(QStringLiteral("sample.pdf"),
                           buildPdf(QStringLiteral("MCM"), QStringLiteral("sample")));
    // printer-up-time is integer(1:MAX), but PAPPL reports 0 during its first second.
    QThread::msleep(1100);

    struct Suite
    {
        const char *version;
        const char *file;
    };
    for (const Suite &s :
         {Suite{"1.1", "ipp-1.1.test"}, Suite{"2.0", "ipp-2.0.test"}, Suite{"2.0", "ipp-everywhere.test"}}) {
        // -I carries on after a failure so that every one is counted; [FAIL] lines are counted
        // because the exit code misses failures in included files.
        const CliResult r = ipptool({QStringLiteral("-I"), QStringLiteral("-V"), QLatin1String(s.version),
                                     QStringLiteral("-t"), QStringLiteral("-f"), m_pdf, m_h->printerUri(),
                                     QLatin1String(s.file)});
        QVERIFY2(r.out.count("[PASS]") > 20, r.out.constData());
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
