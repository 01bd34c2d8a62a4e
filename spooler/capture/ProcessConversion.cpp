#include "capture/ProcessConversion.h"

#include "capture/CaptureService.h"
#include "common/ChildProcess.h"
#include "common/Logging.h"
#include "common/Renderers.h"
#include "common/WorkerChild.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

namespace pv {

namespace {

constexpr qint64 MaxReplyBytes = 8 * 1024 * 1024; // a reply holds a thumbnail at most
constexpr int WorkerOpenFiles = 256;

// Messages in the "pv::capture" context, which lupdate reads from this declaration as well.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::capture)
};

// The worker's stderr (Poppler's and Qt's warnings, a sanitizer's report) is drained so it
// never blocks, and only its end is kept. It may quote the document, so it is logged only in
// debug output, or in sanitizer builds, whose reports the tests must see.
void keepDiagnostics(QByteArray &kept, const QByteArray &more)
{
    constexpr qsizetype Keep = 4 * 1024;
    kept += more;
    if (kept.size() > Keep)
        kept = kept.right(Keep);
}

Error givenUp(int attempts)
{
    return Error{QStringLiteral("converter-crashed"),
                 QCoreApplication::translate("pv::capture",
                                             "the document stopped its converter %n time(s) and was given up",
                                             nullptr, attempts),
                 {{QStringLiteral("attempts"), attempts}}};
}

} // namespace

ProcessConversion::ProcessConversion(Vault *vault, CaptureService *capture, ConversionLimits limits)
    : m_vault(vault)
    , m_capture(capture)
    , m_limits(std::move(limits))
{
    if (m_limits.workerPath.isEmpty())
        m_limits.workerPath = defaultWorkerPath();
    // Parallel: a slow document holds one thread and one worker, never the others' jobs. A
    // thread here only waits for its worker, and a worker's start is mostly waiting too, so
    // twice the cores keep them busy while a hostile document sits out its time limit.
    const int threads =
        m_limits.parallelJobs > 0 ? m_limits.parallelJobs : qMax(4, 2 * QThread::idealThreadCount());
    m_pool.setMaxThreadCount(threads);
    // A pool thread is the parent of its worker: it must not expire while one runs (it does
    // not, as it waits for it), and idles a while before it ends.
    m_pool.setExpiryTimeout(60000);
}

ProcessConversion::~ProcessConversion()
{
    stop();
}

QString ProcessConversion::defaultWorkerPath()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/printvault-worker");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStringLiteral(PV_WORKER_INSTALL_PATH);
}

QJsonObject ProcessConversion::probe(const ConversionLimits &given)
{
    ConversionLimits limits = given;
    if (limits.workerPath.isEmpty())
        limits.workerPath = defaultWorkerPath();
    const ProcessConversion shape(nullptr, nullptr, limits);
    QTemporaryDir scratch(QDir(limits.scratchDir.isEmpty() ? QDir::tempPath() : limits.scratchDir)
                              .filePath(QStringLiteral("probe-XXXXXX")));
    WorkerRequest none;
    QProcess process;
    prepareChild(process, shape.workerChild(none, scratch.path()));
    QStringList args{QStringLiteral("--probe")};
    if (!limits.seccomp)
        args << QStringLiteral("--no-seccomp");
    process.start(limits.workerPath, args);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(10000);
    if (!finished)
        killChild(process);
    QJsonObject o = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const bool ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
                    o.contains(QStringLiteral("seccomp"));
    o.insert(QStringLiteral("worker"), ok ? QStringLiteral("available") : QStringLiteral("unavailable"));
    o.insert(QStringLiteral("worker_path"), limits.workerPath);
    // Held by every worker whatever the kernel offers: the launcher sets these before exec.
    o.insert(QStringLiteral("process_limits"), ok);
    o.insert(QStringLiteral("clean_environment"), ok);
    o.insert(QStringLiteral("dies_with_daemon"), ok);
    o.insert(QStringLiteral("namespaces"), false);
    o.insert(QStringLiteral("memory_mb"), double(limits.workerMemoryBytes >> 20));
    o.insert(QStringLiteral("timeout_seconds"), limits.timeoutSeconds);
    o.insert(QStringLiteral("max_pages"), limits.document.maxPages);
    o.insert(QStringLiteral("max_crashes"), limits.maxAttempts);
    if (!ok) {
        o.insert(QStringLiteral("seccomp"), false);
        o.insert(QStringLiteral("no_new_privs"), false);
        o.insert(QStringLiteral("ptrace_denied"), false);
    }
    return o;
}

void ProcessConversion::submit(ConversionTask task, Done done)
{
    m_pool.start([this, task = std::move(task), done = std::move(done)]() {
        const Result<JobRecord> outcome = convert(task);
        done(task, outcome);
    });
}

