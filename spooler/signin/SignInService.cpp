#include "signin/SignInService.h"

#include "common/Logging.h"
#include "signin/Jose.h"
#include "signin/SignInPending.h"
#include "vault/CredentialStore.h"
#include "vault/Crypto.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace pv::signin {

namespace {

constexpr int SecretBytes = 32;        // 256 bits for the verifier, state and nonce
constexpr int SlowDownStepSeconds = 5; // RFC 8628 3.5

QString randomText()
{
    return QString::fromLatin1(jose::base64Url(crypto::randomBytes(SecretBytes)));
}

} // namespace

SignInService::SignInService(SignInOptions options, CredentialStore *credentials, const Clock *clock,
                             QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_credentials(credentials)
    , m_clock(clock)
    , m_client({m_options.issuer, m_options.caFile})
{
    m_status.issuer = m_options.issuer;
    m_status.deviceFlow = m_options.deviceFlow;
    m_status.state = m_options.issuer.isEmpty() ? AccountState::NotConfigured : AccountState::SignedOut;
    m_refreshTimer.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SignInService::onIdleTimeout);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SignInService::refresh);
    connect(&m_pollTimer, &QTimer::timeout, this, &SignInService::pollDevice);
}

SignInService::~SignInService() = default;

QString SignInService::refreshTokenKey() const
{
    return QStringLiteral("signin/%1/%2/refresh_token").arg(m_options.issuer, m_options.clientId);
}

QString SignInService::profileKey() const
{
    return QStringLiteral("signin/%1/%2/profile").arg(m_options.issuer, m_options.clientId);
}

quint16 SignInService::redirectPort() const
{
    return m_pending && m_pending->listener ? m_pending->listener->port() : 0;
}

Error SignInService::notConfigured() const
{
    return Error{QStringLiteral("account-not-configured"),
                 tr("This computer is not connected to an organisation: policy names no sign-in service "
                    "(account/issuer).")};
}

Status SignInService::start()
{
    if (m_status.state == AccountState::NotConfigured)
        return {};
    if (auto s = m_client.loadCaFile(); !s)
        return s;
    QPointer<SignInService> self(this);
    m_credentials->read(refreshTokenKey(), [self](Result<SecureBytes> token) {
        if (!self)
            return;
        if (!token) {
            if (token.error().code != QLatin1String("not-found"))
                self->setStatus(AccountState::SignedOut, token.error().code, token.error().message);
            return;
        }
        self->m_refreshToken = std::move(token.value());
        self->m_credentials->read(self->profileKey(), [self](Result<SecureBytes> profile) {
            if (self)
                self->restoreProfile(std::move(profile));
        });
    });
    return {};
}

void SignInService::withMetadata(MetadataReady ready)
{
    if (m_meta) {
        ready(*m_meta);
        return;
    }
    QPointer<SignInService> self(this);
    m_client.discover([self, ready](Result<ProviderMetadata> meta) {
        if (self && meta)
            self->m_meta = meta.value();
        ready(std::move(meta));
    });
}

void SignInService::signIn(UrlDone done)
{
    if (m_status.state == AccountState::NotConfigured) {
        done(notConfigured());
        return;
    }
    cancel();
    QPointer<SignInService> self(this);
    withMetadata([self, done](Result<ProviderMetadata> meta) {
        if (!self)
            return;
        if (!meta) {
            done(meta.error());
            return;
        }
        self->beginBrowserFlow(meta.value(), done);
    });
}

