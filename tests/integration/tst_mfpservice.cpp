// The MFP API in-process over real TLS on loopback, with a fake clock: the whole pull flow and
// the abuse matrix. tst_mfpdaemon drives the same API through the real daemon.
#include "accounting/UsageLedger.h"
#include "accounts/AccountStore.h"
#include "Fakes.h"
#include "HttpsClient.h"
#include "LedgerWriteLock.h"
#include "mfp/MfpService.h"
#include "PdfBuilder.h"
#include "vault/Crypto.h"
#include "vault/JobDraft.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace pv;
using namespace pv::test;

class TstMfpService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pullFlowWithPin();
    void pullFlowWithCard();
    void infoIsPublicAndImpersonal();
    void missingAndGarbageTokens();
    void tokenKindsAreNotInterchangeable();
    void expiredSession();
    void revokedDevice();
    void otherUsersJobsAreInvisible();
    void pairingCodeReusedOrExpired();
    void guessingPairingCodesVoidsThem();
    void pinLockoutAndExpiry();
    void lockoutDoesNotRevealUsers();
    void deviceLockout();
    void badRequests();
    void pathTricks();
    void oversizedBodyAndHeaders();
    void keepAfterPrintPolicy();
    void unwritableLedgerKeepsThePrintedJob();

private:
    QString storeJob(const QString &owner, const QByteArray &pdf);
    QByteArray pairDevice(const QString &name = QStringLiteral("Lobby MFP"));
    QByteArray signIn(const QByteArray &deviceToken, const QString &user, const QString &pin);
    void setPin(const QString &user, const QString &pin);
    bool alive() const { return client().get("/api/v1/info").status == 200; }
    HttpsClient client() const { return HttpsClient(m_service->port(), m_service->identity().certificate); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<accounts::AccountStore> m_accounts;
    std::unique_ptr<accounting::UsageLedger> m_ledger;
    std::unique_ptr<mfp::TlsIdentityStore> m_tls;
    std::unique_ptr<QThreadPool> m_pool;
    Policy m_policy;
    std::unique_ptr<mfp::MfpService> m_service;
};

void TstMfpService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
    const SecureBytes master = crypto::randomKey();
    m_vault = std::make_unique<Vault>(m_dir->filePath(QStringLiteral("vault")), m_clock.get());
    QVERIFY(m_vault->openIndex().isOk());
    QVERIFY(m_vault->unlock(master).isOk());
    m_accounts = std::make_unique<accounts::AccountStore>(m_clock.get());
    QVERIFY(m_accounts->open(m_dir->filePath(QStringLiteral("accounts.db")), master).isOk());
    m_ledger = std::make_unique<accounting::UsageLedger>(m_clock.get());
    QVERIFY(m_ledger->open(m_dir->filePath(QStringLiteral("ledger.db")), master).isOk());
    m_tls = std::make_unique<mfp::TlsIdentityStore>(m_dir->filePath(QStringLiteral("tls")),
                                                    crypto::deriveKey(master, "tls"));
    m_pool = std::make_unique<QThreadPool>();
    m_policy = Policy();
    mfp::MfpContext context;
    context.vault = m_vault.get();
    context.accounts = m_accounts.get();
    context.ledger = m_ledger.get();
    context.policy = &m_policy;
    context.clock = m_clock.get();
    context.workers = m_pool.get();
    m_service = std::make_unique<mfp::MfpService>(context);
    const Status s = m_service->start(QHostAddress::LocalHost, 0, m_tls.get(), QStringLiteral("localhost"));
    QVERIFY2(s.isOk(), qPrintable(s.message()));
}

void TstMfpService::cleanup()
{
    m_pool->waitForDone(); // PIN checks post back to the service: let them land first
    m_service.reset();
    m_pool.reset();
    m_ledger.reset();
    m_accounts.reset();
    m_vault.reset();
    m_dir.reset();
}

