#pragma once

#include "common/Result.h"
#include "release/IppClient.h"
#include "release/PrinterSend.h"
#include "release/WorkerRendering.h"
#include "vault/PageOverrides.h"
#include "vault/Vault.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace pv {
class DecryptingDevice;
class Vault;
struct JobRecord;
struct Policy;
namespace accounting {
class Quota;
class UsageLedger;
} // namespace accounting
} // namespace pv

namespace pv::release {

class PrinterTrust;

struct ReleaseOptions
{
    QString printerUri;
    int copies = 0; // 0: as the job was printed
    bool duplex = false;
    bool mono = false;
    bool watermark = false; // user, date and host on every page
};

struct ReleaseOutcome
{
    QString jobId;
    QString printerUri;
    int printerJobId = 0;
    QString state; // the printer's final job state: completed
    int impressions = 0;
    int colorImpressions = 0;
    int sheets = 0;
    bool impressionsReported = false; // false: counted as pages x copies
    bool deleted = false;
    QString warning; // over quota, printed anyway (quota/warn_only)
};

// What a release reads and writes, all owned by the main thread.
struct ReleaseStores
{
    Vault *vault = nullptr;
    accounting::UsageLedger *ledger = nullptr;
    const accounting::Quota *quota = nullptr;
    const Policy *policy = nullptr;
    PrinterTrust *trust = nullptr;
    // Where raster pages are drawn: the worker, its folder and its slots; the limits are taken
    // from `policy` when a release is prepared.
    const RenderSettings *render = nullptr;
};

// Who releases which job, and how they asked for it.
struct ReleaseTicket
{
    QString jobId;
    QString user; // the session's user: the job's requesting user, and the ledger's
    ReleaseOptions options;
};

// How the worker thread tells about a release in flight. Both are called on the worker thread:
// each must queue what it does to the thread that owns its receiver.
struct WorkerHooks
{
    std::function<void(qint64 done, qint64 total, bool pages)> progress;
    std::function<void(const Error &why, qint64 delayMs)> retrying;
};

// What sending and following came to: the printer's last word on the job, and a note for the
// user (such as "printed one-sided").
struct Delivery
{
    Result<JobOutcome> outcome = Error{};
    QString note;
};

// One release of one job, in four steps, each on a stated thread:
//   prepare (main thread): policy applied, the job's page plan, the quota checked, the
//           printer's request made and the document opened, once per renderer;
//   send    (worker thread): the document to the printer, tried again with backoff while the
//           printer is busy or out of reach;
//   follow  (worker thread): the printer's job until it ends, within the same retry budget;
//   record  (main thread): usage counted from what prepare planned, then the job finished
//           (accounting::recordUsageThenFinish).
// Nothing prepare decided changes afterwards, so the worker reads it without locks, and record
// does not work it out again. The worker hands the job back to the main thread by a queued call.
class ReleaseJob
{
public:
    [[nodiscard]] static Result<std::unique_ptr<ReleaseJob>> prepare(const ReleaseStores &stores,
                                                                     const ReleaseTicket &ticket);
    ~ReleaseJob();

    const QString &jobId() const { return m_ticket.jobId; }
    const ReleaseTicket &ticket() const { return m_ticket; }

    // Worker thread: send, then follow. `cancel` makes it give up soon (the daemon stops).
    [[nodiscard]] Delivery sendAndFollow(const WorkerHooks &hooks, const std::atomic<bool> &cancel);

    // Main thread: what the release came to. Only a job the printer completed is counted and
    // finished; on any error (the ledger's included) the job stays in the vault.
    [[nodiscard]] Result<ReleaseOutcome> record(const ReleaseStores &stores, const Delivery &delivery) const;

private:
    class Retrier;
    ReleaseJob() = default;
    [[nodiscard]] Status checkQuota(const accounting::Quota &quota, const JobRecord &record,
                                    const PrintPlan &plan);
    [[nodiscard]] Status openDocuments(const Vault &vault);
    void planShipment(const ReleaseStores &stores, const JobRecord &record, const PrintPlan &plan);
    [[nodiscard]] Result<Sent> send(const WorkerHooks &hooks, Retrier &retrier);
    [[nodiscard]] Result<JobOutcome> follow(const Sent &sent, Retrier &retrier,
                                            const std::atomic<bool> &cancel);

    ReleaseTicket m_ticket; // with the policy's forced options applied
    int m_pages = 0;
    int m_copies = 1;
    int m_colorPages = 0; // per copy: measured colour and not printed monochrome
    QString m_warning;    // over quota, printed anyway
    qint64 m_retryBudgetMs = 0;
    Shipment m_shipment; // its progress is set by send
    RenderSettings m_render;
    std::vector<std::unique_ptr<DecryptingDevice>> m_documents;
    Vault::SealedFile m_sealed; // for the render worker
};

} // namespace pv::release
