// SignInService, second half: what happens to tokens once the provider has issued them. The
// ID token is validated, a (rotated) refresh token is written to the keychain before it
// replaces the one in memory, the session is renewed on a timer, and it ends by forgetting
// every item.
#include "common/Logging.h"
#include "signin/DesktopIdle.h"
#include "signin/SignInPending.h"
#include "signin/SignInService.h"
#include "vault/CredentialStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

#include <limits>

namespace pv::signin {

namespace {

constexpr int FirstRetrySeconds = 5;
constexpr int MaxRetrySeconds = 300;
constexpr qint64 RecheckWhileInUseMs = 60 * 1000;
constexpr int MinRefreshSeconds = 2;

QByteArray profileJson(const Identity &id)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("iss"), id.issuer},
                                     {QStringLiteral("sub"), id.subject},
                                     {QStringLiteral("name"), id.name},
                                     {QStringLiteral("email"), id.email}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

void SignInService::acceptTokens(const QJsonObject &reply, IdTokenExpectation expected)
{
    expected.issuer = m_meta ? m_meta->issuer : m_options.issuer;
    expected.clientId = m_options.clientId;
    expected.now = m_clock->now();
    if (m_refreshing)
        expected.subject = m_status.identity.subject;
    const QByteArray idToken = reply.value(QStringLiteral("id_token")).toString().toUtf8();
    if (idToken.isEmpty() && m_refreshing && !m_status.identity.subject.isEmpty()) {
        storeSession(reply, m_status.identity); // a refresh may leave the ID token out
        return;
    }
    QPointer<SignInService> self(this);
    validate(idToken, expected, [self, reply](Result<Identity> identity) {
        if (!self)
            return;
        if (!identity) {
            qCWarning(lcSignin) << "ID token refused:" << identity.error().code
                                << identity.error().details.value(QStringLiteral("claim")).toString();
            if (self->m_refreshing)
                self->forgetSession(identity.error().code, identity.error().message, [] {});
            else
                self->endSignIn(identity.error().code, identity.error().message);
            return;
        }
        self->m_idToken = SecureBytes(reply.value(QStringLiteral("id_token")).toString().toUtf8());
        self->storeSession(reply, identity.value());
    });
}

void SignInService::validate(const QByteArray &idToken, const IdTokenExpectation &expected,
                             std::function<void(Result<Identity>)> done, bool refetched)
{
    QPointer<SignInService> self(this);
    auto retry = [self, idToken, expected, done](Status fetched) {
        if (!self)
            return;
        if (!fetched)
            done(fetched.error());
        else
            self->validate(idToken, expected, done, true);
    };
    if (m_keys.isEmpty() && !refetched) {
        fetchKeys(retry);
        return;
    }
    Result<Identity> r = validateIdToken(idToken, m_keys, expected);
    // The provider may have rotated its keys: fetch them again, but not for every stranger.
    const QDateTime now = m_clock->now();
    if (!r && r.error().code == QLatin1String("unknown-key") && !refetched &&
        (!m_lastKeyRefetch.isValid() || m_lastKeyRefetch.secsTo(now) >= m_options.unknownKeyRefetchSeconds)) {
        qCInfo(lcSignin) << "unknown signing key: fetching the provider's keys again";
        m_lastKeyRefetch = now;
        fetchKeys(retry);
        return;
    }
    done(std::move(r));
}

void SignInService::fetchKeys(std::function<void(Status)> done)
{
    QPointer<SignInService> self(this);
    withMetadata([self, done](Result<ProviderMetadata> meta) {
        if (!self)
            return;
        if (!meta) {
            done(meta.error());
            return;
        }
        self->m_client.getJson(meta->jwksUri, [self, done](Result<QJsonObject> jwks) {
            if (!self)
                return;
            if (jwks)
                self->m_keys.setKeys(jwks->value(QStringLiteral("keys")).toArray());
            done(jwks.status());
        });
    });
}

// The refresh token reaches the keychain before it is used: with rotation, the old one is
// already spent, so a crash between the two must leave the new one behind.
void SignInService::storeSession(const QJsonObject &reply, const Identity &identity)
{
    const SecureBytes rotated(reply.value(QStringLiteral("refresh_token")).toString().toUtf8());
    QPointer<SignInService> self(this);
    auto saveProfile = [self, reply, identity]() {
        if (!self)
            return;
        self->m_credentials->write(self->profileKey(), SecureBytes(profileJson(identity)),
                                   [self, reply, identity](Status) {
                                       if (self)
                                           self->becomeSignedIn(reply, identity);
                                   });
    };
    if (rotated.isEmpty() || rotated.bytes() == m_refreshToken.bytes()) {
        saveProfile();
        return;
    }
    m_credentials->write(refreshTokenKey(), rotated, [self, rotated, saveProfile](Status written) {
        if (!self)
            return;
        if (!written && !self->m_refreshing) {
            self->endSignIn(written.error().code, written.error().message);
            return;
        }
        if (!written)
            qCWarning(lcSignin) << "the rotated refresh token could not be saved:" << written.error().code;
        self->m_refreshToken = rotated;
        saveProfile();
    });
}

void SignInService::becomeSignedIn(const QJsonObject &reply, const Identity &identity)
{
    m_accessToken = SecureBytes(reply.value(QStringLiteral("access_token")).toString().toUtf8());
    m_status.identity = identity;
    if (m_pending) {
        m_pollTimer.stop();
        if (m_pending->listener)
            m_pending->listener.release()->deleteLater();
        m_pending.reset();
    }
    const bool wasRefresh = m_refreshing;
    m_refreshing = false;
    if (!wasRefresh)
        restartIdleTimer();
    m_refreshFailures = 0;
    scheduleRefresh(reply.value(QStringLiteral("expires_in")).toInt());
    qCInfo(lcSignin) << (wasRefresh ? "session renewed" : "signed in");
    setStatus(AccountState::SignedIn);
}

void SignInService::scheduleRefresh(int expiresInSeconds)
{
    if (m_refreshToken.isEmpty() || expiresInSeconds <= 0)
        return;
    // Renew at three quarters of the lifetime, so a slow provider never leaves us expired.
    m_refreshTimer.start(qMax(MinRefreshSeconds, expiresInSeconds * 3 / 4) * 1000);
}

void SignInService::refresh()
{
    if (m_refreshToken.isEmpty() || m_refreshing || m_pending)
        return;
    m_refreshing = true;
    QPointer<SignInService> self(this);
    withMetadata([self](Result<ProviderMetadata> meta) {
        if (!self)
            return;
        if (!meta) {
            self->onRefreshReply(meta.error());
            return;
        }
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(self->m_refreshToken.bytes()));
        form.addQueryItem(QStringLiteral("client_id"), self->m_options.clientId);
        self->m_client.postForm(meta->tokenEndpoint, form, [self](Result<QJsonObject> reply) {
            if (self)
                self->onRefreshReply(std::move(reply));
        });
    });
}

