#include "release/WorkerRendering.h"

#include "common/ChildProcess.h"
#include "common/Logging.h"
#include "common/Renderers.h"
#include "common/WorkerChild.h"
#include "config/Policy.h"
#include "release/GhostscriptRaster.h"
#include "release/RenderProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

namespace pv::release {

namespace {

constexpr int WorkerOpenFiles = 256;

// Messages in the "pv::release" context, which lupdate reads from this declaration as well.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::release)
};

Error shuttingDown()
{
    return Error{QStringLiteral("shutting-down"), Text::tr("PrintVault is shutting down")};
}

// One of the slots, held while the worker runs; waits in slices so a stopping daemon is heard.
class Slot
{
public:
    Slot(QSemaphore *slots, const std::atomic<bool> &cancel)
        : m_slots(slots)
    {
        while (m_slots && !m_held && !cancel)
            m_held = m_slots->tryAcquire(1, 100);
    }
    ~Slot()
    {
        if (m_held)
            m_slots->release();
    }
    bool held() const { return !m_slots || m_held; }

private:
    QSemaphore *m_slots;
    bool m_held = false;
};

// The worker's stdout, read as it comes: protocol lines, and the chunks' raw bytes, which go
// straight to the printer, so the daemon holds no more than one pipe's read at a time.
class StreamReader
{
public:
    explicit StreamReader(const WorkerRender &job)
        : m_job(job)
    {}

    Status feed(const QByteArray &data)
    {
        qsizetype at = 0;
        while (at < data.size()) {
            if (m_done)
                return malformed();
            if (m_chunkLeft > 0) {
                const qsizetype n = qsizetype(qMin<qint64>(m_chunkLeft, data.size() - at));
                if (!m_job.write(data.constData() + at, size_t(n)))
                    return Error{QStringLiteral("printer-unreachable"),
                                 Text::tr("sending the document failed")};
                m_chunkLeft -= n;
                at += n;
                continue;
            }
            const qsizetype end = data.indexOf('\n', at);
            m_line += data.mid(at, end < 0 ? -1 : end + 1 - at);
            at = end < 0 ? data.size() : end + 1;
            if (m_line.size() > MaxRenderLine)
                return malformed();
            if (end < 0)
                break;
            if (Status s = takeLine(); !s)
                return s;
        }
        return {};
    }

    bool done() const { return m_done; }
    const Status &outcome() const { return m_outcome; }

private:
    static Error malformed()
    {
        return Error{QStringLiteral("worker"), Text::tr("the renderer's answer is malformed")};
    }

    Status takeLine()
    {
        auto message = RenderMessage::fromJsonLine(m_line);
        m_line.clear();
        if (!message)
            return message.error();
        switch (message->kind) {
        case RenderMessage::Kind::Chunk:
            m_chunkLeft = message->chunkBytes;
            break;
        case RenderMessage::Kind::Page:
            if (m_job.progress)
                m_job.progress(message->page, message->pages);
            break;
        case RenderMessage::Kind::Done:
            m_done = true;
            m_outcome = message->outcome;
            break;
        }
        return {};
    }

