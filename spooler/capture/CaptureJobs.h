#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <cups/ipp.h>

#include <ctime>
#include <functional>
#include <mutex>
#include <optional>

namespace pv {

// One IPP job as clients see it. Its document lives in the vault (incoming, then held); this
// is only its state for Get-Job-Attributes and Get-Jobs.
struct CaptureJob
{
    int id = 0;
    QString name;
    QString user;
    QString format;
    QString draftId; // the vault's id of its document, once it has one
    ipp_jstate_t state = IPP_JSTATE_PENDING;
    QString reason = QStringLiteral("none"); // job-state-reasons
    QString message;                         // job-state-message
    QString holdUntil = QStringLiteral("no-hold");
    int copies = 1;
    int impressions = 0;
    qint64 bytes = 0;
    time_t created = 0;
    time_t processing = 0;
    time_t completed = 0;
    bool hasDocument = false; // Create-Job jobs get theirs with Send-Document

    bool isFinished() const { return state >= IPP_JSTATE_CANCELED; }
};

// The printer's job table, shared by the connection threads (create, query, cancel) and the
// conversion threads (outcome). Every member locks one mutex; nothing calls out while holding it.
class CaptureJobs
{
public:
    // Told of every new job (before: null) and every change of a job's state or reasons, on
    // the thread that made it, after the lock is released. Set once, before any job exists.
    using Observer = std::function<void(const CaptureJob *before, const CaptureJob &after)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // The first id to hand out: above any a resumed job keeps.
    void setNextId(int id);
    int add(CaptureJob job); // returns the job's id
    // Adds a job that keeps its id (a resumed one, after a restart).
    void restore(const CaptureJob &job);
    std::optional<CaptureJob> find(int id) const;
    // Applies change to the job, if it exists; returns the job as it is after the change.
    std::optional<CaptureJob> update(int id, const std::function<void(CaptureJob &)> &change);
    // Newest first. which: "completed", "not-completed" or "all".
    QList<CaptureJob> list(const QString &which, const QString &user, int limit) const;
    int activeCount() const;
    // Purge-Jobs: every job goes, the ones not yet ended canceled first (the observer is told).
    void purge();
    // Jobs created without their document longer ago than `timeout` seconds are aborted
    // (multiple-operation-time-out); returns their ids.
    QList<int> abortWaiting(time_t now, int timeout);

private:
    void pruneNoLock();

    void tell(const std::optional<CaptureJob> &before, const CaptureJob &after) const;

    Observer m_observer;
    mutable std::mutex m_mutex;
    QMap<int, CaptureJob> m_jobs;
    int m_nextId = 1;
};

} // namespace pv
