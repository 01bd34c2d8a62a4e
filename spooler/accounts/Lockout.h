#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace pv::accounts {

// Counts failed sign-ins per key (a user, a device) and locks a key for a while after too
// many. Kept in memory: a restart of the daemon is not something a remote guesser can cause.
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
        Entry &e = m_entries[key];
        if (e.until.isValid() && e.until <= m_clock->now())
            e = Entry(); // an expired lock starts a fresh count
        if (++e.failures >= m_maxFailures)
            e.until = m_clock->now().addSecs(m_lockSeconds);
    }
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
    };
    const Clock *m_clock;
    int m_maxFailures;
    qint64 m_lockSeconds;
    QHash<QString, Entry> m_entries;
};

} // namespace pv::accounts