QString TstMfpService::storeJob(const QString &owner, const QByteArray &pdf)
{
    JobRequest req;
    req.title = QStringLiteral("Quarterly report");
    req.owner = owner;
    auto draft = m_vault->createDraft(req);
    if (!draft || !draft.value()->append(pdf).isOk() || !draft.value()->finish().isOk())
        return {};
    DocumentInfo info;
    info.pages = 3;
    info.pageColors = "MCM";
    info.thumbnailPng = QByteArrayLiteral("\x89PNG\r\n\x1a\nthumbnail");
    auto job = m_vault->commit(std::move(draft.value()), info);
    return job ? job->id : QString();
}

QByteArray TstMfpService::pairDevice(const QString &name)
{
    const auto code = m_service->newPairingCode(QString());
    const HttpReply r = client().post("/api/v1/devices/pair", {},
                                      {{QStringLiteral("code"), code.code}, {QStringLiteral("name"), name}});
    return r.status == 201 ? r.json().value(QStringLiteral("device_token")).toString().toLatin1()
                           : QByteArray();
}

void TstMfpService::setPin(const QString &user, const QString &pin)
{
    bool done = false;
    Status result;
    m_service->setPin(user, pin, [&](Status s) {
        result = s;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(result.isOk(), qPrintable(result.message()));
}

QByteArray TstMfpService::signIn(const QByteArray &deviceToken, const QString &user, const QString &pin)
{
    const HttpReply r = client().post("/api/v1/sessions", deviceToken,
                                      {{QStringLiteral("user"), user}, {QStringLiteral("pin"), pin}});
    return r.status == 201 ? r.json().value(QStringLiteral("session_token")).toString().toLatin1()
                           : QByteArray();
}

void TstMfpService::pullFlowWithPin()
{
    const QByteArray pdf = buildPdf(QStringLiteral("MCM"), QStringLiteral("pull-flow"));
    const QString id = storeJob(QStringLiteral("alice"), pdf);
    QVERIFY(!id.isEmpty());
    setPin(QStringLiteral("alice"), QStringLiteral("2580"));
    const QByteArray device = pairDevice();
    QVERIFY(device.startsWith("pvd_"));
    const QByteArray session = signIn(device, QStringLiteral("alice"), QStringLiteral("2580"));
    QVERIFY(session.startsWith("pvs_"));

    HttpReply r = client().get("/api/v1/jobs", session);
    QCOMPARE(r.status, 200);
    const QJsonArray jobs = r.json().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    const QJsonObject job = jobs.first().toObject();
    QCOMPARE(job.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(job.value(QStringLiteral("title")).toString(), QStringLiteral("Quarterly report"));
    QCOMPARE(job.value(QStringLiteral("pages")).toInt(), 3);
    QCOMPARE(job.value(QStringLiteral("color_pages")).toInt(), 1);
    QCOMPARE(qint64(job.value(QStringLiteral("size")).toDouble()), pdf.size());

    r = client().get("/api/v1/jobs/" + id.toLatin1() + "/document", session);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/pdf"));
    QCOMPARE(r.header("content-length").toLongLong(), pdf.size());
    QCOMPARE(crypto::sha256(r.body), crypto::sha256(pdf));
    QCOMPARE(r.header("digest"), "sha-256=" + crypto::sha256(pdf).toBase64());

    r = client().get("/api/v1/jobs/" + id.toLatin1() + "/thumbnail", session);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("image/png"));
    QVERIFY(r.body.startsWith("\x89PNG"));

    r = client().post("/api/v1/jobs/" + id.toLatin1() + "/printed", session,
                      {{QStringLiteral("impressions"), 3},
                       {QStringLiteral("color_impressions"), 1},
                       {QStringLiteral("sheets"), 2}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("deleted")).toBool());
    QCOMPARE(m_vault->job(id).error().code, QStringLiteral("not-found"));
    QCOMPARE(client().get("/api/v1/jobs", session).json().value(QStringLiteral("jobs")).toArray().size(), 0);

    auto totals =
        m_ledger->totals(QStringLiteral("alice"), m_clock->now().addDays(-1), m_clock->now().addDays(1));
    QVERIFY(totals.isOk());
    QCOMPARE(totals->impressions, 3);
    QCOMPARE(totals->colorImpressions, 1);
    QCOMPARE(totals->sheets, 2);
    QCOMPARE(totals->jobs, 1);
    auto entries =
        m_ledger->entries(QStringLiteral("alice"), m_clock->now().addDays(-1), m_clock->now().addDays(1));
    QCOMPARE(entries->first().jobId, id);
    QCOMPARE(entries->first().source, QStringLiteral("mfp"));

    // Signing out ends the session.
    QCOMPARE(client().call("DELETE", "/api/v1/sessions/current", session).status, 204);
    QCOMPARE(client().get("/api/v1/jobs", session).status, 401);
}

void TstMfpService::pullFlowWithCard()
{
    const QByteArray pdf = buildPdf(QStringLiteral("CC"), QStringLiteral("card-flow"));
    const QString id = storeJob(QStringLiteral("bob"), pdf);
    QVERIFY(m_accounts->setCard(QStringLiteral("bob"), QStringLiteral("04A1B2C3")).isOk());
    const QByteArray device = pairDevice();
    // Readers differ in case and padding; the badge is still bob's.
    HttpReply r = client().post("/api/v1/sessions", device,
                                {{QStringLiteral("card_id"), QStringLiteral(" 04a1b2c3 ")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
    const QByteArray session = r.json().value(QStringLiteral("session_token")).toString().toLatin1();
    r = client().get("/api/v1/jobs/" + id.toLatin1() + "/document", session);
    QCOMPARE(crypto::sha256(r.body), crypto::sha256(pdf));
    QCOMPARE(client().call("DELETE", "/api/v1/jobs/" + id.toLatin1(), session).status, 204);
    QVERIFY(!m_vault->job(id).isOk());
    // An unknown badge is refused.
    QCOMPARE(client()
                 .post("/api/v1/sessions", device, {{QStringLiteral("card_id"), QStringLiteral("FFFF0000")}})
                 .status,
             401);
}

void TstMfpService::infoIsPublicAndImpersonal()
{
    storeJob(QStringLiteral("alice"), buildPdf(QStringLiteral("M"), QStringLiteral("info")));
    const HttpReply r = client().get("/api/v1/info");
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("certificate_sha256")).toString(), m_service->identity().fingerprint());
    QCOMPARE(o.value(QStringLiteral("api_version")).toInt(), 1);
    QVERIFY(!r.body.contains("alice"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
}

void TstMfpService::missingAndGarbageTokens()
{
    const QString id = storeJob(QStringLiteral("alice"), buildPdf(QStringLiteral("M"), QStringLiteral("x")));
    for (const QByteArray &token :
         {QByteArray(), QByteArray("garbage"), QByteArray("pvs_0123456789abcdef.AAAA"),
          QByteArray(QByteArray("pvs_0123456789abcdef.") + QByteArray(43, 'A'))}) {
        HttpReply r = client().get("/api/v1/jobs", token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
        QCOMPARE(r.header("www-authenticate"), QByteArray("Bearer"));
        QCOMPARE(client().get("/api/v1/jobs/" + id.toLatin1() + "/document", token).status, 401);
        QCOMPARE(client()
                     .post("/api/v1/sessions", token, {{QStringLiteral("card_id"), QStringLiteral("1234")}})
                     .status,
                 401);
    }
    QVERIFY(alive());
}

void TstMfpService::tokenKindsAreNotInterchangeable()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray device = pairDevice();
    const QByteArray session = signIn(device, QStringLiteral("alice"), QStringLiteral("4711"));
    QVERIFY(!session.isEmpty());
    QCOMPARE(client().get("/api/v1/jobs", device).status, 401);
    QCOMPARE(client()
                 .post("/api/v1/sessions", session,
                       {{QStringLiteral("user"), QStringLiteral("alice")},
                        {QStringLiteral("pin"), QStringLiteral("4711")}})
                 .status,
             401);
    // The same ID with the other prefix is no token either.
    QByteArray swapped = session;
    swapped.replace(0, 4, "pvd_");
    QCOMPARE(client()
                 .post("/api/v1/sessions", swapped, {{QStringLiteral("card_id"), QStringLiteral("1234")}})
                 .status,
             401);
}

void TstMfpService::expiredSession()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray session = signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711"));
    QCOMPARE(client().get("/api/v1/jobs", session).status, 200);
    m_clock->advanceSecs(5 * 60 - 1);
    QCOMPARE(client().get("/api/v1/jobs", session).status, 200);
    m_clock->advanceSecs(1);
    const HttpReply r = client().get("/api/v1/jobs", session);
    QCOMPARE(r.status, 401);
    QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("expired")));
}

void TstMfpService::revokedDevice()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray device = pairDevice();
    const QByteArray session = signIn(device, QStringLiteral("alice"), QStringLiteral("4711"));
    const QString deviceId = QString::fromLatin1(device.mid(4, 16));
    QVERIFY(m_service->revokeDevice(deviceId).isOk());
    QCOMPARE(client().get("/api/v1/jobs", session).status, 401);
    QCOMPARE(client()
                 .post("/api/v1/sessions", device,
                       {{QStringLiteral("user"), QStringLiteral("alice")},
                        {QStringLiteral("pin"), QStringLiteral("4711")}})
                 .status,
             401);
    auto devices = m_accounts->devices();
    QVERIFY(devices->first().isRevoked());
    QCOMPARE(m_service->revokeDevice(deviceId).error().code, QStringLiteral("not-found"));
}

void TstMfpService::otherUsersJobsAreInvisible()
{
    const QString bobsJob =
        storeJob(QStringLiteral("bob"), buildPdf(QStringLiteral("M"), QStringLiteral("bob's")));
    const QString alicesJob =
        storeJob(QStringLiteral("alice"), buildPdf(QStringLiteral("M"), QStringLiteral("alice's")));
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray session = signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711"));
    const QJsonArray jobs =
        client().get("/api/v1/jobs", session).json().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().toObject().value(QStringLiteral("id")).toString(), alicesJob);
    const QByteArray missing = QByteArray(32, 'a');
    for (const QByteArray &suffix : {QByteArray(), QByteArray("/document"), QByteArray("/thumbnail")}) {
        const HttpReply other = client().get("/api/v1/jobs/" + bobsJob.toLatin1() + suffix, session);
        const HttpReply none = client().get("/api/v1/jobs/" + missing + suffix, session);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.body, none.body); // indistinguishable from a job that does not exist
    }
    QCOMPARE(client().call("DELETE", "/api/v1/jobs/" + bobsJob.toLatin1(), session).status, 404);
    QCOMPARE(client()
                 .post("/api/v1/jobs/" + bobsJob.toLatin1() + "/printed", session,
                       {{QStringLiteral("impressions"), 1}})
                 .status,
             404);
    QVERIFY(m_vault->job(bobsJob).isOk());
}

