#include "release/ReleaseService.h"

#include "accounting/PrintedJob.h"
#include "accounting/Quota.h"
#include "accounting/UsageLedger.h"
#include "common/Logging.h"
#include "common/Renderers.h"
#include "common/Transient.h"
#include "release/Backoff.h"
#include "release/PdfWatermark.h"
#include "release/PrinterStore.h"
#include "release/RasterOutput.h"
#include "release/RawSocket.h"
#include "vault/DecryptingDevice.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <memory>

namespace pv::release {

namespace {

constexpr int JobTimeoutSeconds = 15 * 60; // a long job on a slow printer still fits

// The PDF as it is, then the watermark's incremental update if there is one: the document's
// own bytes always go first and unchanged.
Status streamPdf(QIODevice *pdf, qint64 length, const QByteArray &update, const BodyWriter &write,
                 const std::function<void(qint64, qint64, bool)> &progress)
{
    const qint64 total = length + update.size();
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 sent = 0;
    for (qint64 n; (n = pdf->read(buffer.data(), buffer.size())) > 0;) {
        if (!write(buffer.constData(), size_t(n)))
            return Error{QStringLiteral("printer-unreachable"),
                         QStringLiteral("sending the document failed")};
        sent += n;
        progress(sent, total, false);
    }
    if (sent != length)
        return Error{QStringLiteral("integrity"),
                     QStringLiteral("the job cannot be read: %1").arg(pdf->errorString())};
    if (!update.isEmpty() && !write(update.constData(), size_t(update.size())))
        return Error{QStringLiteral("printer-unreachable"), QStringLiteral("sending the document failed")};
    progress(total, total, false);
    return {};
}

// What release appends to `pdf` (the watermark, pages turned gray), or nothing; `pdf` is read
// from its start again afterwards.
Result<QByteArray> updateFor(QIODevice *pdf, const QString &watermark, const PrintPlan &grayPages)
{
    if (watermark.isEmpty() && !grayPages.contains(PrintColor::Monochrome))
        return QByteArray();
    auto update = releaseUpdate(pdf, watermark, grayPages);
    pdf->seek(0);
    return update;
}

// Which pages print without colour: what the job was printed with, or mono for all at release.
PrintPlan colorPlan(const JobRecord &job, const ReleaseOptions &options)
{
    return monochromePlan(job.info.pages, job.request.colorMode, job.request.overrides, options.mono);
}

// What one try sent: the printer's job ID, and the sides it went with (one-sided, with a note
// for the user, when the printer cannot print the sides asked for).
struct Sent
{
    int jobId = 0; // 0: a raw socket printer, which has no jobs
    QString sides;
    QString note;
};

// One try. A raw socket printer gets the PDF behind PJL (its job ID is then 0: there is no
// job to follow); an IPP printer is asked what it takes, then gets the PDF as it is or
// rasterised for it, and its job ID is returned. `devices` are the document, read from its
// start, one per renderer. Pages `plan` prints monochrome go without colour: as "overrides" where
// the printer takes them, as sGray raster pages, or else turned gray in the PDF. Release thread.
Result<Sent> sendOnce(const PrintRequest &request, qint64 length, const std::vector<QIODevice *> &devices,
                      const PrintPlan &plan, const QString &watermark, QThreadPool *renderers,
                      const std::function<void(qint64, qint64, bool)> &progress)
{
    QIODevice *pdf = devices.front();
    const bool mixed = isMixed(plan);
    if (request.uri.startsWith(QLatin1String("socket://"))) {
        auto update = updateFor(pdf, watermark, mixed ? plan : PrintPlan());
        if (!update)
            return update.error();
        const RawJob raw{request.uri,
                         request.user,
                         request.jobName,
                         request.copies,
                         request.sides != QLatin1String("one-sided"),
                         printsMonochromeOnly(plan)};
        if (auto s = sendRaw(raw,
                             [&](const BodyWriter &write) {
                                 return streamPdf(pdf, length, update.value(), write, progress);
                             });
            !s)
            return s.error();
        return Sent{0, request.sides, QString()};
    }
    auto caps = queryPrinter(request.uri, request.trust);
    if (!caps)
        return caps.error();
    PrintRequest ipp = request;
    Sent sent;
    if (ipp.sides != QLatin1String("one-sided") && !caps->sides.isEmpty() &&
        !caps->sides.contains(ipp.sides)) {
        sent.note = QStringLiteral("the printer prints one-sided only, so the job was printed one-sided");
        ipp.sides = QStringLiteral("one-sided");
    }
    sent.sides = ipp.sides;
    if (ipp.colorMode == QLatin1String("color") && !caps->colorModes.contains(ipp.colorMode))
        ipp.colorMode.clear(); // a printer without colour prints it as it can
    Result<int> id = Error{};
    if (caps->acceptsPdf()) {
        PrintPlan gray;
        if (mixed && caps->takesColorOverrides())
            ipp.monochromePages = monochromeRuns(plan);
        else if (mixed)
            gray = plan;
        auto update = updateFor(pdf, watermark, gray);
        if (!update)
            return update.error();
        id = sendJob(ipp, length + update->size(), [&](const BodyWriter &write) {
            return streamPdf(pdf, length, update.value(), write, progress);
        });
    } else {
        // No PDF: rasterise for the printer, streamed page by page.
        auto format = chooseRaster(caps.value(), printsMonochromeOnly(plan), ipp.sides);
        if (!format)
            return format.error();
        format->watermark = watermark;
        format->plan = plan;
        ipp.format = format->mime;
        RasterJob raster{devices, format.value(), renderers, {}, [&](int page, int pages) {
                             progress(page, pages, true);
                         }};
        id = sendJob(ipp, -1, [&](const BodyWriter &write) {
            raster.write = write;
            return writeRaster(raster);
        });
    }
    if (!id)
        return id.error();
    sent.jobId = id.value();
    return sent;
}

} // namespace

ReleaseService::ReleaseService(Vault *vault, accounting::UsageLedger *ledger, const accounting::Quota *quota,
                               const Policy *policy, PrinterTrust *trust, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_ledger(ledger)
    , m_quota(quota)
    , m_policy(policy)
    , m_trust(trust)
{
    m_renderers.setMaxThreadCount(renderersPerDocument());
    m_senders.setMaxThreadCount(4);
}

ReleaseService::~ReleaseService()
{
    m_cancel = true;
    m_senders.waitForDone();
}

void ReleaseService::release(const QString &jobId, const QString &user, const ReleaseOptions &requested,
                             Done done)
{
    // The administrator's policy may force mono or two-sided printing, whatever was asked.
    ReleaseOptions options = requested;
    options.mono = options.mono || m_policy->releaseForceMono;
    options.duplex = options.duplex || m_policy->releaseForceDuplex;
    options.watermark = options.watermark || m_policy->releaseWatermark;
    auto job = m_vault->job(jobId);
    if (!job) {
        done(job.error());
        return;
    }
    if (m_releasing.contains(jobId)) {
        done(Error{QStringLiteral("busy"), QStringLiteral("this job is already being released")});
        return;
    }
    // The quota is checked before anything is sent.
    const int copies = options.copies > 0 ? options.copies : job->request.copies;
    const PrintPlan plan = colorPlan(job.value(), options);
    QString warning;
    if (auto q = m_quota->check(user, job->info.pages * copies,
                                colorPagesPrinted(pageColorsFromText(job->info.pageColors), plan) * copies,
                                &warning);
        !q) {
        done(q.error());
        return;
    }
    auto document = m_vault->openDocument(jobId);
    if (!document) {
        done(document.error());
        return;
    }
    PrintRequest request;
    request.uri = options.printerUri;
    request.user = user;
    request.jobName = job->request.title;
    request.copies = copies;
    request.sides = options.duplex ? QStringLiteral("two-sided-long-edge") : job->request.sides;
    // Colour where the job asked for it (else the printer's default); mono where nothing prints in colour.
    request.colorMode = printsMonochromeOnly(plan)                         ? QStringLiteral("monochrome")
                        : job->request.colorMode == QLatin1String("color") ? QStringLiteral("color")
                                                                           : QString();
    request.trust = m_trust;
    const qint64 length = job->size;
    m_releasing.insert(jobId);
    qCInfo(lcRelease) << "releasing job" << jobId << "to" << options.printerUri;

    // The device moves to the worker with the task; the main thread does not touch it meanwhile.
    auto shared = std::shared_ptr<DecryptingDevice>(document.value().release());
    // Raster output renders on the renderers' pool, each page task reading the document through
    // a device of its own. They are opened here: the vault is used from the main thread only.
    auto extra = std::make_shared<std::vector<std::unique_ptr<DecryptingDevice>>>();
    for (int i = 1; i < renderersPerDocument(); ++i) {
        auto more = m_vault->openDocument(jobId);
        if (more)
            extra->push_back(std::move(more.value()));
    }
    QPointer<ReleaseService> self(this);
    const qint64 retryMs = qint64(m_policy->releaseRetrySeconds) * 1000;
    // Stamped with the time the user released it, and this workstation's name.
    const QString watermark =
        options.watermark ? watermarkText(user, QHostInfo::localHostName(), QDateTime::currentDateTime())
                          : QString();
    const std::atomic<bool> &cancel = m_cancel;
    QThreadPool *renderers = &m_renderers;
    m_senders.start([self, shared, extra, request, length, jobId, user, options, warning, done, retryMs,
                     watermark, plan, renderers, &cancel]() {
        const auto post = [self](std::function<void()> f) {
            if (self)
                QMetaObject::invokeMethod(self.data(), std::move(f), Qt::QueuedConnection);
        };
        std::vector<QIODevice *> devices{shared.get()};
        for (const auto &d : *extra)
            devices.push_back(d.get());
        // A busy or unreachable printer, or a connection that breaks before the printer has
        // the job, is tried again with backoff; the document is read again from its start.
        QElapsedTimer clock;
        clock.start();
        Backoff backoff(retryMs);
        const auto retry = [&](const Error &e) {
            const qint64 delay = isTransient(e) ? backoff.next(clock.elapsed()) : -1;
            if (delay < 0)
                return false;
            qCInfo(lcRelease) << "job" << jobId << ":" << e.code << "; trying again in" << delay << "ms";
            post([self, jobId, e, delay]() { Q_EMIT self->retrying(jobId, e.message, int(delay / 1000)); });
            // In slices, so a daemon that shuts down does not wait out the backoff.
            for (qint64 slept = 0; slept < delay && !cancel; slept += 100)
                QThread::msleep(100);
            return !cancel.load();
        };
        const auto gaveUp = [&](Error e) {
            if (backoff.retries() > 0)
                e.message += QStringLiteral(" (tried %1 times over %2 s)")
                                 .arg(backoff.retries() + 1)
                                 .arg(clock.elapsed() / 1000);
            return e;
        };
        Result<Sent> id = Error{};
        for (;;) {
            for (QIODevice *d : devices)
                d->seek(0);
            id = sendOnce(request, length, devices, plan, watermark, renderers,
                          [&](qint64 sent, qint64 total, bool pages) {
                              post([self, jobId, sent, total, pages]() {
                                  Q_EMIT self->progress(jobId, sent, total, pages);
                              });
                          });
            if (id || !retry(id.error()))
                break;
        }
        if (!id) {
            const Result<JobOutcome> failed = gaveUp(id.error());
            post([self, jobId, user, options, failed, warning, done]() {
                self->finish(jobId, user, options, failed, warning, done);
            });
            return;
        }
        const QString noted = id->note.isEmpty()  ? warning
                              : warning.isEmpty() ? id->note
                                                  : warning + QStringLiteral("; ") + id->note;
        if (id->jobId == 0) { // a raw socket printer: it took every byte, and tells nothing more
            JobOutcome taken;
            taken.state = QStringLiteral("completed");
            taken.sides = id->sides;
            post([self, jobId, user, options, taken, noted, done]() {
                self->finish(jobId, user, options, taken, noted, done);
            });
            return;
        }
        // The printer has the job: it is never sent twice. If the printer stops answering, keep
        // asking it about the job within the same budget.
        const int printerJob = id->jobId;
        Result<JobOutcome> outcome =
            waitForJob(request.uri, printerJob, JobTimeoutSeconds, cancel, request.trust);
        while (!outcome && retry(outcome.error()))
            outcome = waitForJob(request.uri, printerJob, JobTimeoutSeconds, cancel, request.trust);
        if (!outcome && isTransient(outcome.error()))
            outcome =
                gaveUp(Error{outcome.error().code,
                             QStringLiteral("the printer took the job (its ID %1) but stopped answering: %2")
                                 .arg(printerJob)
                                 .arg(outcome.error().message)});
        if (outcome)
            outcome->sides = id->sides;
        post([self, jobId, user, options, outcome, noted, done]() {
            self->finish(jobId, user, options, outcome, noted, done);
        });
    });
}

void ReleaseService::finish(const QString &jobId, const QString &user, const ReleaseOptions &options,
                            const Result<JobOutcome> &outcome, const QString &warning, const Done &done)
{
    m_releasing.remove(jobId);
    if (!outcome) {
        qCWarning(lcRelease) << "release of job" << jobId << "failed:" << outcome.error().message;
        done(outcome.error());
        return;
    }
    if (outcome->state != QLatin1String("completed")) {
        const QString why = outcome->message.isEmpty() ? outcome->reasons : outcome->message;
        done(Error{QStringLiteral("printer-") + outcome->state,
                   QStringLiteral("the printer %1 the job (%2); it is still in the vault")
                       .arg(outcome->state, why)});
        return;
    }
    auto job = m_vault->job(jobId);
    if (!job) {
        done(job.error());
        return;
    }
    const int copies = options.copies > 0 ? options.copies : job->request.copies;
    const bool duplex = outcome->sides != QLatin1String("one-sided");
    const int pages = job->info.pages;
    ReleaseOutcome r;
    r.jobId = jobId;
    r.printerUri = options.printerUri;
    r.printerJobId = outcome->printerJobId;
    r.state = outcome->state;
    r.warning = warning;
    r.impressionsReported = outcome->impressions > 0;
    r.impressions = r.impressionsReported ? outcome->impressions : pages * copies;
    r.colorImpressions = qMin(r.impressions, colorPagesPrinted(pageColorsFromText(job->info.pageColors),
                                                               colorPlan(job.value(), options)) *
                                                 copies);
    r.sheets = qMin(r.impressions, (duplex ? (pages + 1) / 2 : pages) * copies);

    accounting::PrintedJob printed;
    printed.usage.user = user;
    printed.usage.source = QStringLiteral("release");
    printed.usage.device = options.printerUri;
    printed.usage.jobId = jobId;
    printed.usage.impressions = r.impressions;
    printed.usage.colorImpressions = r.colorImpressions;
    printed.usage.sheets = r.sheets;
    printed.removalReason = QStringLiteral("released");
    auto finished = accounting::recordUsageThenFinish({m_ledger, m_vault, m_policy}, printed);
    if (!finished) {
        done(finished.error());
        return;
    }
    r.deleted = finished->deleted;
    qCInfo(lcRelease) << "released job" << jobId << "as printer job" << r.printerJobId << ":" << r.impressions
                      << "impression(s)";
    done(r);
}

void addReleaseMethods(QHash<QString, localapi::Method> &methods, std::function<ReleaseService *()> service,
                       const QString &user, const PrinterStore *printers)
{
    methods.insert(QStringLiteral("jobs.release"), [service, user, printers](const QJsonObject &p,
                                                                             localapi::MethodReply done) {
        ReleaseService *s = service();
        if (!s) {
            done(Error{QStringLiteral("locked"),
                       QStringLiteral("jobs can be released once the vault is open")});
            return;
        }
        ReleaseOptions options;
        options.printerUri = p.value(QStringLiteral("printer")).toString();
        if (!options.printerUri.isEmpty() && !options.printerUri.contains(QLatin1String("://"))) {
            const auto saved = printers->find(options.printerUri);
            if (!saved) {
                done(Error{QStringLiteral("not-found"),
                           QStringLiteral("no saved printer is called '%1'").arg(options.printerUri)});
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
                       QStringLiteral("jobs.release needs id, printer and sane copies")});
            return;
        }
        s->release(id, user, options, [done](Result<ReleaseOutcome> r) {
            if (!r) {
                done(r.error());
                return;
            }
            done(QJsonObject{{QStringLiteral("id"), r->jobId},
                             {QStringLiteral("printer"), r->printerUri},
                             {QStringLiteral("printerJobId"), r->printerJobId},
                             {QStringLiteral("state"), r->state},
                             {QStringLiteral("impressions"), r->impressions},
                             {QStringLiteral("colorImpressions"), r->colorImpressions},
                             {QStringLiteral("sheets"), r->sheets},
                             {QStringLiteral("impressionsReported"), r->impressionsReported},
                             {QStringLiteral("deleted"), r->deleted},
                             {QStringLiteral("warning"), r->warning}});
        });
    });
}

} // namespace pv::release
