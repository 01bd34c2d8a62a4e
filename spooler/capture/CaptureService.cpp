#include "capture/CaptureService.h"

#include "common/Logging.h"
#include "vault/DecryptingDevice.h"
#include "vault/JobDraft.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>

namespace pv {

struct Ingest::State
{
    std::unique_ptr<JobDraft> draft;
    QPointer<CaptureService> service;
    QString id;
};

Ingest::Ingest(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

Ingest::~Ingest() = default;

const QString &Ingest::id() const
{
    return m_state->id;
}

Status Ingest::append(const char *data, qint64 size)
{
    if (!m_state->draft)
        return Error{QStringLiteral("internal"), QStringLiteral("the document was already handed over")};
    // Refuse something that is plainly not a PDF before its whole body has been stored.
    if (!m_headChecked) {
        m_head.append(data, qMin<qint64>(size, 1024 - m_head.size()));
        if (m_head.size() >= 1024 || m_head.contains("%PDF-")) {
            m_headChecked = true;
            if (!m_head.contains("%PDF-"))
                return Error{QStringLiteral("bad-document"),
                             QStringLiteral("the document is not a PDF (no %PDF- header)")};
        }
    }
    m_received += size;
    return m_state->draft->append(data, size);
}

void Ingest::finish(Done done)
{
    if (!m_state->draft || !m_state->service) {
        done(Error{QStringLiteral("internal"), QStringLiteral("the document was already handed over")});
        return;
    }
    m_state->service->process(std::move(m_state), std::move(done));
}

CaptureService::CaptureService(Vault *vault, QThreadPool *workers, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_workers(workers)
{}

// Workers hold a pointer to this service; none may outlive it.
CaptureService::~CaptureService()
{
    m_workers->waitForDone();
}

Result<std::unique_ptr<Ingest>> CaptureService::begin(const JobRequest &request)
{
    if (m_paused)
        return Error{QStringLiteral("paused"),
                     QStringLiteral("capture is paused; resume it to accept new jobs")};
    auto draft = m_vault->createDraft(request);
    if (!draft)
        return draft.error();
    auto state = std::make_shared<Ingest::State>();
    state->id = draft.value()->id();
    state->draft = std::move(draft.value());
    state->service = this;
    return std::unique_ptr<Ingest>(new Ingest(std::move(state)));
}

// Worker thread: seal and fsync, then read the document back through the decrypting layer
// and let Poppler check and measure it. Vault thread: commit.
void CaptureService::process(std::shared_ptr<Ingest::State> state, Ingest::Done done)
{
    const PdfInspector inspector = m_inspector;
    m_workers->start([this, state, done = std::move(done), inspector]() mutable {
        QElapsedTimer timer;
        timer.start();
        Result<DocumentInfo> info = Error{QStringLiteral("internal"), QString()};
        if (auto s = state->draft->finish(); !s) {
            info = s.error();
        } else if (auto device = state->draft->openForReading(); !device) {
            info = device.error();
        } else {
            const qint64 synced = timer.elapsed();
            info = inspector.inspect(device.value().get());
            qCDebug(lcCapture) << "job" << state->id << "fsync" << synced << "ms, inspection"
                               << timer.elapsed() - synced << "ms";
        }
        QMetaObject::invokeMethod(
            this,
            [this, state, done = std::move(done), info = std::move(info)]() {
                if (!info) {
                    qCInfo(lcCapture) << "rejected job" << state->id << ":" << info.error().code;
                    state->draft.reset(); // nothing is left behind
                    done(info.error());
                    return;
                }
                done(m_vault->commit(std::move(state->draft), info.value()));
            },
            Qt::QueuedConnection);
    });
}

} // namespace pv
