#include "signin/Jose.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <memory>

namespace pv::signin::jose {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using EcSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

constexpr int MinRsaBits = 2048;
constexpr int P256CoordinateSize = 32;

Error badSignature(const QString &why)
{
    return Error{
        QStringLiteral("bad-signature"),
        QCoreApplication::translate("pv::signin", "The ID token's signature is not valid: %1").arg(why)};
}

Bn bignum(const QByteArray &bigEndian)
{
    return Bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()), int(bigEndian.size()),
                        nullptr));
}

QByteArray member(const QJsonObject &jwk, const char *name)
{
    return fromBase64Url(jwk.value(QLatin1String(name)).toString().toLatin1()).value_or(QByteArray());
}

// Builds a public key of `type` ("RSA" or "EC") from OSSL parameters.
PKey keyFromParams(const char *type, const OSSL_PARAM *params)
{
    PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, const_cast<OSSL_PARAM *>(params)) != 1)
        return nullptr;
    return PKey(key);
}

PKey rsaKey(const QJsonObject &jwk)
{
    const Bn n = bignum(member(jwk, "n"));
    const Bn e = bignum(member(jwk, "e"));
    ParamBld bld(OSSL_PARAM_BLD_new());
    if (!n || !e || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return nullptr;
    const Params params(OSSL_PARAM_BLD_to_param(bld.get()));
    PKey key = params ? keyFromParams("RSA", params.get()) : nullptr;
    if (key && EVP_PKEY_get_bits(key.get()) < MinRsaBits)
        return nullptr;
    return key;
}

PKey p256Key(const QJsonObject &jwk)
{
    const QByteArray x = member(jwk, "x");
    const QByteArray y = member(jwk, "y");
    if (jwk.value(QStringLiteral("crv")).toString() != QLatin1String("P-256") ||
        x.size() != P256CoordinateSize || y.size() != P256CoordinateSize)
        return nullptr;
    // An uncompressed point: 0x04 || x || y (SEC 1, 2.3.3).
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bld ||
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())) != 1)
        return nullptr;
    const Params params(OSSL_PARAM_BLD_to_param(bld.get()));
    return params ? keyFromParams("EC", params.get()) : nullptr;
}

// JWS carries ES256 signatures as r || s; OpenSSL verifies the DER form of ECDSA-Sig-Value.
std::optional<QByteArray> ecdsaDer(const QByteArray &raw)
{
    if (raw.size() != 2 * P256CoordinateSize)
        return std::nullopt;
    EcSig sig(ECDSA_SIG_new());
    Bn r = bignum(raw.left(P256CoordinateSize));
    Bn s = bignum(raw.mid(P256CoordinateSize));
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    static_cast<void>(r.release()); // owned by sig now
    static_cast<void>(s.release());
    const int size = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (size <= 0)
        return std::nullopt;
    QByteArray der(size, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

bool verifyWith(EVP_PKEY *key, const QString &alg, const QByteArray &input, const QByteArray &signature)
{
    MdCtx md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!md || EVP_DigestVerifyInit(md.get(), &pctx, EVP_sha256(), nullptr, key) != 1)
        return false;
    if (alg == QLatin1String("PS256") &&
        (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
         EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
        return false;
    return EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size())) == 1;
}

} // namespace

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

Result<Jwt> parse(const QByteArray &compact)
{
    const Error bad{
        QStringLiteral("bad-token"),
        QCoreApplication::translate("pv::signin", "The ID token is not a signed JSON Web Token.")};
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return bad;
    const auto header = fromBase64Url(parts[0]);
    const auto payload = fromBase64Url(parts[1]);
    const auto signature = fromBase64Url(parts[2]);
    if (!header || !payload || !signature)
        return bad;
    const QJsonDocument h = QJsonDocument::fromJson(*header);
    const QJsonDocument p = QJsonDocument::fromJson(*payload);
    if (!h.isObject() || !p.isObject())
        return bad;
    return Jwt{h.object(), p.object(), parts[0] + '.' + parts[1], *signature};
}

bool isAllowedAlgorithm(const QString &alg)
{
    return alg == QLatin1String("RS256") || alg == QLatin1String("PS256") || alg == QLatin1String("ES256");
}

Status verify(const Jwt &jwt, const QJsonObject &jwk)
{
    const QString alg = jwt.alg();
    if (!isAllowedAlgorithm(alg))
        return badSignature(
            QCoreApplication::translate("pv::signin", "the algorithm '%1' is not allowed").arg(alg));
    const QString use = jwk.value(QStringLiteral("use")).toString();
    const QString keyAlg = jwk.value(QStringLiteral("alg")).toString();
    if ((!use.isEmpty() && use != QLatin1String("sig")) || (!keyAlg.isEmpty() && keyAlg != alg))
        return badSignature(QCoreApplication::translate("pv::signin", "the key is not for this algorithm"));
    const bool ec = alg == QLatin1String("ES256");
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    if (kty != (ec ? QLatin1String("EC") : QLatin1String("RSA")))
        return badSignature(
            QCoreApplication::translate("pv::signin", "the key type does not fit the algorithm"));
    const PKey key = ec ? p256Key(jwk) : rsaKey(jwk);
    if (!key)
        return badSignature(QCoreApplication::translate("pv::signin", "the provider's key cannot be used"));
    const std::optional<QByteArray> signature = ec ? ecdsaDer(jwt.signature) : jwt.signature;
    if (!signature || !verifyWith(key.get(), alg, jwt.signingInput, *signature))
        return badSignature(
            QCoreApplication::translate("pv::signin", "it does not match the provider's key"));
    return {};
}

} // namespace pv::signin::jose
