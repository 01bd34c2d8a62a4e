// Server spooling against a real print server: a private cupsd with TLS (its own certificate,
// trusted through policy's CA file) and Basic authentication through PAM for two real local
// accounts made by the test, with an authenticated hold queue (docs/server-setup.md's recipe)
// that forwards to an ippeveprinter taking PDF. The real daemon uploads, lists, releases and
// cancels; the test checks on the server itself, as the account, over IPPS.
#include "DaemonHarness.h"
#include "IppEvePrinter.h"
#include "LocalAccount.h"
#include "OidcTestProvider.h"
#include "PdfBuilder.h"
#include "PrivateCupsd.h"
#include "ServerProbe.h"
#include "TcpRelay.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QtTest>

#include <cups/cups.h>

#ifdef PV_TRAY_MODELS
#include "core/DaemonConnection.h"
#include "models/JobsModel.h"
#endif

using namespace pv::test;

namespace {

const QString PasswordA = QStringLiteral("Pv-Server-A-7731");
const QString PasswordB = QStringLiteral("Pv-Server-B-4402");
const QString Marker = QStringLiteral("PVSERVERMARK");

// docs/server-setup.md, "The hold queue's policy": everything but listing needs the
// authenticated owner; Get-Jobs and job creation need a valid user.
const QStringList HoldPolicy = {
    QStringLiteral("ServerName 127.0.0.1"),
    QStringLiteral("PreserveJobFiles No"),
    QStringLiteral("MaxHoldTime 0"),
    QStringLiteral("<Policy authenticated-hold>"),
    QStringLiteral("  JobPrivateAccess default"),
    QStringLiteral("  JobPrivateValues default"),
    QStringLiteral("  SubscriptionPrivateAccess default"),
    QStringLiteral("  SubscriptionPrivateValues default"),
    QStringLiteral(
        "  <Limit Create-Job Print-Job Print-URI Validate-Job Send-Document Get-Jobs Get-Job-Attributes>"),
    QStringLiteral("    AuthType Basic"),
    QStringLiteral("    Require valid-user"),
    QStringLiteral("    Order deny,allow"),
    QStringLiteral("  </Limit>"),
    QStringLiteral("  <Limit Release-Job Cancel-Job Hold-Job Restart-Job Set-Job-Attributes Cancel-My-Jobs "
                   "Close-Job Send-URI CUPS-Move-Job CUPS-Get-Document>"),
    QStringLiteral("    AuthType Basic"),
    QStringLiteral("    Require user @OWNER"),
    QStringLiteral("    Order deny,allow"),
    QStringLiteral("  </Limit>"),
    QStringLiteral("  <Limit All>"),
    QStringLiteral("    AuthType Basic"),
    QStringLiteral("    Require valid-user"),
    QStringLiteral("    Order deny,allow"),
    QStringLiteral("  </Limit>"),
    QStringLiteral("</Policy>"),
    // CUPS's stock default policy for job operations (no AuthType): what docs/server-setup.md
    // warns about.
    QStringLiteral("<Policy stock>"),
    QStringLiteral("  <Limit Create-Job Print-Job Print-URI Validate-Job>"),
    QStringLiteral("    Order deny,allow"),
    QStringLiteral("  </Limit>"),
    QStringLiteral(
        "  <Limit Send-Document Send-URI Hold-Job Release-Job Restart-Job Purge-Jobs Set-Job-Attributes "
        "Create-Job-Subscription Renew-Subscription Cancel-Subscription Get-Notifications "
        "Reprocess-Job Cancel-Current-Job Suspend-Current-Job Resume-Job Cancel-My-Jobs Close-Job "
        "CUPS-Move-Job CUPS-Get-Document>"),
    QStringLiteral("    Require user @OWNER @SYSTEM"),
    QStringLiteral("    Order deny,allow"),
    QStringLiteral("  </Limit>"),
    QStringLiteral("  <Limit Cancel-Job CUPS-Authenticate-Job>"),
    QStringLiteral("    Require user @OWNER @SYSTEM"),
    QStringLiteral("    Order deny,allow"),
    QStringLiteral("  </Limit>"),
    QStringLiteral("  <Limit All>"),
    QStringLiteral("    Order deny,allow"),
    QStringLiteral("  </Limit>"),
    QStringLiteral("</Policy>"),
};

QByteArray run(const QString &program, const QStringList &args, const QByteArray &input = QByteArray())
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return p.readAll();
}

template<typename F> bool waitFor(F condition, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (condition())
            return true;
        QThread::msleep(100);
    }
    return condition();
}

} // namespace

class TstServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void uploadListReleaseAndCancel();
    void otherAccountCannotTouchTheJob();
    void wrongPasswordIsTriedOnce();
    void changedCertificateIsRefused();
    void serverDownThenUpUploadsExactlyOnce();
#ifdef PV_TRAY_MODELS
    void trayListsTheServerWhenItReturns();
#endif
    void killedMidUploadUploadsOnce();
    void deleteDuringUploadLeavesNothing();
    void waitingJobReleasedHereOrDeleted();
    void stalledUploadIsGivenUpAndUploadedOnce();
    void overQuotaJobWaitsAloneAndIsCheckedAgain();
    void quotaFromTheServer();
    void bearerTokenIsSentAndCupsRefusesIt();

private:
    std::unique_ptr<PrivateCupsd> startServer(int port);
    std::unique_ptr<DaemonHarness> daemonFor(const QString &extraServerKeys = QString(), int port = 0);
    bool login(DaemonHarness &h, const QString &user, const QString &password, CliResult *out = nullptr);
    QList<ServerJobSeen> serverJobs(const QString &user, const QString &password, int port = 0);
    // A's jobs on the server that are not in `known` (which-jobs all).
    QList<ServerJobSeen> newJobsOfA(const QSet<int> &known);
    QSet<int> jobIdsOfA();

    QTemporaryDir m_dir;
    std::unique_ptr<LocalAccount> m_a;
    std::unique_ptr<LocalAccount> m_b;
    std::unique_ptr<IppEvePrinter> m_printer;
    std::unique_ptr<PrivateCupsd> m_cups;
    QString m_cert;
    QString m_otherCert;
    int m_port = 0;
    int m_jobA = 0; // the held job the isolation check aims at
};

