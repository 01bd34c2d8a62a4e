#pragma once

#include "common/Result.h"
#include "convert/PdfInspector.h"
#include "vault/JobRecord.h"

#include <QObject>

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

// The one path by which documents enter the vault: the CLI's submit, and the virtual printer.
class CaptureService : public QObject
{
    Q_OBJECT
public:
    CaptureService(Vault *vault, QThreadPool *workers, QObject *parent = nullptr);
    ~CaptureService() override;

    void setInspectorOptions(const PdfInspector::Options &options) { m_inspector = PdfInspector(options); }
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }

    [[nodiscard]] Result<std::unique_ptr<Ingest>> begin(const JobRequest &request);

private:
    friend class Ingest;
    void process(std::shared_ptr<Ingest::State> state, Ingest::Done done);

    Vault *m_vault;
    QThreadPool *m_workers;
    PdfInspector m_inspector;
    bool m_paused = false;
};

} // namespace pv
