#include "release/ReleaseJob.h"

#include "accounting/PrintedJob.h"
#include "accounting/Quota.h"
#include "common/Logging.h"
#include "common/Transient.h"
#include "config/Policy.h"
#include "release/Backoff.h"
#include "release/PdfWatermark.h"
#include "vault/DecryptingDevice.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QThread>

namespace pv::release {

namespace {

constexpr int JobTimeoutSeconds = 15 * 60; // a long job on a slow printer still fits

// The administrator's policy may force mono, two-sided printing or the watermark, whatever was asked.
ReleaseTicket withPolicy(ReleaseTicket ticket, const Policy &policy)
{
    ticket.options.mono = ticket.options.mono || policy.releaseForceMono;
    ticket.options.duplex = ticket.options.duplex || policy.releaseForceDuplex;
    ticket.options.watermark = ticket.options.watermark || policy.releaseWatermark;
    return ticket;
}

// What the printer is asked for. Colour where the job asked for it (else the printer's
// default); mono where nothing prints in colour.
PrintRequest requestFor(const JobRecord &job, const ReleaseTicket &ticket, int copies, const PrintPlan &plan)
{
    PrintRequest request;
    request.uri = ticket.options.printerUri;
    request.user = ticket.user;
    request.jobName = job.request.title;
    request.copies = copies;
    request.sides = ticket.options.duplex ? QStringLiteral("two-sided-long-edge") : job.request.sides;
    request.colorMode = printsMonochromeOnly(plan)                        ? QStringLiteral("monochrome")
                        : job.request.colorMode == QLatin1String("color") ? QStringLiteral("color")
                                                                          : QString();
    return request;
}

QString joined(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : a + QStringLiteral("; ") + b;
}

} // namespace

// The retry budget that sending and following share: a transient error waits, then is tried
// again, until the budget is spent or the daemon stops. Worker thread.
class ReleaseJob::Retrier
{
public:
    Retrier(qint64 budgetMs, const WorkerHooks &hooks, const std::atomic<bool> &cancel, const QString &jobId)
        : m_backoff(budgetMs)
        , m_hooks(hooks)
        , m_cancel(cancel)
        , m_jobId(jobId)
    {
        m_clock.start();
    }

    // Whether to try again after `e`; waits the backoff's delay first.
    bool again(const Error &e)
    {
        const qint64 delay = isTransient(e) ? m_backoff.next(m_clock.elapsed()) : -1;
        if (delay < 0)
            return false;
        qCInfo(lcRelease) << "job" << m_jobId << ":" << e.code << "; trying again in" << delay << "ms";
        m_hooks.retrying(e, delay);
        // In slices, so a daemon that shuts down does not wait out the backoff.
        for (qint64 slept = 0; slept < delay && !m_cancel; slept += 100)
            QThread::msleep(100);
        return !m_cancel.load();
    }

