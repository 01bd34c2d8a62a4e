#include "mfp/MfpService.h"

#include "common/Logging.h"
#include "mfp/MfpServer.h"
#include "mfp/Tokens.h"
#include "vault/Crypto.h"
#include "vault/Vault.h"

#include <QPointer>

namespace pv::mfp {

MfpService::MfpService(MfpContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_lockout(context.clock, context.policy->mfpMaxFailedAttempts, context.policy->mfpLockoutMinutes)
    , m_deviceFailures(context.clock, context.policy->mfpDeviceFailureBudget,
                       qint64(context.policy->mfpLockoutMinutes) * 60)
    , m_userFailures(context.clock, context.policy->mfpUserFailureBudget,
                     qint64(context.policy->mfpLockoutMinutes) * 60)
    , m_allFailures(context.clock, context.policy->mfpOverallFailureBudget,
                    qint64(context.policy->mfpLockoutMinutes) * 60)
    , m_badgeRate(context.clock, context.policy->mfpBadgeSignInsPerMinute, 60)
{
    connect(m_context.vault, &Vault::jobAdded, this, [this]() { m_listCache.clear(); });
    connect(m_context.vault, &Vault::jobRemoved, this, [this]() { m_listCache.clear(); });
}

MfpService::~MfpService() = default;

Status MfpService::start(const QHostAddress &address, quint16 port, TlsIdentityStore *identities,
                         const QString &hostName)
{
    m_identities = identities;
    auto identity = identities->loadOrCreate(hostName);
    if (!identity)
        return identity.error();
    m_identity = identity.value();
    auto server =
        std::make_unique<MfpServer>([this](const HttpRequest &r, HttpConnection *c) { handle(r, c); },
                                    m_context.policy->mfpMaxConnectionsPerAddress);
    if (auto s = server->listen(address, port, m_identity.serverConfiguration()); !s)
        return s;
    m_server = std::move(server);
    qCInfo(lcMfp).noquote() << "MFP API listening on" << address.toString() << "port" << m_server->port()
                            << "certificate SHA-256" << m_identity.fingerprint();
    return {};
}

quint16 MfpService::port() const
{
    return m_server ? m_server->port() : 0;
}

int MfpService::connectionCount() const
{
    return m_server ? m_server->connectionCount() : 0;
}

Status MfpService::installCertificate(const QByteArray &certPem, const QByteArray &keyPem,
                                      const QByteArray &chainPem)
{
    if (!m_identities)
        return Error{QStringLiteral("unavailable"), tr("the MFP API is not running")};
    auto identity = m_identities->install(certPem, keyPem, chainPem);
    if (!identity)
        return identity.error();
    m_identity = identity.value();
    if (m_server)
        m_server->setTlsConfiguration(m_identity.serverConfiguration());
    Q_EMIT certificateInstalled(m_identity.fingerprint());
    return {};
}

MfpService::PairingCode MfpService::newPairingCode(const QString &name)
{
    dropExpired();
    // Eight digits from a uniform draw: 10^8 codes, single use, ten minutes.
    QString code;
    do {
        const QByteArray r = crypto::randomBytes(8);
        quint64 v = 0;
        for (char c : r)
            v = (v << 8) | quint8(c);
        code = QStringLiteral("%1").arg(v % 100000000ull, 8, 10, QLatin1Char('0'));
    } while (m_codes.contains(code));
    const QDateTime expires = m_context.clock->now().addSecs(10 * 60);
    m_codes.insert(code, PendingCode{name, expires});
    m_failedPairings = 0;
    qCInfo(lcMfp) << "issued a pairing code valid until" << expires.toString(Qt::ISODate);
    return {code, expires};
}

Status MfpService::revokeDevice(const QString &deviceId)
{
    if (auto s = m_context.accounts->revokeDevice(deviceId); !s)
        return s;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->deviceId == deviceId)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    qCInfo(lcMfp) << "revoked device" << deviceId;
    Q_EMIT deviceRevoked(deviceId);
    return {};
}

Status MfpService::setCard(const QString &user, const QString &cardId)
{
    if (auto s = m_context.accounts->setCard(user, cardId); !s)
        return s;
    Q_EMIT cardSet(user);
    return {};
}

void MfpService::dropExpired()
{
    const QDateTime now = m_context.clock->now();
    for (auto it = m_codes.begin(); it != m_codes.end();)
        it = it->expires <= now ? m_codes.erase(it) : std::next(it);
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = it->expires <= now ? m_sessions.erase(it) : std::next(it);
}

void MfpService::handle(const HttpRequest &request, HttpConnection *connection)
{
    QStringList seg;
    if (!request.safeSegments(&seg)) {
        connection->respond(
            HttpResponse::error(400, QStringLiteral("bad-path"),
                                QStringLiteral("the path has characters or segments this API never uses")));
        return;
    }
    if (seg.size() < 3 || seg[0] != QLatin1String("api") || seg[1] != QLatin1String("v1")) {
        connection->respond(
            HttpResponse::error(404, QStringLiteral("not-found"), QStringLiteral("no such resource")));
        return;
    }
    seg = seg.mid(2);
    const QByteArray &m = request.method;
    const auto allow = [&](const QByteArray &methods) {
        return HttpResponse::error(405, QStringLiteral("method-not-allowed"),
                                   QStringLiteral("use %1 here").arg(QString::fromLatin1(methods)))
            .withHeader("Allow", methods);
    };

    if (seg == QStringList{QStringLiteral("info")}) {
        connection->respond(m == "GET" ? info() : allow("GET"));
        return;
    }
    if (seg == QStringList{QStringLiteral("devices"), QStringLiteral("pair")}) {
        connection->respond(m == "POST" ? pair(request) : allow("POST"));
        return;
    }
    if (seg == QStringList{QStringLiteral("sessions")}) {
        if (m == "POST")
            signIn(request, connection);
        else
            connection->respond(allow("POST"));
        return;
    }
    if (seg == QStringList{QStringLiteral("sessions"), QStringLiteral("current")}) {
        connection->respond(m == "DELETE" ? signOut(request) : allow("DELETE"));
        return;
    }
    if (seg.first() != QLatin1String("jobs") || seg.size() > 3) {
        connection->respond(
            HttpResponse::error(404, QStringLiteral("not-found"), QStringLiteral("no such resource")));
        return;
    }

    auto session = authenticateSession(request);
    if (!session) {
        connection->respond(HttpResponse::error(401, session.error().code, session.error().message)
                                .withHeader("WWW-Authenticate", "Bearer"));
        return;
    }
    if (seg.size() == 1) {
        connection->respond(m == "GET" ? listJobs(session.value()) : allow("GET"));
        return;
    }
    const QString id = seg[1];
    if (seg.size() == 2) {
        if (m == "GET")
            connection->respond(jobResponse(session.value(), id, QString()));
        else if (m == "DELETE")
            connection->respond(deleteJob(session.value(), id));
        else
            connection->respond(allow("GET, DELETE"));
        return;
    }
    const QString what = seg[2];
    if (what == QLatin1String("document") && m == "GET") {
        HttpResponse r = jobResponse(session.value(), id, what);
        if (r.status == 200)
            Q_EMIT jobDownloaded(session->deviceId, session->user, id);
        connection->respond(std::move(r));
    } else if (what == QLatin1String("document") || what == QLatin1String("thumbnail"))
        connection->respond(m == "GET" ? jobResponse(session.value(), id, what) : allow("GET"));
    else if (what == QLatin1String("printed"))
        connection->respond(m == "POST" ? printed(session.value(), id, request) : allow("POST"));
    else
        connection->respond(
            HttpResponse::error(404, QStringLiteral("not-found"), QStringLiteral("no such resource")));
}

Result<accounts::Device> MfpService::authenticateDevice(const HttpRequest &request) const
{
    return deviceFor(tokens::bearer(request));
}

Result<accounts::Device> MfpService::deviceFor(const QByteArray &credential) const
{
    const Error denied{QStringLiteral("unauthorized"), QStringLiteral("a valid device token is required")};
    const auto token = tokens::parse(credential, tokens::DevicePrefix);
    if (!token)
        return denied;
    auto device = m_context.accounts->device(token->id);
    if (!device || device->isRevoked() ||
        !crypto::constantTimeEquals(crypto::sha256(token->secret), device->secretHash))
        return denied;
    return device;
}

Result<MfpService::Session> MfpService::authenticateSession(const HttpRequest &request) const
{
    // One answer for every way this fails, so a caller learns nothing about which half was wrong.
    const Error denied{QStringLiteral("unauthorized"),
                       tr("a valid session token and the device token it was issued to are required")};
    const auto token = tokens::parse(tokens::bearer(request), tokens::SessionPrefix);
    if (!token)
        return denied;
    const auto it = m_sessions.constFind(token->id);
    if (it == m_sessions.cend() || !crypto::constantTimeEquals(crypto::sha256(token->secret), it->secretHash))
        return denied;
    // A session token alone is not enough: a stolen one is useless away from its device, and
    // the device must still be paired (not revoked) and be the one the session was made at.
    auto device = deviceFor(tokens::deviceHeader(request));
    if (!device || device->id != it->deviceId)
        return denied;
    if (it->expires <= m_context.clock->now())
        return Error{QStringLiteral("unauthorized"),
                     QStringLiteral("the session has expired; sign in again")};
    return it.value();
}

QString MfpService::createSession(const QString &deviceId, const QString &user, QDateTime *expires)
{
    dropExpired();
    const tokens::Token token = tokens::make(tokens::SessionPrefix);
    *expires = m_context.clock->now().addSecs(qint64(m_context.policy->mfpSessionMinutes) * 60);
    m_sessions.insert(token.id, Session{deviceId, user, crypto::sha256(token.secret), *expires});
    return token.text;
}

} // namespace pv::mfp
