// Hostile documents against the real printvaultd and its real printvault-worker: each of
// crash, hang, memory exhaustion and page or raster explosions aborts only its own job with
// a message while the daemon keeps holding the next; a crash loop is given up across
// restarts; workers and Ghostscript run with the policy's limits, a clean signal mask and
// nothing of the user's environment, and none outlives a SIGKILLed daemon. The same holds for
// release rendering to a raster-only printer (a real ippeveprinter): a hostile held PDF fails
// its release only, the job stays held, and the next release prints the right pages. The
// worker's fault switch (test builds only) makes it crash, hang, spin or eat memory on demand.
#include "DaemonHarness.h"
#include "IppEvePrinter.h"
#include "PdfBuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QtTest>

#include <cups/raster.h>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace pv::test;

namespace {

const QString PrintTest = QStringLiteral(PV_IPP_TESTS "/print.test");
const QString JobStateTest = QStringLiteral(PV_IPP_TESTS "/job-state.test");
constexpr int MemoryMb = 512;
constexpr int TimeoutSeconds = 5;

struct IppJob
{
    int id = 0;
    QString state;
    QString message;
    QByteArray output;
};

void poll(const DaemonHarness &h, IppJob &job)
{
    const CliResult r =
        ipptool({QStringLiteral("-tv"), QStringLiteral("-d"), QStringLiteral("job=%1").arg(job.id),
                 QStringLiteral("-d"), QStringLiteral("user=alice"), h.printerUri(), JobStateTest});
    const QString text = QString::fromUtf8(r.out);
    job.state = lastMatch(text, QStringLiteral("job-state \\(enum\\) = (\\S+)"));
    job.message = lastMatch(text, QStringLiteral("job-state-message \\(textWithoutLanguage\\) = ([^\\n]*)"));
}

bool ended(const IppJob &job)
{
    return job.state == QLatin1String("completed") || job.state == QLatin1String("aborted") ||
           job.state == QLatin1String("canceled");
}

IppJob send(const DaemonHarness &h, const QByteArray &data, const QString &format, const QString &title)
{
    const QString file = h.writeFile(QStringLiteral("doc-%1.bin").arg(qHash(title)), data);
    const CliResult r =
        ipptool({QStringLiteral("-tv"), QStringLiteral("-d"), QStringLiteral("filetype=") + format,
                 QStringLiteral("-d"), QStringLiteral("title=") + title, QStringLiteral("-d"),
                 QStringLiteral("user=alice"), QStringLiteral("-f"), file, h.printerUri(), PrintTest});
    IppJob job;
    job.output = r.out;
    job.id = lastMatch(QString::fromUtf8(r.out), QStringLiteral("job-id \\(integer\\) = (\\d+)")).toInt();
    return job;
}

IppJob waitFor(const DaemonHarness &h, IppJob job)
{
    QElapsedTimer timer;
    timer.start();
    while (job.id > 0 && timer.elapsed() < 120000) {
        poll(h, job);
        if (ended(job))
            break;
        QThread::msleep(100);
    }
    return job;
}

IppJob print(const DaemonHarness &h, const QByteArray &data, const QString &format, const QString &title)
{
    return waitFor(h, send(h, data, format, title));
}

QByteArray fault(const char *mode)
{
    return QByteArray("PRINTVAULT-WORKER-FAULT: ") + mode + "\nand some text\n";
}

// A PWG raster page whose header claims side x side pixels; no pixel follows.
QByteArray hugeRaster(const QString &dir, unsigned side)
{
    const QString path = dir + QStringLiteral("/huge.pwg");
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    cups_raster_t *raster = cupsRasterOpen(fd, CUPS_RASTER_WRITE_PWG);
    cups_page_header2_t h = {};
    strncpy(h.MediaClass, "PwgRaster", sizeof h.MediaClass - 1);
    h.HWResolution[0] = h.HWResolution[1] = 300;
    h.PageSize[0] = h.PageSize[1] = side * 72 / 300;
    h.cupsWidth = h.cupsHeight = side;
    h.cupsBitsPerColor = h.cupsBitsPerPixel = 8;
    h.cupsBytesPerLine = side;
    h.cupsColorOrder = CUPS_ORDER_CHUNKED;
    h.cupsColorSpace = CUPS_CSPACE_SW;
    h.cupsNumColors = 1;
    cupsRasterWriteHeader2(raster, &h);
    cupsRasterClose(raster);
    ::close(fd);
    return readFile(path);
}

// The first process below the daemon with this command name, waited for; 0 when none came.
qint64 waitForChild(const DaemonHarness &h, const QByteArray &name)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        for (qint64 pid : descendants(h.pid())) {
            if (comm(pid) == name)
                return pid;
        }
        QThread::msleep(20);
    }
    return 0;
}

