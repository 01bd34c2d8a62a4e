// The audit log of a real daemon (in process): each security event appears after the action
// that causes it, through the local API, the MFP API over TLS, a real printer, a real OpenID
// provider and the CLI; then the log verifies with only its public key, and holds no secret.
#include "audit/AuditLog.h"
#include "daemon/Daemon.h"
#include "DaemonHarness.h"
#include "Fakes.h"
#include "HttpsClient.h"
#include "IppEvePrinter.h"
#include "localapi/Frame.h"
#include "localapi/LocalApiClient.h"
#include "mfp/MfpService.h"
#include "OidcTestProvider.h"
#include "PdfBuilder.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace pv;
using namespace pv::localapi;

namespace {

// The wall clock, moved forward on demand: tokens stay valid while jobs can be made to expire.
class OffsetClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offset); }
    void advanceSecs(qint64 s) { m_offset += s; }

private:
    qint64 m_offset = 0;
};

QString owner()
{
    const passwd *pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

} // namespace

class TstAuditEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyEventIsRecorded();
    void cleanupTestCase();

private:
    Result<QJsonObject> call(const QString &method, const QJsonObject &params = {});
    QString submit(const QString &title);
    QList<QJsonObject> records() const;
    QStringList eventsSince(qint64 seq) const;
    test::HttpsClient https() const
    {
        return test::HttpsClient(m_daemon->mfp()->port(), m_daemon->mfp()->identity().certificate);
    }
    int cli(const QStringList &args, QByteArray *out = nullptr);
    void signInWithProvider();

    QTemporaryDir m_dir;
    Paths m_paths;
    OffsetClock m_clock;
    test::MemoryCredentialStore m_credentials;
    std::unique_ptr<test::IppEvePrinter> m_printer;
    std::unique_ptr<test::OidcTestProvider> m_provider;
    std::unique_ptr<test::HeadlessBrowser> m_browser;
    std::unique_ptr<Daemon> m_daemon;
    std::unique_ptr<LocalApiClient> m_client;
};

void TstAuditEvents::initTestCase()
{
    m_printer = std::make_unique<test::IppEvePrinter>(QStringLiteral("application/pdf"));
    QVERIFY(m_printer->start());
    m_provider = std::make_unique<test::OidcTestProvider>(test::OidcTestProvider::Options());
    QVERIFY2(m_provider->start(), qPrintable(m_provider->error()));
    m_browser = std::make_unique<test::HeadlessBrowser>(m_provider->caFile());

    m_paths.configDir = m_dir.filePath(QStringLiteral("config"));
    m_paths.dataDir = m_dir.filePath(QStringLiteral("data"));
    m_paths.runtimeDir = m_dir.filePath(QStringLiteral("run"));
    QFile policy(m_dir.filePath(QStringLiteral("policy.ini")));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(
        "[vault]\nmin_free_mb=0\nretention_hours=1\n[capture]\nipp_port=0\n[release]\nretry_seconds=2\n"
        "[mfp]\nlisten_address=127.0.0.1\nmax_failed_attempts=2\nport=" +
        QByteArray::number(test::freeTcpPort()) + "\n[account]\nissuer=" + m_provider->issuer().toUtf8() +
        "\nclient_id=" + m_provider->clientId().toUtf8() + "\nca_file=" + m_provider->caFile().toUtf8() +
        '\n');
    policy.close();
    DaemonOptions o;
    o.paths = m_paths;
    o.workerPath = QStringLiteral(PV_BIN_DIR "/printvault-worker"); // jobs.submit converts in it
    o.policyFile = policy.fileName();
    m_daemon = std::make_unique<Daemon>(o, &m_credentials, &m_clock);
    QVERIFY(m_daemon->start());
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon->status()->state() == ServiceStatus::State::Ready && m_daemon->mfp(),
                             30000);
    m_client = std::make_unique<LocalApiClient>();
    m_client->connectToDaemon(m_paths.socketPath());
    QTRY_VERIFY(m_client->isConnected());
    QVERIFY(call(QStringLiteral("hello"), {{QStringLiteral("protocol"), ProtocolVersion}}));
}

void TstAuditEvents::cleanupTestCase()
{
    m_client.reset();
    m_daemon.reset();
    m_printer.reset();
    m_provider.reset();
}

