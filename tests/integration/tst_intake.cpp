// The virtual printer's intake at its edges: IPP/2.1's subscriptions and printer control, the
// policy's largest document and the wait for a Create-Job's document, incoming documents
// against the vault's cap, and a fault-injecting file layer (tests/support/faultfs.cpp,
// preloaded into printvaultd) showing that nothing is acknowledged before the document, its
// ticket and their folder are fsynced. Real printvaultd, real ipptool, real gnome-keyring.
#include "DaemonHarness.h"
#include "PdfBuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>

using namespace pv::test;

namespace {

const QString Ipp = QStringLiteral(PV_IPP_TESTS);

CliResult runIpp(const DaemonHarness &h, const QString &script, const QStringList &defines = {},
                 const QString &file = QString())
{
    QStringList args{QStringLiteral("-tv")};
    for (const QString &d : defines)
        args << QStringLiteral("-d") << d;
    if (!file.isEmpty())
        args << QStringLiteral("-f") << file;
    args << h.printerUri() << Ipp + QLatin1Char('/') + script;
    return ipptool(args);
}

CliResult printPdf(const DaemonHarness &h, const QString &file, const QString &title)
{
    return runIpp(h, QStringLiteral("print.test"),
                  {QStringLiteral("filetype=application/pdf"), QStringLiteral("title=") + title}, file);
}

int jobIdOf(const CliResult &r)
{
    return lastMatch(QString::fromUtf8(r.out), QStringLiteral("job-id \\(integer\\) = (\\d+)")).toInt();
}

QString jobState(const DaemonHarness &h, int jobId)
{
    const CliResult r = runIpp(h, QStringLiteral("job-state.test"),
                               {QStringLiteral("job=%1").arg(jobId), QStringLiteral("user=test")});
    return lastMatch(QString::fromUtf8(r.out), QStringLiteral("job-state \\(enum\\) = (\\S+)"));
}

QString jobMessage(const DaemonHarness &h, int jobId)
{
    const CliResult r = runIpp(h, QStringLiteral("job-state.test"),
                               {QStringLiteral("job=%1").arg(jobId), QStringLiteral("user=test")});
    return lastMatch(QString::fromUtf8(r.out),
                     QStringLiteral("job-state-message \\(textWithoutLanguage\\) = ([^\\n]*)"));
}

bool heldWithSha(const DaemonHarness &h, const QByteArray &sha)
{
    for (const QJsonValue &v : h.jobs()) {
        if (v.toObject().value(QStringLiteral("sha256")).toString().toLatin1() == sha)
            return true;
    }
    return false;
}

// The fault-injecting file layer in the daemon, for fsync of the incoming folder and its files.
void preloadFaultFs(DaemonHarness &h, const QString &mode)
{
    QProcessEnvironment &env = h.environment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(PV_FAULTFS));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
    env.insert(QStringLiteral("PV_FAULTFS_MATCH"), h.vaultDir() + QStringLiteral("/incoming"));
    env.insert(QStringLiteral("PV_FAULTFS_MODE"), mode);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TstIntake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void subscriptionsReportTheJob();
    void pausedPrinterKeepsDocumentsEncrypted();
    void disabledPrinterRefusesJobs();
    void documentLargerThanPolicyIsRefused();
    void createJobWithoutDocumentTimesOut();
    void incomingDocumentsCountAgainstTheCap();
    void noAcknowledgementBeforeFsync();
    void failedFsyncIsNotAcknowledged();

private:
    std::unique_ptr<DaemonHarness> m_h;
};

void TstIntake::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this test through ctest (tests/with-keyring.sh)");
    if (QStandardPaths::findExecutable(QStringLiteral("ipptool")).isEmpty())
        QFAIL("ipptool is missing: run scripts/install-deps.sh");
    m_h = std::make_unique<DaemonHarness>();
    // Small limits, so that the tests below reach them quickly: a 1 MB document, two seconds
    // from Create-Job to its document, a 2 MB vault.
    m_h->enablePrinter("max_job_mb=1\ndocument_wait_seconds=2\n[vault]\nmax_size_mb=2\n");
    QCOMPARE(m_h->start(), QStringLiteral("ready"));
}