QString statusField(qint64 pid, const QString &field)
{
    const QString status = QString::fromLatin1(readFile(QStringLiteral("/proc/%1/status").arg(pid)));
    return lastMatch(status, QStringLiteral("\\n") + field + QStringLiteral(":\\s*(\\S+)"));
}

// The soft limit of one row of /proc/PID/limits ("Max cpu time" ...), as written there.
QString limit(qint64 pid, const QString &row)
{
    const QString limits = QString::fromLatin1(readFile(QStringLiteral("/proc/%1/limits").arg(pid)));
    return lastMatch(limits, row + QStringLiteral("\\s+(\\S+)"));
}

QStringList environmentKeys(qint64 pid)
{
    QStringList keys;
    for (const QByteArray &entry : readFile(QStringLiteral("/proc/%1/environ").arg(pid)).split('\0')) {
        if (!entry.isEmpty())
            keys << QString::fromLocal8Bit(entry.left(entry.indexOf('=')));
    }
    return keys;
}

qint64 processGroup(qint64 pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(2).toLongLong(); // state ppid pgrp
}

// What a sGray PWG raster stream holds, read back with libcups, every pixel of every page: per
// page, the pixels of the test PDF's red box (its luma, 76) and of its 40% gray box (102).
struct GrayRaster
{
    bool valid = false;
    QList<int> red;
    QList<int> gray;
};

GrayRaster readGrayRaster(const QString &path)
{
    GrayRaster out;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return out;
    cups_raster_t *ras = cupsRasterOpen(fd, CUPS_RASTER_READ);
    cups_page_header2_t header;
    bool ok = ras != nullptr;
    while (ok && cupsRasterReadHeader2(ras, &header)) {
        ok = header.cupsBitsPerPixel == 8;
        QByteArray line(int(header.cupsBytesPerLine), '\0');
        int red = 0, gray = 0;
        for (unsigned y = 0; y < header.cupsHeight && ok; ++y) {
            ok = cupsRasterReadPixels(ras, reinterpret_cast<unsigned char *>(line.data()),
                                      header.cupsBytesPerLine) == header.cupsBytesPerLine;
            for (unsigned x = 0; x < header.cupsWidth; ++x) {
                const int v = uchar(line.at(int(x)));
                red += qAbs(v - 76) <= 8;
                gray += qAbs(v - 102) <= 8;
            }
        }
        out.red << red;
        out.gray << gray;
    }
    if (ras)
        cupsRasterClose(ras);
    ::close(fd);
    out.valid = ok && !out.red.isEmpty();
    return out;
}

// Render workers below the daemon (printvault-worker --render).
QList<qint64> renderWorkers(const DaemonHarness &h)
{
    QList<qint64> out;
    for (qint64 pid : descendants(h.pid())) {
        if (readFile(QStringLiteral("/proc/%1/cmdline").arg(pid)).contains("--render"))
            out << pid;
    }
    return out;
}

const QByteArray ReleasePolicy =
    "[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\nworker_memory_mb=" + QByteArray::number(MemoryMb) +
    "\n[mfp]\nport=0\n[release]\nretry_seconds=0\nrender_timeout_seconds=" +
    QByteArray::number(TimeoutSeconds) + "\n";

const QByteArray LoopingPostScript = "%!PS\n{ 1 pop } loop\n";

// A release long enough to find its Ghostscripts at work: 400 colour pages with images, and
// time for them.
const QByteArray LongReleasePolicy =
    "[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\nworker_memory_mb=" + QByteArray::number(MemoryMb) +
    "\n[mfp]\nport=0\n[release]\nretry_seconds=0\nrender_timeout_seconds=300\n";

QByteArray longPdf()
{
    QList<PdfPage> pages;
    for (int i = 0; i < 400; ++i)
        pages << PdfPage{true, QStringLiteral("page %1").arg(i), 20000};
    return buildPdf(pages);
}