void TstMfpService::pairingCodeReusedOrExpired()
{
    const auto code = m_service->newPairingCode(QStringLiteral("Copier"));
    QCOMPARE(code.code.size(), 8);
    const QJsonObject body{{QStringLiteral("code"), code.code}};
    HttpReply r = client().post("/api/v1/devices/pair", {}, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("Copier"));
    r = client().post("/api/v1/devices/pair", {}, body);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("bad-pairing-code"));

    const auto late = m_service->newPairingCode(QString());
    m_clock->advanceSecs(10 * 60);
    QCOMPARE(client().post("/api/v1/devices/pair", {}, {{QStringLiteral("code"), late.code}}).status, 401);
    QCOMPARE(m_accounts->devices()->size(), 1);
}

void TstMfpService::guessingPairingCodesVoidsThem()
{
    const auto code = m_service->newPairingCode(QString());
    const QString wrong =
        code.code == QLatin1String("00000000") ? QStringLiteral("00000001") : QStringLiteral("00000000");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client().post("/api/v1/devices/pair", {}, {{QStringLiteral("code"), wrong}}).status, 401);
    // After five wrong guesses the real code is void too: the guesser gains nothing by going on.
    QCOMPARE(client().post("/api/v1/devices/pair", {}, {{QStringLiteral("code"), code.code}}).status, 401);
    QVERIFY(m_accounts->devices()->isEmpty());
}

