#include "capture/CaptureJobs.h"

#include <QCoreApplication>

#include <algorithm>

namespace pv {

namespace {
// Finished jobs stay listed for a while so clients (CUPS's backend) can see how they ended.
constexpr int KeptFinishedJobs = 100;
} // namespace

void CaptureJobs::setNextId(int id)
{
    std::lock_guard lock(m_mutex);
    m_nextId = std::max(m_nextId, id);
}

int CaptureJobs::add(CaptureJob job)
{
    {
        std::lock_guard lock(m_mutex);
        job.id = m_nextId++;
        m_jobs.insert(job.id, job);
        pruneNoLock();
    }
    tell(std::nullopt, job);
    return job.id;
}

void CaptureJobs::tell(const std::optional<CaptureJob> &before, const CaptureJob &after) const
{
    if (!m_observer)
        return;
    if (before && before->state == after.state && before->reason == after.reason)
        return;
    m_observer(before ? &*before : nullptr, after);
}

void CaptureJobs::restore(const CaptureJob &job)
{
    std::lock_guard lock(m_mutex);
    m_jobs.insert(job.id, job);
    m_nextId = std::max(m_nextId, job.id + 1);
}

std::optional<CaptureJob> CaptureJobs::find(int id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<CaptureJob> CaptureJobs::update(int id, const std::function<void(CaptureJob &)> &change)
{
    std::optional<CaptureJob> before;
    CaptureJob after;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return std::nullopt;
        before = it.value();
        change(it.value());
        after = it.value();
    }
    tell(before, after);
    return after;
}

void CaptureJobs::purge()
{
    QList<QPair<CaptureJob, CaptureJob>> canceled;
    {
        std::lock_guard lock(m_mutex);
        for (CaptureJob &job : m_jobs) {
            if (job.isFinished())
                continue;
            const CaptureJob before = job;
            job.state = IPP_JSTATE_CANCELED;
            job.reason = QStringLiteral("job-canceled-by-operator");
            job.completed = time(nullptr);
            canceled.append({before, job});
        }
        m_jobs.clear();
    }
    for (const auto &[before, after] : canceled)
        tell(before, after);
}

QList<int> CaptureJobs::abortWaiting(time_t now, int timeout)
{
    QList<QPair<CaptureJob, CaptureJob>> aborted;
    {
        std::lock_guard lock(m_mutex);
        for (CaptureJob &job : m_jobs) {
            if (job.isFinished() || job.hasDocument || job.created + timeout > now)
                continue;
            const CaptureJob before = job;
            job.state = IPP_JSTATE_ABORTED;
            job.reason = QStringLiteral("aborted-by-system");
            job.message = QCoreApplication::translate("pv::ipp", "No document arrived within %n second(s).",
                                                      nullptr, timeout);
            job.completed = now;
            aborted.append({before, job});
        }
    }
    QList<int> ids;
    for (const auto &[before, after] : aborted) {
        tell(before, after);
        ids.append(after.id);
    }
    return ids;
}

QList<CaptureJob> CaptureJobs::list(const QString &which, const QString &user, int limit) const
{
    std::lock_guard lock(m_mutex);
    QList<CaptureJob> out;
    for (auto it = m_jobs.cend(); it != m_jobs.cbegin();) {
        const CaptureJob &job = *--it;
        const bool finished = job.isFinished();
        if ((which == QLatin1String("completed") && !finished) ||
            (which == QLatin1String("not-completed") && finished))
            continue;
        if (!user.isEmpty() && job.user != user)
            continue;
        out.append(job);
        if (limit > 0 && out.size() >= limit)
            break;
    }
    return out;
}

int CaptureJobs::activeCount() const
{
    std::lock_guard lock(m_mutex);
    return int(
        std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const CaptureJob &j) { return !j.isFinished(); }));
}

void CaptureJobs::pruneNoLock()
{
    int finished = 0;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        finished += it->isFinished() ? 1 : 0;
    for (auto it = m_jobs.begin(); it != m_jobs.end() && finished > KeptFinishedJobs;) {
        if (it->isFinished()) {
            it = m_jobs.erase(it);
            --finished;
        } else {
            ++it;
        }
    }
}

} // namespace pv