    const WorkerRender &m_job;
    QByteArray m_line;
    qint64 m_chunkLeft = 0;
    bool m_done = false;
    Status m_outcome;
};

ChildOptions renderChild(const WorkerRender &job, const QString &scratch)
{
    const RenderSettings &s = *job.settings;
    WorkerChildLimits limits;
    limits.inheritedFds = {job.document.fd};
    limits.scratchDir = scratch;
    // Processor time: the wall-clock limit on every renderer thread, so only a runaway hits it.
    limits.cpuSeconds = s.timeoutSeconds * renderersPerDocument();
    limits.fileSizeBytes = NoOutputFileBytes;
    limits.openFiles = WorkerOpenFiles;
    limits.memoryBytes = s.memoryBytes;
    return workerChild(limits);
}

// Why a worker that gave no last line ended.
Error died(const QProcess &process, const RenderSettings &s)
{
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 3)
        return Error{QStringLiteral("limit-exceeded"),
                     Text::tr("the document needs more than %1 MB of memory to render; it is still held")
                         .arg(s.memoryBytes >> 20),
                     {{QStringLiteral("limit"), QStringLiteral("worker_memory_mb")}}};
    if (process.exitStatus() == QProcess::CrashExit && process.exitCode() == SIGXCPU)
        return Error{
            QStringLiteral("limit-exceeded"),
            Text::tr("the document needed more processor time than its renderer may use; it is still held"),
            {{QStringLiteral("limit"), QStringLiteral("cpu_time")}}};
    const int signal = process.exitStatus() == QProcess::CrashExit ? process.exitCode() : 0;
    return Error{QStringLiteral("renderer-crashed"),
                 Text::tr("the document stopped its renderer (%1); it is still held")
                     .arg(signal ? QStringLiteral("signal %1").arg(signal)
                                 : QStringLiteral("exit code %1").arg(process.exitCode())),
                 {{QStringLiteral("signal"), signal}, {QStringLiteral("exit_code"), process.exitCode()}}};
}

class Run
{
public:
    Run(const WorkerRender &job, const QString &scratch)
        : m_job(job)
        , m_reader(job)
    {
        prepareChild(m_process, renderChild(job, scratch));
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
    }
    ~Run()
    {
        if (m_process.state() != QProcess::NotRunning)
            killChild(m_process);
    }

    Status run()
    {
        const RenderSettings &s = *m_job.settings;
        QStringList args{QStringLiteral("--render"), QStringLiteral("--language"),
                         s.language.isEmpty() ? QStringLiteral("en") : s.language};
        if (!s.seccomp)
            args << QStringLiteral("--no-seccomp");
        m_process.start(s.workerPath, args);
        if (!m_process.waitForStarted(10000))
            return Error{QStringLiteral("converter-unavailable"),
                         Text::tr("the renderer (printvault-worker) cannot be started: %1")
                             .arg(m_process.errorString())};
        RenderRequest request;
        request.task = m_job.task;
        request.input = m_job.document;
        request.format = m_job.format;
        request.renderer = s.renderer;
        request.pages = m_job.pages;
        request.limits = s.limits;
        request.memoryBytes = s.memoryBytes;
        if (auto w = request.write(m_process); !w)
            qCWarning(lcRelease).noquote() << w.message(); // the worker's own answer says the rest
        m_process.closeWriteChannel();
        return pump();
    }

private:
    // Reads the worker until its last line and its end, within the time limit.
    Status pump()
    {
        const RenderSettings &s = *m_job.settings;
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            if (m_job.cancel && *m_job.cancel)
                return stopWith(shuttingDown());
            if (timer.elapsed() > qint64(s.timeoutSeconds) * 1000) {
                qCInfo(lcRelease) << "the render worker overran its time and was killed";
                return stopWith(Error{QStringLiteral("bad-document"),
                                      Text::tr("the document did not finish rendering within %1 s and was "
                                               "stopped; it is still held")
                                          .arg(s.timeoutSeconds),
                                      {{QStringLiteral("limit"), QStringLiteral("render_timeout_seconds")}}});
            }
            const bool running = m_process.state() != QProcess::NotRunning;
            if (running)
                m_process.waitForReadyRead(100);
            if (Status fed = m_reader.feed(m_process.readAllStandardOutput()); !fed)
                return stopWith(fed.error());
            keepDiagnostics(m_process.readAllStandardError());
            if (!running)
                break;
        }
        if (!m_reader.done()) {
            showDiagnostics();
            return died(m_process, s);
        }
        if (!m_reader.outcome())
            showDiagnostics();
        return m_reader.outcome();
    }

    Status stopWith(Error e)
    {
        killChild(m_process);
        showDiagnostics();
        return e;
    }

    // The worker's stderr may quote the document: only its end is kept, and shown in debug
    // output, or in sanitizer builds, whose reports the tests must see.
    void keepDiagnostics(const QByteArray &more)
    {
        constexpr qsizetype Keep = 4 * 1024;
        m_diagnostics += more;
        if (m_diagnostics.size() > Keep)
            m_diagnostics = m_diagnostics.right(Keep);
    }

    void showDiagnostics() const
    {
#if defined(__SANITIZE_ADDRESS__)
        const bool show = true;
#else
        const bool show = lcRelease().isDebugEnabled();
#endif
        if (show && !m_diagnostics.isEmpty())
            qCWarning(lcRelease).noquote() << "render worker said:\n" << m_diagnostics;
    }

    const WorkerRender &m_job;
    QProcess m_process;
    StreamReader m_reader;
    QByteArray m_diagnostics;
};

} // namespace