// A daemon (with a session secret in its environment) releasing longPdf() to a raster
// printer, caught with its first Ghostscript at work.
struct GhostscriptAtWork
{
    IppEvePrinter printer{QStringLiteral("image/pwg-raster")};
    DaemonHarness h;
    std::unique_ptr<QProcess> cli;
    qint64 gs = 0;

    bool start()
    {
        h.environment().insert(QStringLiteral("PV_USER_SECRET"), QStringLiteral("do-not-pass-on"));
        h.writePolicy(LongReleasePolicy);
        if (!printer.start() || h.start() != QLatin1String("ready"))
            return false;
        const QString id = h.submit(longPdf());
        cli.reset(h.startCli({QStringLiteral("jobs"), QStringLiteral("release"), id,
                              QStringLiteral("--printer"), printer.uri()}));
        gs = waitForChild(h, "gs");
        return gs > 0;
    }
};

// What a child's environment may hold (common/ChildProcess.cpp's minimalEnvironment).
const QStringList AllowedKeys{QStringLiteral("PATH"),         QStringLiteral("LANG"),
                              QStringLiteral("LC_ALL"),       QStringLiteral("HOME"),
                              QStringLiteral("TMPDIR"),       QStringLiteral("ASAN_OPTIONS"),
                              QStringLiteral("LSAN_OPTIONS"), QStringLiteral("UBSAN_OPTIONS")};

} // namespace

class TstContainment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostileDocumentAbortsOnlyItsJob_data();
    void hostileDocumentAbortsOnlyItsJob();
    void childrenRunCleanAndLimited();
    void noOrphansWhenTheDaemonIsKilled();
    void crashLoopIsGivenUpAcrossRestarts();
    void hostileReleaseFailsOnlyItself_data();
    void hostileReleaseFailsOnlyItself();
    void noRenderWorkerOutlivesAKilledDaemon();
    void releaseGhostscriptIsContained();
    void ghostscriptThatDiesFailsOnlyItsRelease();
    void hostilePdfUpdateFailsOnlyItself_data();
    void hostilePdfUpdateFailsOnlyItself();

private:
    void expectServing(const QString &title);
    void expectReleaseFails(DaemonHarness &h, const QString &printerUri, const QByteArray &pdf,
                            const QStringList &options, const QString &message);
    std::unique_ptr<DaemonHarness> m_h;
};

void TstContainment::initTestCase()
{
    m_h = std::make_unique<DaemonHarness>();
    // The user's session as a desktop has it (tests/with-keyring.sh gives the real session bus
    // of the keychain): none of it may reach any child.
    QVERIFY(m_h->environment().contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")));
    m_h->environment().insert(QStringLiteral("PV_USER_SECRET"), QStringLiteral("do-not-pass-on"));
    m_h->enablePrinter(
        "convert_timeout_seconds=" + QByteArray::number(TimeoutSeconds) +
        "\nworker_max_crashes=3\nmax_pages=40\nmax_raster_side_pixels=5000\nworker_memory_mb=" +
        QByteArray::number(MemoryMb) + "\n");
    QCOMPARE(m_h->start(), QStringLiteral("ready"));
}

// The daemon is the same process, and holds the next good document.
void TstContainment::expectServing(const QString &title)
{
    const QByteArray pdf = buildPdf({PdfPage{true, title, 7}});
    const IppJob next = print(*m_h, pdf, QStringLiteral("application/pdf"), title);
    QCOMPARE(next.state, QStringLiteral("completed"));
    bool held = false;
    for (const QJsonValue &v : m_h->jobs())
        held = held || v.toObject().value(QStringLiteral("sha256")).toString().toLatin1() == sha256(pdf);
    QVERIFY(held);
}

// `pdf`, held, is released to the printer with `options` and fails with an error matching
// `message`: only its own release. The same daemon goes on, the job stays held byte for byte,
// and no render worker is left.
void TstContainment::expectReleaseFails(DaemonHarness &h, const QString &printerUri, const QByteArray &pdf,
                                        const QStringList &options, const QString &message)
{
    const qint64 daemon = h.pid();
    const QString hostile = h.submit(pdf);
    QVERIFY(!hostile.isEmpty());
    const CliResult r = h.cli(QStringList{QStringLiteral("jobs"), QStringLiteral("release"), hostile,
                                          QStringLiteral("--printer"), printerUri} +
                              options);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QRegularExpression(message).match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
    QCOMPARE(h.pid(), daemon);
    QCOMPARE(h.heldJobs(), 1);
    QCOMPARE(sha256(h.exportJob(hostile)), sha256(pdf));
    QTRY_VERIFY_WITH_TIMEOUT(renderWorkers(h).isEmpty(), 2000);
}

void TstContainment::hostileDocumentAbortsOnlyItsJob_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message"); // a regular expression the job-state-message matches
    QTest::newRow("crashes its worker")
        << fault("crash") << QStringLiteral("text/plain") << QStringLiteral("stopped its converter 3 time");
    QTest::newRow("hangs") << fault("hang") << QStringLiteral("text/plain")
                           << QStringLiteral("did not finish");
    QTest::newRow("spins") << fault("spin") << QStringLiteral("text/plain")
                           << QStringLiteral("did not finish|processor time");
    // Sanitizer builds bound memory by ASan's RSS cap, which ends the worker like a crash.
    QTest::newRow("exhausts memory") << fault("memory") << QStringLiteral("text/plain")
                                     << QStringLiteral("%1 MB of memory|stopped its converter").arg(MemoryMb);
    QList<PdfPage> pages;
    for (int i = 0; i < 41; ++i)
        pages << PdfPage{false, QStringLiteral("page %1").arg(i), i};
    QTest::newRow("explodes in pages") << buildPdf(pages) << QStringLiteral("application/pdf")
                                       << QStringLiteral("41 pages, more than the limit of 40");
    QTest::newRow("raster of 100000 px") << QByteArray() << QStringLiteral("image/pwg-raster")
                                         << QStringLiteral("larger than the limit of 5000");
    // A line of a million tabs: linear wrapping reaches the page limit; quadratic would hang.
    QTest::newRow("a million tabs") << QByteArray(1 << 20, '\t') + "\n"
                                    << QStringLiteral("text/plain") << QStringLiteral("more than 40 page");
}

