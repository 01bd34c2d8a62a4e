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

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

using namespace pv;
using namespace pv::test;

namespace {

// Runs statements on a store's file directly, as anyone who can write it can.
bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return ok;
}

} // namespace

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
    void sessionNeedsItsDevice();
    void expiredSession();
    void revokedDevice();
    void otherUsersJobsAreInvisible();
    void pairingCodeReusedOrExpired();
    void guessingPairingCodesVoidsThem();
    void pinLockoutAndExpiry();
    void lockoutDoesNotRevealUsers();
    void deviceLockout();
    void passerByDoesNotDenyTheDevice();
    void userBudgetSpansDevices();
    void validBadgeDoesNotResetGuessing();
    void badgeRateLimit();
    void overallBudget();
    void badRequests();
    void pathTricks();
    void oversizedBodyAndHeaders();
    void keepAfterPrintPolicy();
    void unwritableLedgerKeepsThePrintedJob();
    void slowClientsDoNotStarveOthers();
    void pairingErrorsCarryNoSql();
    void editedAccountsAreRefusedAtTheMfp();

private:
    QString storeJob(const QString &owner, const QByteArray &pdf);
    QByteArray pairDevice(const QString &name = QStringLiteral("Lobby MFP"));
    // The session and the device it belongs to, or empty.
    Credential signIn(const QByteArray &deviceToken, const QString &user, const QString &pin);
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
    SecureBytes m_master;
};

void TstMfpService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
    const SecureBytes master = crypto::randomKey();
    m_master = master;
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

Credential TstMfpService::signIn(const QByteArray &deviceToken, const QString &user, const QString &pin)
{
    const HttpReply r = client().post("/api/v1/sessions", deviceToken,
                                      {{QStringLiteral("user"), user}, {QStringLiteral("pin"), pin}});
    if (r.status != 201)
        return {};
    return {r.json().value(QStringLiteral("session_token")).toString().toLatin1(), deviceToken};
}

void TstMfpService::pullFlowWithPin()
{
    const QByteArray pdf = buildPdf(QStringLiteral("MCM"), QStringLiteral("pull-flow"));
    const QString id = storeJob(QStringLiteral("alice"), pdf);
    QVERIFY(!id.isEmpty());
    setPin(QStringLiteral("alice"), QStringLiteral("2580"));
    const QByteArray device = pairDevice();
    QVERIFY(device.startsWith("pvd_"));
    const Credential session = signIn(device, QStringLiteral("alice"), QStringLiteral("2580"));
    QVERIFY(session.bearer.startsWith("pvs_"));

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
    const Credential session{r.json().value(QStringLiteral("session_token")).toString().toLatin1(), device};
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
    const Credential session = signIn(device, QStringLiteral("alice"), QStringLiteral("4711"));
    QVERIFY(!session.isEmpty());
    QCOMPARE(client().get("/api/v1/jobs", device).status, 401);
    QCOMPARE(client()
                 .post("/api/v1/sessions", session,
                       {{QStringLiteral("user"), QStringLiteral("alice")},
                        {QStringLiteral("pin"), QStringLiteral("4711")}})
                 .status,
             401);
    // The same ID with the other prefix is no token either.
    QByteArray swapped = session.bearer;
    swapped.replace(0, 4, "pvd_");
    QCOMPARE(client()
                 .post("/api/v1/sessions", swapped, {{QStringLiteral("card_id"), QStringLiteral("1234")}})
                 .status,
             401);
}

void TstMfpService::sessionNeedsItsDevice()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray a = pairDevice(QStringLiteral("A"));
    const QByteArray b = pairDevice(QStringLiteral("B"));
    const Credential session = signIn(a, QStringLiteral("alice"), QStringLiteral("4711"));
    QVERIFY(!session.isEmpty());
    QCOMPARE(client().get("/api/v1/jobs", session).status, 200);
    // Alone, with another paired device's token, or with a forged one, it is refused alike.
    QByteArray forged = a;
    forged.chop(1);
    forged += a.endsWith('A') ? 'B' : 'A';
    for (const QByteArray &device : {QByteArray(), b, forged, QByteArray("garbage")}) {
        const HttpReply r = client().get("/api/v1/jobs", Credential{session.bearer, device});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
        QCOMPARE(
            client().call("DELETE", "/api/v1/sessions/current", Credential{session.bearer, device}).status,
            401);
    }
    QCOMPARE(client().get("/api/v1/jobs", session).status, 200);
}

