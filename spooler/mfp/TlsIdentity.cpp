#include "mfp/TlsIdentity.h"

#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "vault/Crypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSslCipher>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace pv::mfp {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;

const QByteArray KeyAad = "printvault mfp tls key v1";

Error tlsError(const QString &message)
{
    return Error{QStringLiteral("tls"), message};
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A self-signed ECDSA P-256 server certificate, valid for two years (CA/B-style lifetimes are
// for public CAs; an MFP pins this one by fingerprint).
Result<QPair<QByteArray, QByteArray>> makeSelfSigned(const QString &hostName)
{
    Key key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    if (!key || !cert)
        return tlsError(QCoreApplication::translate("pv::mfp", "cannot make a P-256 key"));
    X509_set_version(cert.get(), 2);
    const QByteArray serial = crypto::randomBytes(16);
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()), 16, nullptr);
    BN_clear_bit(bn, 127); // a positive serial
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 2 * 365 * 24 * 3600L);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = hostName.toUtf8().left(64);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("PrintVault"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const QByteArray san = "DNS:" + cn + ",DNS:localhost,IP:127.0.0.1,IP:::1";
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), NID_subject_alt_name, san.constData()) ||
        X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return tlsError(QCoreApplication::translate("pv::mfp", "cannot sign the certificate"));

    Bio certBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_secmem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return tlsError(QCoreApplication::translate("pv::mfp", "cannot encode the certificate"));
    return QPair<QByteArray, QByteArray>(bioBytes(certBio.get()), bioBytes(keyBio.get()));
}

// OpenSSL decides whether a private key belongs to a certificate (any key type).
bool keyMatches(const QByteArray &certPem, const QByteArray &keyPem)
{
    Bio certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    Cert cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    Key key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

bool signedByItself(const QByteArray &certPem)
{
    Bio bio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    Cert cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    return cert && X509_NAME_cmp(X509_get_subject_name(cert.get()), X509_get_issuer_name(cert.get())) == 0 &&
           X509_verify(cert.get(), X509_get0_pubkey(cert.get())) == 1;
}

QSsl::KeyAlgorithm keyAlgorithm(const QSslCertificate &cert)
{
    return cert.publicKey().algorithm();
}

} // namespace

QString TlsIdentity::fingerprint() const
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    QList<QSslCertificate> all{certificate};
    all += chain;
    c.setLocalCertificateChain(all);
    c.setPrivateKey(key);
    // TLS 1.3 suites, and for 1.2 only ECDHE with AEAD: forward secrecy, no CBC, no RSA key exchange.
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString n = cipher.name();
        const bool tls13 = cipher.protocol() == QSsl::TlsV1_3;
        const bool modern12 = cipher.protocol() == QSsl::TlsV1_2 && n.startsWith(QLatin1String("ECDHE-")) &&
                              (n.contains(QLatin1String("GCM")) || n.contains(QLatin1String("CHACHA20")));
        if (tls13 || modern12)
            ciphers.append(cipher);
    }
    c.setCiphers(ciphers);
    return c;
}

TlsIdentityStore::TlsIdentityStore(QString directory, SecureBytes sealKey)
    : m_dir(std::move(directory))
    , m_sealKey(std::move(sealKey))
{}

Result<TlsIdentity> TlsIdentityStore::loadOrCreate(const QString &hostName)
{
    if (auto s = files::ensurePrivateDir(m_dir); !s)
        return s.error();
    if (QFile::exists(m_dir + QStringLiteral("/certificate.pem")))
        return load();
    auto made = makeSelfSigned(hostName);
    if (!made)
        return made.error();
    if (auto s = store(made->first, made->second, QByteArray()); !s)
        return s.error();
    qCInfo(lcMfp) << "made a self-signed P-256 certificate for the MFP API";
    return load();
}

Result<TlsIdentity> TlsIdentityStore::install(const QByteArray &certPem, const QByteArray &keyPem,
                                              const QByteArray &chainPem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (certs.size() != 1)
        return tlsError(QCoreApplication::translate(
            "pv::mfp", "the certificate file must hold exactly one PEM certificate"));
    const QSslCertificate &cert = certs.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cert.effectiveDate() > now || cert.expiryDate() <= now)
        return tlsError(
            QCoreApplication::translate("pv::mfp", "the certificate is not valid now (valid %1 to %2)")
                .arg(cert.effectiveDate().toString(Qt::ISODate), cert.expiryDate().toString(Qt::ISODate)));
    if (!chainPem.isEmpty() && QSslCertificate::fromData(chainPem, QSsl::Pem).isEmpty())
        return tlsError(QCoreApplication::translate("pv::mfp", "the chain file holds no PEM certificate"));
    if (!keyMatches(certPem, keyPem))
        return tlsError(QCoreApplication::translate(
            "pv::mfp", "the private key does not belong to the certificate (or is not PEM)"));
    if (auto s = files::ensurePrivateDir(m_dir); !s)
        return s.error();
    if (auto s = store(certPem, keyPem, chainPem); !s)
        return s.error();
    qCInfo(lcMfp) << "installed a certificate for the MFP API";
    return load();
}

Status TlsIdentityStore::store(const QByteArray &certPem, const QByteArray &keyPem,
                               const QByteArray &chainPem)
{
    auto sealed = crypto::boxSeal(m_sealKey, KeyAad, keyPem);
    if (!sealed)
        return sealed.error();
    // Key first: a certificate on disk always has its key beside it.
    if (auto s = files::replaceFile(m_dir + QStringLiteral("/key.sealed"), sealed.value()); !s)
        return s;
    if (auto s = files::replaceFile(m_dir + QStringLiteral("/chain.pem"), chainPem); !s)
        return s;
    return files::replaceFile(m_dir + QStringLiteral("/certificate.pem"), certPem);
}

Result<TlsIdentity> TlsIdentityStore::load()
{
    auto certPem = files::readFile(m_dir + QStringLiteral("/certificate.pem"));
    auto chainPem = files::readFile(m_dir + QStringLiteral("/chain.pem"));
    auto sealed = files::readFile(m_dir + QStringLiteral("/key.sealed"));
    if (!certPem || !chainPem || !sealed)
        return tlsError(
            QCoreApplication::translate("pv::mfp", "the MFP API certificate files in %1 are incomplete")
                .arg(m_dir));
    auto keyPem = crypto::boxOpen(m_sealKey, KeyAad, sealed.value());
    if (!keyPem)
        return tlsError(QCoreApplication::translate(
            "pv::mfp", "the MFP API key cannot be decrypted with this vault's master key"));
    TlsIdentity id;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem.value(), QSsl::Pem);
    if (certs.isEmpty())
        return tlsError(QCoreApplication::translate("pv::mfp", "the MFP API certificate cannot be read"));
    id.certificate = certs.first();
    id.selfSigned = signedByItself(certPem.value());
    id.chain = QSslCertificate::fromData(chainPem.value(), QSsl::Pem);
    id.key = QSslKey(keyPem.value(), keyAlgorithm(id.certificate), QSsl::Pem, QSsl::PrivateKey);
    OPENSSL_cleanse(keyPem.value().data(), size_t(keyPem.value().size()));
    if (id.key.isNull())
        return tlsError(QCoreApplication::translate("pv::mfp", "the MFP API private key cannot be read"));
    return id;
}

} // namespace pv::mfp
