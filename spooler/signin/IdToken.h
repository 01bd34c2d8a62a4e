#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// ID token validation as OpenID Connect Core 1.0, 3.1.3.7 and 12.2 say: the signature against
// the provider's JWKS (signin/Jose), then the claims. Pure functions: the caller fetches keys.
namespace pv::signin {

// Who signed in, as the ID token says.
struct Identity
{
    QString issuer;
    QString subject;
    QString name;
    QString email;
    QDateTime expires; // of the ID token
    QString nonce;     // as the token carries it (for a replay check); a secret: never logged
};

// What an ID token must say to be accepted.
struct IdTokenExpectation
{
    // The issuer from policy. Entra's multi-tenant issuer is a template,
    // https://login.microsoftonline.com/{tenantid}/v2.0, filled from the token's "tid".
    QString issuer;
    QString clientId;
    QStringList audiences;      // without clientId: the token may be meant for any one of these
    QString nonce;              // the one sent with the request; empty after a refresh or device grant
    bool nonceRequired = false; // a token brought by another application must carry one
    QString subject;            // after a refresh: the subject must not change
    QDateTime now;              // UTC
    int skewSeconds = 60;
};

// The provider's signing keys (a JWKS document).
class KeySet
{
public:
    void setKeys(const QJsonArray &keys) { m_keys = keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    // The key named `kid`; without a kid, the only key there is. Empty when none fits.
    QJsonObject find(const QString &kid) const;

private:
    QJsonArray m_keys;
};

// Checks `token` against `keys` and `expected`. An unknown "kid" fails with "unknown-key", for
// the caller to fetch the JWKS again (rate-limited) and retry once; every other failure is
// "bad-token" or "bad-signature", with details.claim naming the claim that failed.
[[nodiscard]] Result<Identity> validateIdToken(const QByteArray &token, const KeySet &keys,
                                               const IdTokenExpectation &expected);

// The claims checks alone, on claims whose signature has been verified.
[[nodiscard]] Result<Identity> validateClaims(const QJsonObject &claims, const IdTokenExpectation &expected);

} // namespace pv::signin