void TstContainment::hostileDocumentAbortsOnlyItsJob()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, format);
    QFETCH(QString, message);
    if (format == QLatin1String("image/pwg-raster"))
        data = hugeRaster(m_h->root(), 100000);
    const qint64 daemon = m_h->pid();
    const int before = int(m_h->jobs().size());
    const QString title = QStringLiteral("Hostile %1").arg(QString::fromLatin1(QTest::currentDataTag()));
    const IppJob job = print(*m_h, data, format, title);
    QVERIFY2(job.id > 0, job.output.constData());
    QCOMPARE(job.state, QStringLiteral("aborted"));
    QVERIFY2(QRegularExpression(message).match(job.message).hasMatch(), qPrintable(job.message));
    QCOMPARE(int(m_h->jobs().size()), before);
    QTRY_COMPARE(QDir(m_h->vaultDir() + QStringLiteral("/incoming")).entryList(QDir::Files).size(), 0);
    QCOMPARE(QDir(m_h->vaultDir() + QStringLiteral("/tmp")).entryList(QDir::Files).size(), 0);
    QCOMPARE(m_h->pid(), daemon);
    expectServing(title + QStringLiteral(" then good"));
}

// The worker and Ghostscript: no signal blocked, nothing of the session in the environment,
// the policy's limits, and the worker's own process group, which Ghostscript shares.
void TstContainment::childrenRunCleanAndLimited()
{
    const IppJob job =
        send(*m_h, LoopingPostScript, QStringLiteral("application/postscript"), QStringLiteral("Loop"));
    QVERIFY2(job.id > 0, job.output.constData());
    const qint64 worker = waitForChild(*m_h, "printvault-work");
    const qint64 gs = waitForChild(*m_h, "gs");
    QVERIFY(worker > 0);
    QVERIFY(gs > 0);
    // The daemon itself blocks SIGTERM, SIGINT and SIGHUP for its signalfd.
    QVERIFY(statusField(m_h->pid(), QStringLiteral("SigBlk")).toULongLong(nullptr, 16) != 0);
    for (qint64 pid : {worker, gs}) {
        QCOMPARE(statusField(pid, QStringLiteral("SigBlk")).toULongLong(nullptr, 16), 0ull);
        const QStringList keys = environmentKeys(pid);
        QVERIFY(!keys.isEmpty());
        QVERIFY2(!keys.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")), qPrintable(keys.join(u' ')));
        for (const QString &key : keys)
            QVERIFY2(AllowedKeys.contains(key), qPrintable(key));
        QCOMPARE(limit(pid, QStringLiteral("Max core file size")), QStringLiteral("0"));
        QCOMPARE(limit(pid, QStringLiteral("Max open files")), QStringLiteral("256"));
        // Twice the policy's largest job (capture/max_job_mb, 2048 by default).
        QCOMPARE(limit(pid, QStringLiteral("Max file size")), QString::number(2 * (2048ll << 20)));
        QVERIFY(limit(pid, QStringLiteral("Max cpu time")).toInt() >= TimeoutSeconds);
        QCOMPARE(processGroup(pid), worker);
    }
    // Default dispositions too (the worker, a Qt program, ignores SIGPIPE on its own after exec).
    QCOMPARE(statusField(gs, QStringLiteral("SigIgn")).toULongLong(nullptr, 16), 0ull);
    QCOMPARE(limit(gs, QStringLiteral("Max address space")), QString::number(qint64(MemoryMb) << 20));
#if !defined(__SANITIZE_ADDRESS__)
    QCOMPARE(limit(worker, QStringLiteral("Max address space")), QString::number(qint64(MemoryMb) << 20));
#endif
    QVERIFY(waitFor(*m_h, job).message.contains(QStringLiteral("did not finish")));
    QTRY_VERIFY(!running(gs) && !running(worker));
}

// SIGKILL the daemon while Ghostscript loops: neither the worker nor gs runs on.
void TstContainment::noOrphansWhenTheDaemonIsKilled()
{
    const IppJob job = send(*m_h, LoopingPostScript, QStringLiteral("application/postscript"),
                            QStringLiteral("Loop, then kill"));
    QVERIFY2(job.id > 0, job.output.constData());
    const qint64 worker = waitForChild(*m_h, "printvault-work");
    const qint64 gs = waitForChild(*m_h, "gs");
    QVERIFY(worker > 0 && gs > 0);
    const QList<qint64> children = descendants(m_h->pid());
    m_h->kill9();
    for (qint64 pid : children)
        // Well within the 5 s after which the worker would stop Ghostscript by itself.
        QTRY_VERIFY2_WITH_TIMEOUT(!running(pid), qPrintable(QString::fromLatin1(comm(pid))), 2000);
    // The acknowledged document is tried again at the next start, and the daemon serves on.
    QCOMPARE(m_h->start(), QStringLiteral("ready"));
    QVERIFY(waitFor(*m_h, job).message.contains(QStringLiteral("did not finish")));
    expectServing(QStringLiteral("After the kill"));
}

// A document whose conversion takes the daemon down each time (here: killed while its worker
// hangs) is given up after worker_max_crashes starts in all, counted across restarts.
void TstContainment::crashLoopIsGivenUpAcrossRestarts()
{
    IppJob job = send(*m_h, fault("hang"), QStringLiteral("text/plain"), QStringLiteral("Loops the daemon"));
    QVERIFY2(job.id > 0, job.output.constData());
    for (int start = 1; start <= 3; ++start) {
        const qint64 worker = waitForChild(*m_h, "printvault-work");
        QVERIFY2(worker > 0, qPrintable(QString::number(start)));
        m_h->kill9();
        QTRY_VERIFY_WITH_TIMEOUT(!running(worker), 5000);
        QCOMPARE(m_h->start(), QStringLiteral("ready"));
    }
    // The fourth start gives it up without starting a worker for it.
    job = waitFor(*m_h, job);
    QCOMPARE(job.state, QStringLiteral("aborted"));
    QVERIFY2(job.message.contains(QStringLiteral("stopped its converter 3 time")), qPrintable(job.message));
    QCOMPARE(QDir(m_h->vaultDir() + QStringLiteral("/incoming")).entryList(QDir::Files).size(), 0);
    expectServing(QStringLiteral("After the loop"));
}

void TstContainment::hostileReleaseFailsOnlyItself_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QString>("message"); // a regular expression the release's error matches
    QTest::newRow("crashes its renderer") << renderFault("crash") << QStringLiteral("stopped its renderer");
    QTest::newRow("hangs") << renderFault("hang")
                           << QStringLiteral("did not finish rendering within %1 s").arg(TimeoutSeconds);
    // Sanitizer builds bound memory by ASan's RSS cap, which ends the worker like a crash.
    QTest::newRow("exhausts memory")
        << renderFault("memory")
        << QStringLiteral("%1 MB of memory to render|stopped its renderer").arg(MemoryMb);
    // Held (within capture/max_pages), but far more than the time limit lets it draw: each page
    // scales a small image over 400 pt, cheap to measure at capture and costly at 300 dpi
    // (Ghostscript draws about 130 of these a second a core).
    QList<PdfPage> pages;
    for (int i = 0; i < 2500; ++i)
        pages << PdfPage{i % 2 == 0, QStringLiteral("bomb %1").arg(i), 4000};
    QTest::newRow("explodes in pages")
        << buildPdf(pages) << QStringLiteral("did not finish rendering within %1 s").arg(TimeoutSeconds);
}