void TstMfpService::pinLockoutAndExpiry()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray device = pairDevice();
    for (int i = 0; i < 5; ++i)
        QVERIFY(signIn(device, QStringLiteral("alice"), QStringLiteral("1111")).isEmpty());
    // Locked now, even with the right PIN (and from a new device), with the end time given.
    const QByteArray other = pairDevice(QStringLiteral("Other"));
    HttpReply r = client().post(
        "/api/v1/sessions", other,
        {{QStringLiteral("user"), QStringLiteral("alice")}, {QStringLiteral("pin"), QStringLiteral("4711")}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("locked-out"));
    const QDateTime until =
        QDateTime::fromString(r.json().value(QStringLiteral("locked_until")).toString(), Qt::ISODate);
    QVERIFY(qAbs(m_clock->now().secsTo(until) - 15 * 60) <= 1);
    QCOMPARE(r.header("retry-after").toInt(), 15 * 60);
    m_clock->advanceSecs(15 * 60);
    QVERIFY(!signIn(other, QStringLiteral("alice"), QStringLiteral("4711")).isEmpty());
}

void TstMfpService::lockoutDoesNotRevealUsers()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray a = pairDevice(QStringLiteral("A"));
    const QByteArray b = pairDevice(QStringLiteral("B"));
    HttpReply known, unknown;
    for (int i = 0; i < 5; ++i) {
        known = client().post("/api/v1/sessions", a,
                              {{QStringLiteral("user"), QStringLiteral("alice")},
                               {QStringLiteral("pin"), QStringLiteral("1111")}});
        unknown = client().post("/api/v1/sessions", b,
                                {{QStringLiteral("user"), QStringLiteral("nobody")},
                                 {QStringLiteral("pin"), QStringLiteral("1111")}});
        QCOMPARE(known.status, 401);
        QCOMPARE(unknown.body, known.body);
    }
    known = client().post(
        "/api/v1/sessions", pairDevice(),
        {{QStringLiteral("user"), QStringLiteral("alice")}, {QStringLiteral("pin"), QStringLiteral("1111")}});
    unknown = client().post("/api/v1/sessions", pairDevice(),
                            {{QStringLiteral("user"), QStringLiteral("nobody")},
                             {QStringLiteral("pin"), QStringLiteral("1111")}});
    QCOMPARE(known.status, 429);
    QCOMPARE(unknown.status, 429);
    QCOMPARE(known.json().keys(), unknown.json().keys());
}

