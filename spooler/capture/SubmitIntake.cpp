#include "capture/SubmitIntake.h"

#include "capture/CaptureService.h"
#include "capture/CaptureTicket.h"
#include "common/Logging.h"
#include "vault/JobDraft.h"
#include "vault/Vault.h"

namespace pv {

namespace {

// A submitted document is a PDF, kept byte for byte (docs/user-guide.md).
CaptureTicket submitTicket(const JobRequest &request)
{
    CaptureTicket ticket;
    ticket.request = request;
    ticket.format = QStringLiteral("application/pdf");
    ticket.ippJobId = 0; // no IPP job: IppServer::resumeIncoming leaves it to resume()
    return ticket;
}

} // namespace

SubmitIntake::SubmitIntake(Vault *vault, CaptureService *capture, ConversionLimits limits, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_capture(capture)
    , m_conversion(vault, capture, std::move(limits))
{}

SubmitIntake::~SubmitIntake()
{
    stop();
}

Result<std::unique_ptr<JobDraft>> SubmitIntake::begin(const JobRequest &request)
{
    if (m_capture->isPaused())
        return Error{QStringLiteral("paused"), tr("capture is paused; resume it to accept new jobs")};
    return m_vault->createIncoming(request);
}

Result<QString> SubmitIntake::seal(std::unique_ptr<JobDraft> draft, const JobRequest &request)
{
    const QString id = draft->id();
    if (auto s = m_vault->sealIncoming(std::move(draft), submitTicket(request).toJson()); !s)
        return s.error();
    qCInfo(lcCapture) << "submitted document is durable as" << id;
    return id;
}

void SubmitIntake::convert(const QString &id, const JobRequest &request, Done done)
{
    // On a conversion thread: the incoming document goes once the job is held or refused for
    // its own fault, and stays for the next start otherwise. The answer goes to this thread.
    m_conversion.submit(
        ConversionTask{id, submitTicket(request), {}},
        [this, done = std::move(done)](const ConversionTask &task, const Result<JobRecord> &outcome) {
            Result<JobRecord> answer = outcome;
            if (outcome || !keepIncomingAfter(outcome.error())) {
                m_vault->removeIncoming(task.draftId);
            } else {
                // The workstation's fault: the client hears that the document stays.
                Error kept = outcome.error();
                kept.details.insert(QStringLiteral("kept"), true);
                answer = kept;
            }
            if (outcome)
                qCInfo(lcCapture) << "submitted document" << task.draftId << "is held";
            else
                qCInfo(lcCapture) << "submitted document" << task.draftId
                                  << "is not held:" << outcome.error().code;
            QMetaObject::invokeMethod(
                this, [done, answer]() { done(answer); }, Qt::QueuedConnection);
        });
}

void SubmitIntake::resume()
{
    auto incoming = m_vault->incoming();
    if (!incoming) {
        qCWarning(lcCapture).noquote() << "cannot resume submitted jobs:" << incoming.error().message;
        return;
    }
    int resumed = 0;
    for (const auto &[id, json] : incoming.value()) {
        auto ticket = CaptureTicket::fromJson(json);
        if (!ticket || ticket->ippJobId > 0)
            continue; // the virtual printer's, resumed under their IPP job
        convert(id, ticket->request, [](const Result<JobRecord> &) {});
        ++resumed;
    }
    if (resumed > 0)
        qCInfo(lcCapture) << resumed << "submitted job(s) of the last run are being held";
}

void SubmitIntake::stop()
{
    m_conversion.stop();
}

} // namespace pv