void TstMfpService::expiredSession()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const Credential session = signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711"));
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
    const Credential session = signIn(device, QStringLiteral("alice"), QStringLiteral("4711"));
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
    const Credential session = signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711"));
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
    // Locked at this device now, even with the right PIN, with the end time given.
    HttpReply r = client().post(
        "/api/v1/sessions", device,
        {{QStringLiteral("user"), QStringLiteral("alice")}, {QStringLiteral("pin"), QStringLiteral("4711")}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("locked-out"));
    const QDateTime until =
        QDateTime::fromString(r.json().value(QStringLiteral("locked_until")).toString(), Qt::ISODate);
    QVERIFY(qAbs(m_clock->now().secsTo(until) - 15 * 60) <= 1);
    QCOMPARE(r.header("retry-after").toInt(), 15 * 60);
    m_clock->advanceSecs(15 * 60);
    QVERIFY(!signIn(device, QStringLiteral("alice"), QStringLiteral("4711")).isEmpty());
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
        "/api/v1/sessions", a,
        {{QStringLiteral("user"), QStringLiteral("alice")}, {QStringLiteral("pin"), QStringLiteral("1111")}});
    unknown = client().post("/api/v1/sessions", b,
                            {{QStringLiteral("user"), QStringLiteral("nobody")},
                             {QStringLiteral("pin"), QStringLiteral("1111")}});
    QCOMPARE(known.status, 429);
    QCOMPARE(unknown.status, 429);
    QCOMPARE(known.json().keys(), unknown.json().keys());
}

// Wrong badges, the device's rate kept: how many are answered 401 before the device is refused.
static int wrongBadgesUntilRefused(const HttpsClient &c, const QByteArray &device, FakeClock *clock, int max)
{
    for (int i = 0; i < max; ++i) {
        if (i > 0 && i % 5 == 0)
            clock->advanceSecs(31); // stay under ten badge sign-ins a minute
        const int status =
            c.post("/api/v1/sessions", device, {{QStringLiteral("card_id"), QStringLiteral("BAD%1").arg(i)}})
                .status;
        if (status != 401)
            return status == 429 ? i : -1;
    }
    return max;
}

void TstMfpService::deviceLockout()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray device = pairDevice();
    // One device trying many badges spends the device's budget, then it is refused as a device.
    QCOMPARE(wrongBadgesUntilRefused(client(), device, m_clock.get(), 100), m_policy.mfpDeviceFailureBudget);
    QCOMPARE(client()
                 .post("/api/v1/sessions", device,
                       {{QStringLiteral("user"), QStringLiteral("alice")},
                        {QStringLiteral("pin"), QStringLiteral("4711")}})
                 .status,
             429);
    QVERIFY(!signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711")).isEmpty());
    // Only time gives the budget back.
    m_clock->advanceSecs(15 * 60);
    QVERIFY(!signIn(device, QStringLiteral("alice"), QStringLiteral("4711")).isEmpty());
}

void TstMfpService::passerByDoesNotDenyTheDevice()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    setPin(QStringLiteral("bob"), QStringLiteral("8520"));
    const QByteArray device = pairDevice();
    for (int i = 0; i < 5; ++i)
        QVERIFY(signIn(device, QStringLiteral("alice"), QStringLiteral("1111")).isEmpty());
    // alice is locked at this device; bob signs in there as usual, and alice elsewhere.
    QCOMPARE(client()
                 .post("/api/v1/sessions", device,
                       {{QStringLiteral("user"), QStringLiteral("alice")},
                        {QStringLiteral("pin"), QStringLiteral("4711")}})
                 .status,
             429);
    QVERIFY(!signIn(device, QStringLiteral("bob"), QStringLiteral("8520")).isEmpty());
    QVERIFY(!signIn(pairDevice(QStringLiteral("Other")), QStringLiteral("alice"), QStringLiteral("4711"))
                 .isEmpty());
}