// Authorization code with PKCE S256, state and nonce (RFC 7636, RFC 8252, OIDC Core 3.1.2.1).
void SignInService::beginBrowserFlow(const ProviderMetadata &meta, UrlDone done)
{
    auto pending = std::make_unique<Pending>();
    pending->verifier = SecureBytes(jose::base64Url(crypto::randomBytes(SecretBytes)));
    pending->state = randomText();
    pending->nonce = randomText();
    pending->listener = std::make_unique<LoopbackListener>(pending->state, m_options.callbackTimeLimitMs);
    if (auto s = pending->listener->listen(); !s) {
        done(s.error());
        return;
    }
    pending->redirectUri =
        QStringLiteral("http://%1:%2/callback").arg(m_options.redirectHost).arg(pending->listener->port());
    connect(pending->listener.get(), &LoopbackListener::received, this, &SignInService::onCallback);
    connect(pending->listener.get(), &LoopbackListener::timedOut, this, [this]() {
        endSignIn(QStringLiteral("timed-out"), tr("The sign-in took too long. Please try again."));
    });

    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), pending->redirectUri);
    q.addQueryItem(QStringLiteral("scope"), m_options.scopes);
    q.addQueryItem(QStringLiteral("state"), pending->state);
    q.addQueryItem(QStringLiteral("nonce"), pending->nonce);
    q.addQueryItem(QStringLiteral("code_challenge"),
                   QString::fromLatin1(jose::base64Url(crypto::sha256(pending->verifier.bytes()))));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    // OIDC Core 11: a refresh token for offline_access is issued only after consent.
    if (m_options.scopes.split(QLatin1Char(' ')).contains(QStringLiteral("offline_access")))
        q.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    QUrl url = meta.authorizationEndpoint;
    QUrlQuery existing(url);
    for (const auto &item : q.queryItems(QUrl::FullyDecoded))
        existing.addQueryItem(item.first, item.second);
    url.setQuery(existing);

    m_pending = std::move(pending);
    m_status.flow = QStringLiteral("browser");
    setStatus(AccountState::SigningIn);
    qCInfo(lcSignin) << "browser sign-in started, redirect port" << m_pending->listener->port();
    done(url);
}

void SignInService::onCallback(const Callback &callback)
{
    if (!m_pending || !m_meta)
        return;
    // RFC 9207 2.4: where the provider says it sends "iss", it must be there and be the issuer
    // we asked (a mix-up attack sends the code of another provider); where it is sent anyway,
    // it must match too.
    if ((m_meta->issInAuthorizationResponse || !callback.iss.isEmpty()) && callback.iss != m_meta->issuer) {
        qCWarning(lcSignin) << "refused an authorization response from another issuer";
        endSignIn(QStringLiteral("wrong-issuer"),
                  tr("The sign-in answer came from another sign-in service. Please try again."));
        return;
    }
    if (!callback.error.isEmpty() || callback.code.isEmpty()) {
        qCInfo(lcSignin) << "the provider did not authorize:" << callback.error;
        endSignIn(QStringLiteral("cancelled"), tr("The sign-in was cancelled."));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), callback.code);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_pending->redirectUri);
    form.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_pending->verifier.bytes()));
    IdTokenExpectation expected;
    expected.nonce = m_pending->nonce;
    QPointer<SignInService> self(this);
    m_client.postForm(m_meta->tokenEndpoint, form, [self, expected](Result<QJsonObject> reply) {
        if (!self || !self->m_pending)
            return;
        if (!reply) {
            self->endSignIn(reply.error().code, reply.error().message);
            return;
        }
        self->acceptTokens(reply.value(), expected);
    });
}

void SignInService::deviceSignIn(DeviceDone done)
{
    if (m_status.state == AccountState::NotConfigured) {
        done(notConfigured());
        return;
    }
    if (!m_options.deviceFlow) {
        done(Error{QStringLiteral("device-flow-disabled"),
                   tr("Signing in with a code is turned off by policy (account/device_flow).")});
        return;
    }
    cancel();
    QPointer<SignInService> self(this);
    withMetadata([self, done](Result<ProviderMetadata> meta) {
        if (!self)
            return;
        if (!meta)
            done(meta.error());
        else
            self->requestDeviceCode(meta.value(), done);
    });
}