// A self-signed certificate for 127.0.0.1 in dir as cupsd's keychain wants it: ServerName.crt/.key.
static bool makeCertificate(const QString &dir)
{
    QDir().mkpath(dir);
    run(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), dir + QStringLiteral("/127.0.0.1.key"), QStringLiteral("-out"),
         dir + QStringLiteral("/127.0.0.1.crt"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
         QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return QFile::exists(dir + QStringLiteral("/127.0.0.1.crt"));
}

std::unique_ptr<PrivateCupsd> TstServer::startServer(int port)
{
    PrivateCupsdOptions options;
    options.port = port;
    options.cupsdConf = HoldPolicy;
    options.cupsFilesConf = {QStringLiteral("ServerKeychain ") + m_dir.filePath(QStringLiteral("ssl")),
                             QStringLiteral("CreateSelfSignedCerts no")};
    auto cups = std::make_unique<PrivateCupsd>(options);
    if (!cups->start() || !cups->addQueue(QStringLiteral("hold"), m_printer->uri()))
        return nullptr;
    // docs/server-setup.md: held until released, and only the authenticated owner releases.
    if (cups->run(QStringLiteral("lpadmin"),
                  {QStringLiteral("-p"), QStringLiteral("hold"), QStringLiteral("-o"),
                   QStringLiteral("job-hold-until-default=indefinite"), QStringLiteral("-o"),
                   QStringLiteral("printer-op-policy=authenticated-hold")}) != 0)
        return nullptr;
    // The same queue under CUPS's stock policy, to show what the authenticated one prevents.
    if (!cups->addQueue(QStringLiteral("stock"), m_printer->uri()) ||
        cups->run(QStringLiteral("lpadmin"),
                  {QStringLiteral("-p"), QStringLiteral("stock"), QStringLiteral("-o"),
                   QStringLiteral("job-hold-until-default=indefinite"), QStringLiteral("-o"),
                   QStringLiteral("printer-op-policy=stock")}) != 0)
        return nullptr;
    return cups;
}

void TstServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(makeCertificate(m_dir.filePath(QStringLiteral("ssl"))));
    QVERIFY(makeCertificate(m_dir.filePath(QStringLiteral("other"))));
    m_cert = m_dir.filePath(QStringLiteral("ssl/127.0.0.1.crt"));
    m_otherCert = m_dir.filePath(QStringLiteral("other/127.0.0.1.crt"));
    m_a = std::make_unique<LocalAccount>(QStringLiteral("pvsrv-a"));
    m_b = std::make_unique<LocalAccount>(QStringLiteral("pvsrv-b"));
    QVERIFY(m_a->isValid() && m_b->isValid());
    run(QStringLiteral("chpasswd"), {},
        QStringLiteral("pvsrv-a:%1\npvsrv-b:%2\n").arg(PasswordA, PasswordB).toUtf8());
    m_printer = std::make_unique<IppEvePrinter>(QStringLiteral("application/pdf"));
    QVERIFY(m_printer->start());
    m_cups = startServer(0);
    QVERIFY(m_cups);
    m_port = m_cups->port();
}

void TstServer::cleanupTestCase()
{
    m_cups.reset();
    m_printer.reset();
    m_b.reset();
    m_a.reset();
}

std::unique_ptr<DaemonHarness> TstServer::daemonFor(const QString &extraServerKeys, int port)
{
    auto h = std::make_unique<DaemonHarness>();
    h->writePolicy(
        QStringLiteral("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[server]\n"
                       "uri=ipps://127.0.0.1:%1/printers/hold\nmode=server\nretry_max_seconds=5\n%2")
            .arg(port > 0 ? port : m_port)
            .arg(extraServerKeys.isEmpty() ? QStringLiteral("ca_file=") + m_cert : extraServerKeys)
            .toUtf8());
    if (h->start() != QLatin1String("ready"))
        return nullptr;
    return h;
}

bool TstServer::login(DaemonHarness &h, const QString &user, const QString &password, CliResult *out)
{
    const CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("server"), QStringLiteral("login"),
                               QStringLiteral("--user"), user},
                              password.toUtf8() + '\n');
    if (out)
        *out = r;
    return r.exitCode == 0;
}

QList<ServerJobSeen> TstServer::serverJobs(const QString &user, const QString &password, int port)
{
    return ippAs(port > 0 ? port : m_port, user, password, IPP_OP_GET_JOBS, 0).jobs;
}

QSet<int> TstServer::jobIdsOfA()
{
    QSet<int> ids;
    for (const ServerJobSeen &j : serverJobs(m_a->name(), PasswordA))
        ids.insert(j.id);
    return ids;
}

QList<ServerJobSeen> TstServer::newJobsOfA(const QSet<int> &known)
{
    QList<ServerJobSeen> fresh;
    for (const ServerJobSeen &j : serverJobs(m_a->name(), PasswordA)) {
        if (!known.contains(j.id))
            fresh.append(j);
    }
    return fresh;
}

// The array `key` of a CLI command's --json answer.
static QJsonArray cliArray(const DaemonHarness &h, const QString &command, const QString &sub,
                           const QString &key)
{
    return h.cli({QStringLiteral("--json"), command, sub}).json().value(key).toArray();
}

// The daemon's outbox (server status): jobs not yet held on the server.
static QJsonArray outboxOf(const DaemonHarness &h)
{
    return cliArray(h, QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("outbox"));
}

// A PDF of `pages` pages, each with the marker and a 1 MB noise image: big enough that a
// throttled upload takes seconds.
static QByteArray bigPdf(int pages)
{
    QList<PdfPage> list;
    for (int i = 0; i < pages; ++i)
        list.append(PdfPage{false, QStringLiteral("%1 %2").arg(Marker).arg(i + 1), 1024 * 1024});
    return buildPdf(list);
}

// The audit records of `event` in the daemon's log, as JSON objects.
static QList<QJsonObject> auditRecords(const DaemonHarness &h, const QString &event)
{
    QList<QJsonObject> found;
    const QByteArray log = readFile(h.dataDir() + QStringLiteral("/audit/audit.log"));
    for (const QByteArray &line : log.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() == event)
            found.append(o);
    }
    return found;
}

// jobs.list's server_jobs: the account's jobs held on the server.
static QJsonArray serverListed(const DaemonHarness &h)
{
    return cliArray(h, QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("server_jobs"));
}