void TstMfpService::userBudgetSpansDevices()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    // Five guesses at each of two devices are each answered; together they spend alice's budget.
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B")}) {
        const QByteArray device = pairDevice(name);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(client()
                         .post("/api/v1/sessions", device,
                               {{QStringLiteral("user"), QStringLiteral("alice")},
                                {QStringLiteral("pin"), QStringLiteral("1111")}})
                         .status,
                     401);
        }
    }
    const HttpReply r = client().post(
        "/api/v1/sessions", pairDevice(QStringLiteral("C")),
        {{QStringLiteral("user"), QStringLiteral("alice")}, {QStringLiteral("pin"), QStringLiteral("4711")}});
    QCOMPARE(r.status, 429);
    // A new PIN, set by its owner, gives it back.
    setPin(QStringLiteral("alice"), QStringLiteral("3690"));
    QVERIFY(
        !signIn(pairDevice(QStringLiteral("D")), QStringLiteral("alice"), QStringLiteral("3690")).isEmpty());
}

void TstMfpService::validBadgeDoesNotResetGuessing()
{
    QVERIFY(m_accounts->setCard(QStringLiteral("bob"), QStringLiteral("04A1B2C3")).isOk());
    const QByteArray device = pairDevice();
    // Four guesses, then bob's own badge, over and over: the guesses still add up.
    int wrong = 0;
    int refusedAt = -1;
    for (int round = 0; round < 20 && refusedAt < 0; ++round) {
        m_clock->advanceSecs(61); // the badge rate is not what stops this
        for (int i = 0; i < 4 && refusedAt < 0; ++i) {
            const int status =
                client()
                    .post("/api/v1/sessions", device,
                          {{QStringLiteral("card_id"), QStringLiteral("G%1-%2").arg(round).arg(i)}})
                    .status;
            if (status == 429) {
                refusedAt = wrong;
            } else {
                QCOMPARE(status, 401);
                ++wrong;
            }
        }
        const int valid =
            client()
                .post("/api/v1/sessions", device, {{QStringLiteral("card_id"), QStringLiteral("04A1B2C3")}})
                .status;
        // Accepted until the device's budget is spent; from then on refused like any other.
        QCOMPARE(valid, wrong < m_policy.mfpDeviceFailureBudget ? 201 : 429);
    }
    QCOMPARE(refusedAt, m_policy.mfpDeviceFailureBudget);
}

void TstMfpService::badgeRateLimit()
{
    QVERIFY(m_accounts->setCard(QStringLiteral("bob"), QStringLiteral("04A1B2C3")).isOk());
    const QByteArray device = pairDevice();
    const QJsonObject badge{{QStringLiteral("card_id"), QStringLiteral("04A1B2C3")}};
    for (int i = 0; i < m_policy.mfpBadgeSignInsPerMinute; ++i)
        QCOMPARE(client().post("/api/v1/sessions", device, badge).status, 201);
    HttpReply r = client().post("/api/v1/sessions", device, badge);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("rate-limited"));
    QVERIFY(r.header("retry-after").toInt() >= 1);
    // Another device has its own rate; this one's returns with time.
    QCOMPARE(client().post("/api/v1/sessions", pairDevice(QStringLiteral("Other")), badge).status, 201);
    m_clock->advanceSecs(60);
    QCOMPARE(client().post("/api/v1/sessions", device, badge).status, 201);
}