void SignInService::requestDeviceCode(const ProviderMetadata &meta, DeviceDone done)
{
    if (meta.deviceAuthorizationEndpoint.isEmpty()) {
        done(Error{QStringLiteral("device-flow-disabled"),
                   tr("The sign-in service does not offer signing in with a code.")});
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    form.addQueryItem(QStringLiteral("scope"), m_options.scopes);
    QPointer<SignInService> self(this);
    m_client.postForm(meta.deviceAuthorizationEndpoint, form, [self, done](Result<QJsonObject> reply) {
        if (!self)
            return;
        if (!reply) {
            done(reply.error());
            return;
        }
        const QJsonObject r = reply.value();
        DeviceCode code;
        code.userCode = r.value(QStringLiteral("user_code")).toString();
        code.verificationUri = r.value(QStringLiteral("verification_uri")).toString();
        code.verificationUriComplete = r.value(QStringLiteral("verification_uri_complete")).toString();
        code.expiresIn = r.value(QStringLiteral("expires_in")).toInt();
        code.interval = r.value(QStringLiteral("interval")).toInt(5);
        code.expires = self->m_clock->now().addSecs(code.expiresIn);
        auto pending = std::make_unique<Pending>();
        pending->kind = Pending::Kind::Device;
        pending->deviceCode = SecureBytes(r.value(QStringLiteral("device_code")).toString().toUtf8());
        pending->deviceDeadline = self->m_clock->now().addSecs(code.expiresIn);
        self->m_pending = std::move(pending);
        self->m_pollSeconds = self->m_options.minimumPollSeconds >= 0 ? self->m_options.minimumPollSeconds
                                                                      : qMax(1, code.interval);
        self->m_pollTimer.start(self->m_pollSeconds * 1000);
        self->m_status.flow = QStringLiteral("device");
        self->m_status.device = code;
        self->setStatus(AccountState::SigningIn);
        qCInfo(lcSignin) << "device sign-in started, polling every" << self->m_pollSeconds << "s";
        done(code);
    });
}

void SignInService::pollDevice()
{
    if (!m_pending || m_pending->kind != Pending::Kind::Device || !m_meta)
        return;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("device_code"), QString::fromUtf8(m_pending->deviceCode.bytes()));
    form.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    QPointer<SignInService> self(this);
    m_client.postForm(m_meta->tokenEndpoint, form, [self](Result<QJsonObject> reply) {
        if (self)
            self->onDevicePoll(std::move(reply));
    });
}

// RFC 8628 3.5: pending waits, slow_down waits 5 s longer from now on, anything else ends it.
void SignInService::onDevicePoll(Result<QJsonObject> reply)
{
    if (!m_pending || m_pending->kind != Pending::Kind::Device)
        return;
    const QString oauth =
        reply ? QStringLiteral("ok") : reply.error().details.value(QStringLiteral("oauth_error")).toString();
    Q_EMIT devicePollAnswered(oauth.isEmpty() ? reply.error().code : oauth);
    if (reply) {
        acceptTokens(reply.value(), IdTokenExpectation());
        return;
    }
    if (oauth == QLatin1String("authorization_pending") || oauth == QLatin1String("slow_down") ||
        reply.error().code == QLatin1String("provider-unreachable")) {
        if (oauth == QLatin1String("slow_down"))
            m_pollSeconds += SlowDownStepSeconds;
        // One interval past the code's lifetime, so the provider's expired_token decides rather
        // than a clock that may run a little ahead of the provider's.
        if (m_clock->now() < m_pending->deviceDeadline.addSecs(m_pollSeconds)) {
            m_pollTimer.start(m_pollSeconds * 1000);
            return;
        }
    }
    if (oauth == QLatin1String("access_denied"))
        endSignIn(QStringLiteral("cancelled"), tr("The sign-in was cancelled."));
    else if (oauth == QLatin1String("expired_token") || oauth == QLatin1String("authorization_pending") ||
             oauth == QLatin1String("slow_down"))
        endSignIn(QStringLiteral("code-expired"), tr("The sign-in code has expired. Please start again."));
    else
        endSignIn(reply.error().code, reply.error().message);
}

void SignInService::cancel()
{
    if (!m_pending)
        return;
    endSignIn(QStringLiteral("cancelled"), tr("The sign-in was cancelled."));
}

// A sign-in attempt ends without a session: back to where the account was.
void SignInService::endSignIn(const QString &reason, const QString &message)
{
    m_pollTimer.stop();
    if (m_pending && m_pending->listener)
        m_pending->listener->close();
    // The listener may be the sender of this very call: let it go after the event.
    if (m_pending && m_pending->listener)
        m_pending->listener.release()->deleteLater();
    m_pending.reset();
    qCInfo(lcSignin) << "sign-in ended:" << reason;
    setStatus(m_refreshToken.isEmpty() ? AccountState::SignedOut : AccountState::SignedIn, reason, message);
}

void SignInService::setStatus(AccountState state, const QString &reason, const QString &message)
{
    m_status.state = state;
    m_status.reason = reason;
    m_status.message = message;
    if (state != AccountState::SigningIn) {
        m_status.flow.clear();
        m_status.device = DeviceCode();
    }
    if (state != AccountState::SignedIn)
        m_status.identity = m_refreshToken.isEmpty() ? Identity() : m_status.identity;
    Q_EMIT changed();
}

} // namespace pv::signin