// invalid_grant is the only answer that ends the session (as in ownCloud's client): anything
// else, a network error first of all, keeps the token and tries again later.
void SignInService::onRefreshReply(Result<QJsonObject> reply)
{
    if (m_refreshToken.isEmpty()) { // signed out while the request was out: drop what came back
        m_refreshing = false;
        return;
    }
    if (reply) {
        acceptTokens(reply.value(), IdTokenExpectation());
        return;
    }
    if (reply.error().details.value(QStringLiteral("oauth_error")).toString() ==
        QLatin1String("invalid_grant")) {
        qCInfo(lcSignin) << "the provider ended the session (invalid_grant)";
        m_refreshing = false;
        forgetSession(QStringLiteral("session-ended"),
                      tr("Your organisation ended the sign-in. Please sign in again."), [] {});
        return;
    }
    retryRefresh(reply.error());
}

void SignInService::retryRefresh(const Error &why)
{
    m_refreshing = false;
    ++m_refreshFailures;
    const int seconds = qMin(MaxRetrySeconds, FirstRetrySeconds << qMin(m_refreshFailures - 1, 6));
    qCInfo(lcSignin) << "renewing failed:" << why.code << "- next try in" << seconds << "s";
    m_refreshTimer.start(seconds * 1000);
    setStatus(AccountState::SignedIn, why.code, why.message);
}

void SignInService::restoreProfile(Result<SecureBytes> profile)
{
    if (profile) {
        const QJsonObject p = QJsonDocument::fromJson(profile->bytes()).object();
        m_status.identity.issuer = p.value(QStringLiteral("iss")).toString();
        m_status.identity.subject = p.value(QStringLiteral("sub")).toString();
        m_status.identity.name = p.value(QStringLiteral("name")).toString();
        m_status.identity.email = p.value(QStringLiteral("email")).toString();
    }
    qCInfo(lcSignin) << "session restored from the keychain; renewing it";
    restartIdleTimer();
    setStatus(AccountState::SignedIn);
    refresh();
}

