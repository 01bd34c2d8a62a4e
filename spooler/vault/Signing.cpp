#include "vault/Signing.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace pv::crypto {

namespace {

struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

Error signingError(const char *what)
{
    return Error{QStringLiteral("crypto"),
                 QCoreApplication::translate("pv::vault", "Ed25519 failure: %1").arg(QLatin1String(what))};
}

Key privateKey(const SecureBytes &seed)
{
    if (seed.size() != Ed25519SeedSize)
        return nullptr;
    return Key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), size_t(seed.size())));
}

Key publicKey(const QByteArray &raw)
{
    if (raw.size() != Ed25519PublicSize)
        return nullptr;
    return Key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(raw), size_t(raw.size())));
}

} // namespace

Result<QByteArray> ed25519PublicKey(const SecureBytes &seed)
{
    const Key key = privateKey(seed);
    if (!key)
        return signingError("bad private key");
    QByteArray out(Ed25519PublicSize, '\0');
    size_t length = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1 ||
        length != size_t(Ed25519PublicSize))
        return signingError("cannot derive the public key");
    return out;
}

Result<QByteArray> ed25519Sign(const SecureBytes &seed, const QByteArray &message)
{
    const Key key = privateKey(seed);
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx)
        return signingError("bad private key");
    QByteArray out(Ed25519SignatureSize, '\0');
    size_t length = size_t(out.size());
    // Ed25519 hashes internally: no digest is named, and the message goes in one call.
    if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, bytes(message),
                       size_t(message.size())) != 1)
        return signingError("cannot sign");
    return out;
}

bool ed25519Verify(const QByteArray &raw, const QByteArray &message, const QByteArray &signature)
{
    const Key key = publicKey(raw);
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || signature.size() != Ed25519SignatureSize)
        return false;
    return EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
                            size_t(message.size())) == 1;
}

Result<QByteArray> ed25519PublicPem(const QByteArray &raw)
{
    const Key key = publicKey(raw);
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        return signingError("cannot write the public key");
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(length));
}

Result<QByteArray> ed25519PublicFromPem(const QByteArray &pem)
{
    const Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    const Key key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Error{
            QStringLiteral("bad-key"),
            QCoreApplication::translate("pv::vault", "This is not an Ed25519 public key in PEM form.")};
    QByteArray out(Ed25519PublicSize, '\0');
    size_t length = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
        return signingError("cannot read the public key");
    return out;
}

} // namespace pv::crypto
