#include "vault/Crypto.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <memory>

namespace pv::crypto {

namespace {

struct CtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

const unsigned char *bytes(const char *p)
{
    return reinterpret_cast<const unsigned char *>(p);
}
unsigned char *bytes(char *p)
{
    return reinterpret_cast<unsigned char *>(p);
}

Error cryptoError(const char *what)
{
    return Error{QStringLiteral("crypto"),
                 QCoreApplication::translate("pv::vault", "OpenSSL failure: %1").arg(QLatin1String(what))};
}

// Shared set-up for both directions: cipher, nonce length, key and nonce, AAD.
bool initGcm(EVP_CIPHER_CTX *ctx, bool encrypt, const SecureBytes &key, const QByteArray &nonce,
             const QByteArray &aad)
{
    const int enc = encrypt ? 1 : 0;
    if (EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc) != 1)
        return false;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) != 1)
        return false;
    if (EVP_CipherInit_ex(ctx, nullptr, nullptr, key.data(), bytes(nonce.constData()), enc) != 1)
        return false;
    int outLen = 0;
    if (!aad.isEmpty() &&
        EVP_CipherUpdate(ctx, nullptr, &outLen, bytes(aad.constData()), int(aad.size())) != 1)
        return false;
    return true;
}

} // namespace

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    // RAND_bytes only fails when the OS entropy source is broken; there is no safe way on.
    if (size > 0 && RAND_bytes(bytes(out.data()), size) != 1)
        qFatal("RAND_bytes failed: no usable entropy source");
    return out;
}

SecureBytes randomKey()
{
    SecureBytes key(KeySize);
    if (RAND_bytes(key.data(), KeySize) != 1)
        qFatal("RAND_bytes failed: no usable entropy source");
    return key;
}

Status gcmSealInto(const SecureBytes &key, const QByteArray &nonce, const QByteArray &aad, const char *plain,
                   int plainSize, char *out)
{
    if (key.size() != KeySize || nonce.isEmpty() || plainSize < 0)
        return Error{QStringLiteral("crypto"),
                     QCoreApplication::translate("pv::vault", "bad key or nonce size")};
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || !initGcm(ctx.get(), true, key, nonce, aad))
        return cryptoError("GCM init");
    int len = 0;
    if (plainSize > 0 && EVP_EncryptUpdate(ctx.get(), bytes(out), &len, bytes(plain), plainSize) != 1)
        return cryptoError("GCM encrypt");
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(out) + len, &finalLen) != 1)
        return cryptoError("GCM final");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, out + plainSize) != 1)
        return cryptoError("GCM tag");
    return {};
}

Result<QByteArray> gcmSeal(const SecureBytes &key, const QByteArray &nonce, const QByteArray &aad,
                           const char *plain, int plainSize)
{
    QByteArray out(qMax(0, plainSize) + TagSize, '\0');
    if (auto s = gcmSealInto(key, nonce, aad, plain, plainSize, out.data()); !s)
        return s.error();
    return out;
}

Result<QByteArray> gcmOpen(const SecureBytes &key, const QByteArray &nonce, const QByteArray &aad,
                           const char *sealed, int sealedSize)
{
    if (key.size() != KeySize || nonce.isEmpty())
        return Error{QStringLiteral("crypto"),
                     QCoreApplication::translate("pv::vault", "bad key or nonce size")};
    if (sealedSize < TagSize)
        return Error{QStringLiteral("integrity"),
                     QCoreApplication::translate("pv::vault", "encrypted block is too short")};
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || !initGcm(ctx.get(), false, key, nonce, aad))
        return cryptoError("GCM init");
    const int cipherSize = sealedSize - TagSize;
    QByteArray out(cipherSize, '\0');
    int len = 0;
    if (cipherSize > 0 &&
        EVP_DecryptUpdate(ctx.get(), bytes(out.data()), &len, bytes(sealed), cipherSize) != 1)
        return cryptoError("GCM decrypt");
    QByteArray tag(sealed + cipherSize, TagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1)
        return cryptoError("GCM tag");
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(out.data()) + len, &finalLen) != 1) {
        // Never hand back unauthenticated plaintext.
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return Error{QStringLiteral("integrity"),
                     QCoreApplication::translate(
                         "pv::vault", "authentication failed: data was altered or the key is wrong")};
    }
    return out;
}