void SignInService::signOut(Done done)
{
    if (m_status.state == AccountState::NotConfigured) {
        Q_EMIT changed();
        done();
        return;
    }
    endSession(QString(), QString(), std::move(done));
}

// Revokes the refresh token where the provider can, then forgets the session, for `reason`.
void SignInService::endSession(const QString &reason, const QString &message, Done done)
{
    if (m_pending)
        cancel();
    m_refreshTimer.stop();
    m_idleTimer.stop();
    const SecureBytes token = m_refreshToken;
    QPointer<SignInService> self(this);
    auto forget = [self, reason, message, done]() {
        if (self)
            self->forgetSession(reason, message, done);
    };
    if (token.isEmpty()) {
        forget();
        return;
    }
    withMetadata([self, token, forget](Result<ProviderMetadata> meta) {
        if (self && meta && !meta->revocationEndpoint.isEmpty())
            self->revoke(meta.value(), token, forget);
        else
            forget();
    });
}

void SignInService::restartIdleTimer()
{
    if (m_options.idleLogoutMs > 0 && !m_refreshToken.isEmpty())
        m_idleTimer.start(int(qMin<qint64>(m_options.idleLogoutMs, std::numeric_limits<int>::max())));
}

// The window saw no input for the whole limit. Before signing out, the desktop is asked: a
// user working in other programs is not idle.
void SignInService::onIdleTimeout()
{
    if (!m_options.idleSource) {
        decideIdle(IdleReading());
        return;
    }
    m_options.idleSource->read([self = QPointer<SignInService>(this)](IdleReading desktop) {
        if (self)
            self->decideIdle(desktop);
    });
}

void SignInService::decideIdle(const IdleReading &desktop)
{
    if (m_refreshToken.isEmpty() || m_idleTimer.isActive()) // signed out, or input came meanwhile
        return;
    const qint64 limit = m_options.idleLogoutMs;
    if (desktop.known && !desktop.idle) {
        // In use now: ask again soon, so that idleness from now on is noticed within a minute.
        m_idleTimer.start(int(qMin<qint64>(limit, RecheckWhileInUseMs)));
        return;
    }
    const qint64 idleFor =
        desktop.known && desktop.idleSince.isValid() ? desktop.idleSince.msecsTo(m_clock->now()) : limit;
    if (idleFor < limit) {
        m_idleTimer.start(int(qMin<qint64>(limit - idleFor, std::numeric_limits<int>::max())));
        return;
    }
    qCInfo(lcSignin) << "no activity for" << limit / 60000 << "min: signing out";
    endSession(QStringLiteral("idle"),
               tr("You were signed out after %n minute(s) without use.", "", int(limit / 60000)), [] {});
}

void SignInService::noteActivity()
{
    if (m_idleTimer.isActive())
        restartIdleTimer();
}

void SignInService::checkForeignIdToken(const QByteArray &token, const QStringList &audiences,
                                        std::function<void(Result<Identity>)> done)
{
    if (m_status.state == AccountState::NotConfigured) {
        done(notConfigured());
        return;
    }
    IdTokenExpectation expected;
    expected.issuer = m_meta ? m_meta->issuer : m_options.issuer;
    expected.audiences = audiences;
    expected.nonceRequired = true;
    expected.now = m_clock->now();
    validate(token, expected, std::move(done));
}

void SignInService::revoke(const ProviderMetadata &meta, const SecureBytes &token, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(token.bytes()));
    form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    m_client.postForm(meta.revocationEndpoint, form, [done](Result<QJsonObject> reply) {
        // RFC 7009 2.2: an empty 200 is success; OidcClient reports a body-less 200 as no JSON.
        if (!reply && reply.error().code == QLatin1String("provider-refused"))
            qCWarning(lcSignin) << "revocation refused:"
                                << reply.error().details.value(QStringLiteral("oauth_error"));
        done();
    });
}

// Forgets every item of the session, in memory and in the keychain, then says so.
void SignInService::forgetSession(const QString &reason, const QString &message, Done done)
{
    m_refreshTimer.stop();
    m_idleTimer.stop();
    m_refreshToken.wipe();
    m_accessToken.wipe();
    m_idToken.wipe();
    m_status.identity = Identity();
    QPointer<SignInService> self(this);
    m_credentials->remove(refreshTokenKey(), [self, reason, message, done](Status) {
        if (!self)
            return;
        self->m_credentials->remove(self->profileKey(), [self, reason, message, done](Status) {
            if (self) {
                qCInfo(lcSignin) << "signed out" << reason;
                self->setStatus(AccountState::SignedOut, reason, message);
            }
            done();
        });
    });
}

} // namespace pv::signin
