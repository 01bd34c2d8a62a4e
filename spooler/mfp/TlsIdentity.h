#pragma once

#include "common/Result.h"
#include "vault/SecureBytes.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace pv::mfp {

// The MFP API's server certificate and key. On first start a self-signed ECDSA P-256
// certificate is made; an administrator may install a CA-issued one instead.
//
// The private key is kept encrypted at rest (AES-256-GCM under a key derived from the vault's
// master key, which lives only in the keychain), rather than as a keychain item of its own: one
// keychain secret then guards everything, and an installed CA key is protected the same way.
struct TlsIdentity
{
    QSslCertificate certificate;
    QList<QSslCertificate> chain; // intermediates, leaf excluded
    QSslKey key;

    // SHA-256 of the certificate (DER), as colon-separated upper-case hex: what an MFP pins.
    QString fingerprint() const;
    bool selfSigned = false; // signed by its own key (Qt's check wants a CA key usage bit)
    // TLS 1.2 or later with forward-secret AEAD suites only; no client certificates.
    QSslConfiguration serverConfiguration() const;
};

class TlsIdentityStore
{
public:
    // `directory` is private (0700); `sealKey` protects the key file.
    TlsIdentityStore(QString directory, SecureBytes sealKey);

    // Loads the stored identity, or makes and stores a self-signed one for `hostName`.
    [[nodiscard]] Result<TlsIdentity> loadOrCreate(const QString &hostName);
    // Checks and stores a CA-issued certificate (PEM), its private key (PEM) and an optional
    // chain (PEM): the key must match, and the certificate must be valid now.
    [[nodiscard]] Result<TlsIdentity> install(const QByteArray &certPem, const QByteArray &keyPem,
                                              const QByteArray &chainPem);

private:
    Result<TlsIdentity> load();
    Status store(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &chainPem);

    QString m_dir;
    SecureBytes m_sealKey;
};

} // namespace pv::mfp
