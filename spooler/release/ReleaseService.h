#pragma once

#include "common/Result.h"
#include "config/Policy.h"
#include "localapi/MethodRegistry.h"
#include "release/ReleaseJob.h"

#include <QObject>
#include <QSemaphore>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace pv::release {

class PrinterStore;

// How one release ended, refused before sending included: what the audit log records.
struct ReleaseReport
{
    ReleaseTicket ticket;
    bool ok = false;
    QString errorCode; // when not ok
    int impressions = 0;
    int sheets = 0;
};

// Sends held jobs to printers and follows them to the end, then records the usage and deletes
// each job, unless policy keeps printed jobs; a job stays in the vault until its printer
// reports it completed and its usage is counted. Each release is a ReleaseJob (its steps and
// their threads are stated there).
//
// Threads: this object, the vault, the ledger and the quota live on the main thread. Each
// release sends and follows on one of m_senders (at most SenderThreads: releases wait on
// printers, and back off when they are busy, so they get threads of their own and capture and
// PIN checks on the daemon's shared workers never wait behind them). Raster pages are drawn in
// printvault-worker processes, each started and waited for by its release's sender thread, at
// most one per core across all releases (m_renderSlots). Nothing else is started.
class ReleaseService : public QObject
{
    Q_OBJECT
public:
    ReleaseService(Vault *vault, accounting::UsageLedger *ledger, const accounting::Quota *quota,
                   const Policy *policy, PrinterTrust *trust, QObject *parent = nullptr);
    // Tells releases in flight to give up, and waits for them.
    ~ReleaseService() override;

    // The private folder render workers get their scratch folders in (before any release).
    void setScratchDir(const QString &dir) { m_render.scratchDir = dir; }

    using Done = std::function<void(Result<ReleaseOutcome>)>;
    void release(const QString &jobId, const QString &user, const ReleaseOptions &options, Done done);

Q_SIGNALS:
    // How far sending has got: bytes of a PDF, or (`pages`) pages of a rasterised job.
    void progress(const QString &jobId, qint64 done, qint64 total, bool pages);
    // The printer was busy or out of reach; the next try starts in `seconds`.
    void retrying(const QString &jobId, const QString &why, int seconds);
    // A release ended: printed and counted, or refused or failed (then errorCode says why).
    void finished(const pv::release::ReleaseReport &report);

private:
    static constexpr int SenderThreads = 4;

    WorkerHooks hooksFor(const QString &jobId);
    void record(const ReleaseJob &job, const Delivery &delivery, const Done &done);
    void report(const ReleaseTicket &ticket, const Result<ReleaseOutcome> &result);

    // Declared before the senders: a sender holds a slot while its render worker runs.
    QSemaphore m_renderSlots;
    RenderSettings m_render;
    ReleaseStores m_stores;
    QThreadPool m_senders;
    std::atomic<bool> m_cancel{false};
    QSet<QString> m_releasing;
};

// The local API's `jobs.release` (docs/local-api.md). `service` returns null while the vault is
// locked; `user` is the session's user, recorded as the job's requesting user and in the ledger.
// `printer` may name a saved printer in `printers` instead of giving a URI.
void addReleaseMethods(localapi::MethodRegistry &methods, std::function<ReleaseService *()> service,
                       const QString &user, const PrinterStore *printers);

} // namespace pv::release
