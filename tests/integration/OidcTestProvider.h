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

// A real OpenID provider (tests/oidc/provider.mjs on the pinned oidc-provider 8.8.1), on
// 127.0.0.1 over TLS with a CA this helper makes with openssl. Its signing keys are PEM files
// made here too, so a test can forge tokens with them, and rotate them. Stopped by PID.
class OidcTestProvider
{
public:
    struct Options
    {
        QString clientId = QStringLiteral("printvault-desktop");
        int accessTokenSeconds = 6;
        int deviceCodeSeconds = 12;
    };
    explicit OidcTestProvider(Options options);
    ~OidcTestProvider();

    bool start(); // installs the npm packages with `npm ci` if they are missing
    void stop();
    bool rotateKey(); // a new signing key first (the old one stays published), then a restart

    QString issuer() const;
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString signingKeyFile() const { return m_keys.first(); }
    QString kid() const;
    QString clientId() const { return m_options.clientId; }
    QString error() const { return m_error; }

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

private:
    Page wait(class QNetworkReply *reply);
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
};

} // namespace pv::test
