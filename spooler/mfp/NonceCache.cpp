#include "mfp/NonceCache.h"

#include "vault/Crypto.h"

namespace pv::mfp {

void NonceCache::dropExpired(const QDateTime &now)
{
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = it.value() <= now ? m_seen.erase(it) : std::next(it);
}

NonceCache::Outcome NonceCache::remember(const QString &issuer, const QString &nonce, const QDateTime &until,
                                         const QDateTime &now)
{
    // The issuer and a separator go in too, so one provider's nonce never shadows another's.
    const QByteArray key = crypto::sha256(issuer.toUtf8() + '\0' + nonce.toUtf8());
    if (const auto it = m_seen.constFind(key); it != m_seen.cend() && it.value() > now)
        return Outcome::Replayed;
    if (m_seen.size() >= m_capacity)
        dropExpired(now);
    if (m_seen.size() >= m_capacity)
        return Outcome::Full;
    m_seen.insert(key, until);
    return Outcome::Fresh;
}

} // namespace pv::mfp
