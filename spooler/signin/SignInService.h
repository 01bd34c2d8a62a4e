#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "signin/IdToken.h"
#include "signin/OidcClient.h"
#include "vault/SecureBytes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace pv {
class CredentialStore;
}

// Sign-in with the organisation's OpenID provider (docs/policy.md, "account").
//
// Why not QtNetworkAuth: in Qt 6.4 it has no PKCE setter, its QOAuthHttpServerReplyHandler
// listens on every interface, and a token-endpoint error never emits requestFailed, so a failed
// refresh hangs. The flow is small enough to write on QNetworkAccessManager (signin/OidcClient)
// and a loopback-only QTcpServer (signin/LoopbackListener), as ownCloud's desktop client does.
//
// Secrets: the refresh token lives only in the keychain (CredentialStore, no insecure
// fallback) and in memory; access and ID tokens only in memory. No token, code, PKCE verifier
// or nonce is ever logged. Main thread only.
namespace pv::signin {

class IdleSource;
class LoopbackListener;
struct IdleReading;

struct SignInOptions
{
    QString issuer; // empty: no provider configured
    QString clientId;
    QString scopes = QStringLiteral("openid profile email offline_access");
    QString redirectHost = QStringLiteral("127.0.0.1"); // or "localhost", as some providers want
    QString caFile;
    bool deviceFlow = false;
    int callbackTimeLimitMs = 5 * 60 * 1000;
    int minimumPollSeconds = -1;       // tests: poll the device grant this often instead (-1: as told)
    int unknownKeyRefetchSeconds = 10; // an unknown "kid" fetches the JWKS again at most this often
    qint64 idleLogoutMs = 0;           // policy account/idle_logout_minutes; 0: never
    IdleSource *idleSource = nullptr;  // the desktop's idle state; null: the window's input only
};

enum class AccountState { NotConfigured, SignedOut, SigningIn, SignedIn };

// The device grant as the user must see it (RFC 8628 3.2).
struct DeviceCode
{
    QString userCode;
    QString verificationUri;
    QString verificationUriComplete;
    int expiresIn = 0;
    int interval = 5;
    QDateTime expires; // when the code runs out (UTC)
};

// What the account looks like now, for account.status and account.changed.
struct AccountStatus
{
    AccountState state = AccountState::NotConfigured;
    QString reason;  // why the last sign-in or session ended, or why refreshing waits; empty: none
    QString message; // the same, for people
    Identity identity;
    bool deviceFlow = false;
    QString issuer;
    // While signing in: "browser" or "device"; for the device flow, the code to show.
    QString flow;
    DeviceCode device;
};

class SignInService : public QObject
{
    Q_OBJECT
public:
    using UrlDone = std::function<void(Result<QUrl>)>;
    using DeviceDone = std::function<void(Result<DeviceCode>)>;
    using Done = std::function<void()>;

    SignInService(SignInOptions options, CredentialStore *credentials, const Clock *clock,
                  QObject *parent = nullptr);
    ~SignInService() override;

    // Restores a session from the keychain and renews it silently.
    [[nodiscard]] Status start();
    const AccountStatus &status() const { return m_status; }
    // The current access token, for a print server that takes bearer tokens (server/auth=bearer);
    // empty while signed out.
    QByteArray accessToken() const { return m_accessToken.bytes(); }

    // Starts the browser flow: the URL for the tray or the CLI to open.
    void signIn(UrlDone done);
    // Starts the device flow (RFC 8628): the code and URL to show the user.
    void deviceSignIn(DeviceDone done);
    // Stops a sign-in that is under way.
    void cancel();
    // Revokes the refresh token where the provider can (RFC 7009) and forgets every item.
    void signOut(Done done);
    // Renews the tokens now (also done on a timer before the access token expires).
    void refresh();
    // The user did something (the tray saw input): the idle sign-out waits again from now.
    void noteActivity();
    // Checks an ID token another application of the organisation obtained (an MFP's app,
    // docs/mfp-integration.md): the same issuer, keys and claims checks as ours, but meant for
    // one of `audiences` and carrying a nonce. The caller matches the subject and the nonce.
    void checkForeignIdToken(const QByteArray &token, const QStringList &audiences,
                             std::function<void(Result<Identity>)> done);

    // For tests and diagnostics: where the browser is sent back to, and the device grant's pace.
    quint16 redirectPort() const;
    int devicePollSeconds() const { return m_pollSeconds; }
    QString refreshTokenKey() const;
    QString profileKey() const;

Q_SIGNALS:
    void changed();
    // Each answer of the token endpoint to a device-grant poll: "authorization_pending",
    // "slow_down", "expired_token", ... or "ok".
    void devicePollAnswered(const QString &answer);

private:
    using MetadataReady = std::function<void(Result<ProviderMetadata>)>;
    struct Pending; // one sign-in under way: PKCE verifier, state, nonce, listener

    Error notConfigured() const;
    void withMetadata(MetadataReady ready);
    void beginBrowserFlow(const ProviderMetadata &meta, UrlDone done);
    void onCallback(const struct Callback &callback);
    void requestDeviceCode(const ProviderMetadata &meta, DeviceDone done);
    void pollDevice();
    void onDevicePoll(Result<QJsonObject> reply);
    void endSignIn(const QString &reason, const QString &message);

    // SignInTokens.cpp: tokens, keys, the keychain and the session's end.
    void acceptTokens(const QJsonObject &reply, IdTokenExpectation expected);
    void validate(const QByteArray &idToken, const IdTokenExpectation &expected,
                  std::function<void(Result<Identity>)> done, bool refetched = false);
    void fetchKeys(std::function<void(Status)> done);
    void storeSession(const QJsonObject &reply, const Identity &identity);
    void becomeSignedIn(const QJsonObject &reply, const Identity &identity);
    void onRefreshReply(Result<QJsonObject> reply);
    void scheduleRefresh(int expiresInSeconds);
    void retryRefresh(const Error &why);
    void restoreProfile(Result<SecureBytes> profile);
    void forgetSession(const QString &reason, const QString &message, Done done);
    void endSession(const QString &reason, const QString &message, Done done);
    void restartIdleTimer();
    void onIdleTimeout();
    void decideIdle(const IdleReading &desktop);
    void revoke(const ProviderMetadata &meta, const SecureBytes &token, Done done);
    void setStatus(AccountState state, const QString &reason = QString(), const QString &message = QString());

    SignInOptions m_options;
    CredentialStore *m_credentials;
    const Clock *m_clock;
    OidcClient m_client;
    std::optional<ProviderMetadata> m_meta;
    KeySet m_keys;
    QDateTime m_lastKeyRefetch;
    AccountStatus m_status;
    std::unique_ptr<Pending> m_pending;
    SecureBytes m_refreshToken; // in memory and in the keychain
    SecureBytes m_accessToken;  // in memory only
    SecureBytes m_idToken;      // in memory only
    QTimer m_refreshTimer;
    QTimer m_pollTimer;
    QTimer m_idleTimer;
    int m_pollSeconds = 5;
    int m_refreshFailures = 0;
    bool m_refreshing = false;
};

} // namespace pv::signin
