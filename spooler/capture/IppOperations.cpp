// Threads: every function runs on the connection thread of its request. Documents go
// straight from libcups (httpRead2) into the vault's encrypting draft on that thread; the
// response is sent only once the draft and its ticket are sealed and fsynced.
#include "capture/IppOperations.h"

#include "capture/IppJobAttributes.h"
#include "common/Logging.h"
#include "vault/JobDraft.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <cups/cups.h>

#include <memory>

namespace pv::ippop {

namespace {

// What one httpRead2 asks for: libcups hands over at most its own buffer (32 KiB) per call from
// the socket, and larger requests let it read the body straight into ours.
constexpr int ReadSize = 256 * 1024;

int compareNames(void *a, void *b, void *)
{
    return strcmp(static_cast<const char *>(a), static_cast<const char *>(b));
}

// A requested-attributes set of our own, for replies that name their attributes.
cups_array_t *namesArray(std::initializer_list<const char *> names)
{
    cups_array_t *a = cupsArrayNew3(&compareNames, nullptr, nullptr, 0, nullptr, nullptr);
    for (const char *name : names)
        cupsArrayAdd(a, const_cast<char *>(name));
    return a;
}

struct RequestedDeleter
{
    void operator()(cups_array_t *a) const { cupsArrayDelete(a); }
};
using Requested = std::unique_ptr<cups_array_t, RequestedDeleter>;

// Maps why the vault refused a document to an IPP status the client can act on.
ipp_status_t statusFor(const Error &e)
{
    if (e.code == QLatin1String("vault-full") || e.code == QLatin1String("disk-full") ||
        e.code == QLatin1String("too-large"))
        return IPP_STATUS_ERROR_REQUEST_ENTITY;
    if (e.code == QLatin1String("vault-locked") || e.code == QLatin1String("shutting-down"))
        return IPP_STATUS_ERROR_SERVICE_UNAVAILABLE;
    return IPP_STATUS_ERROR_INTERNAL;
}

void abortJob(IppPrinter *printer, int jobId, const QString &message)
{
    printer->jobs.update(jobId, [&](CaptureJob &j) {
        j.state = IPP_JSTATE_ABORTED;
        j.reason = QStringLiteral("aborted-by-system");
        j.message = message;
        j.completed = time(nullptr);
    });
}

// Streams the document into a new incoming draft and seals it with its ticket. After this
// returns OK the document is durable and may be acknowledged.
Result<QString> receiveDocument(IppExchange &x, CaptureTicket &ticket)
{
    auto draft = x.printer->vault->createIncoming(ticket.request);
    if (!draft)
        return draft.error();
    ippjob::startDecompression(x);
    QByteArray head;
    std::unique_ptr<char[]> buffer(new char[ReadSize]);
    const qint64 limit = x.printer->attributes.limits().maxDocumentBytes;
    qint64 total = 0;
    ssize_t n = 0;
    const auto read = [&x](char *into, size_t size) {
        return x.readBody ? x.readBody(into, size) : httpRead2(x.http, into, size);
    };
    while ((n = read(buffer.get(), ReadSize)) > 0) {
        if (head.size() < 16)
            head.append(buffer.get(), qMin<ssize_t>(n, 16 - head.size()));
        // Counted as it arrives (decompressed): a document past the limit stops here, and the
        // draft, destroyed unsealed, leaves nothing behind.
        total += n;
        if (total > limit)
            return Error{QStringLiteral("too-large"),
                         QCoreApplication::translate(
                             "pv::ipp", "The document is larger than %1 MB, the most this computer accepts.")
                             .arg(limit >> 20)};
        if (auto s = draft.value()->append(buffer.get(), n); !s)
            return s.error();
    }
    if (n < 0 || head.isEmpty())
        return Error{QStringLiteral("bad-document"),
                     head.isEmpty()
                         ? QCoreApplication::translate("pv::ipp", "The document is empty.")
                         : QCoreApplication::translate("pv::ipp", "The document did not arrive whole.")};
    if (ticket.format == QLatin1String("application/octet-stream"))
        ticket.format = ippjob::detectFormat(head);
    const QString id = draft.value()->id();
    if (auto s = x.printer->vault->sealIncoming(std::move(draft.value()), ticket.toJson()); !s)
        return s.error();
    return id;
}

// The document of job `jobId` arrives: stored, sealed, then acknowledged, then converted.
void takeDocument(IppExchange &x, int jobId, CaptureTicket ticket)
{
    ticket.ippJobId = jobId;
    x.printer->jobs.update(jobId, [](CaptureJob &j) {
        j.state = IPP_JSTATE_PROCESSING;
        j.processing = time(nullptr);
        j.hasDocument = true;
    });
    Result<QString> stored = receiveDocument(x, ticket);
    if (!stored) {
        qCInfo(lcIpp) << "IPP job" << jobId << "not stored:" << stored.error().code;
        abortJob(x.printer, jobId, stored.error().message);
        const ipp_status_t status = stored.error().code == QLatin1String("bad-document")
                                        ? IPP_STATUS_ERROR_DOCUMENT_FORMAT_ERROR
                                        : statusFor(stored.error());
        respond(x, status, stored.error().message);
        return;
    }
    auto job = x.printer->jobs.update(jobId, [&](CaptureJob &j) {
        j.draftId = stored.value();
        j.format = ticket.format;
        j.message = QCoreApplication::translate("pv::ipp", "Stored encrypted; being checked.");
    });
    qCInfo(lcIpp) << "IPP job" << jobId << "is durable as" << stored.value();
    x.printer->convert(jobId, ConversionTask{stored.value(), ticket, {}});
    respond(x, IPP_STATUS_OK);
    Requested requested(
        namesArray({"job-id", "job-uri", "job-state", "job-state-reasons", "job-state-message"}));
    if (job)
        ippjob::addAttributes(x.response, *job, x, requested.get());
}

CaptureJob newJob(const IppExchange &x, const CaptureTicket &ticket)
{
    CaptureJob job;
    job.name = ticket.request.title;
    job.user = x.requestingUser;
    job.copies = ticket.request.copies;
    job.created = time(nullptr);
    const char *hold = ippGetString(ippFindAttribute(x.request, "job-hold-until", IPP_TAG_ZERO), 0, nullptr);
    if (hold)
        job.holdUntil = QString::fromUtf8(hold);
    return job;
}

bool accepting(IppExchange &x)
{
    if (x.printer->state.accepting)
        return true;
    respond(x, IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS,
            QCoreApplication::translate("pv::ipp", "Capture is paused; resume it to accept new jobs."));
    return false;
}

void cancel(IppPrinter *printer, int jobId)
{
    printer->jobs.update(jobId, [](CaptureJob &j) {
        if (j.isFinished())
            return;
        j.state = IPP_JSTATE_CANCELED;
        j.reason = QStringLiteral("job-canceled-by-user");
        j.message = QCoreApplication::translate("pv::ipp", "Canceled.");
        j.completed = time(nullptr);
    });
}

} // namespace

// The job the request names (job-id or job-uri); responds not-found when there is none.
std::optional<CaptureJob> targetJob(IppExchange &x)
{
    if (x.targetJobId <= 0) {
        respond(x, IPP_STATUS_ERROR_BAD_REQUEST, QCoreApplication::translate("pv::ipp", "Missing job-id."));
        return std::nullopt;
    }
    auto job = x.printer->jobs.find(x.targetJobId);
    if (!job)
        respond(x, IPP_STATUS_ERROR_NOT_FOUND,
                QCoreApplication::translate("pv::ipp", "Job %1 does not exist.").arg(x.targetJobId));
    return job;
}

void printJob(IppExchange &x)
{
    if (!ippjob::validate(x) || !ippjob::validateDocument(x) || !accepting(x))
        return;
    const CaptureTicket ticket = ippjob::ticket(x);
    const int jobId = x.printer->jobs.add(newJob(x, ticket));
    takeDocument(x, jobId, ticket);
}

void validateJob(IppExchange &x)
{
    if (ippjob::validate(x) && ippjob::validateDocument(x))
        respond(x, IPP_STATUS_OK);
}

void createJob(IppExchange &x)
{
    if (!ippjob::validate(x) || !accepting(x))
        return;
    CaptureJob job = newJob(x, ippjob::ticket(x));
    job.message = QCoreApplication::translate("pv::ipp", "Waiting for the document.");
    const int jobId = x.printer->jobs.add(job);
    respond(x, IPP_STATUS_OK);
    if (auto created = x.printer->jobs.find(jobId))
        ippjob::addAttributes(x.response, *created, x, nullptr);
}

void sendDocument(IppExchange &x)
{
    auto job = targetJob(x);
    if (!job)
        return;
    ipp_attribute_t *last = ippFindAttribute(x.request, "last-document", IPP_TAG_ZERO);
    if (!last || ippGetValueTag(last) != IPP_TAG_BOOLEAN || ippGetCount(last) != 1) {
        respond(x, IPP_STATUS_ERROR_BAD_REQUEST,
                QCoreApplication::translate("pv::ipp", "Missing or bad last-document."));
        return;
    }
    if (job->isFinished() || job->hasDocument) {
        respond(x, IPP_STATUS_ERROR_NOT_POSSIBLE,
                QCoreApplication::translate("pv::ipp", "Job %1 takes no more documents.").arg(job->id));
        return;
    }
    if (!ippjob::validateDocument(x))
        return;
    // The job's own attributes came with Create-Job; this request brings the document's.
    CaptureTicket ticket = ippjob::ticket(x);
    ticket.request.title = job->name;
    ticket.request.copies = job->copies;
    takeDocument(x, job->id, ticket);
}

void closeJob(IppExchange &x)
{
    auto job = targetJob(x);
    if (!job)
        return;
    if (!job->hasDocument && !job->isFinished())
        abortJob(x.printer, job->id,
                 QCoreApplication::translate("pv::ipp", "The job was closed without a document."));
    respond(x, IPP_STATUS_OK);
}

void cancelJob(IppExchange &x)
{
    auto job = targetJob(x);
    if (!job)
        return;
    if (job->isFinished()) {
        respond(x, IPP_STATUS_ERROR_NOT_POSSIBLE,
                QCoreApplication::translate("pv::ipp", "Job %1 has already ended.").arg(job->id));
        return;
    }
    cancel(x.printer, job->id);
    respond(x, IPP_STATUS_OK);
}

void cancelMyJobs(IppExchange &x)
{
    for (const CaptureJob &job : x.printer->jobs.list(QStringLiteral("not-completed"), x.requestingUser, 0))
        cancel(x.printer, job.id);
    respond(x, IPP_STATUS_OK);
}

void getJobAttributes(IppExchange &x)
{
    auto job = targetJob(x);
    if (!job)
        return;
    Requested requested(ippCreateRequestedArray(x.request));
    respond(x, IPP_STATUS_OK);
    ippjob::addAttributes(x.response, *job, x, requested.get());
}

void getJobs(IppExchange &x)
{
    QString which = QStringLiteral("not-completed");
    if (ipp_attribute_t *attr = ippFindAttribute(x.request, "which-jobs", IPP_TAG_ZERO)) {
        which = QString::fromUtf8(ippGetString(attr, 0, nullptr));
        if (ippGetValueTag(attr) != IPP_TAG_KEYWORD ||
            !ippContainsString(
                ippFindAttribute(x.printer->attributes.fixed(), "which-jobs-supported", IPP_TAG_KEYWORD),
                ippGetString(attr, 0, nullptr))) {
            respondUnsupported(x, attr);
            return;
        }
    }
    const int limit = ippGetInteger(ippFindAttribute(x.request, "limit", IPP_TAG_INTEGER), 0);
    const bool mine = ippGetBoolean(ippFindAttribute(x.request, "my-jobs", IPP_TAG_BOOLEAN), 0);
    Requested requested(ippCreateRequestedArray(x.request));
    if (!ippFindAttribute(x.request, "requested-attributes", IPP_TAG_ZERO)) {
        // Without requested-attributes, Get-Jobs returns job-id and job-uri only.
        requested.reset(namesArray({"job-id", "job-uri"}));
    }
    respond(x, IPP_STATUS_OK);
    bool first = true;
    for (const CaptureJob &job : x.printer->jobs.list(which, mine ? x.requestingUser : QString(), limit)) {
        if (!first)
            ippAddSeparator(x.response);
        first = false;
        ippjob::addAttributes(x.response, job, x, requested.get());
    }
}

void getPrinterAttributes(IppExchange &x)
{
    Requested requested(ippCreateRequestedArray(x.request));
    respond(x, IPP_STATUS_OK);
    x.printer->attributes.copyTo(x.response, requested.get(), x.printer->state, x.printerUri,
                                 x.printer->jobs.activeCount());
}

// There is no panel to flash: the user's desktop shows the message (printer.identify event).
void identifyPrinter(IppExchange &x)
{
    if (ipp_attribute_t *actions = ippFindAttribute(x.request, "identify-actions", IPP_TAG_ZERO)) {
        for (int i = 0; i < ippGetCount(actions); ++i) {
            if (ippGetValueTag(actions) != IPP_TAG_KEYWORD ||
                strcmp(ippGetString(actions, i, nullptr), "display") != 0) {
                respondUnsupported(x, actions);
                return;
            }
        }
    }
    const char *message = ippGetString(ippFindAttribute(x.request, "message", IPP_TAG_TEXT), 0, nullptr);
    x.printer->identify(QString::fromUtf8(message ? message : ""));
    respond(x, IPP_STATUS_OK);
}

} // namespace pv::ippop
