#include "capture/IppSubscriptions.h"

namespace pv {

int IppSubscriptions::add(IppSubscription subscription)
{
    std::lock_guard lock(m_mutex);
    const time_t now = time(nullptr);
    pruneNoLock(now);
    if (m_subscriptions.size() >= MaxSubscriptions)
        return 0;
    subscription.id = m_nextId++;
    subscription.created = now;
    subscription.expires = subscription.leaseDuration > 0 ? now + subscription.leaseDuration : 0;
    m_subscriptions.insert(subscription.id, subscription);
    return subscription.id;
}

std::optional<IppSubscription> IppSubscriptions::find(int id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_subscriptions.constFind(id);
    if (it == m_subscriptions.constEnd() || (it->expires && it->expires <= time(nullptr)))
        return std::nullopt;
    return it.value();
}

QList<IppSubscription> IppSubscriptions::list(int jobId, const QString &user, int limit) const
{
    std::lock_guard lock(m_mutex);
    const time_t now = time(nullptr);
    QList<IppSubscription> out;
    for (auto it = m_subscriptions.cend(); it != m_subscriptions.cbegin();) {
        const IppSubscription &s = *--it;
        if (s.jobId != jobId || s.ended || (s.expires && s.expires <= now) ||
            (!user.isEmpty() && s.user != user))
            continue;
        out.append(s);
        if (limit > 0 && out.size() >= limit)
            break;
    }
    return out;
}

bool IppSubscriptions::renew(int id, int leaseDuration)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_subscriptions.find(id);
    const time_t now = time(nullptr);
    if (it == m_subscriptions.end() || it->jobId != 0 || (it->expires && it->expires <= now))
        return false;
    it->leaseDuration = leaseDuration;
    it->expires = leaseDuration > 0 ? now + leaseDuration : 0;
    return true;
}

bool IppSubscriptions::cancel(int id)
{
    std::lock_guard lock(m_mutex);
    return m_subscriptions.remove(id) > 0;
}

void IppSubscriptions::notify(const IppEventSource &source)
{
    std::lock_guard lock(m_mutex);
    const time_t now = time(nullptr);
    pruneNoLock(now);
    for (IppSubscription &s : m_subscriptions) {
        if (s.ended || (s.jobId != 0 && s.jobId != source.jobId) || !s.events.contains(source.name))
            continue;
        IppEvent e;
        e.sequence = s.nextSequence++;
        e.name = source.name;
        e.text = source.text;
        e.at = now;
        e.jobId = source.jobId;
        e.jobState = source.jobState;
        e.jobReason = source.jobReason;
        e.jobImpressions = source.jobImpressions;
        e.printerState = source.printerState;
        e.printerReason = source.printerReason;
        e.accepting = source.accepting;
        s.pending.push_back(e);
        while (int(s.pending.size()) > MaxEvents)
            s.pending.pop_front();
    }
    // A job's subscriptions end with the job (RFC 3995 5.4.2); their last events stay readable.
    if (source.jobEnded) {
        for (IppSubscription &s : m_subscriptions) {
            if (s.jobId == source.jobId)
                s.ended = true;
        }
    }
}

std::optional<QList<IppEvent>> IppSubscriptions::events(int id, int sequence) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_subscriptions.constFind(id);
    const time_t now = time(nullptr);
    if (it == m_subscriptions.constEnd() || (it->expires && it->expires <= now))
        return std::nullopt;
    QList<IppEvent> out;
    for (const IppEvent &e : it->pending) {
        if (e.sequence >= sequence && e.at + EventLife > now)
            out.append(e);
    }
    return out;
}

// Leases run out; events live for ippget-event-life; an ended job subscription goes with its
// last event.
void IppSubscriptions::pruneNoLock(time_t now)
{
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end();) {
        while (!it->pending.empty() && it->pending.front().at + EventLife <= now)
            it->pending.pop_front();
        const bool expired = it->expires && it->expires <= now;
        if (expired || (it->ended && it->pending.empty()))
            it = m_subscriptions.erase(it);
        else
            ++it;
    }
}

} // namespace pv