static int pdfPages(const QString &file)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {file}));
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Upload, held on the server as the account, listed, released to the printer with every page
// intact, counted; then a second job is cancelled there.
void TstServer::uploadListReleaseAndCancel()
{
    auto h = daemonFor();
    QVERIFY(h);
    CliResult said;
    QVERIFY2(login(*h, m_a->name(), PasswordA, &said), said.err.constData());
    const QByteArray pdf = buildPdf(QStringLiteral("MMM"), Marker);
    const QString id = h->submit(pdf);
    QVERIFY(!id.isEmpty());
    // Deleted here once the server holds it.
    QVERIFY2(waitFor([&]() { return h->heldJobs() == 0; }), h->log().constData());
    QList<ServerJobSeen> held = serverJobs(m_a->name(), PasswordA);
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().owner, m_a->name());
    QCOMPARE(held.first().state, int(IPP_JSTATE_HELD));
    QCOMPARE(held.first().holdUntil, QStringLiteral("indefinite"));
    QVERIFY(held.first().name.contains(QStringLiteral(" #pv-")));
    // Listed with where it is.
    const QJsonArray listed = serverListed(*h);
    QCOMPARE(listed.size(), 1);
    const QJsonObject job = listed.first().toObject();
    QCOMPARE(job.value(QStringLiteral("location")).toString(), QStringLiteral("server"));
    QCOMPARE(job.value(QStringLiteral("server_job_id")).toInt(), held.first().id);
    QCOMPARE(job.value(QStringLiteral("server_state")).toString(), QStringLiteral("held"));
    // Released there: the printer gets every page with its marker (pdftopdf rewrites the bytes).
    const QString serverId = job.value(QStringLiteral("id")).toString();
    const CliResult released =
        h->cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"), serverId});
    QVERIFY2(released.exitCode == 0, released.err.constData());
    QCOMPARE(released.json().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QVERIFY(waitFor([&]() { return m_printer->spooledFiles(QStringLiteral(".pdf")).size() == 1; }));
    const QString printed = m_printer->spooledFiles(QStringLiteral(".pdf")).first();
    QCOMPARE(pdfPages(printed), 3);
    for (int page = 1; page <= 3; ++page) {
        const QByteArray text = run(QStringLiteral("pdftotext"),
                                    {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                     QString::number(page), printed, QStringLiteral("-")});
        QVERIFY2(text.contains(Marker.toUtf8()), text.constData());
    }
    // Counted from the server's completed job.
    const int impressions = released.json().value(QStringLiteral("impressions")).toInt();
    QCOMPARE(h->usage().value(QStringLiteral("impressions")).toInt(), impressions);
    QVERIFY(impressions > 0);
    // Audited: the upload (vault job ID, server job ID) and the release with its impressions.
    QVERIFY(waitFor([&]() { return !auditRecords(*h, QStringLiteral("server.job_released")).isEmpty(); }));
    const QList<QJsonObject> uploads = auditRecords(*h, QStringLiteral("server.job_uploaded"));
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().value(QStringLiteral("job_id")).toString(), id);
    QCOMPARE(uploads.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    const QJsonObject releasedRecord = auditRecords(*h, QStringLiteral("server.job_released")).first();
    QCOMPARE(releasedRecord.value(QStringLiteral("job_id")).toString(), serverId);
    QCOMPARE(releasedRecord.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QVERIFY(!readFile(h->dataDir() + QStringLiteral("/audit/audit.log")).contains(Marker.toUtf8()));

    // A second job, cancelled on the server.
    QVERIFY(!h->submit(buildPdf(QStringLiteral("M"), Marker)).isEmpty());
    QVERIFY(waitFor([&]() { return h->heldJobs() == 0 && serverListed(*h).size() == 1; }));
    m_jobA = serverListed(*h).first().toObject().value(QStringLiteral("server_job_id")).toInt();
    QVERIFY(m_jobA > 0);
    QVERIFY(h->stop() == 0);
}

// B cannot see, release or cancel A's held job, not even by sending A's name.
void TstServer::otherAccountCannotTouchTheJob()
{
    QVERIFY(m_jobA > 0);
    auto h = daemonFor();
    QVERIFY(h);
    QVERIFY(login(*h, m_b->name(), PasswordB));
    QCOMPARE(h->heldJobs(), 0);
    QCOMPARE(serverListed(*h).size(), 0);
    const QString id = QStringLiteral("server-%1").arg(m_jobA);
    QVERIFY(h->cli({QStringLiteral("jobs"), QStringLiteral("release"), id}).exitCode != 0);
    QVERIFY(h->cli({QStringLiteral("jobs"), QStringLiteral("delete"), id}).exitCode != 0);
    const IppAnswer asA = ippAs(m_port, m_b->name(), PasswordB, IPP_OP_RELEASE_JOB, m_jobA, m_a->name());
    QVERIFY2(asA.status > IPP_STATUS_OK_EVENTS_COMPLETE, ippErrorString(asA.status));
    const IppAnswer cancelAsA = ippAs(m_port, m_b->name(), PasswordB, IPP_OP_CANCEL_JOB, m_jobA, m_a->name());
    QVERIFY(cancelAsA.status > IPP_STATUS_OK_EVENTS_COMPLETE);
    bool stillHeld = false;
    for (const ServerJobSeen &j : serverJobs(m_a->name(), PasswordA))
        stillHeld = stillHeld || (j.id == m_jobA && j.state == IPP_JSTATE_HELD);
    QVERIFY(stillHeld);
    QVERIFY(h->stop() == 0);

    // Under CUPS's stock policy the same claim works: anyone naming the owner, without any
    // password, releases the owner's held job.
    const IppAnswer created = ippAs(m_port, QStringLiteral("nobody"), QString(), IPP_OP_CREATE_JOB, 0,
                                    m_a->name(), QStringLiteral("stock"));
    QVERIFY2(created.status <= IPP_STATUS_OK_EVENTS_COMPLETE, ippErrorString(created.status));
    QVERIFY(!created.jobs.isEmpty() && created.jobs.first().id > 0);
    const IppAnswer stockRelease = ippAs(m_port, QStringLiteral("nobody"), QString(), IPP_OP_RELEASE_JOB,
                                         created.jobs.first().id, m_a->name(), QStringLiteral("stock"));
    QVERIFY2(stockRelease.status <= IPP_STATUS_OK_EVENTS_COMPLETE, ippErrorString(stockRelease.status));

    // A cancels it: gone from the held jobs.
    auto a = daemonFor();
    QVERIFY(a);
    QVERIFY(login(*a, m_a->name(), PasswordA));
    const CliResult cancelled = a->cli({QStringLiteral("jobs"), QStringLiteral("delete"), id});
    QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
    for (const ServerJobSeen &j : serverJobs(m_a->name(), PasswordA)) {
        if (j.id == m_jobA)
            QCOMPARE(j.state, int(IPP_JSTATE_CANCELED));
    }
    QCOMPARE(serverListed(*a).size(), 0);
    QVERIFY(waitFor([&]() { return auditRecords(*a, QStringLiteral("server.job_deleted")).size() == 1; }));
    QCOMPARE(auditRecords(*a, QStringLiteral("server.job_deleted"))
                 .first()
                 .value(QStringLiteral("job_id"))
                 .toString(),
             id);
    // B's refused attempts are audited as failures on B's side.
    QVERIFY(waitFor([&]() { return auditRecords(*h, QStringLiteral("server.job_deleted")).size() == 1; }));
    QCOMPARE(auditRecords(*h, QStringLiteral("server.job_deleted"))
                 .first()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("failed"));
    QVERIFY(a->stop() == 0);
}

// One wrong password is one failed PAM attempt on the server, and a clear error.
void TstServer::wrongPasswordIsTriedOnce()
{
    auto h = daemonFor();
    QVERIFY(h);
    const auto failures = [this]() {
        return m_cups->errorLog().count("pam_authenticate() returned");
    };
    const qsizetype before = failures();
    CliResult said;
    QVERIFY(!login(*h, m_a->name(), QStringLiteral("not-the-password"), &said));
    QVERIFY2(said.err.contains("server-auth-failed") || said.out.contains("server-auth-failed"),
             said.err.constData());
    QThread::msleep(500);
    QCOMPARE(failures() - before, qsizetype(1));
    // A job waits for a new sign-in instead of retrying the password.
    QVERIFY(!h->submit(buildPdf(QStringLiteral("M"), Marker)).isEmpty());
    QVERIFY(waitFor([&]() {
        const QJsonObject s =
            h->cli({QStringLiteral("--json"), QStringLiteral("server"), QStringLiteral("status")}).json();
        const QJsonArray outbox = s.value(QStringLiteral("outbox")).toArray();
        return outbox.size() == 1 && outbox.first().toObject().value(QStringLiteral("reason")).toString() ==
                                         QLatin1String("server-login-needed");
    }));
    QCOMPARE(failures() - before, qsizetype(1));
    QVERIFY(h->stop() == 0);
}

// A server showing another certificate than the pinned one gets nothing, not even the password.
void TstServer::changedCertificateIsRefused()
{
    const QByteArray der = QSslCertificate::fromPath(m_otherCert).value(0).toDer();
    QVERIFY(!der.isEmpty());
    const QString pinned =
        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    auto h = daemonFor(QStringLiteral("fingerprint=") + pinned);
    QVERIFY(h);
    const qsizetype before = m_cups->errorLog().count("pam_authenticate() returned");
    CliResult said;
    QVERIFY(!login(*h, m_a->name(), PasswordA, &said));
    QVERIFY2(said.err.contains("server-certificate-changed") ||
                 said.out.contains("server-certificate-changed"),
             said.err.constData());
    QCOMPARE(m_cups->errorLog().count("pam_authenticate() returned"), before);
    QVERIFY(h->stop() == 0);
}

// While the server is down the job waits with the reason; once it is up it is uploaded once.
void TstServer::serverDownThenUpUploadsExactlyOnce()
{
    const int port = freeTcpPort();
    auto h = daemonFor(QString(), port);
    QVERIFY(h);
    QVERIFY(!h->submit(buildPdf(QStringLiteral("MM"), Marker)).isEmpty());
    QVERIFY(waitFor([&]() {
        const QJsonArray jobs = h->jobs();
        return jobs.size() == 1 &&
               jobs.first().toObject().value(QStringLiteral("location")) == QLatin1String("waiting") &&
               jobs.first().toObject().value(QStringLiteral("reason")) == QLatin1String("server-unreachable");
    }));
    QVERIFY(!h->jobs().first().toObject().value(QStringLiteral("next_try")).toString().isEmpty());
    auto cups = startServer(port);
    QVERIFY(cups);
    // Meanwhile the account printed to the server from another computer.
    const IppAnswer elsewhere = ippAs(port, m_a->name(), PasswordA, IPP_OP_CREATE_JOB, 0);
    QVERIFY2(elsewhere.status <= IPP_STATUS_OK_EVENTS_COMPLETE, ippErrorString(elsewhere.status));
    QVERIFY(login(*h, m_a->name(), PasswordA));
    QVERIFY2(waitFor([&]() { return h->heldJobs() == 0 && serverListed(*h).size() == 2; }, 60000),
             h->log().constData());
    // Ours went exactly once.
    int ours = 0;
    for (const ServerJobSeen &j : serverJobs(m_a->name(), PasswordA, port))
        ours += j.name.contains(QStringLiteral(" #pv-")) ? 1 : 0;
    QCOMPARE(ours, 1);
    QVERIFY(h->stop() == 0);
}

#ifdef PV_TRAY_MODELS
// The tray lists the server's jobs again when the server comes back (server.changed), with
// nothing of ours to upload: the account's job from another computer appears only through it.
void TstServer::trayListsTheServerWhenItReturns()
{
    const int port = freeTcpPort();
    auto h = daemonFor(QString(), port);
    QVERIFY(h);
    pv::app::DaemonConnection connection(
        pv::app::ConnectionOptions{h->runtimeDir() + QStringLiteral("/api.sock"), {}, 500});
    pv::app::JobsModel tray(&connection);
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(tray.isLoaded(), 30000);
    QCOMPARE(tray.rowCount(), 0);
    auto cups = startServer(port);
    QVERIFY(cups);
    const IppAnswer elsewhere = ippAs(port, m_a->name(), PasswordA, IPP_OP_CREATE_JOB, 0);
    QVERIFY2(elsewhere.status <= IPP_STATUS_OK_EVENTS_COMPLETE, ippErrorString(elsewhere.status));
    QVERIFY(login(*h, m_a->name(), PasswordA));
    QTRY_VERIFY_WITH_TIMEOUT(
        tray.rowCount() == 1 && tray.index(0).data(pv::app::JobsModel::OnServerRole).toBool(), 30000);
    QCOMPARE(tray.index(0).data(pv::app::JobsModel::LocationTextRole).toString(),
             QStringLiteral("Held on the print server"));
    // The window shows it so ($PV_SHOTS keeps the picture for a person to look at).
    const QString png = qEnvironmentVariable("PV_SHOTS", h->root()) + QStringLiteral("/shot-server-held.png");
    const QString texts = h->root() + QStringLiteral("/shot-server-held.txt");
    const AppRun run = runAppScreenshot(QStringLiteral(PV_APP), *h, QStringLiteral("jobs"), png, texts,
                                        {QStringLiteral("--size"), QStringLiteral("420x640")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!QImage(png).isNull());
    const QString shown = QString::fromUtf8(readFile(texts));
    QVERIFY2(shown.contains(QStringLiteral("Held on the print server")), qPrintable(shown));
    QVERIFY(h->stop() == 0);
}
#endif

// A daemon killed while its upload is under way (the server has created the job and the
// document is flowing through a slow link) uploads the job exactly once after its restart: the
// server holds one job with the token, and its document is the captured PDF, byte for byte.
void TstServer::killedMidUploadUploadsOnce()
{
    TcpRelay relay(m_port);
    QVERIFY(relay.start());
    relay.setUploadRate(256 * 1024);
    auto h = daemonFor(QString(), relay.port());
    QVERIFY(h);
    QVERIFY(login(*h, m_a->name(), PasswordA));
    const QSet<int> known = jobIdsOfA();
    const QByteArray pdf = bigPdf(4);
    const QString id = h->submit(pdf);
    QVERIFY(!id.isEmpty());
    // Killed once the server has the job and a good part of the document went.
    QVERIFY2(
        waitFor([&]() { return newJobsOfA(known).size() == 1 && relay.uploaded() > 1024 * 1024; }, 90000),
        h->log().constData());
    QCOMPARE(newJobsOfA(known).first().state, int(IPP_JSTATE_HELD));
    h->kill9();
    QVERIFY(h->log().contains("uploading job"));
    QVERIFY(!h->log().contains("is held on the server"));
    relay.setUploadRate(0);
    QCOMPARE(h->start(), QStringLiteral("ready"));
    QVERIFY2(waitFor([&]() { return h->heldJobs() == 0 && outboxOf(*h).isEmpty(); }, 90000),
             h->log().constData());
    const QList<ServerJobSeen> fresh = newJobsOfA(known);
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().state, int(IPP_JSTATE_HELD));
    QVERIFY2(h->log().contains("has no document; sending it there"), h->log().constData());
    QCOMPARE(sha256(documentOf(m_port, m_a->name(), PasswordA, fresh.first().id)), sha256(pdf));
    // Released: the printer gets every page.
    const QStringList before = m_printer->spooledFiles(QStringLiteral(".pdf"));
    const CliResult released =
        h->cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"),
                QStringLiteral("server-%1").arg(fresh.first().id)});
    QVERIFY2(released.exitCode == 0, released.err.constData());
    QCOMPARE(released.json().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QVERIFY(waitFor(
        [&]() { return m_printer->spooledFiles(QStringLiteral(".pdf")).size() == before.size() + 1; }));
    QString printed;
    for (const QString &f : m_printer->spooledFiles(QStringLiteral(".pdf"))) {
        if (!before.contains(f))
            printed = f;
    }
    QCOMPARE(pdfPages(printed), 4);
    QVERIFY(h->stop() == 0);
}