void ProcessConversion::stop()
{
    m_stopping = true;
    m_pool.waitForDone();
}

Result<JobRecord> ProcessConversion::convert(const ConversionTask &task)
{
    if (m_stopping)
        return Error{QStringLiteral("shutting-down"), Text::tr("PrintVault is shutting down")};
    int attempts = m_vault->incomingAttempts(task.draftId);
    for (;;) {
        if (attempts >= m_limits.maxAttempts) {
            qCWarning(lcCapture) << "job" << task.draftId << "is given up after" << attempts
                                 << "worker deaths";
            return givenUp(attempts);
        }
        const int before = attempts;
        Result<JobRecord> outcome = attempt(task, attempts);
        if (attempts == before)
            return outcome; // answered, overran or stopped: no retry
        // Died: retried while tries remain, after a pause that grows with each death.
        QThread::msleep(100u * unsigned(attempts));
    }
}

// One worker run. `attempts` goes up when the worker died on its own, so the caller retries.
Result<JobRecord> ProcessConversion::attempt(const ConversionTask &task, int &attempts)
{
    auto input = m_vault->openIncomingSealed(task.draftId);
    if (!input)
        return input.error();
    auto draft = m_vault->createDraft(task.ticket.request, task.draftId);
    if (!draft)
        return draft.error();
    auto output = draft.value()->handOver();
    if (!output)
        return output.error();
    QTemporaryDir scratch(QDir(m_limits.scratchDir.isEmpty() ? QDir::tempPath() : m_limits.scratchDir)
                              .filePath(QStringLiteral("job-XXXXXX")));
    if (!scratch.isValid())
        return Error{QStringLiteral("io"), Text::tr("cannot create a scratch folder for the converter")};

    // Counted on disk before the worker starts: if it takes the daemon down with it, the next
    // start knows.
    if (auto s = m_vault->setIncomingAttempts(task.draftId, attempts + 1); !s)
        return s.error();
    const WorkerRequest req = request(task, input.value(), output.value());
    const Run run = runWorker(task, req, scratch.path());
#if defined(__SANITIZE_ADDRESS__)
    const bool showDiagnostics = run.end != Run::End::Answered;
#else
    const bool showDiagnostics = lcConvert().isDebugEnabled();
#endif
    if (showDiagnostics && !run.diagnostics.isEmpty())
        qCWarning(lcConvert).noquote() << "worker for job" << task.draftId << "said:\n" << run.diagnostics;
    if (run.end == Run::End::Crashed && run.signal != SIGXCPU && run.signal != SIGXFSZ) {
        ++attempts;
        qCWarning(lcCapture) << "the worker for job" << task.draftId << "died of signal" << run.signal
                             << "; try" << attempts << "of" << m_limits.maxAttempts;
        return givenUp(attempts);
    }
    if (auto s = m_vault->setIncomingAttempts(task.draftId, attempts); !s)
        qCWarning(lcCapture).noquote() << s.message();

    switch (run.end) {
    case Run::End::Answered:
        return finishAnswered(task, std::move(draft.value()), run.replyLine);
    case Run::End::TimedOut:
        return Error{QStringLiteral("bad-document"),
                     Text::tr("the document did not finish converting within %1 s and was stopped")
                         .arg(m_limits.timeoutSeconds),
                     {{QStringLiteral("limit"), QStringLiteral("convert_timeout_seconds")}}};
    case Run::End::Crashed:
        if (run.signal == SIGXFSZ)
            return Error{QStringLiteral("limit-exceeded"),
                         Text::tr("the converted document is larger than the limit of %1 MB")
                             .arg(m_limits.outputBytes >> 20),
                         {{QStringLiteral("limit"), QStringLiteral("output_size")}}};
        return Error{QStringLiteral("limit-exceeded"),
                     Text::tr("the document needed more processor time than its converter may use"),
                     {{QStringLiteral("limit"), QStringLiteral("cpu_time")}}};
    case Run::End::Stopped:
        return Error{QStringLiteral("shutting-down"), Text::tr("PrintVault is shutting down")};
    case Run::End::Canceled:
        return Error{QStringLiteral("canceled"), Text::tr("the job was canceled")};
    case Run::End::NotStarted:
        break;
    }
    qCWarning(lcCapture).noquote() << "cannot start the converter" << m_limits.workerPath << ":"
                                   << run.startError;
    return Error{
        QStringLiteral("converter-unavailable"),
        Text::tr("the document converter (printvault-worker) cannot be started: %1").arg(run.startError)};
}

