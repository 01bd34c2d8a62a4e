#include "server/ServerTrust.h"

#include "common/Logging.h"
#include "release/PrinterTrust.h"
#include "server/ServerText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace pv::server {

namespace {

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct StoreFree
{
    void operator()(X509_STORE *s) const { X509_STORE_free(s); }
};
struct CtxFree
{
    void operator()(X509_STORE_CTX *c) const { X509_STORE_CTX_free(c); }
};
struct StackFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};

std::unique_ptr<X509, X509Free> parse(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return std::unique_ptr<X509, X509Free>(d2i_X509(nullptr, &p, long(der.size())));
}

Error untrusted(const QString &host, const QString &presented, const QString &why)
{
    return Error{QStringLiteral("server-untrusted"),
                 Text::tr("The print server %1 shows a certificate (%2) that is not trusted: %3")
                     .arg(host, release::fingerprintText(presented), why),
                 {{QStringLiteral("server"), host},
                  {QStringLiteral("presented_fingerprint"), release::fingerprintText(presented)}}};
}

} // namespace

QString sha256Hex(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

ServerTrust::ServerTrust(TrustOptions options)
    : m_options(std::move(options))
{}

Status ServerTrust::check(const QList<QByteArray> &chain, const QString &host) const
{
    if (chain.isEmpty())
        return untrusted(host, QString(), Text::tr("it showed none"));
    const QString presented = sha256Hex(chain.first());
    // A pin decides alone: a private server's self-signed certificate needs no CA.
    if (!m_options.fingerprint.isEmpty()) {
        if (presented.compare(m_options.fingerprint, Qt::CaseInsensitive) == 0)
            return {};
        qCWarning(lcServer).noquote() << "the certificate of" << host << "is not the pinned one; refusing it";
        return Error{
            QStringLiteral("server-certificate-changed"),
            Text::tr("The print server %1 shows a different certificate than the one your organisation "
                     "pinned (pinned %2, now %3). Nothing was sent; someone may be impersonating the "
                     "server.")
                .arg(host, release::fingerprintText(m_options.fingerprint),
                     release::fingerprintText(presented)),
            {{QStringLiteral("server"), host},
             {QStringLiteral("trusted_fingerprint"), release::fingerprintText(m_options.fingerprint)},
             {QStringLiteral("presented_fingerprint"), release::fingerprintText(presented)}}};
    }
    auto leaf = parse(chain.first());
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    std::unique_ptr<STACK_OF(X509), StackFree> intermediates(sk_X509_new_null());
    if (!leaf || !store || !intermediates)
        return untrusted(host, presented, Text::tr("it cannot be read"));
    const bool loaded =
        m_options.caFile.isEmpty()
            ? X509_STORE_set_default_paths(store.get()) == 1
            : X509_STORE_load_file(store.get(), m_options.caFile.toLocal8Bit().constData()) == 1;
    if (!loaded)
        return untrusted(host, presented, Text::tr("the CA file %1 cannot be read").arg(m_options.caFile));
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (auto cert = parse(chain.at(i)))
            sk_X509_push(intermediates.get(), cert.release());
    }
    std::unique_ptr<X509_STORE_CTX, CtxFree> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), intermediates.get()) != 1)
        return untrusted(host, presented, QStringLiteral("X509_STORE_CTX_init"));
    // The certificate must name the host connected to: an address as an IP SAN, else a DNS name.
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    const QByteArray h = host.toUtf8();
    if (!QHostAddress(host).isNull())
        X509_VERIFY_PARAM_set1_ip_asc(param, h.constData());
    else
        X509_VERIFY_PARAM_set1_host(param, h.constData(), size_t(h.size()));
    if (X509_verify_cert(ctx.get()) != 1)
        return untrusted(
            host, presented,
            QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get()))));
    return {};
}

} // namespace pv::server