void TstMfpService::deviceLockout()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray device = pairDevice();
    // One device trying many users (or badges) is locked as a device.
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(client()
                     .post("/api/v1/sessions", device,
                           {{QStringLiteral("card_id"), QStringLiteral("BAD%1").arg(i)}})
                     .status,
                 401);
    }
    QCOMPARE(client()
                 .post("/api/v1/sessions", device,
                       {{QStringLiteral("user"), QStringLiteral("alice")},
                        {QStringLiteral("pin"), QStringLiteral("4711")}})
                 .status,
             429);
    QVERIFY(!signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711")).isEmpty());
}

void TstMfpService::badRequests()
{
    const QByteArray device = pairDevice();
    HttpReply r = client().call("POST", "/api/v1/sessions", device, "{not json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("bad-json"));
    QCOMPARE(client().call("POST", "/api/v1/devices/pair", {}, "[1,2]").status, 400);
    QCOMPARE(
        client().post("/api/v1/sessions", device, {{QStringLiteral("user"), QStringLiteral("alice")}}).status,
        400);
    r = client().get("/api/v1/sessions");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("allow"), QByteArray("POST"));
    QCOMPARE(client().get("/api/v1/nothing").status, 404);
    QCOMPARE(client().get("/").status, 404);
    r = client().raw("GARBAGE\r\n\r\n");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("bad-request"));
    QVERIFY(alive());
}

