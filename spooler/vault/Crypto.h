#pragma once

#include "common/Result.h"
#include "vault/SecureBytes.h"

#include <QByteArray>

#include <initializer_list>

// Small, [[nodiscard]] wrappers over OpenSSL's EVP interface. Everything else in
// PrintVault goes through these; nothing else includes OpenSSL's cipher headers.
namespace pv::crypto {

constexpr int KeySize = 32;   // AES-256
constexpr int NonceSize = 12; // 96-bit GCM nonce
constexpr int TagSize = 16;   // 128-bit GCM tag

[[nodiscard]] QByteArray randomBytes(int size);
[[nodiscard]] SecureBytes randomKey();

// AES-256-GCM with an explicit nonce. seal() returns ciphertext||tag.
[[nodiscard]] Result<QByteArray> gcmSeal(const SecureBytes &key, const QByteArray &nonce,
                                         const QByteArray &aad, const char *plain, int plainSize);
// The same into out, which has room for plainSize + TagSize bytes (no allocation per segment).
[[nodiscard]] Status gcmSealInto(const SecureBytes &key, const QByteArray &nonce, const QByteArray &aad,
                                 const char *plain, int plainSize, char *out);
// open() takes ciphertext||tag and fails on any authentication error.
[[nodiscard]] Result<QByteArray> gcmOpen(const SecureBytes &key, const QByteArray &nonce,
                                         const QByteArray &aad, const char *sealed, int sealedSize);

// Self-contained boxes: nonce||ciphertext||tag with a random nonce.
[[nodiscard]] Result<QByteArray> boxSeal(const SecureBytes &key, const QByteArray &aad,
                                         const QByteArray &plain);
[[nodiscard]] Result<QByteArray> boxOpen(const SecureBytes &key, const QByteArray &aad,
                                         const QByteArray &box);
[[nodiscard]] Result<SecureBytes> boxOpenKey(const SecureBytes &key, const QByteArray &aad,
                                             const QByteArray &box);

// Streaming SHA-256 through OpenSSL (hardware-accelerated, unlike QCryptographicHash in Qt 6.4).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void addData(const char *data, qint64 size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    QByteArray result(); // finalises; call once

private:
    struct evp_md_ctx_st *m_ctx;
};

[[nodiscard]] QByteArray sha256(const QByteArray &data);
[[nodiscard]] QByteArray hmacSha256(const SecureBytes &key, const QByteArray &message);
// A sub-key for one purpose (HMAC-SHA256 of the purpose under the parent key), so that one
// keychain secret can protect several kinds of data without reusing a key across them.
[[nodiscard]] SecureBytes deriveKey(const SecureBytes &parent, const QByteArray &purpose);
// HKDF-SHA256 (RFC 5869) through OpenSSL 3's EVP_KDF: a 32-byte key for one purpose, named by
// `label` (the HKDF info), with `salt` binding it to one store (a vault's id). Used for the
// integrity MACs of the stores, which must not share a key with anything else.
[[nodiscard]] SecureBytes hkdfSha256(const SecureBytes &parent, const QByteArray &salt,
                                     const QByteArray &label);
// A MAC over fields: each one length-prefixed, so no two different lists of fields give the
// same bytes ("ab","c" and "a","bc" differ). HMAC-SHA256 under `key`.
[[nodiscard]] QByteArray fieldsMac(const SecureBytes &key, std::initializer_list<QByteArray> fields);
// Slow password hashing for PINs (PBKDF2-HMAC-SHA256). Runs for a noticeable time by design:
// call it off the main thread.
[[nodiscard]] QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                                      int length = 32);
[[nodiscard]] bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace pv::crypto
