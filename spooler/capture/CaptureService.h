#pragma once

#include "common/Result.h"
#include "convert/PdfInspector.h"
#include "vault/JobRecord.h"

#include <QIODevice>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace pv {

class JobDraft;
class Vault;

// One document on its way into the vault. Bytes are encrypted as they arrive; finish()
// validates and measures the document on a worker thread and commits it on the vault's thread.
// Destroying an Ingest before it completes discards everything it wrote.
class Ingest
{
public:
    using Done = std::function<void(Result<JobRecord>)>;

    ~Ingest();
    [[nodiscard]] Status append(const char *data, qint64 size);
    // Runs done on the capture service's thread once the job is durable, or with the reason it is not.
    void finish(Done done);
    qint64 bytesReceived() const { return m_received; }
    const QString &id() const;

private:
    friend class CaptureService;
    struct State;
    explicit Ingest(std::shared_ptr<State> state);

    std::shared_ptr<State> m_state;
    QByteArray m_head;
    qint64 m_received = 0;
    bool m_headChecked = false;
};

// A write-only device that feeds an Ingest, so converters can write PDF straight into the
// encrypted draft: no plaintext ever lands in a file.
class IngestDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit IngestDevice(Ingest *ingest);
    Status failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    Ingest *m_ingest;
    Status m_failure;
};

// The one path by which documents enter the vault: the CLI's submit, and the virtual printer.
// begin() may be called from any thread once the vault is unlocked; commits always happen on
// the service's (the vault's) thread.
class CaptureService : public QObject
{
    Q_OBJECT
public:
    using DocumentWriter = std::function<Status(QIODevice &pdf)>;

    CaptureService(Vault *vault, QThreadPool *workers, QObject *parent = nullptr);
    ~CaptureService() override;

    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }

    [[nodiscard]] Result<std::unique_ptr<Ingest>> begin(const JobRequest &request);
    // For a document the virtual printer has already acknowledged (it is sealed in the vault's
    // incoming folder): pausing does not stop it, and the job keeps the incoming document's id.
    [[nodiscard]] Result<std::unique_ptr<Ingest>> beginAcknowledged(const JobRequest &request,
                                                                    const QString &id);

    // For threads other than the service's (the virtual printer's job threads): validates and
    // measures a fully written ingest on the calling thread, then waits for the commit on the
    // service's thread. Gives up with an error once `cancel` becomes true.
    // `abandoned`, when given, is asked once more right before the commit: an IPP job
    // canceled while it was being converted is dropped, not held.
    [[nodiscard]] Result<JobRecord> commitBlocking(std::unique_ptr<Ingest> ingest,
                                                   const std::atomic<bool> &cancel,
                                                   const std::function<bool()> &abandoned = {});
    // For a draft a converter worker wrote and measured (ProcessConversion): fsyncs it, then
    // waits for the commit on the service's thread, like commitBlocking().
    [[nodiscard]] Result<JobRecord> commitMeasuredBlocking(std::unique_ptr<JobDraft> draft,
                                                           const DocumentInfo &info,
                                                           const std::atomic<bool> &cancel,
                                                           const std::function<bool()> &abandoned = {});
    // begin(), writeDocument() into the draft, then commitBlocking().
    [[nodiscard]] Result<JobRecord> captureBlocking(const JobRequest &request,
                                                    const DocumentWriter &writeDocument,
                                                    const std::atomic<bool> &cancel,
                                                    const std::function<bool()> &abandoned = {});

private:
    friend class Ingest;
    Result<std::unique_ptr<Ingest>> wrap(Result<std::unique_ptr<JobDraft>> draft);
    void process(std::shared_ptr<Ingest::State> state, Ingest::Done done);
    static Result<DocumentInfo> finishAndInspect(Ingest::State &state, const PdfInspector &inspector);

    Vault *m_vault;
    QThreadPool *m_workers;
    PdfInspector m_inspector;
    std::atomic<bool> m_paused{false};
};

} // namespace pv
