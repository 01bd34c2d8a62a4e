#include "signin/OidcClient.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>

namespace pv::signin {

namespace {

Error unreachable(const QUrl &url, const QString &why)
{
    return Error{
        QStringLiteral("provider-unreachable"),
        QCoreApplication::translate("pv::signin", "The sign-in service can't be reached: %1").arg(why),
        {{QStringLiteral("url"), url.toString(QUrl::RemoveQuery)}}};
}

Error badMetadata(const QString &why)
{
    return Error{
        QStringLiteral("provider-unreachable"),
        QCoreApplication::translate("pv::signin", "The sign-in service's configuration is not usable: %1")
            .arg(why)};
}

Result<ProviderMetadata> parseMetadata(const QJsonObject &doc, const QString &issuer)
{
    ProviderMetadata m;
    m.issuer = doc.value(QStringLiteral("issuer")).toString();
    m.authorizationEndpoint = QUrl(doc.value(QStringLiteral("authorization_endpoint")).toString());
    m.tokenEndpoint = QUrl(doc.value(QStringLiteral("token_endpoint")).toString());
    m.jwksUri = QUrl(doc.value(QStringLiteral("jwks_uri")).toString());
    m.deviceAuthorizationEndpoint =
        QUrl(doc.value(QStringLiteral("device_authorization_endpoint")).toString());
    m.revocationEndpoint = QUrl(doc.value(QStringLiteral("revocation_endpoint")).toString());
    m.issInAuthorizationResponse =
        doc.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();
    // OpenID Connect Discovery 4.3: the document's issuer is exactly the one asked for.
    // Entra's multi-tenant endpoints answer with the template https://.../{tenantid}/v2.0.
    const bool tenantTemplate =
        m.issuer.contains(QLatin1String("{tenantid}")) &&
        QUrl(m.issuer.replace(QLatin1String("{tenantid}"), QLatin1String("t"))).host() == QUrl(issuer).host();
    m.issuer = doc.value(QStringLiteral("issuer")).toString();
    if (m.issuer != issuer && !tenantTemplate)
        return badMetadata(QCoreApplication::translate("pv::signin", "it names another issuer"));
    for (const QUrl &u : {m.authorizationEndpoint, m.tokenEndpoint, m.jwksUri}) {
        if (!isHttps(u))
            return badMetadata(QCoreApplication::translate("pv::signin", "an endpoint is not HTTPS"));
    }
    for (QUrl *optional : {&m.deviceAuthorizationEndpoint, &m.revocationEndpoint}) {
        if (!optional->isEmpty() && !isHttps(*optional))
            *optional = QUrl(); // an optional endpoint over plain HTTP is not used at all
    }
    const QJsonValue methods = doc.value(QStringLiteral("code_challenge_methods_supported"));
    if (methods.isArray() && !methods.toArray().contains(QStringLiteral("S256")))
        return badMetadata(QCoreApplication::translate("pv::signin", "it does not offer PKCE with S256"));
    return m;
}

} // namespace

bool isHttps(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

OidcClient::OidcClient(OidcClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setStrictTransportSecurityEnabled(false);
}

Status OidcClient::loadCaFile()
{
    if (m_options.caFile.isEmpty())
        return {};
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
    if (certs.isEmpty())
        return Error{QStringLiteral("config"),
                     QCoreApplication::translate("pv::signin", "account/ca_file: no certificate in %1")
                         .arg(m_options.caFile)};
    m_tls.addCaCertificates(certs);
    return {};
}

QNetworkRequest OidcClient::request(const QUrl &url) const
{
    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls);
    r.setTransferTimeout(m_options.timeoutMs);
    r.setRawHeader("Accept", "application/json");
    return r;
}

void OidcClient::discover(MetadataDone done)
{
    const QUrl issuer(m_options.issuer);
    if (!isHttps(issuer)) {
        done(badMetadata(QCoreApplication::translate("pv::signin", "the issuer is not an HTTPS URL")));
        return;
    }
    QString base = m_options.issuer;
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + QStringLiteral("/.well-known/openid-configuration"));
    getJson(url, [done, issuer = m_options.issuer](Result<QJsonObject> doc) {
        if (!doc)
            done(doc.error());
        else
            done(parseMetadata(doc.value(), issuer));
    });
}

void OidcClient::getJson(const QUrl &url, JsonDone done)
{
    if (!isHttps(url)) {
        done(unreachable(url, QCoreApplication::translate("pv::signin", "the address is not HTTPS")));
        return;
    }
    QNetworkReply *reply = m_network.get(request(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done]() { finish(reply, done); });
}

void OidcClient::postForm(const QUrl &url, const QUrlQuery &form, JsonDone done)
{
    if (!isHttps(url)) {
        done(unreachable(url, QCoreApplication::translate("pv::signin", "the address is not HTTPS")));
        return;
    }
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network.post(r, form.query(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply, done]() { finish(reply, done); });
}

// One reply path: JSON on 2xx, an OAuth error object on 4xx, anything else is "unreachable".
void OidcClient::finish(QNetworkReply *reply, const JsonDone &done)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QUrl url = reply->url();
    if (status == 0) {
        qCWarning(lcSignin) << "no answer from" << url.toString(QUrl::RemoveQuery) << reply->errorString();
        done(unreachable(url, reply->errorString()));
        return;
    }
    if (status >= 200 && status < 300 && !json.isEmpty()) {
        done(json);
        return;
    }
    const QString oauthError = json.value(QStringLiteral("error")).toString();
    if (status >= 400 && status < 500 && !oauthError.isEmpty()) {
        qCInfo(lcSignin) << "the provider refused:" << oauthError << "HTTP" << status;
        done(Error{
            QStringLiteral("provider-refused"),
            QCoreApplication::translate("pv::signin", "The sign-in service refused: %1").arg(oauthError),
            {{QStringLiteral("oauth_error"), oauthError}}});
        return;
    }
    done(unreachable(url, QCoreApplication::translate("pv::signin", "HTTP status %1").arg(status)));
}

} // namespace pv::signin
