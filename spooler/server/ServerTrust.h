#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// How the print server's TLS certificate is trusted (docs/policy.md, server/*): a pinned SHA-256
// fingerprint if policy sets one, else a chain that verifies for the server's host against
// policy's CA file, else against the system's CAs. Immutable after construction, so the upload
// thread and the main thread share one without locking.
namespace pv::server {

struct TrustOptions
{
    QString fingerprint; // lower-case hex SHA-256 of the leaf certificate; empty: not pinned
    QString caFile;      // PEM; empty: the system's CAs
};

class ServerTrust
{
public:
    explicit ServerTrust(TrustOptions options);

    // `chain` is the DER certificates the server presented, leaf first; `host` the name or
    // address the client connected to. "server-certificate-changed" when a pin does not match
    // (both fingerprints in the details), "server-untrusted" when the chain does not verify.
    [[nodiscard]] Status check(const QList<QByteArray> &chain, const QString &host) const;

private:
    TrustOptions m_options;
};

QString sha256Hex(const QByteArray &der);

} // namespace pv::server