Result<JobRecord> ProcessConversion::finishAnswered(const ConversionTask &task,
                                                    std::unique_ptr<JobDraft> draft,
                                                    const QByteArray &replyLine)
{
    auto reply = WorkerReply::fromJsonLine(replyLine);
    if (!reply)
        return reply.error();
    if (!reply->outcome) {
        const Error &e = reply->outcome.error();
        qCInfo(lcCapture) << "rejected job" << task.draftId << ":" << e.code;
        if (e.code == QLatin1String("out-of-memory"))
            return Error{QStringLiteral("limit-exceeded"),
                         Text::tr("the document needs more than %1 MB of memory to convert")
                             .arg(m_limits.workerMemoryBytes >> 20),
                         {{QStringLiteral("limit"), QStringLiteral("worker_memory_mb")}}};
        return e;
    }
    if (auto s = draft->adoptWritten(reply->plaintextSize, reply->sha256); !s)
        return s.error();
    return m_capture->commitMeasuredBlocking(std::move(draft), reply->info, m_stopping, task.abandoned);
}

WorkerRequest ProcessConversion::request(const ConversionTask &task, const Vault::SealedFile &input,
                                         const JobDraft::Target &output) const
{
    WorkerRequest r;
    r.format = task.ticket.format;
    r.mediaPt = task.ticket.mediaPt;
    r.input = SealedStream{input.file->handle(), input.key, input.jobId, 0};
    r.output = SealedStream{output.fd, output.key, output.jobId, output.segmentSize};
    r.limits = m_limits.document;
    r.timeoutSeconds = m_limits.timeoutSeconds;
    // Ghostscript inherits the worker's limits; its memory is capped explicitly as well, since
    // a sanitizer build's worker runs without RLIMIT_AS.
    r.childLimits.addressSpaceBytes = m_limits.workerMemoryBytes;
    return r;
}

ChildOptions ProcessConversion::workerChild(const WorkerRequest &request, const QString &scratch) const
{
    WorkerChildLimits limits;
    limits.inheritedFds = {request.input.fd, request.output.fd};
    limits.scratchDir = scratch;
    // Processor time: the wall-clock limit on every renderer thread, so only a runaway hits it.
    limits.cpuSeconds = m_limits.timeoutSeconds * renderersPerDocument();
    limits.fileSizeBytes = m_limits.outputBytes;
    limits.openFiles = WorkerOpenFiles;
    limits.memoryBytes = m_limits.workerMemoryBytes;
    return pv::workerChild(limits);
}

ProcessConversion::Run ProcessConversion::runWorker(const ConversionTask &task, const WorkerRequest &request,
                                                    const QString &scratch) const
{
    Run run;
    QProcess process;
    prepareChild(process, workerChild(request, scratch));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--language"),
                     m_limits.language.isEmpty() ? QStringLiteral("en") : m_limits.language};
    if (!m_limits.seccomp)
        args << QStringLiteral("--no-seccomp");
    process.start(m_limits.workerPath, args);
    if (!process.waitForStarted(10000)) {
        run.startError = process.errorString();
        return run;
    }
    if (auto s = request.write(process); !s)
        qCWarning(lcCapture).noquote() << s.message(); // the worker's own answer says the rest
    process.closeWriteChannel();

    QElapsedTimer timer;
    timer.start();
    const auto stopWith = [&](Run::End end) {
        killChild(process);
        run.end = end;
        return run;
    };
    while (process.state() != QProcess::NotRunning) {
        if (m_stopping)
            return stopWith(Run::End::Stopped);
        if (task.abandoned && task.abandoned())
            return stopWith(Run::End::Canceled);
        if (timer.elapsed() > qint64(m_limits.timeoutSeconds) * 1000) {
            qCInfo(lcCapture) << "the worker for job" << task.draftId << "overran its time and was killed";
            return stopWith(Run::End::TimedOut);
        }
        process.waitForFinished(100);
        run.replyLine += process.readAllStandardOutput();
        keepDiagnostics(run.diagnostics, process.readAllStandardError());
        if (run.replyLine.size() > MaxReplyBytes)
            return stopWith(Run::End::Crashed);
    }
    // What the worker started (Ghostscript) dies with it: PR_SET_PDEATHSIG.
    run.replyLine += process.readAllStandardOutput();
    keepDiagnostics(run.diagnostics, process.readAllStandardError());
    if (process.exitStatus() == QProcess::CrashExit) {
        run.end = Run::End::Crashed;
        run.signal = process.exitCode(); // Qt keeps the terminating signal here
        return run;
    }
    // A worker that answered has said how it ended; one that exited without a line died.
    run.end = run.replyLine.endsWith('\n') ? Run::End::Answered : Run::End::Crashed;
    return run;
}

} // namespace pv