// A raster-only printer; the hostile job's release fails with its reason, the job stays held,
// no render worker is left, and the same daemon releases the next job, whose pages are right.
void TstContainment::hostileReleaseFailsOnlyItself()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, message);
    IppEvePrinter printer(QStringLiteral("image/pwg-raster"));
    QVERIFY2(printer.start(), printer.log().constData());
    DaemonHarness h;
    h.writePolicy(ReleasePolicy);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const qint64 daemon = h.pid();
    expectReleaseFails(h, printer.uri(), pdf, {}, message);
    if (QTest::currentTestFailed())
        return;

    const QString good = h.submit(buildPdf(QStringLiteral("MCM"), QStringLiteral("after")));
    const CliResult r = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), good,
                               QStringLiteral("--printer"), printer.uri()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(h.pid(), daemon);
    QCOMPARE(h.heldJobs(), 1); // the hostile one
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".pwg"));
    QVERIFY(!spooled.isEmpty());
    const GrayRaster raster = readGrayRaster(spooled.last());
    QVERIFY(raster.valid);
    QCOMPARE(raster.red.size(), 3);
    // The 200 x 100 pt box at 300 dpi (about 347,000 pixels): 40% gray on pages 1 and 3, red
    // (as its gray) on page 2.
    const auto box = [](int pixels) {
        return pixels > 250000 && pixels < 360000;
    };
    QVERIFY2(box(raster.gray.at(0)) && box(raster.red.at(1)) && box(raster.gray.at(2)),
             qPrintable(QStringLiteral("gray %1, red %2").arg(raster.gray.at(0)).arg(raster.red.at(1))));
    QVERIFY(raster.red.at(0) + raster.gray.at(1) + raster.red.at(2) < 5000);
}

