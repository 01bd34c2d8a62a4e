// The MFP API's routes for devices and sign-in: info, pairing, sessions, and PIN setting.
#include "accounts/PinRules.h"
#include "common/Logging.h"
#include "mfp/MfpService.h"
#include "mfp/RequestBodies.h"
#include "mfp/Tokens.h"
#include "vault/Crypto.h"

#include <QJsonArray>
#include <QPointer>
#include <QThreadPool>

namespace pv::mfp {

namespace {

constexpr int MaxFailedPairings = 5; // then every outstanding code is void

HttpResponse badRequest(const Error &e)
{
    return HttpResponse::error(400, e.code, e.message);
}

// Runs `work` on the pool and hands its result to `done` on the receiver's thread.
template<typename T>
void runOffThread(QThreadPool *pool, QObject *receiver, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> guard(receiver);
    pool->start([guard, work = std::move(work), done = std::move(done)]() {
        T result = work();
        if (guard)
            QMetaObject::invokeMethod(
                guard, [result = std::move(result), done]() { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace

HttpResponse MfpService::info() const
{
    return HttpResponse::json(200, QJsonObject{
                                       {QStringLiteral("product"), QStringLiteral("PrintVault")},
                                       {QStringLiteral("version"), QStringLiteral(PRINTVAULT_VERSION)},
                                       {QStringLiteral("api_version"), 1},
                                       {QStringLiteral("certificate_sha256"), m_identity.fingerprint()},
                                       {QStringLiteral("sign_in"), signInMethods()},
                                   });
}

HttpResponse MfpService::pair(const HttpRequest &request)
{
    auto body = bodies::parsePair(request.body);
    if (!body)
        return badRequest(body.error());
    const QString code = body->code;
    QString name = body->name;
    dropExpired();
    const auto it = m_codes.constFind(code);
    if (code.isEmpty() || it == m_codes.cend()) {
        if (++m_failedPairings >= MaxFailedPairings && !m_codes.isEmpty()) {
            qCWarning(lcMfp) << "too many wrong pairing codes; every outstanding code is void";
            m_codes.clear();
        }
        Q_EMIT pairingRefused();
        return HttpResponse::error(
            401, QStringLiteral("bad-pairing-code"),
            QStringLiteral("the pairing code is wrong, used or expired; ask for a new one"));
    }
    if (name.isEmpty())
        name = it->name.isEmpty() ? QStringLiteral("MFP") : it->name;
    m_codes.erase(it); // single use, whatever happens next
    const tokens::Token token = tokens::make(tokens::DevicePrefix);
    auto device = m_context.accounts->addDevice(token.id, name, crypto::sha256(token.secret));
    if (!device)
        return HttpResponse::internal(500, device.error().code, device.error().message,
                                      "storing the paired device");
    qCInfo(lcMfp) << "paired device" << device->id;
    Q_EMIT devicePaired(device->id);
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("device_id"), device->id},
                                               {QStringLiteral("device_token"), token.text},
                                               {QStringLiteral("name"), device->name}});
}

HttpResponse MfpService::lockedResponse(const QDateTime &until, const QString &code) const
{
    const qint64 seconds = qMax<qint64>(1, m_context.clock->now().secsTo(until));
    const QString message = code == QLatin1String("rate-limited")
                                ? QStringLiteral("too many badge sign-ins at this device; try again after %1")
                                : QStringLiteral("too many failed sign-ins; try again after %1");
    HttpResponse r = HttpResponse::json(
        429, QJsonObject{{QStringLiteral("error"), code},
                         {QStringLiteral("message"), message.arg(until.toString(Qt::ISODate))},
                         {QStringLiteral("locked_until"), until.toString(Qt::ISODate)},
                         {QStringLiteral("retry_after"), seconds}});
    return std::move(r).withHeader("Retry-After", QByteArray::number(seconds));
}

void MfpService::signIn(const HttpRequest &request, HttpConnection *connection)
{
    auto device = authenticateDevice(request);
    if (!device) {
        Q_EMIT signInFinished(
            {QString(), QString(), QString(), false, QStringLiteral("unauthorized"), false});
        connection->respond(HttpResponse::error(401, device.error().code, device.error().message)
                                .withHeader("WWW-Authenticate", "Bearer"));
        return;
    }
    // A device (or all of them) that has spent its failure budget is refused before the body.
    if (const QDateTime until = refusedUntil(device->id, nullptr); until.isValid()) {
        Q_EMIT signInFinished({device->id, QString(), QString(), false, QStringLiteral("locked-out"), false});
        connection->respond(lockedResponse(until));
        return;
    }
    auto body = bodies::parseSignIn(request.body);
    if (!body) {
        connection->respond(badRequest(body.error()));
        return;
    }
    (void)m_context.accounts->touchDevice(device->id);
    if (body->byIdToken()) {
        signInWithIdToken(connection, device->id, body->idToken.toUtf8());
        return;
    }
    if (body->byCard()) {
        signInWithCard(connection, device->id, body->cardId);
        return;
    }
    const QString user = body->user;
    const QString pin = body->pin;
    // Failures are counted by the name given, known or not, so a lockout reveals nothing.
    if (const QDateTime until = refusedUntil(device->id, &user); until.isValid()) {
        Q_EMIT signInFinished(
            {device->id, user, QStringLiteral("pin"), false, QStringLiteral("locked-out"), false});
        connection->respond(lockedResponse(until));
        return;
    }
    // One PIN check at a time per user and per device: parallel guesses cannot outrun the count.
    const QString userKey = QStringLiteral("user:") + user;
    const QString deviceKey = QStringLiteral("device:") + device->id;
    if (m_verifying.contains(userKey) || m_verifying.contains(deviceKey)) {
        connection->respond(
            HttpResponse::error(429, QStringLiteral("busy"),
                                QStringLiteral("a sign-in for this user or device is in progress"))
                .withHeader("Retry-After", "1"));
        return;
    }
    m_verifying.insert(userKey);
    m_verifying.insert(deviceKey);
    auto stored = m_context.accounts->pin(user);
    // Without a PIN a decoy hash is checked, so that the answer takes as long either way.
    const accounts::PinHash hash =
        stored ? stored.value() : accounts::PinHash{crypto::randomBytes(16), crypto::randomBytes(32)};
    QPointer<HttpConnection> conn(connection);
    const QString deviceId = device->id;
    runOffThread<bool>(
        m_context.workers, this, [hash, pin]() { return hash.matches(pin); },
        [this, conn, deviceId, user, userKey, deviceKey](bool ok) {
            m_verifying.remove(userKey);
            m_verifying.remove(deviceKey);
            finishSignIn(conn, deviceId, user, QStringLiteral("pin"), ok);
        });
}

void MfpService::signInWithCard(QPointer<HttpConnection> connection, const QString &deviceId,
                                const QString &cardId)
{
    // Every badge sign-in spends the device's per-minute rate, good or bad: reading badges
    // is a human act, and a script presenting numbers is slowed to that pace.
    if (const QDateTime until = m_badgeRate.spentUntil(deviceId); until.isValid()) {
        Q_EMIT signInFinished(
            {deviceId, QString(), QStringLiteral("card"), false, QStringLiteral("rate-limited"), false});
        connection->respond(lockedResponse(until, QStringLiteral("rate-limited")));
        return;
    }
    m_badgeRate.add(deviceId);
    auto owner = m_context.accounts->userForCard(cardId);
    finishSignIn(connection, deviceId, owner ? owner.value() : QString(), QStringLiteral("card"),
                 bool(owner));
}

QDateTime MfpService::refusedUntil(const QString &deviceId, const QString *user) const
{
    QDateTime until;
    const auto later = [&until](const QDateTime &t) {
        if (t.isValid() && (!until.isValid() || t > until))
            until = t;
    };
    later(m_deviceFailures.spentUntil(deviceId));
    later(m_allFailures.spentUntil(QString()));
    if (user) {
        later(m_userFailures.spentUntil(*user));
        later(m_lockout.lockedUntil(pairKey(*user, deviceId)));
    }
    return until;
}

QString MfpService::pairKey(const QString &user, const QString &deviceId)
{
    return QStringLiteral("pin:") + user + QLatin1Char('\n') + deviceId;
}

void MfpService::countFailure(const QString &deviceId, const QString *user)
{
    m_deviceFailures.add(deviceId);
    m_allFailures.add(QString());
    if (user) {
        m_userFailures.add(*user);
        m_lockout.fail(pairKey(*user, deviceId));
    }
}

void MfpService::finishSignIn(QPointer<HttpConnection> connection, const QString &deviceId,
                              const QString &user, const QString &method, bool ok)
{
    const bool byPin = method == QLatin1String("pin");
    if (!ok) {
        countFailure(deviceId, byPin ? &user : nullptr);
        const bool locked = refusedUntil(deviceId, byPin ? &user : nullptr).isValid();
        Q_EMIT signInFinished({deviceId, user, method, false, QStringLiteral("bad-credentials"), locked});
        qCInfo(lcMfp) << "failed sign-in at device" << deviceId;
        if (connection) {
            connection->respond(HttpResponse::error(401, QStringLiteral("bad-credentials"),
                                                    QStringLiteral("the PIN or badge was not accepted")));
        }
        return;
    }
    // A success ends only this user's lock at this device; the budgets of the device, the
    // user name and all devices are spent until their failures age out.
    if (byPin)
        m_lockout.succeed(pairKey(user, deviceId));
    QDateTime expires;
    const QString token = createSession(deviceId, user, &expires);
    qCInfo(lcMfp) << "signed a user in at device" << deviceId;
    Q_EMIT signInFinished({deviceId, user, method, true, QString(), false});
    if (connection) {
        const qint64 expiresIn = m_context.clock->now().secsTo(expires);
        connection->respond(HttpResponse::json(201, QJsonObject{{QStringLiteral("session_token"), token},
                                                                {QStringLiteral("expires_in"), expiresIn},
                                                                {QStringLiteral("user"), user}}));
    }
}

HttpResponse MfpService::signOut(const HttpRequest &request)
{
    const auto token = tokens::parse(tokens::bearer(request), tokens::SessionPrefix);
    auto session = authenticateSession(request);
    if (!session || !token)
        return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                   QStringLiteral("a valid session token is required"))
            .withHeader("WWW-Authenticate", "Bearer");
    m_sessions.remove(token->id);
    Q_EMIT sessionEnded(session->deviceId, session->user);
    return HttpResponse::bytes(204, "application/json", QByteArray());
}

void MfpService::setPin(const QString &user, const QString &pin, std::function<void(Status)> done)
{
    if (auto s = accounts::checkPin(pin); !s) {
        done(s);
        return;
    }
    runOffThread<accounts::PinHash>(
        m_context.workers, this, [pin]() { return accounts::PinHash::make(pin); },
        [this, user, done](accounts::PinHash hash) {
            Status s = m_context.accounts->setPin(user, hash);
            if (s) {
                // A new PIN, set by its owner or an administrator, lifts the user's locks.
                m_lockout.clearPrefix(pairKey(user, QString()));
                m_userFailures.clear(user);
                qCInfo(lcAccounts) << "a PIN was set";
                Q_EMIT pinSet(user);
            }
            done(s);
        });
}

} // namespace pv::mfp

namespace pv::mfp {

void MfpService::verifyPin(const QString &user, const QString &pin, std::function<void(Status)> done)
{
    // The workstation counts as one more device: its own lock, and the same per-user budget,
    // so guessing here or at an MFP adds up.
    const QString workstation = QStringLiteral("workstation");
    const QString userKey = QStringLiteral("user:") + user;
    const QDateTime until =
        qMax(m_lockout.lockedUntil(pairKey(user, workstation)), m_userFailures.spentUntil(user));
    if (until.isValid()) {
        done(Error{QStringLiteral("locked-out"),
                   QStringLiteral("too many wrong PINs; try again after %1")
                       .arg(until.toLocalTime().toString(QStringLiteral("HH:mm")))});
        return;
    }
    auto stored = m_context.accounts->pin(user);
    if (!stored) {
        done(stored.error());
        return;
    }
    if (m_verifying.contains(userKey)) {
        done(Error{QStringLiteral("busy"), QStringLiteral("a PIN check for this user is in progress")});
        return;
    }
    m_verifying.insert(userKey);
    const accounts::PinHash hash = stored.value();
    runOffThread<bool>(
        m_context.workers, this, [hash, pin]() { return hash.matches(pin); },
        [this, user, userKey, workstation, done](bool ok) {
            m_verifying.remove(userKey);
            if (!ok) {
                m_userFailures.add(user);
                m_lockout.fail(pairKey(user, workstation));
                const bool locked = m_lockout.lockedUntil(pairKey(user, workstation)).isValid() ||
                                    m_userFailures.spentUntil(user).isValid();
                qCInfo(lcAccounts) << "a wrong PIN was entered at the workstation";
                Q_EMIT signInFinished({QString(), user, QStringLiteral("workstation_pin"), false,
                                       QStringLiteral("bad-credentials"), locked});
                done(Error{QStringLiteral("bad-credentials"), QStringLiteral("the PIN was not accepted")});
                return;
            }
            m_lockout.succeed(pairKey(user, workstation));
            Q_EMIT signInFinished(
                {QString(), user, QStringLiteral("workstation_pin"), true, QString(), false});
            done(Status());
        });
}

} // namespace pv::mfp
