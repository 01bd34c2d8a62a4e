#include "capture/CaptureService.h"

#include "common/Logging.h"
#include "common/Renderers.h"
#include "vault/DecryptingDevice.h"
#include "vault/JobDraft.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>

#include <future>

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
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::capture", "the document was already handed over")};
    // Refuse something that is plainly not a PDF before its whole body has been stored.
    if (!m_headChecked) {
        m_head.append(data, qMin<qint64>(size, 1024 - m_head.size()));
        if (m_head.size() >= 1024 || m_head.contains("%PDF-")) {
            m_headChecked = true;
            if (!m_head.contains("%PDF-"))
                return Error{QStringLiteral("bad-document"),
                             QCoreApplication::translate("pv::capture",
                                                         "the document is not a PDF (no %PDF- header)")};
        }
    }
    m_received += size;
    return m_state->draft->append(data, size);
}

void Ingest::finish(Done done)
{
    if (!m_state->draft || !m_state->service) {
        done(Error{QStringLiteral("internal"),
                   QCoreApplication::translate("pv::capture", "the document was already handed over")});
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
        return Error{QStringLiteral("paused"), tr("capture is paused; resume it to accept new jobs")};
    return wrap(m_vault->createDraft(request));
}

Result<std::unique_ptr<Ingest>> CaptureService::beginAcknowledged(const JobRequest &request,
                                                                  const QString &id)
{
    return wrap(m_vault->createDraft(request, id));
}

Result<std::unique_ptr<Ingest>> CaptureService::wrap(Result<std::unique_ptr<JobDraft>> draft)
{
    if (!draft)
        return draft.error();
    auto state = std::make_shared<Ingest::State>();
    state->id = draft.value()->id();
    state->draft = std::move(draft.value());
    state->service = this;
    return std::unique_ptr<Ingest>(new Ingest(std::move(state)));
}

// Seals and fsyncs the draft, then reads it back through the decrypting layer and lets
// Poppler check and measure it. Any thread; blocking.
Result<DocumentInfo> CaptureService::finishAndInspect(Ingest::State &state, const PdfInspector &inspector)
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = state.draft->finish(); !s)
        return s.error();
    // A reader per core: the pages are rendered on all of them.
    std::vector<std::unique_ptr<DecryptingDevice>> readers;
    std::vector<QIODevice *> devices;
    for (int i = 0; i < renderersPerDocument(); ++i) {
        auto device = state.draft->openForReading();
        if (!device)
            return device.error();
        devices.push_back(device.value().get());
        readers.push_back(std::move(device.value()));
    }
    const qint64 synced = timer.elapsed();
    auto info = inspector.inspect(devices);
    qCDebug(lcCapture) << "job" << state.id << "fsync" << synced << "ms, inspection"
                       << timer.elapsed() - synced << "ms";
    return info;
}

// Worker thread: finish and inspect. Vault thread: commit.
void CaptureService::process(std::shared_ptr<Ingest::State> state, Ingest::Done done)
{
    const PdfInspector inspector = m_inspector;
    m_workers->start([this, state, done = std::move(done), inspector]() mutable {
        Result<DocumentInfo> info = finishAndInspect(*state, inspector);
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

Result<JobRecord> CaptureService::captureBlocking(const JobRequest &request,
                                                  const DocumentWriter &writeDocument,
                                                  const std::atomic<bool> &cancel,
                                                  const std::function<bool()> &abandoned)
{
    auto ingest = begin(request);
    if (!ingest)
        return ingest.error();
    {
        IngestDevice device(ingest.value().get());
        device.open(QIODevice::WriteOnly);
        Status written = writeDocument(device);
        if (!device.failure().isOk())
            written = device.failure(); // the vault's reason (disk full, too large) beats the writer's
        if (!written)
            return written.error();
    }
    return commitBlocking(std::move(ingest.value()), cancel, abandoned);
}

Result<JobRecord> CaptureService::commitBlocking(std::unique_ptr<Ingest> ingest,
                                                 const std::atomic<bool> &cancel,
                                                 const std::function<bool()> &abandoned)
{
    std::shared_ptr<Ingest::State> state = std::move(ingest->m_state);
    ingest.reset();
    auto info = finishAndInspect(*state, m_inspector);
    if (!info) {
        qCInfo(lcCapture) << "rejected job" << state->id << ":" << info.error().code;
        return info.error();
    }

    std::unique_ptr<JobDraft> draft = std::move(state->draft);
    state.reset();
    return commitMeasuredBlocking(std::move(draft), info.value(), cancel, abandoned);
}

Result<JobRecord> CaptureService::commitMeasuredBlocking(std::unique_ptr<JobDraft> draft,
                                                         const DocumentInfo &info,
                                                         const std::atomic<bool> &cancel,
                                                         const std::function<bool()> &abandoned)
{
    if (auto s = draft->finish(); !s)
        return s.error();
    if (abandoned && abandoned()) {
        qCInfo(lcCapture) << "job" << draft->id() << "was canceled while it was captured";
        return Error{QStringLiteral("canceled"), tr("the job was canceled")};
    }

    // The commit belongs to the vault's thread; wait for it without blocking shutdown forever.
    // The draft goes with the queued call: it is committed (or discarded) on that thread.
    auto outcome = std::make_shared<std::promise<Result<JobRecord>>>();
    std::future<Result<JobRecord>> future = outcome->get_future();
    auto held = std::make_shared<std::unique_ptr<JobDraft>>(std::move(draft));
    QMetaObject::invokeMethod(
        this, [this, held, outcome, info]() { outcome->set_value(m_vault->commit(std::move(*held), info)); },
        Qt::QueuedConnection);
    while (future.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        if (cancel)
            return Error{QStringLiteral("shutting-down"), tr("PrintVault is shutting down")};
    }
    return future.get();
}

IngestDevice::IngestDevice(Ingest *ingest)
    : m_ingest(ingest)
{}

qint64 IngestDevice::writeData(const char *data, qint64 size)
{
    if (!m_failure.isOk())
        return -1;
    if (auto s = m_ingest->append(data, size); !s) {
        m_failure = s;
        setErrorString(s.message());
        return -1;
    }
    return size;
}

} // namespace pv