int maxRenderWorkers()
{
    return qMax(1, QThread::idealThreadCount());
}

void applyRenderPolicy(RenderSettings *s, const Policy &policy)
{
    s->memoryBytes = qint64(policy.workerMemoryMb) << 20;
    s->timeoutSeconds = policy.releaseRenderTimeoutSeconds;
    s->seccomp = policy.workerSeccomp;
    s->limits.maxPages = policy.maxPages;
    s->limits.maxPageSideIn = policy.maxPageSideInches;
    const bool gs =
        policy.releaseRasterRenderer == QLatin1String("ghostscript") && !ghostscriptPath().isEmpty();
    s->renderer = gs ? RasterRenderer::Ghostscript : RasterRenderer::Poppler;
}

QJsonObject renderConfinement(const RenderSettings &s, int maxWorkers, bool seccompLoads)
{
    return QJsonObject{
        {QStringLiteral("max_workers"), maxWorkers},
        {QStringLiteral("renderer_threads"), renderersPerDocument()},
        {QStringLiteral("timeout_seconds"), s.timeoutSeconds},
        {QStringLiteral("memory_mb"), double(s.memoryBytes >> 20)},
        {QStringLiteral("cpu_seconds"), s.timeoutSeconds * renderersPerDocument()},
        {QStringLiteral("file_size_mb"), double(NoOutputFileBytes >> 20)},
        {QStringLiteral("open_files"), WorkerOpenFiles},
        {QStringLiteral("core_dumps"), false},
        {QStringLiteral("seccomp"), s.seccomp && seccompLoads},
        {QStringLiteral("max_pages"), s.limits.maxPages},
        {QStringLiteral("max_page_side_inches"), s.limits.maxPageSideIn},
        {QStringLiteral("raster_renderer"), s.renderer == RasterRenderer::Ghostscript
                                                ? QStringLiteral("ghostscript")
                                                : QStringLiteral("poppler")},
    };
}

Status renderInWorker(const WorkerRender &job)
{
    static const std::atomic<bool> never{false};
    const Slot slot(job.settings->slots, job.cancel ? *job.cancel : never);
    if (!slot.held())
        return shuttingDown();
    const QString base = job.settings->scratchDir.isEmpty() ? QDir::tempPath() : job.settings->scratchDir;
    QTemporaryDir scratch(QDir(base).filePath(QStringLiteral("render-XXXXXX")));
    if (!scratch.isValid())
        return Error{QStringLiteral("io"), Text::tr("cannot create a scratch folder for the renderer")};
    Run run(job, scratch.path());
    return run.run();
}

Result<QByteArray> pdfUpdateInWorker(WorkerRender job)
{
    job.task = RenderTask::PdfUpdate;
    QByteArray update;
    bool tooLarge = false;
    job.write = [&](const char *data, size_t size) {
        tooLarge = tooLarge || update.size() + qint64(size) > MaxUpdateBytes;
        if (!tooLarge)
            update.append(data, qsizetype(size));
        return !tooLarge;
    };
    job.progress = nullptr;
    const Status made = renderInWorker(job);
    if (tooLarge)
        return Error{QStringLiteral("limit-exceeded"),
                     Text::tr("the document's changes for the printer exceed %1 MB; it is still held")
                         .arg(MaxUpdateBytes >> 20)};
    if (!made)
        return made.error();
    return update;
}

} // namespace pv::release