// SIGKILL the daemon while its render worker draws (hangs): the worker does not run on, the
// worker ran with the limits and nothing of the session, and the job is still held after.
void TstContainment::noRenderWorkerOutlivesAKilledDaemon()
{
    IppEvePrinter printer(QStringLiteral("image/pwg-raster"));
    QVERIFY2(printer.start(), printer.log().constData());
    DaemonHarness h;
    h.environment().insert(QStringLiteral("PV_USER_SECRET"), QStringLiteral("do-not-pass-on"));
    h.writePolicy(ReleasePolicy);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString id = h.submit(renderFault("hang"));
    std::unique_ptr<QProcess> cli(h.startCli(
        {QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), printer.uri()}));
    QList<qint64> workers;
    QTRY_VERIFY_WITH_TIMEOUT(!(workers = renderWorkers(h)).isEmpty(), 20000);
    const qint64 worker = workers.first();
    const QStringList keys = environmentKeys(worker);
    QVERIFY(!keys.isEmpty());
    QVERIFY2(!keys.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")) &&
                 !keys.contains(QStringLiteral("PV_USER_SECRET")),
             qPrintable(keys.join(u' ')));
    QCOMPARE(limit(worker, QStringLiteral("Max core file size")), QStringLiteral("0"));
    QCOMPARE(limit(worker, QStringLiteral("Max open files")), QStringLiteral("256"));
    QCOMPARE(processGroup(worker), worker);
#if !defined(__SANITIZE_ADDRESS__)
    QCOMPARE(limit(worker, QStringLiteral("Max address space")), QString::number(qint64(MemoryMb) << 20));