// A printer subscription sees the job created, its state changes and its completion, by pull.
void TstIntake::subscriptionsReportTheJob()
{
    const QString pdf = m_h->writeFile(QStringLiteral("sub.pdf"),
                                       buildPdf(QStringLiteral("M"), QStringLiteral("subscribed")));
    const CliResult r =
        runIpp(*m_h, QStringLiteral("subscribe-and-print.test"),
               {QStringLiteral("filetype=application/pdf"), QStringLiteral("title=Subscribed")}, pdf);
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const QString text = QString::fromUtf8(r.out);
    const QString job = QString::number(jobIdOf(r));
    for (const char *event : {"job-created", "job-state-changed", "job-completed"})
        QVERIFY2(text.contains(QStringLiteral("notify-subscribed-event (keyword) = ") + QLatin1String(event)),
                 r.out.constData());
    QVERIFY2(text.contains(QStringLiteral("notify-job-id (integer) = ") + job), r.out.constData());
    QVERIFY2(text.contains(QStringLiteral("job-state (enum) = completed")), r.out.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!m_h->jobs().isEmpty(), 20000);
}

// Pause-Printer: a document is still acknowledged (sealed in incoming/), but held only after
// Resume-Printer.
void TstIntake::pausedPrinterKeepsDocumentsEncrypted()
{
    CliResult r = runIpp(*m_h, QStringLiteral("printer-control.test"), {QStringLiteral("pause=1")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("printer-state (enum) = stopped"), r.out.constData());
    const QByteArray pdf = buildPdf(QStringLiteral("MM"), QStringLiteral("while paused"));
    r = printPdf(*m_h, m_h->writeFile(QStringLiteral("paused.pdf"), pdf), QStringLiteral("While paused"));
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const int job = jobIdOf(r);
    // Acknowledged means sealed: the encrypted document and its ticket are in incoming/, and
    // nothing converts it while the printer is paused.
    const QStringList incoming = filesIn(m_h->vaultDir() + QStringLiteral("/incoming"));
    QCOMPARE(incoming.filter(QStringLiteral(".doc")).size(), 1);
    QCOMPARE(incoming.filter(QStringLiteral(".req")).size(), 1);
    QCOMPARE(jobState(*m_h, job), QStringLiteral("processing"));
    QVERIFY(!heldWithSha(*m_h, sha256(pdf)));

    r = runIpp(*m_h, QStringLiteral("printer-control.test"), {QStringLiteral("resume=1")});
    QVERIFY2(r.exitCode == 0 && !r.out.contains("printer-state (enum) = stopped"), r.out.constData());
    QTRY_VERIFY_WITH_TIMEOUT(heldWithSha(*m_h, sha256(pdf)), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(jobState(*m_h, job), QStringLiteral("completed"), 10000);
    QTRY_COMPARE(filesIn(m_h->vaultDir() + QStringLiteral("/incoming")), QStringList());
}

// Disable-Printer is the capture's pause: jobs are refused (the sender keeps them), and the
// daemon's status says capture is paused, until Enable-Printer.
void TstIntake::disabledPrinterRefusesJobs()
{
    CliResult r = runIpp(*m_h, QStringLiteral("printer-control.test"), {QStringLiteral("disable=1")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("printer-is-accepting-jobs (boolean) = false"),
             r.out.constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_h->cli({QStringLiteral("--json"), QStringLiteral("status")})
                                 .json()
                                 .value(QStringLiteral("capture_paused"))
                                 .toBool(),
                             5000);
    const QString pdf = m_h->writeFile(QStringLiteral("refused.pdf"),
                                       buildPdf(QStringLiteral("M"), QStringLiteral("refused")));
    r = printPdf(*m_h, pdf, QStringLiteral("Refused"));
    QVERIFY2(r.exitCode != 0 && r.out.contains("server-error-not-accepting-jobs"), r.out.constData());
    r = runIpp(*m_h, QStringLiteral("printer-control.test"), {QStringLiteral("enable=1")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("printer-is-accepting-jobs (boolean) = true"),
             r.out.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!m_h->cli({QStringLiteral("--json"), QStringLiteral("status")})
                                  .json()
                                  .value(QStringLiteral("capture_paused"))
                                  .toBool(),
                             5000);
    r = printPdf(*m_h, pdf, QStringLiteral("Accepted again"));
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QTRY_COMPARE_WITH_TIMEOUT(filesIn(m_h->vaultDir() + QStringLiteral("/incoming")), QStringList(), 20000);
}

// capture/max_job_mb while the document streams in: refused with
// client-error-request-entity-too-large, and nothing of it stays.
void TstIntake::documentLargerThanPolicyIsRefused()
{
    const int before = m_h->heldJobs();
    const QByteArray big = buildPdf({PdfPage{false, QStringLiteral("too large"), 3 * 1024 * 1024}});
    const CliResult r =
        printPdf(*m_h, m_h->writeFile(QStringLiteral("big.pdf"), big), QStringLiteral("Too large"));
    QVERIFY2(r.exitCode != 0 && r.out.contains("client-error-request-entity-too-large"), r.out.constData());
    QVERIFY2(r.out.contains("larger than 1 MB"), r.out.constData());
    QCOMPARE(filesIn(m_h->vaultDir() + QStringLiteral("/incoming")), QStringList());
    QCOMPARE(filesIn(m_h->vaultDir() + QStringLiteral("/tmp")), QStringList());
    QCOMPARE(m_h->heldJobs(), before);
}

// multiple-operation-time-out: a Create-Job whose document never comes is aborted.
void TstIntake::createJobWithoutDocumentTimesOut()
{
    const CliResult r =
        runIpp(*m_h, QStringLiteral("create-job-only.test"), {QStringLiteral("title=Never sent")});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const int job = jobIdOf(r);
    QVERIFY(job > 0);
    QCOMPARE(jobState(*m_h, job), QStringLiteral("pending"));
    QTRY_COMPARE_WITH_TIMEOUT(jobState(*m_h, job), QStringLiteral("aborted"), 15000);
    QVERIFY2(jobMessage(*m_h, job).contains(QStringLiteral("No document arrived")),
             qPrintable(jobMessage(*m_h, job)));
    QCOMPARE(filesIn(m_h->vaultDir() + QStringLiteral("/incoming")), QStringList());
}

// An acknowledged document waiting to be held takes room in the vault: with a 2 MB cap and a
// paused printer, a second document that would not fit beside the first is refused.
void TstIntake::incomingDocumentsCountAgainstTheCap()
{
    for (const QJsonValue &v : m_h->jobs())
        QCOMPARE(m_h->cli({QStringLiteral("jobs"), QStringLiteral("delete"),
                           v.toObject().value(QStringLiteral("id")).toString()})
                     .exitCode,
                 0);
    QCOMPARE(runIpp(*m_h, QStringLiteral("printer-control.test"), {QStringLiteral("pause=1")}).exitCode, 0);
    auto resume = qScopeGuard(
        [this]() { runIpp(*m_h, QStringLiteral("printer-control.test"), {QStringLiteral("resume=1")}); });
    const QByteArray first = buildPdf({PdfPage{false, QStringLiteral("first"), 900 * 1024}});
    const QByteArray second = buildPdf({PdfPage{false, QStringLiteral("second"), 900 * 1024}});
    const QByteArray third = buildPdf({PdfPage{false, QStringLiteral("third"), 900 * 1024}});
    QCOMPARE(
        printPdf(*m_h, m_h->writeFile(QStringLiteral("cap1.pdf"), first), QStringLiteral("Cap 1")).exitCode,
        0);
    QCOMPARE(
        printPdf(*m_h, m_h->writeFile(QStringLiteral("cap2.pdf"), second), QStringLiteral("Cap 2")).exitCode,
        0);
    const CliResult r =
        printPdf(*m_h, m_h->writeFile(QStringLiteral("cap3.pdf"), third), QStringLiteral("Cap 3"));
    QVERIFY2(r.exitCode != 0 && r.out.contains("client-error-request-entity-too-large") &&
                 r.out.contains("vault is full"),
             r.out.constData());
    QCOMPARE(filesIn(m_h->vaultDir() + QStringLiteral("/incoming")).filter(QStringLiteral(".doc")).size(), 2);
    resume.dismiss();
    QCOMPARE(runIpp(*m_h, QStringLiteral("printer-control.test"), {QStringLiteral("resume=1")}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(heldWithSha(*m_h, sha256(first)) && heldWithSha(*m_h, sha256(second)), 20000);
    QVERIFY(!heldWithSha(*m_h, sha256(third)));
}

// fsync of the incoming folder and its files waits at a gate, one call at a time: while any of
// them waits, the client has no answer. The last one before the answer is the folder's.
void TstIntake::noAcknowledgementBeforeFsync()
{
    DaemonHarness h;
    h.enablePrinter();
    const QString gate = h.root() + QStringLiteral("/gate");
    QVERIFY(QDir().mkpath(gate));
    QFile open(gate + QStringLiteral("/open"));
    QVERIFY(open.open(QIODevice::WriteOnly));
    open.close();
    preloadFaultFs(h, QStringLiteral("gate"));
    h.environment().insert(QStringLiteral("PV_FAULTFS_GATE"), gate);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    // Paused, so that no conversion syncs the folder once the job is acknowledged: every gated
    // call below comes before the answer.
    QCOMPARE(runIpp(h, QStringLiteral("printer-control.test"), {QStringLiteral("pause=1")}).exitCode, 0);
    QVERIFY(QFile::remove(gate + QStringLiteral("/open")));

    const QByteArray pdf = buildPdf(QStringLiteral("MC"), QStringLiteral("gated"));
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(QStringLiteral("ipptool"),
                 {QStringLiteral("-tv"), QStringLiteral("-d"), QStringLiteral("filetype=application/pdf"),
                  QStringLiteral("-d"), QStringLiteral("title=Gated"), QStringLiteral("-f"),
                  h.writeFile(QStringLiteral("gated.pdf"), pdf), h.printerUri(),
                  Ipp + QStringLiteral("/print.test")});
    QVERIFY(client.waitForStarted());
    QStringList synced; // what each gated call was syncing, in order
    for (int n = 1; n < 20; ++n) {
        const QString waiting = gate + QStringLiteral("/%1.waiting").arg(n);
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(waiting) && client.state() == QProcess::Running && t.elapsed() < 60000)
            QThread::msleep(5);
        if (!QFile::exists(waiting))
            break; // the client has its answer
        synced.append(QString::fromUtf8(readFile(waiting)));
        // The fsync is held: give an early answer every chance to arrive; none may.
        if (client.waitForFinished(300))
            QFAIL(qPrintable(QStringLiteral("answered while %1 was not yet synced:\n").arg(synced.last()) +
                             QString::fromUtf8(client.readAll())));
        QFile go(gate + QStringLiteral("/%1.go").arg(n));
        QVERIFY(go.open(QIODevice::WriteOnly));
    }
    QVERIFY(client.waitForFinished(60000));
    const QByteArray out = client.readAll();
    QVERIFY2(client.exitCode() == 0 && out.contains("successful-ok"), out.constData());
    // The document, its ticket, and last their folder, each synced before the answer.
    QVERIFY2(synced.size() >= 3, qPrintable(synced.join(QLatin1Char('\n'))));
    QVERIFY2(synced.first().endsWith(QLatin1String(".part")), qPrintable(synced.join(QLatin1Char('\n'))));
    QVERIFY2(!synced.filter(QStringLiteral(".req")).isEmpty(), qPrintable(synced.join(QLatin1Char('\n'))));
    QCOMPARE(synced.last(), h.vaultDir() + QStringLiteral("/incoming"));

    QFile all(gate + QStringLiteral("/open"));
    QVERIFY(all.open(QIODevice::WriteOnly));
    all.close();
    QCOMPARE(runIpp(h, QStringLiteral("printer-control.test"), {QStringLiteral("resume=1")}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(heldWithSha(h, sha256(pdf)), 20000);
    const int exitCode = h.stop();
    QVERIFY2(exitCode == 0, h.log().right(3000).constData());
}

// fsync fails (EIO): the client is told so, nothing is held and nothing stays behind.
void TstIntake::failedFsyncIsNotAcknowledged()
{
    DaemonHarness h;
    h.enablePrinter();
    preloadFaultFs(h, QStringLiteral("fail"));
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString pdf =
        h.writeFile(QStringLiteral("eio.pdf"), buildPdf(QStringLiteral("M"), QStringLiteral("not synced")));
    const CliResult r = printPdf(h, pdf, QStringLiteral("Not synced"));
    QVERIFY2(r.exitCode != 0 && r.out.contains("server-error-internal-error"), r.out.constData());
    QVERIFY2(r.out.contains("cannot sync"), r.out.constData());
    QCOMPARE(filesIn(h.vaultDir() + QStringLiteral("/incoming")), QStringList());
    QCOMPARE(h.heldJobs(), 0);
    QCOMPARE(h.stop(), 0);
}

QTEST_GUILESS_MAIN(TstIntake)
#include "tst_intake.moc"
