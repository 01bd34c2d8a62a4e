#include "release/ReleaseService.h"

#include "capture/ProcessConversion.h"
#include "common/Logging.h"
#include "release/PrinterStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QThread>

namespace pv::release {

namespace {

// Runs `f` on the service's thread, if the service is still there when it gets to it.
void queueTo(const QPointer<ReleaseService> &service, std::function<void(ReleaseService *)> f)
{
    if (service)
        QMetaObject::invokeMethod(
            service.data(),
            [service, f = std::move(f)]() {
                if (service)
                    f(service.data());
            },
            Qt::QueuedConnection);
}

} // namespace

ReleaseService::ReleaseService(Vault *vault, accounting::UsageLedger *ledger, const accounting::Quota *quota,
                               const Policy *policy, PrinterTrust *trust, QObject *parent)
    : QObject(parent)
    , m_renderSlots(maxRenderWorkers())
{
    m_senders.setMaxThreadCount(SenderThreads);
    m_render.workerPath = ProcessConversion::defaultWorkerPath();
    m_render.language = QLocale::system().name();
    m_render.slots = &m_renderSlots;
    m_stores = ReleaseStores{vault, ledger, quota, policy, trust, &m_render};
}

ReleaseService::~ReleaseService()
{
    m_cancel = true;
    m_senders.waitForDone();
}

// Main thread: prepare, then hand the job to a sender; record when it comes back.
void ReleaseService::release(const QString &jobId, const QString &user, const ReleaseOptions &options,
                             Done done)
{
    if (m_releasing.contains(jobId)) {
        done(Error{QStringLiteral("busy"),
                   QCoreApplication::translate("pv::release", "this job is already being released")});
        return;
    }
    const ReleaseTicket ticket{jobId, user, options};
    auto prepared = ReleaseJob::prepare(m_stores, ticket);
    if (!prepared) {
        report(ticket, prepared.error());
        done(prepared.error());
        return;
    }
    m_releasing.insert(jobId);
    qCInfo(lcRelease) << "releasing job" << jobId << "to" << options.printerUri;
    // The job moves to the sender with the task; the main thread does not touch it until the
    // sender queues it back.
    std::shared_ptr<ReleaseJob> job = std::move(prepared.value());
    QPointer<ReleaseService> self(this);
    m_senders.start([self, job, done = std::move(done), hooks = hooksFor(jobId), &cancel = m_cancel]() {
        const Delivery delivery = job->sendAndFollow(hooks, cancel);
        queueTo(self, [job, delivery, done](ReleaseService *s) { s->record(*job, delivery, done); });
    });
}

// Sender thread: progress and retries are queued to the main thread as signals.
WorkerHooks ReleaseService::hooksFor(const QString &jobId)
{
    QPointer<ReleaseService> self(this);
    WorkerHooks hooks;
    hooks.progress = [self, jobId](qint64 done, qint64 total, bool pages) {
        queueTo(self, [=](ReleaseService *s) { Q_EMIT s->progress(jobId, done, total, pages); });
    };
    hooks.retrying = [self, jobId](const Error &why, qint64 delayMs) {
        queueTo(self,
                [=](ReleaseService *s) { Q_EMIT s->retrying(jobId, why.message, int(delayMs / 1000)); });
    };
    return hooks;
}

// Main thread.
void ReleaseService::record(const ReleaseJob &job, const Delivery &delivery, const Done &done)
{
    m_releasing.remove(job.jobId());
    Result<ReleaseOutcome> outcome = job.record(m_stores, delivery);
    report(job.ticket(), outcome);
    done(std::move(outcome));
}

void ReleaseService::report(const ReleaseTicket &ticket, const Result<ReleaseOutcome> &result)
{
    ReleaseReport r{ticket, result.isOk(), result ? QString() : result.error().code, 0, 0};
    if (result) {
        r.impressions = result->impressions;
        r.sheets = result->sheets;
    }
    Q_EMIT finished(r);
}

void addReleaseMethods(localapi::MethodRegistry &methods, std::function<ReleaseService *()> service,
                       const QString &user, const PrinterStore *printers)
{
    // The release service exists while the vault is open, which the gate checks.
    methods.add(
        QStringLiteral("jobs.release"), {localapi::Need::UnlockedVault},
        [service, user, printers](const QJsonObject &p, localapi::MethodReply done) {
            ReleaseService *s = service();
            ReleaseOptions options;
            options.printerUri = p.value(QStringLiteral("printer")).toString();
            if (!options.printerUri.isEmpty() && !options.printerUri.contains(QLatin1String("://"))) {
                const auto saved = printers->find(options.printerUri);
                if (!saved) {
                    done(PrinterStore::notFound(options.printerUri));
                    return;
                }
                options.printerUri = saved->uri;
            }
            options.copies = p.value(QStringLiteral("copies")).toInt(0);
            options.duplex = p.value(QStringLiteral("duplex")).toBool();
            options.mono = p.value(QStringLiteral("mono")).toBool();
            options.watermark = p.value(QStringLiteral("watermark")).toBool();
            const QString id = p.value(QStringLiteral("id")).toString();
            if (options.printerUri.isEmpty() || id.isEmpty() || options.copies < 0 || options.copies > 999) {
                done(Error{QStringLiteral("bad-request"),
                           QCoreApplication::translate("pv::release",
                                                       "jobs.release needs id, printer and sane copies")});
                return;
            }
            s->release(id, user, options, [done](Result<ReleaseOutcome> r) {
                if (!r) {
                    done(r.error());
                    return;
                }
                done(QJsonObject{{QStringLiteral("id"), r->jobId},
                                 {QStringLiteral("printer"), r->printerUri},
                                 {QStringLiteral("printer_job_id"), r->printerJobId},
                                 {QStringLiteral("state"), r->state},
                                 {QStringLiteral("impressions"), r->impressions},
                                 {QStringLiteral("color_impressions"), r->colorImpressions},
                                 {QStringLiteral("sheets"), r->sheets},
                                 {QStringLiteral("impressions_reported"), r->impressionsReported},
                                 {QStringLiteral("deleted"), r->deleted},
                                 {QStringLiteral("warning"), r->warning}});
            });
        });
}

} // namespace pv::release
