#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace pv::accounts {

// A budget of events per key over a sliding window: each event spends one, and only time gives
// it back, when the event leaves the window. Nothing else resets it, so a success between
// guesses (a valid badge after four wrong ones) buys no further guesses. Kept in memory, like
// Lockout. Main thread.
class FailureWindow
{
public:
    FailureWindow(const Clock *clock, int budget, qint64 windowSeconds)
        : m_clock(clock)
        , m_budget(qMax(1, budget))
        , m_windowSeconds(windowSeconds)
    {}

    // While the key's budget is spent: when the oldest event leaves the window. Otherwise an
    // invalid time.
    QDateTime spentUntil(const QString &key) const
    {
        const auto it = m_events.constFind(key);
        if (it == m_events.cend() || it->size() < m_budget)
            return {};
        // Only the newest `budget` events are kept: the first is the one that must age out.
        const QDateTime until = it->first().addSecs(m_windowSeconds);
        return until > m_clock->now() ? until : QDateTime();
    }
    void add(const QString &key)
    {
        QList<QDateTime> &events = m_events[key];
        const QDateTime now = m_clock->now();
        while (!events.isEmpty() && events.first().addSecs(m_windowSeconds) <= now)
            events.removeFirst();
        events.append(now);
        while (events.size() > m_budget)
            events.removeFirst();
        if (m_events.size() > MaxKeys)
            dropIdleKeys(now);
    }
    // Only an administrator's act (a new PIN) gives a budget back early.
    void clear(const QString &key) { m_events.remove(key); }

private:
    static constexpr qsizetype MaxKeys = 4096; // names given by guessers are keys too

    void dropIdleKeys(const QDateTime &now)
    {
        for (auto it = m_events.begin(); it != m_events.end();)
            it = it->last().addSecs(m_windowSeconds) <= now ? m_events.erase(it) : std::next(it);
    }

    const Clock *m_clock;
    int m_budget;
    qint64 m_windowSeconds;
    QHash<QString, QList<QDateTime>> m_events;
};

} // namespace pv::accounts
