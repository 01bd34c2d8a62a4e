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

private:
    void pruneNoLock();

    mutable std::mutex m_mutex;
    QMap<int, CaptureJob> m_jobs;
    int m_nextId = 1;
};

} // namespace pv
