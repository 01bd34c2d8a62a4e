#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>

// The nonces of ID tokens an MFP has already signed in with, so that a token copied off the
// wire cannot be used a second time. Each is kept (as a SHA-256, never the nonce itself) until
// its token expires, and no longer. The cache is bounded: when it is full of tokens that are
// still valid, new ones are refused rather than an old one forgotten, since forgetting one
// would let it be replayed. Main thread.
namespace pv::mfp {

class NonceCache
{
public:
    enum class Outcome { Fresh, Replayed, Full };

    explicit NonceCache(int capacity = 4096)
        : m_capacity(capacity)
    {}

    // Records `nonce` (of `issuer`) until `until`; Fresh the first time only.
    [[nodiscard]] Outcome remember(const QString &issuer, const QString &nonce, const QDateTime &until,
                                   const QDateTime &now);
    int size() const { return int(m_seen.size()); }

private:
    void dropExpired(const QDateTime &now);

    int m_capacity;
    QHash<QByteArray, QDateTime> m_seen; // SHA-256(issuer, nonce) -> the token's expiry
};

} // namespace pv::mfp