#endif
    // What `status` says holds render workers is what holds this one.
    const CliResult status = h.cli({QStringLiteral("--json"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject render = QJsonDocument::fromJson(status.out)
                                   .object()
                                   .value(QStringLiteral("confinement"))
                                   .toObject()
                                   .value(QStringLiteral("release_render"))
                                   .toObject();
    QCOMPARE(render.value(QStringLiteral("timeout_seconds")).toInt(), TimeoutSeconds);
    QCOMPARE(render.value(QStringLiteral("memory_mb")).toInt(), MemoryMb);
    QCOMPARE(QString::number(render.value(QStringLiteral("cpu_seconds")).toInt()),
             limit(worker, QStringLiteral("Max cpu time")));
    QCOMPARE(QString::number(render.value(QStringLiteral("open_files")).toInt()),
             limit(worker, QStringLiteral("Max open files")));
    QCOMPARE(render.value(QStringLiteral("max_workers")).toInt(), qMax(1, QThread::idealThreadCount()));
    const CliResult text = h.cli({QStringLiteral("status")});
    QVERIFY2(
        text.out.contains("render workers: at most") &&
            text.out.contains(QByteArray("time limit " + QByteArray::number(TimeoutSeconds) + " s per try")),
        text.out.constData());
    const QList<qint64> children = descendants(h.pid());
    h.kill9();
    for (qint64 pid : children)
        QTRY_VERIFY2_WITH_TIMEOUT(!running(pid), qPrintable(QString::fromLatin1(comm(pid))), 2000);
    // The CLI hears its daemon go (the socket's end) and fails, at once.
    QElapsedTimer ended;
    ended.start();
    // The orphan checks above spin the event loop, so the CLI may already be reaped; waitForFinished()
    // answers false for a process that has already finished.
    const bool finished = cli->state() == QProcess::NotRunning || cli->waitForFinished(10000);
    qInfo() << "the CLI ended" << ended.elapsed() << "ms after the daemon's SIGKILL";
    QVERIFY2(finished, cli->readAllStandardError().constData());
    QVERIFY2(cli->exitCode() != 0, cli->readAllStandardError().constData());
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QCOMPARE(h.heldJobs(), 1);
}

// Release rendering's Ghostscripts (release/raster_renderer, the default): -dSAFER, nothing of
// the session in their environment, an empty TMPDIR of their own, the policy's memory limit
// and the worker's others, in the worker's process group; the job's plaintext reaches them
// only as a sealed memfd. A SIGKILLed daemon leaves none of them behind.
void TstContainment::releaseGhostscriptIsContained()
{
    GhostscriptAtWork at;
    QVERIFY2(at.start(), at.printer.log().constData());
    DaemonHarness &h = at.h;
    QProcess *cli = at.cli.get();
    const qint64 gs = at.gs;
    const qint64 worker = renderWorkers(h).value(0);
    QVERIFY(worker > 0);
    QVERIFY(readFile(QStringLiteral("/proc/%1/cmdline").arg(gs)).contains(QByteArray("-dSAFER\0")));
    const QStringList keys = environmentKeys(gs);
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys)
        QVERIFY2(AllowedKeys.contains(key), qPrintable(key));
    QCOMPARE(statusField(gs, QStringLiteral("SigBlk")).toULongLong(nullptr, 16), 0ull);
    QCOMPARE(limit(gs, QStringLiteral("Max core file size")), QStringLiteral("0"));
    QCOMPARE(limit(gs, QStringLiteral("Max open files")), QStringLiteral("256"));
    QCOMPARE(limit(gs, QStringLiteral("Max address space")), QString::number(qint64(MemoryMb) << 20));
    QCOMPARE(limit(gs, QStringLiteral("Max cpu time")), limit(worker, QStringLiteral("Max cpu time")));
    QCOMPARE(processGroup(gs), worker);
    // Its TMPDIR is a folder of its own inside the worker's, and empty.
    QString tmp;
    for (const QByteArray &entry : readFile(QStringLiteral("/proc/%1/environ").arg(gs)).split('\0')) {
        if (entry.startsWith("TMPDIR="))
            tmp = QString::fromLocal8Bit(entry.mid(7));
    }
    QVERIFY2(QFileInfo(tmp).fileName().startsWith(QStringLiteral("gs-")), qPrintable(tmp));
    QVERIFY2(QDir(tmp).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty(),
             qPrintable(tmp));
    // The document it reads (its last argument, /proc/self/fd/N) is a memfd, not a file.
    const QList<QByteArray> args = readFile(QStringLiteral("/proc/%1/cmdline").arg(gs)).split('\0');
    const QByteArray input = args.size() > 1 ? args.at(args.size() - 2) : QByteArray();
    QVERIFY2(input.startsWith("/proc/self/fd/"), input.constData());
    char target[256] = {};
    const QByteArray link = "/proc/" + QByteArray::number(gs) + "/fd/" + input.mid(14);
    QVERIFY(::readlink(link.constData(), target, sizeof target - 1) > 0);
    QVERIFY2(QByteArray(target).startsWith("/memfd:printvault-release"), target);
    const QList<qint64> children = descendants(h.pid());
    QVERIFY(children.contains(gs));
    h.kill9();
    for (qint64 pid : children)
        QTRY_VERIFY2_WITH_TIMEOUT(!running(pid), qPrintable(QString::fromLatin1(comm(pid))), 2000);
    QVERIFY(cli->state() == QProcess::NotRunning || cli->waitForFinished(10000));
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QCOMPARE(h.heldJobs(), 1);
}

// A Ghostscript killed in the middle of a page (as one a document crashed would end) fails that
// release with a message naming the page, the job stays held, and the same daemon then prints.
void TstContainment::ghostscriptThatDiesFailsOnlyItsRelease()
{
    GhostscriptAtWork at;
    QVERIFY2(at.start(), at.printer.log().constData());
    DaemonHarness &h = at.h;
    IppEvePrinter &printer = at.printer;
    QProcess *cli = at.cli.get();
    const qint64 gs = at.gs;
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += cli->readAllStandardError()).contains("rendered and sent"), 60000);
    ::kill(pid_t(gs), SIGKILL);
    QVERIFY(cli->waitForFinished(60000));
    err += cli->readAllStandardError();
    QCOMPARE(cli->exitCode(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("Ghostscript cannot draw page \\d+"))
                 .match(QString::fromUtf8(err))
                 .hasMatch(),
             err.constData());
    QCOMPARE(h.heldJobs(), 1);
    QTRY_VERIFY(renderWorkers(h).isEmpty());
    const QString good = h.submit(buildPdf(QStringLiteral("MC"), QStringLiteral("after gs")));
    const CliResult r = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), good,
                               QStringLiteral("--printer"), printer.uri()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(h.heldJobs(), 1);
}

