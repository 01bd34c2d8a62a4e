#pragma once

#include "common/Result.h"
#include "vault/SecureBytes.h"

#include <QByteArray>

// Ed25519 signatures through OpenSSL's EVP interface: the audit log's checkpoints. Kept apart
// from Crypto.h so that the offline verifier (printvault-audit-verify) links only this and Qt
// Core; like Crypto.cpp, Signing.cpp is the only file that includes OpenSSL's key headers.
namespace pv::crypto {

constexpr int Ed25519SeedSize = 32;
constexpr int Ed25519PublicSize = 32;
constexpr int Ed25519SignatureSize = 64;

// The raw public key of a 32-byte private seed (RFC 8032).
[[nodiscard]] Result<QByteArray> ed25519PublicKey(const SecureBytes &seed);
[[nodiscard]] Result<QByteArray> ed25519Sign(const SecureBytes &seed, const QByteArray &message);
[[nodiscard]] bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message,
                                 const QByteArray &signature);
// SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----"), as `openssl pkey -pubout` writes it.
[[nodiscard]] Result<QByteArray> ed25519PublicPem(const QByteArray &publicKey);
[[nodiscard]] Result<QByteArray> ed25519PublicFromPem(const QByteArray &pem);

} // namespace pv::crypto