void TstMfpService::overallBudget()
{
    // Five devices, each within its own budget and rate, together spend the overall budget.
    QVector<QByteArray> devices;
    for (int d = 0; d < 5; ++d)
        devices.append(pairDevice(QStringLiteral("D%1").arg(d)));
    int failures = 0;
    while (failures < m_policy.mfpOverallFailureBudget) {
        for (const QByteArray &device : devices) {
            for (int i = 0; i < 5 && failures < m_policy.mfpOverallFailureBudget; ++i, ++failures) {
                QCOMPARE(client()
                             .post("/api/v1/sessions", device,
                                   {{QStringLiteral("card_id"), QStringLiteral("X%1").arg(failures)}})
                             .status,
                         401);
            }
        }
        m_clock->advanceSecs(31);
    }
    QCOMPARE(client()
                 .post("/api/v1/sessions", pairDevice(QStringLiteral("Fresh")),
                       {{QStringLiteral("card_id"), QStringLiteral("Y")}})
                 .status,
             429);
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
    const Credential session = signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711"));
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
    const Credential session = signIn(pairDevice(), QStringLiteral("alice"), QStringLiteral("4711"));
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

// One host opens 600 connections that never handshake, a few TLS ones that trickle a CRLF
// every second and never send a request, and one that asks for a large document and stops
// reading. Beyond its share that host is refused at once, another host is served normally
// meanwhile, and every slow connection is ended by a deadline that its trickle does not move.
void TstMfpService::slowClientsDoNotStarveOthers()
{
    setPin(QStringLiteral("alice"), QStringLiteral("4711"));
    const QByteArray device = pairDevice();
    const QString big = storeJob(QStringLiteral("alice"), crypto::randomBytes(48 * 1024 * 1024));
    QVERIFY(!big.isEmpty());
    const HttpsClient other = client().from(QHostAddress(QStringLiteral("127.0.0.2")));
    const Credential session = signIn(device, QStringLiteral("alice"), QStringLiteral("4711"));
    QVERIFY(!session.isEmpty());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_service->identity().certificate});

    // A reader that stops: its receive buffer stays full, so the server's writes stall.
    QSslSocket stalled;
    stalled.setSslConfiguration(tls);
    stalled.setReadBufferSize(16 * 1024);
    QVERIFY(stalled.bind(QHostAddress(QStringLiteral("127.0.0.3"))));
    connect(&stalled, &QSslSocket::encrypted, this, [&]() {
        stalled.write("GET /api/v1/jobs/" + big.toLatin1() +
                      "/document HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + session.bearer +
                      "\r\nX-Device-Token: " + session.device + "\r\n\r\n");
    });
    stalled.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_service->port());

    // Tricklers: a lone CRLF each second, which a server may skip before a request line.
    constexpr int Tricklers = 8;
    std::vector<std::unique_ptr<QSslSocket>> tricklers;
    QTimer trickle;
    for (int i = 0; i < Tricklers; ++i) {
        tricklers.push_back(std::make_unique<QSslSocket>());
        tricklers.back()->setSslConfiguration(tls);
        tricklers.back()->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_service->port());
    }
    connect(&trickle, &QTimer::timeout, this, [&]() {
        for (auto &t : tricklers)
            if (t->isEncrypted())
                t->write("\r\n");
    });
    trickle.start(1000);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(tricklers.begin(), tricklers.end(), [](const auto &t) { return t->isEncrypted(); }),
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->connectionCount(), Tricklers + 1, 20000);

    // 600 idle connections from the same host, which never start TLS.
    constexpr int Idle = 600;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    int closedByServer = 0;
    for (int i = 0; i < Idle; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        connect(idle.back().get(), &QTcpSocket::disconnected, this, [&]() { ++closedByServer; });
        idle.back()->connectToHost(QStringLiteral("127.0.0.1"), m_service->port());
    }
    const int share = m_policy.mfpMaxConnectionsPerAddress;
    QTRY_VERIFY_WITH_TIMEOUT(closedByServer >= Idle - (share - Tricklers), 8000);

    // That host is turned away; another is served as usual, sign-in and list included.
    QCOMPARE(client().get("/api/v1/info").status, 0);
    const Credential fresh{other
                               .post("/api/v1/sessions", device,
                                     {{QStringLiteral("user"), QStringLiteral("alice")},
                                      {QStringLiteral("pin"), QStringLiteral("4711")}})
                               .json()
                               .value(QStringLiteral("session_token"))
                               .toString()
                               .toLatin1(),
                           device};
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(other.get("/api/v1/jobs", fresh).status, 200);

    // Every slow connection ends, though each trickler is still sending and the stalled
    // client still holds its socket open.
    QTRY_COMPARE_WITH_TIMEOUT(m_service->connectionCount(), 0, 60000);
    // Idle sockets that were let in are dropped by the handshake timeout, and the slots return.
    QTRY_COMPARE_WITH_TIMEOUT(client().get("/api/v1/info").status, 200, 30000);
}

