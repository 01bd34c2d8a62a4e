#pragma once

#include "capture/JobConversion.h"
#include "convert/WorkerProtocol.h"
#include "vault/JobDraft.h"
#include "vault/Vault.h"

#include <QJsonObject>
#include <QThreadPool>

#include <atomic>

namespace pv {

class CaptureService;

// Conversion in worker processes (printvault-worker, docs/containment.md): one short-lived
// process per document, in parallel on a pool of waiting threads, each with the policy's
// wall-clock limit, rlimits and its own process group, killed as a group when it overruns.
// A worker that crashes aborts only its own job; its document is tried again, up to
// maxAttempts starts in all (counted beside the document, across restarts), then given up.
// Threads: submit() and stop() on the IPP server's owner or a connection thread; each job
// on a pool thread, which starts its worker and outlives it (PR_SET_PDEATHSIG follows the
// thread); commits on the capture service's thread.
class ProcessConversion : public JobConversion
{
public:
    ProcessConversion(Vault *vault, CaptureService *capture, ConversionLimits limits);
    ~ProcessConversion() override;

    void submit(ConversionTask task, Done done) override;
    void stop() override;

    // printvault-worker next to the running executable (the build tree), else its install path.
    static QString defaultWorkerPath();
    // What confines a worker on this machine, as `status` reports it (docs/containment.md):
    // starts the worker once with --probe under the same launcher. Blocking, about 100 ms.
    static QJsonObject probe(const ConversionLimits &limits);

private:
    // How one worker run ended.
    struct Run
    {
        enum class End { Answered, TimedOut, Crashed, Stopped, Canceled, NotStarted } end = End::NotStarted;
        int signal = 0; // Crashed: the signal that ended it (SIGXCPU, SIGXFSZ, SIGSEGV, ...)
        QByteArray replyLine;
        QByteArray diagnostics; // the end of its stderr
        QString startError;
    };
    Result<JobRecord> convert(const ConversionTask &task);
    Result<JobRecord> attempt(const ConversionTask &task, int &attempts);
    Run runWorker(const ConversionTask &task, const WorkerRequest &request, const QString &scratch) const;
    Result<JobRecord> finishAnswered(const ConversionTask &task, std::unique_ptr<JobDraft> draft,
                                     const QByteArray &replyLine);
    WorkerRequest request(const ConversionTask &task, const Vault::SealedFile &input,
                          const JobDraft::Target &output) const;
    ChildOptions workerChild(const WorkerRequest &request, const QString &scratch) const;

    Vault *m_vault;
    CaptureService *m_capture;
    ConversionLimits m_limits;
    QThreadPool m_pool;
    std::atomic<bool> m_stopping{false};
};

} // namespace pv
