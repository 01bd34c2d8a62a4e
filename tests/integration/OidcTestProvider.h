#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace pv::test {

class HeadlessBrowser;

// How forgeJwt signs: with the key (as the provider would), not at all ("none"), or HS256 with
// the key's public half as the secret (the classic key-confusion attack).
enum class JwtSigner { Key, None, HmacWithPublicKey };
// A token as an attacker (or the provider, with JwtSigner::Key) would make it. RSA keys sign
// RS256 (PKCS#1 v1.5); the header is taken as given.
QByteArray forgeJwt(const QJsonObject &header, const QJsonObject &claims, const QString &keyFile,
                    JwtSigner how);

// A real OpenID provider (tests/oidc/provider.mjs on the pinned oidc-provider 8.8.1), on
// 127.0.0.1 over TLS with a CA this helper makes with openssl. Its signing keys are PEM files
// made here too, so a test can forge tokens with them, and rotate them. Stopped by PID.
class OidcTestProvider
{
public:
    struct Options
    {
        QString clientId = QStringLiteral("printvault-desktop");
        QString mfpClientId = QStringLiteral("printvault-mfp");
        int accessTokenSeconds = 6;
        int deviceCodeSeconds = 12;
    };
    explicit OidcTestProvider(Options options);
    ~OidcTestProvider();

    bool start(); // installs the npm packages with `npm ci` if they are missing
    void stop();
    bool rotateKey(); // a new signing key first (the old one stays published), then a restart
    // SIGSTOP and SIGCONT: the port still accepts connections but nothing answers, as on a
    // network that drops packets; the provider keeps its grants (a restart would lose them).
    bool pause();
    bool resume();
    // Every token, code, verifier and device code the provider took or gave (tests/oidc/provider.mjs).
    QStringList tappedSecrets() const;

    QString issuer() const;
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString signingKeyFile() const { return m_keys.first(); }
    // The ES256 (P-256) and PS256 (RSA) keys of the "-es256" and "-ps256" clients.
    QString ecKeyFile() const { return m_dir.filePath(QStringLiteral("ec-1.pem")); }
    QString psKeyFile() const { return m_dir.filePath(QStringLiteral("ps-1.pem")); }
    QString kid() const;
    QString clientId() const { return m_options.clientId; }
    QString mfpClientId() const { return m_options.mfpClientId; }
    QString error() const { return m_error; }
    // An ID token for `clientId` (the MFP app's, say), as `user`, carrying `nonce`: the
    // authorization-code flow with PKCE driven through `browser`. Empty on failure.
    QByteArray idTokenFor(HeadlessBrowser &browser, const QString &clientId, const QString &user,
                          const QString &nonce) const;

private:
    bool makeCertificates();
    bool newSigningKey();
    bool run(const QString &program, const QStringList &args, const QString &dir = QString());

    Options m_options;
    QTemporaryDir m_dir;
    QStringList m_keys;
    int m_port = 0;
    std::unique_ptr<QProcess> m_node;
    QString m_error;
};

// A browser without a screen: a cookie jar, redirects followed by hand, and the provider's
// login and consent forms answered, until the provider sends it to the loopback redirect.
class HeadlessBrowser
{
public:
    explicit HeadlessBrowser(const QString &caFile);
    struct Page
    {
        int status = 0;
        QUrl url;
        QByteArray body;
        QString error;
    };
    Page get(const QUrl &url);
    Page post(const QUrl &url, const QByteArray &form);
    // Logs in as `user` and consents; answers the callback page the provider redirects to, and
    // that redirect's URL in `callback`.
    Page signIn(const QUrl &authorizationUrl, const QString &user, QUrl *callback = nullptr);
    // Approves a device grant (RFC 8628 3.3) as `user`: enters the code at the provider's
    // verification page, confirms, logs in and consents. The provider's last page.
    Page approveDevice(const QUrl &verificationUri, const QString &userCode, const QString &user);

private:
    Page wait(class QNetworkReply *reply);
    Page follow(Page page, const QString &user, QUrl *callback);
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
};

} // namespace pv::test
