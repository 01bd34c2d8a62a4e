#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <cups/ipp.h>

#include <ctime>
#include <deque>
#include <mutex>
#include <optional>

namespace pv {

// One event as a subscription keeps it until Get-Notifications (RFC 3996 "ippget") is asked for
// it, or until it is older than the printer's ippget-event-life.
struct IppEvent
{
    int sequence = 0;
    QString name; // notify-subscribed-event: job-created, job-completed, ...
    QString text; // notify-text
    time_t at = 0;
    int jobId = 0; // 0: a printer event
    ipp_jstate_t jobState = IPP_JSTATE_PENDING;
    QString jobReason;
    int jobImpressions = 0;
    ipp_pstate_t printerState = IPP_PSTATE_IDLE;
    QString printerReason;
    bool accepting = true;
};

// A subscription of RFC 3995, always with the ippget pull method (there is no network to push to).
struct IppSubscription
{
    int id = 0;
    QString user; // notify-subscriber-user-name
    QSet<QString> events;
    int jobId = 0;         // a job subscription ends with its job; 0: the printer's
    int leaseDuration = 0; // seconds, 0: without end (printer subscriptions only)
    time_t expires = 0;    // 0: never
    int timeInterval = 0;  // notify-time-interval
    QByteArray userData;   // notify-user-data, up to 63 octets
    QString charset = QStringLiteral("utf-8");
    QString language = QStringLiteral("en");
    time_t created = 0;
    int nextSequence = 1;
    bool ended = false; // its job ended: the events left are the last
    std::deque<IppEvent> pending;
};

// What a printer or job state change says, for every subscription that asked for it.
struct IppEventSource
{
    QString name;
    QString text;
    int jobId = 0;
    ipp_jstate_t jobState = IPP_JSTATE_PENDING;
    QString jobReason;
    int jobImpressions = 0;
    bool jobEnded = false;
    ipp_pstate_t printerState = IPP_PSTATE_IDLE;
    QString printerReason;
    bool accepting = true;
};

// The printer's subscriptions. Connection threads create, read, renew and cancel them and pull
// their events; any thread that changes a job or the printer adds events. One mutex guards all.
class IppSubscriptions
{
public:
    static constexpr int MaxEvents = 100;      // notify-max-events-supported, per subscription
    static constexpr int EventLife = 300;      // ippget-event-life, seconds
    static constexpr int MaxLease = 86400;     // notify-lease-duration-supported: 0..MaxLease
    static constexpr int DefaultLease = 86400; // notify-lease-duration-default
    static constexpr int MaxSubscriptions = 100;
    static constexpr int GetInterval = 10; // notify-get-interval: when to ask again, seconds

    // Returns the new subscription's id, 0 when the printer has no room for another.
    int add(IppSubscription subscription);
    std::optional<IppSubscription> find(int id) const;
    // Newest first; jobId 0 lists the printer's, a job's id that job's; user filters when not empty.
    QList<IppSubscription> list(int jobId, const QString &user, int limit) const;
    // A new lease (0: without end) for a printer subscription; false when there is none.
    bool renew(int id, int leaseDuration);
    bool cancel(int id);
    void notify(const IppEventSource &source);
    // The events of a subscription from `sequence` on; nullopt when it does not exist.
    std::optional<QList<IppEvent>> events(int id, int sequence) const;

private:
    void pruneNoLock(time_t now);

    mutable std::mutex m_mutex;
    QMap<int, IppSubscription> m_subscriptions;
    int m_nextId = 1;
};

} // namespace pv