// A job deleted while it uploads: the upload stops, the server's unfinished job is cancelled,
// and nothing of it stays held anywhere.
void TstServer::deleteDuringUploadLeavesNothing()
{
    TcpRelay relay(m_port);
    QVERIFY(relay.start());
    relay.setUploadRate(128 * 1024);
    auto h = daemonFor(QString(), relay.port());
    QVERIFY(h);
    QVERIFY(login(*h, m_a->name(), PasswordA));
    const QSet<int> known = jobIdsOfA();
    const QString id = h->submit(bigPdf(4));
    QVERIFY(!id.isEmpty());
    QVERIFY2(waitFor([&]() { return newJobsOfA(known).size() == 1 && relay.uploaded() > 512 * 1024; }, 90000),
             h->log().constData());
    const int serverJob = newJobsOfA(known).first().id;
    const QJsonArray uploading = outboxOf(*h);
    QCOMPARE(uploading.size(), 1);
    QCOMPARE(uploading.first().toObject().value(QStringLiteral("location")).toString(),
             QStringLiteral("uploading"));
    const CliResult deleted = h->cli({QStringLiteral("jobs"), QStringLiteral("delete"), id});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY(waitFor([&]() { return h->heldJobs() == 0 && outboxOf(*h).isEmpty(); }));
    QVERIFY2(waitFor([&]() {
                 const QList<ServerJobSeen> fresh = newJobsOfA(known);
                 return fresh.size() == 1 && fresh.first().id == serverJob &&
                        fresh.first().state == int(IPP_JSTATE_CANCELED);
             }),
             h->log().constData());
    QVERIFY(!h->log().contains("is held on the server"));
    QVERIFY(h->stop() == 0);
}