Result<QJsonObject> TstAuditEvents::call(const QString &method, const QJsonObject &params)
{
    std::optional<Result<QJsonObject>> out;
    m_client->request(method, params, [&](Result<QJsonObject> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&]() { return out.has_value(); }, 60000))
        return Error{QStringLiteral("timeout"), method};
    return *out;
}

QString TstAuditEvents::submit(const QString &title)
{
    QBuffer source;
    source.setData(test::buildPdf(QStringLiteral("MCM"), title));
    source.open(QIODevice::ReadOnly);
    std::optional<Result<QJsonObject>> out;
    m_client->submit(
        &source, {{QStringLiteral("title"), title}, {QStringLiteral("file_name"), QStringLiteral("a.pdf")}},
        nullptr, [&](Result<QJsonObject> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&]() { return out.has_value(); }, 60000) || !*out)
        return QString();
    return out->value().value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString();
}

QList<QJsonObject> TstAuditEvents::records() const
{
    QList<QJsonObject> out;
    for (const QString &file : m_daemon ? m_daemon->audit()->files() : QStringList()) {
        if (!file.endsWith(QLatin1String(".log")))
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.contains(QStringLiteral("prev")))
                out.append(o);
        }
    }
    return out;
}

// The events recorded after `seq`, in order (records are written at once; fsync comes later).
QStringList TstAuditEvents::eventsSince(qint64 seq) const
{
    QStringList out;
    for (const QJsonObject &r : records()) {
        if (r.value(QStringLiteral("seq")).toInteger() > seq)
            out.append(r.value(QStringLiteral("event")).toString());
    }
    return out;
}