void TstContainment::hostilePdfUpdateFailsOnlyItself_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message"); // a regular expression the release's error matches
    const QStringList watermark{QStringLiteral("--watermark")};
    QTest::newRow("crashes its worker, watermark")
        << renderFault("crash") << watermark << QStringLiteral("stopped its renderer");
    QTest::newRow("hangs, watermark")
        << renderFault("hang") << watermark
        << QStringLiteral("did not finish rendering within %1 s").arg(TimeoutSeconds);
}

// A PDF printer: the update release appends (watermark, gray pages) is made by a worker, as
// qpdf reads the document's trailer and page tree. A hostile document fails only its own
// release, the job stays held, no worker is left, and the same daemon then releases the next
// job with its update appended after the document's untouched bytes.
void TstContainment::hostilePdfUpdateFailsOnlyItself()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY2(printer.start(), printer.log().constData());
    DaemonHarness h;
    h.writePolicy(ReleasePolicy);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const qint64 daemon = h.pid();
    expectReleaseFails(h, printer.uri(), pdf, options, message);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(printer.spooledFiles(QStringLiteral(".pdf")).isEmpty());

    const QByteArray good = buildPdf(QStringLiteral("CMC"), QStringLiteral("after"));
    const QString id = h.submit(good);
    const CliResult r = h.cli(QStringList{QStringLiteral("jobs"), QStringLiteral("release"), id,
                                          QStringLiteral("--printer"), printer.uri()} +
                              options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(h.pid(), daemon);
    QCOMPARE(h.heldJobs(), 1); // the hostile one
    const QByteArray got = readFile(printer.spooledFiles(QStringLiteral(".pdf")).value(0));
    QVERIFY(got.size() > good.size());
    QCOMPARE(sha256(got.left(good.size())), sha256(good));
    QVERIFY(got.mid(good.size()).contains("startxref")); // an incremental update, appended
}

QTEST_GUILESS_MAIN(TstContainment)
#include "tst_containment.moc"