// A store that fails while a device pairs: the MFP is told that pairing failed, never the SQL
// or the database's words (they go to the daemon's log).
void TstMfpService::pairingErrorsCarryNoSql()
{
    QVERIFY(runSql(m_dir->filePath(QStringLiteral("accounts.db")),
                   {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON devices BEGIN"
                                   " SELECT RAISE(ABORT, 'PV-SQL-MARKER constraint'); END")}));
    const auto code = m_service->newPairingCode(QStringLiteral("Copier"));
    const HttpReply r = client().post("/api/v1/devices/pair", {}, {{QStringLiteral("code"), code.code}});
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("internal"));
    QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
    for (const char *leak :
         {"PV-SQL-MARKER", "constraint", "devices", "INSERT", "SQL", "account store", "fetch"})
        QVERIFY2(!r.body.contains(leak), r.body.constData());
    QVERIFY(alive());
}

// accounts.db edited with SQL: a PIN hash copied from another user's row, and a revoked
// device restored. The MFP API refuses both; the edits buy nothing.
void TstMfpService::editedAccountsAreRefusedAtTheMfp()
{
    const QString id = storeJob(QStringLiteral("alice"), buildPdf(QStringLiteral("M"), QStringLiteral("x")));
    setPin(QStringLiteral("alice"), QStringLiteral("2580"));
    setPin(QStringLiteral("mallory"), QStringLiteral("1470"));
    const QByteArray device = pairDevice();
    const QByteArray revoked = pairDevice(QStringLiteral("Old MFP"));
    QVERIFY(!device.isEmpty() && !revoked.isEmpty());
    QVERIFY(!signIn(device, QStringLiteral("alice"), QStringLiteral("2580")).bearer.isEmpty());
    auto devices = m_accounts->devices();
    QCOMPARE(devices->size(), 2);
    const QString revokedId = devices->at(1).id;
    QVERIFY(m_service->revokeDevice(revokedId));

    const auto tag = [this](const char *user) {
        const SecureBytes key = crypto::deriveKey(m_master, "printvault accounts user-tag v1");
        return QString::fromLatin1(crypto::hmacSha256(key, user).toHex());
    };
    QVERIFY(
        runSql(m_dir->filePath(QStringLiteral("accounts.db")),
               {QStringLiteral("UPDATE users SET (pin_salt, pin_hash) = (SELECT pin_salt, pin_hash FROM users"
                               " WHERE user_tag = x'%1') WHERE user_tag = x'%2'")
                    .arg(tag("mallory"), tag("alice")),
                QStringLiteral("UPDATE devices SET revoked_ms = NULL WHERE id = '%1'").arg(revokedId)}));
    // Mallory's PIN does not open alice's jobs; the row is refused, so alice's own fails too
    // until she sets it again.
    m_clock->advanceSecs(3600); // past any lock the attempts below could cause
    QVERIFY(signIn(device, QStringLiteral("alice"), QStringLiteral("1470")).bearer.isEmpty());
    QVERIFY(signIn(device, QStringLiteral("alice"), QStringLiteral("2580")).bearer.isEmpty());
    QVERIFY(!signIn(device, QStringLiteral("mallory"), QStringLiteral("1470")).bearer.isEmpty());
    // The revoked device stays revoked.
    QCOMPARE(client()
                 .post("/api/v1/sessions", revoked,
                       {{QStringLiteral("user"), QStringLiteral("mallory")},
                        {QStringLiteral("pin"), QStringLiteral("1470")}})
                 .status,
             401);
    QVERIFY(!id.isEmpty());
}

QTEST_GUILESS_MAIN(TstMfpService)
#include "tst_mfpservice.moc"