// While the server is down a waiting job can still be released to a local printer, or
// deleted; neither goes to the server when it comes back.
void TstServer::waitingJobReleasedHereOrDeleted()
{
    const int port = freeTcpPort();
    auto h = daemonFor(QString(), port);
    QVERIFY(h);
    const auto waiting = [&]() {
        const QJsonArray jobs = h->jobs();
        return jobs.size() == 1 &&
               jobs.first().toObject().value(QStringLiteral("location")) == QLatin1String("waiting");
    };
    const QString first = h->submit(buildPdf(QStringLiteral("MM"), Marker));
    QVERIFY(!first.isEmpty());
    QVERIFY(waitFor(waiting));
    const QStringList before = m_printer->spooledFiles(QStringLiteral(".pdf"));
    const CliResult released = h->cli({QStringLiteral("jobs"), QStringLiteral("release"), first,
                                       QStringLiteral("--printer"), m_printer->uri()});
    QVERIFY2(released.exitCode == 0, released.err.constData());
    QVERIFY(waitFor(
        [&]() { return m_printer->spooledFiles(QStringLiteral(".pdf")).size() == before.size() + 1; }));
    QString printed;
    for (const QString &f : m_printer->spooledFiles(QStringLiteral(".pdf"))) {
        if (!before.contains(f))
            printed = f;
    }
    QCOMPARE(pdfPages(printed), 2);
    QVERIFY(run(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")}).contains(Marker.toUtf8()));
    QVERIFY(waitFor([&]() { return h->heldJobs() == 0 && outboxOf(*h).isEmpty(); }));

    const QString second = h->submit(buildPdf(QStringLiteral("M"), Marker));
    QVERIFY(!second.isEmpty());
    QVERIFY(waitFor(waiting));
    QVERIFY(h->cli({QStringLiteral("jobs"), QStringLiteral("delete"), second}).exitCode == 0);
    QVERIFY(waitFor([&]() { return h->heldJobs() == 0 && outboxOf(*h).isEmpty(); }));
    // The server comes up and the user signs in: there is nothing to upload. Shown by a third
    // job: uploads go one at a time, so once it is on the server anything still queued before
    // it would be too; it is there alone.
    auto cups = startServer(port);
    QVERIFY(cups);
    QVERIFY(login(*h, m_a->name(), PasswordA));
    QVERIFY(!h->submit(buildPdf(QStringLiteral("M"), QStringLiteral("PVTHIRD"))).isEmpty());
    QVERIFY2(waitFor([&]() { return h->heldJobs() == 0 && outboxOf(*h).isEmpty(); }, 60000),
             h->log().constData());
    const QList<ServerJobSeen> there = serverJobs(m_a->name(), PasswordA, port);
    QCOMPARE(there.size(), 1);
    QVERIFY2(h->log().count("is held on the server") == 1, h->log().constData());
    QVERIFY(h->stop() == 0);
}

// A server that stops answering mid-upload: the link stalls (nothing moves either way, nothing
// is closed). After server/stall_seconds without progress the upload is given up as uncertain;
// the job waits with server-stalled and a next try (jobs list, the CLI's text), and tries during
// the stall stall too. Once the link moves again the token check finds the server's job without
// its document and sends it there: one job with the token, holding the captured PDF exactly.
void TstServer::stalledUploadIsGivenUpAndUploadedOnce()
{
    TcpRelay relay(m_port);
    QVERIFY(relay.start());
    relay.setUploadRate(256 * 1024);
    auto h = daemonFor(QStringLiteral("ca_file=%1\nstall_seconds=3").arg(m_cert), relay.port());
    QVERIFY(h);
    CliResult said;
    QVERIFY2(login(*h, m_a->name(), PasswordA, &said),
             QByteArray(said.out + said.err + h->log()).constData());
#ifdef PV_TRAY_MODELS
    pv::app::DaemonConnection connection(
        pv::app::ConnectionOptions{h->runtimeDir() + QStringLiteral("/api.sock"), {}, 500});
    pv::app::JobsModel tray(&connection);
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(tray.isLoaded(), 30000);
#endif
    const QSet<int> known = jobIdsOfA();
    // 8 MB, stalled after 1 MB: more is left than the sockets on the way can hold.
    const QByteArray pdf = bigPdf(8);
    const QString id = h->submit(pdf);
    QVERIFY(!id.isEmpty());
    QVERIFY2(
        waitFor([&]() { return newJobsOfA(known).size() == 1 && relay.uploaded() > 1024 * 1024; }, 90000),
        h->log().constData());
    relay.setStalled(true);
    // server status answers from the daemon alone (jobs list also asks the stalled server).
    const auto stalled = [&]() {
        const QJsonArray outbox = outboxOf(*h);
        return outbox.size() == 1 &&
               outbox.first().toObject().value(QStringLiteral("location")) == QLatin1String("waiting") &&
               outbox.first().toObject().value(QStringLiteral("reason")) == QLatin1String("server-stalled") &&
               !outbox.first().toObject().value(QStringLiteral("next_try")).toString().isEmpty();
    };
    QVERIFY2(waitFor(stalled, 30000), h->log().constData());
    const CliResult status = h->cli({QStringLiteral("server"), QStringLiteral("status")});
    QVERIFY2(status.out.contains("stopped answering") && status.out.contains("server-stalled"),
             status.out.constData());
    QVERIFY(!h->log().contains("is held on the server"));
    // Offline, jobs list answers from the daemon with the reason (and tries the server behind).
    const QJsonObject listed =
        h->cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")}).json();
    QCOMPARE(listed.value(QStringLiteral("server_error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("server-stalled"));
    QCOMPARE(listed.value(QStringLiteral("jobs")).toArray().size(), 1);
    QVERIFY(listed.value(QStringLiteral("server_jobs")).toArray().isEmpty());
#ifdef PV_TRAY_MODELS
    // The tray's row says the same, from the daemon's events.
    QTRY_VERIFY_WITH_TIMEOUT(tray.rowCount() == 1 &&
                                 tray.index(0).data(pv::app::JobsModel::LocationRole) ==
                                     QLatin1String("waiting") &&
                                 tray.index(0)
                                     .data(pv::app::JobsModel::LocationTextRole)
                                     .toString()
                                     .contains(QStringLiteral("stopped answering")),
                             30000);
    QVERIFY(tray.index(0)
                .data(pv::app::JobsModel::LocationTextRole)
                .toString()
                .startsWith(QStringLiteral("Waiting to upload, next try at ")));
#endif
    relay.setStalled(false);
    relay.setUploadRate(0);
    QVERIFY2(waitFor([&]() { return h->heldJobs() == 0 && outboxOf(*h).isEmpty(); }, 90000),
             h->log().constData());
    const QList<ServerJobSeen> fresh = newJobsOfA(known);
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().state, int(IPP_JSTATE_HELD));
    QVERIFY(fresh.first().name.contains(QStringLiteral(" #pv-")));
    QVERIFY2(h->log().contains("has no document; sending it there"), h->log().constData());
    QCOMPARE(sha256(documentOf(m_port, m_a->name(), PasswordA, fresh.first().id)), sha256(pdf));
#ifdef PV_TRAY_MODELS
    // The tray now shows the job on the server, held there.
    QTRY_VERIFY_WITH_TIMEOUT(
        tray.rowCount() == 1 && tray.index(0).data(pv::app::JobsModel::OnServerRole).toBool(), 30000);
    QCOMPARE(tray.index(0).data(pv::app::JobsModel::LocationTextRole).toString(),
             QStringLiteral("Held on the print server"));
#endif
    // Connected again, jobs list asks the server.
    const QJsonObject back =
        h->cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")}).json();
    QVERIFY2(!back.contains(QStringLiteral("server_error")), QJsonDocument(back).toJson().constData());
    QCOMPARE(back.value(QStringLiteral("server_jobs")).toArray().size(), 1);
    QVERIFY(h->stop() == 0);
}

// One job over the server's quota does not hold up the others: it is refused alone (its own
// state, over_quota, with the reason, in jobs list and the CLI's text; the connection stays
// "connected"), a smaller job behind it is uploaded, and when the administrator raises the limit
// the refused one is checked again (at the latest after retry_max_seconds) and uploaded.
void TstServer::overQuotaJobWaitsAloneAndIsCheckedAgain()
{
    const QString queue = QStringLiteral("quota-each");
    QVERIFY(m_cups->addQueue(queue, m_printer->uri()));
    const auto limit = [&](int pages) {
        return m_cups->run(QStringLiteral("lpadmin"),
                           {QStringLiteral("-p"), queue, QStringLiteral("-o"),
                            QStringLiteral("job-hold-until-default=indefinite"), QStringLiteral("-o"),
                            QStringLiteral("printer-op-policy=authenticated-hold"), QStringLiteral("-o"),
                            QStringLiteral("job-quota-period=86400"), QStringLiteral("-o"),
                            QStringLiteral("job-page-limit=%1").arg(pages)});
    };
    QCOMPARE(limit(2), 0);
    DaemonHarness h;
    h.writePolicy(QStringLiteral("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[server]\n"
                                 "uri=ipps://127.0.0.1:%1/printers/%2\nmode=server\nretry_max_seconds=5\n"
                                 "ca_file=%3\nquota_source=server\n")
                      .arg(m_port)
                      .arg(queue, m_cert)
                      .toUtf8());
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QVERIFY(login(h, m_a->name(), PasswordA));
    const auto queueJobs = [&]() {
        return ippAs(m_port, m_a->name(), PasswordA, IPP_OP_GET_JOBS, 0, QString(), queue).jobs;
    };
    const qsizetype before = queueJobs().size();
    const QString big = h.submit(buildPdf(QStringLiteral("MMM"), Marker));
    QVERIFY(!big.isEmpty());
    const auto overQuota = [&]() {
        for (const QJsonValue &v : h.jobs()) {
            const QJsonObject j = v.toObject();
            if (j.value(QStringLiteral("id")).toString() == big)
                return j.value(QStringLiteral("location")) == QLatin1String("over_quota") &&
                       j.value(QStringLiteral("reason")) == QLatin1String("server-over-quota") &&
                       !j.value(QStringLiteral("next_try")).toString().isEmpty();
        }
        return false;
    };
    QVERIFY2(waitFor(overQuota), h.log().constData());
    // The next job goes past it.
    QVERIFY(!h.submit(buildPdf(QStringLiteral("M"), Marker)).isEmpty());
    QVERIFY2(waitFor([&]() { return serverListed(h).size() == 1 && h.heldJobs() == 1; }),
             h.log().constData());
    QCOMPARE(queueJobs().size(), before + 1);
    QVERIFY(waitFor(overQuota)); // (not while a check of it is under way)
    const QJsonObject status =
        h.cli({QStringLiteral("--json"), QStringLiteral("server"), QStringLiteral("status")}).json();
    QCOMPARE(status.value(QStringLiteral("connection")).toString(), QStringLiteral("connected"));
    QVERIFY2(h.cli({QStringLiteral("jobs"), QStringLiteral("list")}).out.contains("over the server's quota"),
             h.cli({QStringLiteral("jobs"), QStringLiteral("list")}).out.constData());
    // Refused once in the audit log, however often it is checked again.
    QVERIFY(waitFor([&]() { return auditRecords(h, QStringLiteral("server.job_uploaded")).size() == 2; }));
    // The limit rises: checked again within retry_max_seconds, and uploaded.
    QCOMPARE(limit(10), 0);
    QVERIFY2(waitFor([&]() { return h.heldJobs() == 0 && serverListed(h).size() == 2; }, 30000),
             h.log().constData());
    QCOMPARE(queueJobs().size(), before + 2);
    const QList<QJsonObject> uploads = auditRecords(h, QStringLiteral("server.job_uploaded"));
    QCOMPARE(uploads.size(), 3);
    QCOMPARE(uploads.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    QCOMPARE(uploads.last().value(QStringLiteral("job_id")).toString(), big);
    QCOMPARE(uploads.last().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QVERIFY(h.stop() == 0);
}

// The queue's CUPS quota, read from the server with the usage of A's completed jobs there; an
// upload over it waits (refused before anything is sent), or goes with a warning under
// quota/warn_only; a release over it is refused before Release-Job.
void TstServer::quotaFromTheServer()
{
    QVERIFY(m_cups->addQueue(QStringLiteral("quota"), m_printer->uri()));
    QCOMPARE(m_cups->run(QStringLiteral("lpadmin"),
                         {QStringLiteral("-p"), QStringLiteral("quota"), QStringLiteral("-o"),
                          QStringLiteral("job-hold-until-default=indefinite"), QStringLiteral("-o"),
                          QStringLiteral("printer-op-policy=authenticated-hold"), QStringLiteral("-o"),
                          QStringLiteral("job-quota-period=86400"), QStringLiteral("-o"),
                          QStringLiteral("job-page-limit=4")}),
             0);
    const QString keys = QStringLiteral("ca_file=%1\nquota_source=server").arg(m_cert);
    auto writePolicy = [&](DaemonHarness &d, bool warnOnly) {
        d.writePolicy(
            QStringLiteral("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[quota]\n"
                           "warn_only=%1\n[server]\nuri=ipps://127.0.0.1:%2/printers/quota\nmode=server\n"
                           "retry_max_seconds=5\n%3\n")
                .arg(warnOnly ? QStringLiteral("true") : QStringLiteral("false"))
                .arg(m_port)
                .arg(keys)
                .toUtf8());
    };
    DaemonHarness h;
    writePolicy(h, false);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QVERIFY(login(h, m_a->name(), PasswordA));
    // 3 pages within the limit of 4: uploaded, released, completed.
    QVERIFY(!h.submit(buildPdf(QStringLiteral("MMM"), Marker)).isEmpty());
    QVERIFY2(waitFor([&]() { return h.heldJobs() == 0 && serverListed(h).size() == 1; }),
             h.log().constData());
    const QString first = serverListed(h).first().toObject().value(QStringLiteral("id")).toString();
    const CliResult released =
        h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"), first});
    QVERIFY2(released.exitCode == 0, released.err.constData());
    const int used = released.json().value(QStringLiteral("impressions")).toInt();
    QCOMPARE(used, 3);
    // The server's limits and usage, with where and when, beside the local ledger.
    const QJsonObject quota = h.cli({QStringLiteral("--json"), QStringLiteral("quota")}).json();
    const QJsonObject server = quota.value(QStringLiteral("server")).toObject();
    QCOMPARE(quota.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
    QCOMPARE(server.value(QStringLiteral("source")).toString(), QStringLiteral("server"));
    QCOMPARE(server.value(QStringLiteral("server")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(server.value(QStringLiteral("page_limit")).toInt(), 4);
    QCOMPARE(server.value(QStringLiteral("period_seconds")).toInt(), 86400);
    QCOMPARE(server.value(QStringLiteral("pages_used")).toInt(), used);
    QCOMPARE(server.value(QStringLiteral("pages_left")).toInt(), 4 - used);
    QVERIFY(QDateTime::fromString(server.value(QStringLiteral("as_of")).toString(), Qt::ISODate).isValid());
    QCOMPARE(quota.value(QStringLiteral("pages_used")).toInt(), used); // the local ledger counted it too
    const CliResult text = h.cli({QStringLiteral("quota")});
    QVERIFY2(text.out.contains("From the print server 127.0.0.1, as of"), text.out.constData());
    QVERIFY2(text.out.contains("3 of 4 used"), text.out.constData());

    // 2 more pages would be 5 of 4: refused before anything is sent; the job waits here.
    const qsizetype jobsBefore =
        ippAs(m_port, m_a->name(), PasswordA, IPP_OP_GET_JOBS, 0, QString(), QStringLiteral("quota"))
            .jobs.size();
    QVERIFY(!h.submit(buildPdf(QStringLiteral("MM"), Marker)).isEmpty());
    QVERIFY2(waitFor([&]() {
                 const QJsonArray outbox = outboxOf(h);
                 return outbox.size() == 1 && outbox.first().toObject().value(QStringLiteral("reason")) ==
                                                  QLatin1String("server-over-quota");
             }),
             h.log().constData());
    QCOMPARE(h.heldJobs(), 1);
    QVERIFY(waitFor([&]() {
        const QList<QJsonObject> r = auditRecords(h, QStringLiteral("server.job_uploaded"));
        return !r.isEmpty() && r.last().value(QStringLiteral("outcome")) == QLatin1String("refused");
    }));
    QCOMPARE(ippAs(m_port, m_a->name(), PasswordA, IPP_OP_GET_JOBS, 0, QString(), QStringLiteral("quota"))
                 .jobs.size(),
             jobsBefore);

    // With quota/warn_only it goes, with the warning.
    DaemonHarness warn;
    writePolicy(warn, true);
    QCOMPARE(warn.start(), QStringLiteral("ready"));
    QVERIFY(login(warn, m_a->name(), PasswordA));
    QVERIFY(!warn.submit(buildPdf(QStringLiteral("MM"), Marker)).isEmpty());
    QVERIFY2(waitFor([&]() { return warn.heldJobs() == 0 && serverListed(warn).size() == 1; }),
             warn.log().constData());
    QVERIFY2(warn.log().contains("is held on the server"), warn.log().constData());
    // A release over quota is refused by the refusing daemon, before Release-Job: still held.
    const QString second = serverListed(warn).first().toObject().value(QStringLiteral("id")).toString();
    const CliResult refused = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), second});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("server-over-quota") || refused.out.contains("server-over-quota") ||
                 refused.err.contains("quota"),
             refused.err.constData());
    QCOMPARE(serverListed(h).first().toObject().value(QStringLiteral("server_state")).toString(),
             QStringLiteral("held"));
    QVERIFY(warn.stop() == 0);
    QVERIFY(h.stop() == 0);
}

// server/auth=bearer with a real sign-in (oidc-provider). The real cupsd refuses the token, as
// CUPS 2.4 cannot check bearer tokens: the job waits with server-bearer-refused, and no password
// was tried (no PAM attempt). Then, pointed at a TLS peer that only prints what it receives
// (openssl s_server with the server's certificate), the daemon shows the header on the wire.
void TstServer::bearerTokenIsSentAndCupsRefusesIt()
{
    OidcTestProvider::Options o;
    o.accessTokenSeconds = 600;
    OidcTestProvider provider(o);
    QVERIFY2(provider.start(), qPrintable(provider.error()));
    DaemonHarness h;
    h.environment().insert(QStringLiteral("BROWSER"), QStringLiteral("true"));
    const auto policy = [&](int port) {
        h.writePolicy(
            QStringLiteral("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[account]\n"
                           "issuer=%1\nclient_id=%2\nca_file=%3\n[server]\n"
                           "uri=ipps://127.0.0.1:%4/printers/hold\nmode=server\nauth=bearer\n"
                           "retry_max_seconds=5\nca_file=%5\n")
                .arg(provider.issuer(), provider.clientId(), provider.caFile())
                .arg(port)
                .arg(m_cert)
                .toUtf8());
    };
    const auto waitsWith = [&](const QString &reason) {
        return waitFor(
            [&]() {
                const QJsonArray outbox = outboxOf(h);
                return !outbox.isEmpty() &&
                       outbox.last().toObject().value(QStringLiteral("reason")).toString() == reason;
            },
            60000);
    };
    policy(m_port);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    // Signed out: the job waits for a sign-in.
    QVERIFY(!h.submit(buildPdf(QStringLiteral("M"), Marker)).isEmpty());
    QVERIFY2(waitsWith(QStringLiteral("server-signin-needed")), h.log().constData());
    const qsizetype pamBefore = m_cups->errorLog().count("pam_authenticate() returned");
    std::unique_ptr<QProcess> cli(h.startCli({QStringLiteral("login")}));
    QByteArray said;
    QString url;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            said += cli->readAllStandardOutput();
            const auto m =
                QRegularExpression(QStringLiteral("opened at:\\n(\\S+)\\n")).match(QString::fromUtf8(said));
            url = m.hasMatch() ? m.captured(1) : QString();
            return !url.isEmpty();
        }(),
        30000);
    HeadlessBrowser browser(provider.caFile());
    QCOMPARE(browser.signIn(QUrl(url), QStringLiteral("alice")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(cli->state(), QProcess::NotRunning, 30000);
    QCOMPARE(cli->exitCode(), 0);
    // Signed in: the token goes, and CUPS 2.4 refuses it. The job waits for the user.
    QVERIFY2(waitsWith(QStringLiteral("server-bearer-refused")),
             QJsonDocument(outboxOf(h)).toJson().constData());
    QCOMPARE(m_cups->errorLog().count("pam_authenticate() returned"), pamBefore);
    QCOMPARE(h.heldJobs(), 1);
    QVERIFY(h.stop() == 0);

    // The same session (restored from the keychain) against the printing TLS peer.
    const int port = freeTcpPort();
    QProcess peer;
    peer.setProcessChannelMode(QProcess::MergedChannels);
    peer.start(QStringLiteral("openssl"),
               {QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-accept"),
                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), m_cert,
                QStringLiteral("-key"), m_dir.filePath(QStringLiteral("ssl/127.0.0.1.key"))});
    QVERIFY(peer.waitForStarted());
    policy(port);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QVERIFY(!h.submit(buildPdf(QStringLiteral("M"), Marker)).isEmpty());
    QByteArray request;
    QTRY_VERIFY_WITH_TIMEOUT((request += peer.readAll()).contains("\r\n\r\n"), 60000);
    QVERIFY2(request.startsWith("POST /printers/hold HTTP/1.1"), request.constData());
    const auto bearer =
        QRegularExpression(QStringLiteral("\r\nAuthorization: Bearer ([A-Za-z0-9._~+/=-]+)\r\n"))
            .match(QString::fromLatin1(request));
    QVERIFY2(bearer.hasMatch(), request.constData());
    QVERIFY(bearer.captured(1).size() >= 32);
    QVERIFY(!request.contains("Basic "));
    peer.kill();
    peer.waitForFinished();
    QVERIFY(!h.log().contains(bearer.captured(1).toLatin1())); // the token is never logged
    // The peer never answered and is gone: a SIGTERM ends the daemon at once all the same (every
    // wait on a server connection looks at the stop each second).
    QElapsedTimer stopping;
    stopping.start();
    QCOMPARE(h.stop(), 0);
    QVERIFY2(stopping.elapsed() < 15000, QByteArray::number(stopping.elapsed()).constData());
}

QTEST_GUILESS_MAIN(TstServer)
#include "tst_server.moc"