    // The last error, saying how often and how long it was tried.
    Error gaveUp(Error e) const
    {
        if (m_backoff.retries() > 0)
            e.message += QStringLiteral(" (tried %1 times over %2 s)")
                             .arg(m_backoff.retries() + 1)
                             .arg(m_clock.elapsed() / 1000);
        return e;
    }

private:
    QElapsedTimer m_clock;
    Backoff m_backoff;
    const WorkerHooks &m_hooks;
    const std::atomic<bool> &m_cancel;
    QString m_jobId;
};

ReleaseJob::~ReleaseJob() = default;

Result<std::unique_ptr<ReleaseJob>> ReleaseJob::prepare(const ReleaseStores &stores,
                                                        const ReleaseTicket &ticket)
{
    std::unique_ptr<ReleaseJob> job(new ReleaseJob);
    job->m_ticket = withPolicy(ticket, *stores.policy);
    auto record = stores.vault->job(ticket.jobId);
    if (!record)
        return record.error();
    const PrintPlan plan = monochromePlan(record->info.pages, record->request.colorMode,
                                          record->request.overrides, job->m_ticket.options.mono);
    if (auto s = job->checkQuota(*stores.quota, record.value(), plan); !s)
        return s.error();
    if (auto s = job->openDocuments(*stores.vault); !s)
        return s.error();
    job->planShipment(stores, record.value(), plan);
    return job;
}

// The pages to count, checked against the quota before anything is sent.
Status ReleaseJob::checkQuota(const accounting::Quota &quota, const JobRecord &record, const PrintPlan &plan)
{
    const int copies = m_ticket.options.copies;
    m_copies = copies > 0 ? copies : record.request.copies;
    // Only the pages the job asked for (page-ranges) print, and count.
    const QList<int> selected = selectedPages(record.info.pages, record.request.pageRanges);
    m_pages = int(selected.size());
    m_colorPages = colorPagesPrinted(pageColorsFromText(record.info.pageColors), plan, selected);
    return quota
        .check(m_ticket.user, accounting::impressionsOf(m_pages, m_copies),
               accounting::impressionsOf(m_colorPages, m_copies), &m_warning)
        .status();
}

// The document as the daemon sends it to a PDF printer, and still sealed for a raster
// printer's render worker; both are opened here, as the vault is used from the main thread
// only. The sender has them to itself from now on.
Status ReleaseJob::openDocuments(const Vault &vault)
{
    auto document = vault.openDocument(m_ticket.jobId);
    if (!document)
        return document.error();
    m_documents.push_back(std::move(document.value()));
    auto sealed = vault.openDocumentSealed(m_ticket.jobId);
    if (!sealed)
        return sealed.error();
    m_sealed = std::move(sealed.value());
    return {};
}

// What the worker sends, fixed here.
void ReleaseJob::planShipment(const ReleaseStores &stores, const JobRecord &record, const PrintPlan &plan)
{
    Shipment &s = m_shipment;
    s.request = requestFor(record, m_ticket, m_copies, plan);
    s.request.trust = stores.trust;
    s.length = record.size;
    for (const auto &d : m_documents)
        s.documents.push_back(d.get());
    s.plan = plan;
    if (const QList<int> selected = selectedPages(record.info.pages, record.request.pageRanges);
        selected.size() < record.info.pages)
        s.pages = selected;
    // Stamped with the time the user released it, and this workstation's name.
    if (m_ticket.options.watermark)
        s.watermark = watermarkText(m_ticket.user, QHostInfo::localHostName(), QDateTime::currentDateTime());
    const Policy &policy = *stores.policy;
    m_render = *stores.render;
    applyRenderPolicy(&m_render, policy);
    s.render = &m_render;
    s.sealed = SealedStream{m_sealed.file->handle(), m_sealed.key, m_sealed.jobId, 0};
    m_retryBudgetMs = qint64(stores.policy->releaseRetrySeconds) * 1000;
}

Delivery ReleaseJob::sendAndFollow(const WorkerHooks &hooks, const std::atomic<bool> &cancel)
{
    Retrier retrier(m_retryBudgetMs, hooks, cancel, jobId());
    m_shipment.cancel = &cancel;
    Delivery delivery;
    auto sent = send(hooks, retrier);
    if (!sent) {
        delivery.outcome = retrier.gaveUp(sent.error());
        return delivery;
    }
    delivery.note = sent->note;
    if (sent->jobId == 0) { // a raw socket printer: it took every byte, and tells nothing more
        JobOutcome taken;
        taken.state = QStringLiteral("completed");
        taken.sides = sent->sides;
        delivery.outcome = taken;
        return delivery;
    }
    delivery.outcome = follow(sent.value(), retrier, cancel);
    return delivery;
}

// A busy or unreachable printer, or a connection that breaks before the printer has the job,
// is tried again with backoff; the document is read again from its start.
Result<Sent> ReleaseJob::send(const WorkerHooks &hooks, Retrier &retrier)
{
    m_shipment.progress = hooks.progress;
    for (;;) {
        for (const auto &d : m_documents)
            d->seek(0);
        auto sent = sendOnce(m_shipment);
        if (sent || !retrier.again(sent.error()))
            return sent;
    }
}

// The printer has the job: it is never sent twice. If the printer stops answering, it is
// asked about the job again within the same budget.
Result<JobOutcome> ReleaseJob::follow(const Sent &sent, Retrier &retrier, const std::atomic<bool> &cancel)
{
    const PrintRequest &r = m_shipment.request;
    Result<JobOutcome> outcome = waitForJob(r.uri, sent.jobId, JobTimeoutSeconds, cancel, r.trust);
    while (!outcome && retrier.again(outcome.error()))
        outcome = waitForJob(r.uri, sent.jobId, JobTimeoutSeconds, cancel, r.trust);
    if (!outcome && isTransient(outcome.error()))
        return retrier.gaveUp(
            Error{outcome.error().code,
                  QCoreApplication::translate(
                      "pv::release", "the printer took the job (its ID %1) but stopped answering: %2")
                      .arg(sent.jobId)
                      .arg(outcome.error().message)});
    if (outcome)
        outcome->sides = sent.sides;
    return outcome;
}

Result<ReleaseOutcome> ReleaseJob::record(const ReleaseStores &stores, const Delivery &delivery) const
{
    const QString &id = jobId();
    if (!delivery.outcome) {
        qCWarning(lcRelease) << "release of job" << id << "failed:" << delivery.outcome.error().message;
        return delivery.outcome.error();
    }
    const JobOutcome &printed = delivery.outcome.value();
    if (printed.state != QLatin1String("completed")) {
        const QString why = printed.message.isEmpty() ? printed.reasons : printed.message;
        return Error{
            QStringLiteral("printer-") + printed.state,
            QStringLiteral("the printer %1 the job (%2); it is still in the vault").arg(printed.state, why)};
    }

    // Counted from what prepare planned; the printer's count of impressions where it gives one.
    const bool duplex = printed.sides != QLatin1String("one-sided");
    ReleaseOutcome r;
    r.jobId = id;
    r.printerUri = m_ticket.options.printerUri;
    r.printerJobId = printed.printerJobId;
    r.state = printed.state;
    r.warning = joined(m_warning, delivery.note);
    r.impressionsReported = printed.impressions > 0;
    r.impressions =
        r.impressionsReported ? printed.impressions : accounting::impressionsOf(m_pages, m_copies);
    r.colorImpressions = qMin(r.impressions, accounting::impressionsOf(m_colorPages, m_copies));
    r.sheets = qMin(r.impressions, accounting::impressionsOf(duplex ? (m_pages + 1) / 2 : m_pages, m_copies));

    accounting::PrintedJob job;
    job.usage.user = m_ticket.user;
    job.usage.source = QStringLiteral("release");
    job.usage.device = m_ticket.options.printerUri;
    job.usage.jobId = id;
    job.usage.impressions = r.impressions;
    job.usage.colorImpressions = r.colorImpressions;
    job.usage.sheets = r.sheets;
    job.removalReason = QStringLiteral("released");
    auto finished = accounting::recordUsageThenFinish({stores.ledger, stores.vault, stores.policy}, job);
    if (!finished)
        return finished.error();
    r.deleted = finished->deleted;
    qCInfo(lcRelease) << "released job" << id << "as printer job" << r.printerJobId << ":" << r.impressions
                      << "impression(s)";
    return r;
}

} // namespace pv::release
