#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <algorithm>

namespace pv::accounts {

// Counts failed sign-ins per key (a user, a device) and locks a key for a while after too
// many. Kept in memory: a restart of the daemon is not something a remote guesser can cause.
// Keys are names a guesser chooses, so their number is bounded (MaxKeys): past it, counts that
// lead nowhere (no failure for a lock's length, or an ended lock) go first, then counts below
// the limit, then the locks that end soonest. Dropping a count can give a guesser a few more
// tries at one name, which the per-device and overall budgets (FailureWindow) still bound.
class Lockout
{
public:
    Lockout(const Clock *clock, int maxFailures, int lockMinutes)
        : m_clock(clock)
        , m_maxFailures(maxFailures)
        , m_lockSeconds(qint64(lockMinutes) * 60)
    {}

    // When the key's lock ends, or an invalid time when it is not locked.
    QDateTime lockedUntil(const QString &key) const
    {
        const auto it = m_entries.constFind(key);
        if (it == m_entries.cend() || !it->until.isValid() || it->until <= m_clock->now())
            return {};
        return it->until;
    }
    void fail(const QString &key)
    {
        const QDateTime now = m_clock->now();
        Entry &e = m_entries[key];
        if (e.until.isValid() && e.until <= now)
            e = Entry(); // an expired lock starts a fresh count
        e.last = now;
        if (++e.failures >= m_maxFailures)
            e.until = now.addSecs(m_lockSeconds);
        if (m_entries.size() > MaxKeys)
            prune(now);
    }
    qsizetype keyCount() const { return m_entries.size(); }

    static constexpr qsizetype MaxKeys = 4096;
    void succeed(const QString &key) { m_entries.remove(key); }
    // Lifts every lock whose key starts so (a new PIN lifts the user's locks at every device).
    void clearPrefix(const QString &prefix)
    {
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = it.key().startsWith(prefix) ? m_entries.erase(it) : std::next(it);
    }

private:
    struct Entry
    {
        int failures = 0;
        QDateTime until;
        QDateTime last; // the latest failure
    };

    bool isLocked(const Entry &e, const QDateTime &now) const { return e.until.isValid() && e.until > now; }

    // Back to at most MaxKeys - MaxKeys / 4, so that pruning runs once per many failures.
    void prune(const QDateTime &now)
    {
        const qsizetype target = MaxKeys - MaxKeys / 4;
        // First what leads nowhere: ended locks, and counts idle for a lock's length.
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            const bool stale =
                it->until.isValid() ? it->until <= now : it->last.addSecs(m_lockSeconds) <= now;
            it = stale ? m_entries.erase(it) : std::next(it);
        }
        // Then counts below the limit, then the locks that end soonest.
        for (int pass = 0; pass < 2 && m_entries.size() > target; ++pass) {
            QList<QPair<QDateTime, QString>> order;
            for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
                if (isLocked(*it, now) == (pass == 1))
                    order.append({pass == 1 ? it->until : it->last, it.key()});
            }
            std::sort(order.begin(), order.end());
            for (const auto &[when, key] : order) {
                if (m_entries.size() <= target)
                    break;
                m_entries.remove(key);
            }
        }
    }
    const Clock *m_clock;
    int m_maxFailures;
    qint64 m_lockSeconds;
    QHash<QString, Entry> m_entries;
};

} // namespace pv::accounts