// The CLI against the in-process daemon: the event loop turns while it runs.
int TstAuditEvents::cli(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(QStringLiteral(PV_BIN_DIR "/printvault-cli"),
            QStringList{QStringLiteral("--socket"), m_paths.socketPath()} + args);
    if (!QTest::qWaitFor([&]() { return p.state() == QProcess::NotRunning; }, 60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

void TstAuditEvents::signInWithProvider()
{
    auto url = call(QStringLiteral("account.sign_in"));
    QVERIFY2(url, url ? "" : qPrintable(url.error().message));
    QUrl back;
    QCOMPARE(m_browser
                 ->signIn(QUrl(url->value(QStringLiteral("authorization_url")).toString()),
                          QStringLiteral("alice"), &back)
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon->signIn()->status().state == signin::AccountState::SignedIn, 30000);
}

#define EXPECT_EVENT(before, name)                                                                           \
    QTRY_VERIFY2_WITH_TIMEOUT(eventsSince(before).contains(QStringLiteral(name)),                            \
                              qPrintable(QStringLiteral(name " not in: ") + eventsSince(before).join(u' ')), \
                              20000)

void TstAuditEvents::everyEventIsRecorded()
{
    audit::AuditLog *log = m_daemon->audit();
    QTRY_VERIFY(log->hasKeys());
    QVERIFY(eventsSince(0).contains(QStringLiteral("policy.loaded")));
    EXPECT_EVENT(0, "vault.unlocked");
    const QString marker = QStringLiteral("MARKER-Audit-Title");

    // A job held, then released to a saved printer: its name and the impressions printed.
    qint64 at = log->lastSeq();
    const QString first = submit(marker + QStringLiteral(" one"));
    QVERIFY(!first.isEmpty());
    EXPECT_EVENT(at, "job.held");
    QVERIFY(call(QStringLiteral("printers.add"), {{QStringLiteral("uri"), m_printer->uri()},
                                                  {QStringLiteral("name"), QStringLiteral("3rd floor")}}));
    at = log->lastSeq();
    auto released =
        call(QStringLiteral("jobs.release"),
             {{QStringLiteral("id"), first}, {QStringLiteral("printer"), QStringLiteral("3rd floor")}});
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    EXPECT_EVENT(at, "job.released");
    const QJsonObject release =
        records().last().value(QStringLiteral("event")) == QLatin1String("job.released") ? records().last()
                                                                                         : QJsonObject();
    at = log->lastSeq();
    QVERIFY(call(QStringLiteral("printers.trust"), {{QStringLiteral("printer"), m_printer->ippsUri()}}));
    EXPECT_EVENT(at, "printer.trusted");

    // Pairing, a wrong code, PIN and badge.
    at = log->lastSeq();
    auto code = call(QStringLiteral("devices.pair"), {{QStringLiteral("name"), QStringLiteral("Lobby MFP")}});
    QVERIFY(code);
    QCOMPARE(https()
                 .post("/api/v1/devices/pair", QByteArray(),
                       {{QStringLiteral("code"), QStringLiteral("00000000")}})
                 .status,
             401);
    EXPECT_EVENT(at, "device.pair_refused");
    const test::HttpReply paired =
        https().post("/api/v1/devices/pair", QByteArray(),
                     {{QStringLiteral("code"), code->value(QStringLiteral("code")).toString()}});
    QCOMPARE(paired.status, 201);
    const QByteArray device = paired.json().value(QStringLiteral("device_token")).toString().toLatin1();
    const QString deviceId = paired.json().value(QStringLiteral("device_id")).toString();
    EXPECT_EVENT(at, "device.paired");
    at = log->lastSeq();
    QVERIFY(call(QStringLiteral("pin.set"), {{QStringLiteral("pin"), QStringLiteral("2580461937")}}));
    EXPECT_EVENT(at, "pin.set");
    QVERIFY(call(QStringLiteral("card.set"), {{QStringLiteral("card_id"), QStringLiteral("04A1B2C3D4")}}));
    EXPECT_EVENT(at, "card.set");
    QVERIFY(call(QStringLiteral("pin.verify"), {{QStringLiteral("pin"), QStringLiteral("2580461937")}}));
    EXPECT_EVENT(at, "pin.verified");

    // At the MFP: a session, a download, a "printed" report, sign-out.
    const QString second = submit(marker + QStringLiteral(" two"));
    at = log->lastSeq();
    test::HttpReply r = https().post(
        "/api/v1/sessions", device,
        {{QStringLiteral("user"), owner()}, {QStringLiteral("pin"), QStringLiteral("2580461937")}});
    QCOMPARE(r.status, 201);
    const test::Credential session{r.json().value(QStringLiteral("session_token")).toString().toLatin1(),
                                   device};
    EXPECT_EVENT(at, "mfp.session_created");
    QCOMPARE(https().get("/api/v1/jobs/" + second.toLatin1() + "/document", session).status, 200);
    EXPECT_EVENT(at, "job.downloaded");
    QCOMPARE(https()
                 .post("/api/v1/jobs/" + second.toLatin1() + "/printed", session,
                       {{QStringLiteral("impressions"), 3}, {QStringLiteral("sheets"), 3}})
                 .status,
             200);
    EXPECT_EVENT(at, "job.printed");
    QCOMPARE(https().call("DELETE", "/api/v1/sessions/current", session).status, 204);
    EXPECT_EVENT(at, "mfp.session_ended");

    // The organisation's sign-in and sign-out (before the clock moves on, which tokens would notice).
    at = log->lastSeq();
    signInWithProvider();
    EXPECT_EVENT(at, "account.signed_in");
    QVERIFY(call(QStringLiteral("account.sign_out")));
    EXPECT_EVENT(at, "account.signed_out");

    // Deleted, expired.
    const QString third = submit(marker + QStringLiteral(" three"));
    at = log->lastSeq();
    QVERIFY(call(QStringLiteral("jobs.delete"), {{QStringLiteral("id"), third}}));
    EXPECT_EVENT(at, "job.deleted");
    QVERIFY(!submit(marker + QStringLiteral(" four")).isEmpty());
    at = log->lastSeq();
    m_clock.advanceSecs(2 * 3600);
    QVERIFY(m_daemon->vault()->expireDue() >= 1);
    EXPECT_EVENT(at, "job.expired");

    // Refusals and a lockout (two failures lock, by policy), then the device revoked.
    at = log->lastSeq();
    for (int i = 0; i < 2; ++i)
        QCOMPARE(https()
                     .post("/api/v1/sessions", device,
                           {{QStringLiteral("user"), QStringLiteral("mallory")},
                            {QStringLiteral("pin"), QStringLiteral("9999")}})
                     .status,
                 401);
    EXPECT_EVENT(at, "mfp.session_refused");
    EXPECT_EVENT(at, "auth.locked_out");
    QVERIFY(call(QStringLiteral("devices.revoke"), {{QStringLiteral("id"), deviceId}}));
    EXPECT_EVENT(at, "device.revoked");

    // A CA-issued certificate for the MFP API (made here with openssl), last of the MFP steps:
    // the test client pins the one the daemon made.
    at = log->lastSeq();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=printvault.test"), QStringLiteral("-days"),
                   QStringLiteral("30"), QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("k.pem")),
                   QStringLiteral("-out"), m_dir.filePath(QStringLiteral("c.pem"))});
    QVERIFY(openssl.waitForFinished(30000));
    QFile cert(m_dir.filePath(QStringLiteral("c.pem")));
    QFile key(m_dir.filePath(QStringLiteral("k.pem")));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    auto installed = call(QStringLiteral("mfp.install_certificate"),
                          {{QStringLiteral("certificate"), QString::fromLatin1(cert.readAll())},
                           {QStringLiteral("key"), QString::fromLatin1(key.readAll())}});
    QVERIFY2(installed, installed ? "" : qPrintable(installed.error().message));
    EXPECT_EVENT(at, "certificate.installed");

    // What a record says: the release names the printer (masked by default) and the impressions.
    QVERIFY(!release.isEmpty());
    const QJsonObject details = release.value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("printer")).toString(), log->mask(QStringLiteral("3rd floor")));
    QCOMPARE(details.value(QStringLiteral("impressions")).toInt(),
             released->value(QStringLiteral("impressions")).toInt());
    QCOMPARE(release.value(QStringLiteral("job_id")).toString(), first);
    QCOMPARE(release.value(QStringLiteral("actor")).toObject().value(QStringLiteral("account")).toString(),
             log->mask(owner()));

    // The Activity list words it for the user: the printer by name, the MFP by name.
    auto activity = call(QStringLiteral("audit.activity"), {{QStringLiteral("limit"), 200}});
    QVERIFY(activity);
    bool sawRelease = false, sawDownload = false;
    for (const QJsonValue &v : activity->value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("event")) == QLatin1String("job.released"))
            sawRelease = e.value(QStringLiteral("printer")) == QLatin1String("3rd floor");
        if (e.value(QStringLiteral("event")) == QLatin1String("job.downloaded"))
            sawDownload = e.value(QStringLiteral("device_name")) == QLatin1String("Lobby MFP");
        QVERIFY(e.value(QStringLiteral("event")) != QLatin1String("mfp.session_refused")); // mallory's
    }
    QVERIFY(sawRelease);
    QVERIFY(sawDownload);

    // No title, PIN, badge or token in any audit file; and it verifies with the exported key.
    QVERIFY(log->flush());
    QByteArray bytes;
    for (const QString &f : log->files()) {
        QFile file(f);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bytes += file.readAll();
    }
    for (const QByteArray &secret :
         {marker.toUtf8(), QByteArray("2580461937"), QByteArray("04A1B2C3D4"), device,
          device.mid(device.indexOf('_') + 1), session.bearer.mid(session.bearer.indexOf('_') + 1)})
        QVERIFY2(!bytes.contains(secret), secret.constData());
    QByteArray pem;
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("public-key")}, &pem), 0);
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
    QTemporaryDir elsewhere;
    QFile keyFile(elsewhere.filePath(QStringLiteral("audit.pem")));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(pem);
    keyFile.close();
    const QString exported = elsewhere.filePath(QStringLiteral("export.jsonl"));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--masked"),
                  QStringLiteral("--output"), exported}),
             0);
    QByteArray verdict;
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--key"),
                  keyFile.fileName(), exported},
                 &verdict),
             0);
    QVERIFY2(verdict.contains("intact"), verdict.constData());
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--key"),
                  keyFile.fileName(), m_paths.auditDir()},
                 &verdict),
             0);

    // Stopping the daemon locks the vault, and says so.
    const QStringList files = log->files();
    m_client.reset();
    m_daemon.reset();
    QFile last(m_paths.auditDir() + QStringLiteral("/audit.log"));
    QVERIFY(last.open(QIODevice::ReadOnly));
    QVERIFY(last.readAll().contains("\"event\":\"vault.locked\",\"outcome\":\"ok\",\"prev\""));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--key"),
                  keyFile.fileName(), m_paths.auditDir()}),
             0);
}

QTEST_GUILESS_MAIN(TstAuditEvents)
#include "tst_auditevents.moc"
