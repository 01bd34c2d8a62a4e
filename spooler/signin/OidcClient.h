#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// The provider's HTTP side: discovery, JWKS, and form posts to its token, device and revocation
// endpoints. HTTPS only: an endpoint on http:// is refused, so a discovery document cannot
// downgrade the flow. Main thread; callbacks run on it.
namespace pv::signin {

// What /.well-known/openid-configuration says, the parts PrintVault uses.
struct ProviderMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl deviceAuthorizationEndpoint;        // empty: no device flow (RFC 8628)
    QUrl revocationEndpoint;                 // empty: no revocation (RFC 7009)
    bool issInAuthorizationResponse = false; // RFC 9207: the callback must carry our issuer
};

struct OidcClientOptions
{
    QString issuer;
    QString caFile; // extra trusted CA certificates (PEM), for a private CA; empty: the system's
    int timeoutMs = 15000;
};

class OidcClient : public QObject
{
    Q_OBJECT
public:
    using JsonDone = std::function<void(Result<QJsonObject>)>;
    using MetadataDone = std::function<void(Result<ProviderMetadata>)>;

    explicit OidcClient(OidcClientOptions options, QObject *parent = nullptr);

    [[nodiscard]] Status loadCaFile();
    void discover(MetadataDone done);
    void getJson(const QUrl &url, JsonDone done);
    // A form POST (application/x-www-form-urlencoded). An OAuth error reply (RFC 6749 5.2) is
    // the error "provider-refused" with details.oauth_error; no reply at all is
    // "provider-unreachable". The form is never logged: it carries codes and tokens.
    void postForm(const QUrl &url, const QUrlQuery &form, JsonDone done);

private:
    QNetworkRequest request(const QUrl &url) const;
    void finish(class QNetworkReply *reply, const JsonDone &done);

    OidcClientOptions m_options;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
};

// An https URL, or nothing.
[[nodiscard]] bool isHttps(const QUrl &url);

} // namespace pv::signin