Result<QByteArray> boxSeal(const SecureBytes &key, const QByteArray &aad, const QByteArray &plain)
{
    const QByteArray nonce = randomBytes(NonceSize);
    auto sealed = gcmSeal(key, nonce, aad, plain.constData(), int(plain.size()));
    if (!sealed)
        return sealed.error();
    return QByteArray(nonce + sealed.value());
}

Result<QByteArray> boxOpen(const SecureBytes &key, const QByteArray &aad, const QByteArray &box)
{
    if (box.size() < NonceSize + TagSize)
        return Error{QStringLiteral("integrity"),
                     QCoreApplication::translate("pv::vault", "encrypted field is too short")};
    return gcmOpen(key, box.left(NonceSize), aad, box.constData() + NonceSize, int(box.size()) - NonceSize);
}

Result<SecureBytes> boxOpenKey(const SecureBytes &key, const QByteArray &aad, const QByteArray &box)
{
    auto opened = boxOpen(key, aad, box);
    if (!opened)
        return opened.error();
    SecureBytes out(opened.value());
    OPENSSL_cleanse(opened.value().data(), size_t(opened.value().size()));
    if (out.size() != KeySize)
        return Error{QStringLiteral("integrity"),
                     QCoreApplication::translate("pv::vault", "wrapped key has the wrong size")};
    return out;
}

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 initialisation failed");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::addData(const char *data, qint64 size)
{
    if (size > 0 && EVP_DigestUpdate(m_ctx, data, size_t(size)) != 1)
        qFatal("SHA-256 update failed");
}

QByteArray Sha256::result()
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_ctx, bytes(out.data()), &len) != 1 || len != 32)
        qFatal("SHA-256 final failed");
    return out;
}

QByteArray hmacSha256(const SecureBytes &key, const QByteArray &message)
{
    // OpenSSL's one-shot HMAC keeps the key out of Qt's buffers, which are not wiped.
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    unsigned int outLen = 0;
    if (!HMAC(EVP_sha256(), key.data(), key.size(), bytes(message.constData()), size_t(message.size()),
              bytes(out.data()), &outLen))
        qFatal("HMAC-SHA256 failed");
    out.truncate(int(outLen));
    return out;
}

QByteArray sha256(const QByteArray &data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

SecureBytes deriveKey(const SecureBytes &parent, const QByteArray &purpose)
{
    QByteArray mac = hmacSha256(parent, purpose);
    SecureBytes out(mac);
    OPENSSL_cleanse(mac.data(), size_t(mac.size()));
    return out;
}

SecureBytes hkdfSha256(const SecureBytes &parent, const QByteArray &salt, const QByteArray &label)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr);
    EVP_KDF_CTX *ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (!ctx)
        qFatal("HKDF is not available");
    // OSSL_PARAM takes non-const pointers; nothing below writes through them.
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char *>(parent.data()),
                                          size_t(parent.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(label.constData()),
                                          size_t(label.size())),
        OSSL_PARAM_construct_end()};
    SecureBytes out(KeySize);
    const int ok = EVP_KDF_derive(ctx, out.data(), size_t(out.size()), params);
    EVP_KDF_CTX_free(ctx);
    if (ok != 1)
        qFatal("HKDF-SHA256 failed");
    return out;
}

QByteArray fieldsMac(const SecureBytes &key, std::initializer_list<QByteArray> fields)
{
    QByteArray message;
    for (const QByteArray &f : fields) {
        const quint32 n = quint32(f.size());
        const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
        message.append(len, 4).append(f);
    }
    return hmacSha256(key, message);
}

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QByteArray out(length, '\0');
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()), bytes(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), length, bytes(out.data())) != 1)
        qFatal("PBKDF2 failed");
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace pv::crypto
