#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// JSON Web Tokens (RFC 7519) and their signatures (RFC 7515), over OpenSSL 3's EVP interface.
// This is the only file of the sign-in area that includes OpenSSL's headers. Only the
// asymmetric algorithms an OpenID provider signs ID tokens with are accepted: RS256, PS256 and
// ES256. "none" and every HMAC algorithm are refused before any key is looked at, so a token
// "signed" with the provider's public key as an HMAC secret can never verify.
namespace pv::signin::jose {

// A compact JWS split into its parts; nothing in it is trusted until verify() says so.
struct Jwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // base64url(header) "." base64url(payload)
    QByteArray signature;    // decoded
    QString alg() const { return header.value(QStringLiteral("alg")).toString(); }
    QString kid() const { return header.value(QStringLiteral("kid")).toString(); }
};

[[nodiscard]] QByteArray base64Url(const QByteArray &data);
[[nodiscard]] std::optional<QByteArray> fromBase64Url(const QByteArray &text);

// Splits and decodes a compact JWS. Fails with "bad-token" on any malformed part.
[[nodiscard]] Result<Jwt> parse(const QByteArray &compact);

// True for RS256, PS256 and ES256, the only algorithms verify() accepts.
[[nodiscard]] bool isAllowedAlgorithm(const QString &alg);

// Checks the signature of `jwt` with one public key from a JWKS (RFC 7517). The key must fit
// the token's algorithm (RSA of at least 2048 bits for RS256/PS256, P-256 for ES256) and, where
// it says, be meant for signatures with that algorithm. Fails with "bad-signature".
[[nodiscard]] Status verify(const Jwt &jwt, const QJsonObject &jwk);

} // namespace pv::signin::jose
