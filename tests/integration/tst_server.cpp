// Server spooling against a real print server: a private cupsd with TLS (its own certificate,
// trusted through policy's CA file) and Basic authentication through PAM for two real local
// accounts made by the test, with an authenticated hold queue (docs/server-setup.md's recipe)
// that forwards to an ippeveprinter taking PDF. The real daemon uploads, lists, releases and
// cancels; the test checks on the server itself, as the account, over IPPS.
#include "DaemonHarness.h"
#include "IppEvePrinter.h"
#include "LocalAccount.h"
#include "PdfBuilder.h"
#include "PrivateCupsd.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QtTest>

#include <cups/cups.h>

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

struct Answer
{
    const char *password = nullptr;
};

const char *givePassword(const char *, http_t *, const char *, const char *, void *data)
{
    auto *a = static_cast<Answer *>(data);
    const char *p = a->password;
    a->password = nullptr; // once
    return p;
}

struct ServerJobSeen
{
    int id = 0;
    QString name;
    int state = 0;
    QString owner;
    QString holdUntil;
};

// An IPP request to the server over IPPS as `user` (Basic, password given once), with
// `requestingUser` as requesting-user-name. Returns the IPP status and the job groups.
struct IppAnswer
{
    ipp_status_t status = IPP_STATUS_ERROR_INTERNAL;
    QList<ServerJobSeen> jobs;
};

IppAnswer ippAs(int port, const QString &user, const QString &password, ipp_op_t op, int jobId,
                const QString &requestingUser = QString(), const QString &queue = QStringLiteral("hold"))
{
    IppAnswer out;
    const QByteArray pw = password.toUtf8();
    Answer answer{pw.constData()};
    cupsSetUser(user.toUtf8().constData());
    cupsSetPasswordCB2(givePassword, &answer);
    http_t *http =
        httpConnect2("127.0.0.1", port, nullptr, AF_INET, HTTP_ENCRYPTION_ALWAYS, 1, 15000, nullptr);
    if (!http)
        return out;
    const QByteArray uri = QStringLiteral("ipps://127.0.0.1:%1/printers/%2").arg(port).arg(queue).toUtf8();
    const QByteArray resource = QStringLiteral("/printers/%1").arg(queue).toUtf8();
    ipp_t *request = ippNewRequest(op);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 (requestingUser.isEmpty() ? user : requestingUser).toUtf8().constData());
    if (jobId > 0)
        ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    if (op == IPP_OP_GET_JOBS) {
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nullptr, "all");
        ippAddBoolean(request, IPP_TAG_OPERATION, "my-jobs", 1);
        static const char *const wanted[] = {"job-id", "job-name", "job-state", "job-originating-user-name",
                                             "job-hold-until"};
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 5, nullptr,
                      wanted);
    }
    ipp_t *response = cupsDoRequest(http, request, resource.constData());
    out.status = cupsLastError();
    ServerJobSeen job;
    for (ipp_attribute_t *a = response ? ippFirstAttribute(response) : nullptr; a;
         a = ippNextAttribute(response)) {
        const QByteArray name = ippGetName(a) ? QByteArray(ippGetName(a)) : QByteArray();
        if (ippGetGroupTag(a) != IPP_TAG_JOB || name.isEmpty()) {
            if (job.id > 0)
                out.jobs.append(job);
            job = ServerJobSeen();
            continue;
        }
        if (name == "job-id")
            job.id = ippGetInteger(a, 0);
        else if (name == "job-state")
            job.state = ippGetInteger(a, 0);
        else if (name == "job-name")
            job.name = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (name == "job-originating-user-name")
            job.owner = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (name == "job-hold-until")
            job.holdUntil = QString::fromUtf8(ippGetString(a, 0, nullptr));
    }
    if (job.id > 0)
        out.jobs.append(job);
    ippDelete(response);
    httpClose(http);
    cupsSetPasswordCB2(nullptr, nullptr);
    return out;
}

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

private:
    std::unique_ptr<PrivateCupsd> startServer(int port);
    std::unique_ptr<DaemonHarness> daemonFor(const QString &extraServerKeys = QString(), int port = 0);
    bool login(DaemonHarness &h, const QString &user, const QString &password, CliResult *out = nullptr);
    QList<ServerJobSeen> serverJobs(const QString &user, const QString &password, int port = 0);

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

// jobs.list's server_jobs: the account's jobs held on the server.
static QJsonArray serverListed(const DaemonHarness &h)
{
    return h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")})
        .json()
        .value(QStringLiteral("server_jobs"))
        .toArray();
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
    QVERIFY(login(*h, m_a->name(), PasswordA));
    QVERIFY2(waitFor([&]() { return h->heldJobs() == 0 && serverListed(*h).size() == 1; }, 60000),
             h->log().constData());
    QCOMPARE(serverJobs(m_a->name(), PasswordA, port).size(), 1);
    QVERIFY(h->stop() == 0);
}

QTEST_GUILESS_MAIN(TstServer)
#include "tst_server.moc"