void TstMfpService::pathTricks()
{
    for (const QByteArray &path :
         {QByteArray("/api/v1/../v1/info"), QByteArray("/api/v1/jobs/..%2f..%2finfo"),
          QByteArray("/api/v1/%2e%2e/info"), QByteArray("/api/v1//info"), QByteArray("/api/v1/jobs/a\\..\\b"),
          QByteArray("/api/v1/info/.")}) {
        const HttpReply r = client().raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(r.status == 400, path.constData());
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("bad-path"));
    }
    QVERIFY(alive());
}

void TstMfpService::oversizedBodyAndHeaders()
{
    const QByteArray device = pairDevice();
    // 10 MB announced and sent: refused from its length, the rest read and dropped.
    HttpReply r =
        client().raw("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + device +
                     "\r\nContent-Length: 10485760\r\n\r\n" + QByteArray(10 * 1024 * 1024, '{'));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.header("connection"), QByteArray("close"));
    r = client().raw("GET /api/v1/info HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(100 * 1024, 'p') +
                     "\r\n\r\n");
    QCOMPARE(r.status, 431);
    QVERIFY(alive());
}

void TstMfpService::keepAfterPrintPolicy()
{
    m_policy.keepAfterPrint = true;
    const QString id =
        storeJob(QStringLiteral("alice"), buildPdf(QStringLiteral("M"), QStringLiteral("keep")));
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray session = signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711"));
    HttpReply r = client().post("/api/v1/jobs/" + id.toLatin1() + "/printed", session,
                                {{QStringLiteral("impressions"), 1}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(QStringLiteral("deleted")).toBool());
    QVERIFY(m_vault->job(id).isOk());
    r = client().post("/api/v1/jobs/" + id.toLatin1() + "/printed", session,
                      {{QStringLiteral("impressions"), 1}, {QStringLiteral("color_impressions"), 2}});
    QCOMPARE(r.status, 400);
}

// The device reports the job printed but the ledger cannot be written (another connection
// holds its write lock): 503 usage-not-recorded, the job is still listed and downloads the same
// bytes, and nothing is counted. The same report once the ledger works is counted once.
void TstMfpService::unwritableLedgerKeepsThePrintedJob()
{
    const QByteArray pdf = buildPdf(QStringLiteral("MCM"), QStringLiteral("unwritable-ledger"));
    const QString id = storeJob(QStringLiteral("alice"), pdf);
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray session = signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray printed = "/api/v1/jobs/" + id.toLatin1() + "/printed";
    const QJsonObject report{{QStringLiteral("impressions"), 3}, {QStringLiteral("color_impressions"), 1}};

    LedgerWriteLock lock(m_dir->filePath(QStringLiteral("ledger.db")));
    QVERIFY(lock.isHeld());
    HttpReply r = client().post(printed, session, report);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("usage-not-recorded"));
    lock.release();

    const QJsonArray jobs =
        client().get("/api/v1/jobs", session).json().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().toObject().value(QStringLiteral("id")).toString(), id);
    r = client().get("/api/v1/jobs/" + id.toLatin1() + "/document", session);
    QCOMPARE(r.status, 200);
    QCOMPARE(crypto::sha256(r.body), crypto::sha256(pdf));
    const QDateTime from = m_clock->now().addDays(-1), to = m_clock->now().addDays(1);
    QCOMPARE(m_ledger->totals(QStringLiteral("alice"), from, to)->jobs, 0);
    QCOMPARE(m_ledger->totals(QStringLiteral("alice"), from, to)->impressions, 0);

    r = client().post(printed, session, report);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("deleted")).toBool());
    QCOMPARE(m_vault->job(id).error().code, QStringLiteral("not-found"));
    QCOMPARE(m_ledger->totals(QStringLiteral("alice"), from, to)->jobs, 1);
}

QTEST_GUILESS_MAIN(TstMfpService)
#include "tst_mfpservice.moc"
