#include "convert/PreviewInWorker.h"

#include "common/ChildProcess.h"
#include "common/Logging.h"
#include "common/WorkerChild.h"
#include "convert/PreviewProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace pv {

namespace {

constexpr int WorkerOpenFiles = 64;

// Messages in the "pv::convert" context, which lupdate reads from this declaration as well.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::convert)
};

Error stopped()
{
    return Error{QStringLiteral("bad-document"), Text::tr("the page cannot be drawn: its previewer stopped")};
}

} // namespace

Result<PagePreview> previewInWorker(const PreviewSettings &s, const SealedStream &document, int page,
                                    int width)
{
    QTemporaryDir scratch(QDir(s.scratchDir.isEmpty() ? QDir::tempPath() : s.scratchDir)
                              .filePath(QStringLiteral("preview-XXXXXX")));
    if (!scratch.isValid())
        return Error{QStringLiteral("io"), Text::tr("cannot create a scratch folder for the previewer")};
    QProcess process;
    WorkerChildLimits limits;
    limits.inheritedFds = {document.fd};
    limits.scratchDir = scratch.path();
    limits.cpuSeconds = s.timeoutSeconds;
    limits.fileSizeBytes = NoOutputFileBytes;
    limits.openFiles = WorkerOpenFiles;
    limits.memoryBytes = s.memoryBytes;
    prepareChild(process, workerChild(limits));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--preview"), QStringLiteral("--language"),
                     s.language.isEmpty() ? QStringLiteral("en") : s.language};
    if (!s.seccomp)
        args << QStringLiteral("--no-seccomp");
    process.start(s.workerPath, args);
    if (!process.waitForStarted(10000))
        return Error{
            QStringLiteral("converter-unavailable"),
            Text::tr("the previewer (printvault-worker) cannot be started: %1").arg(process.errorString())};
    const PreviewRequest request{document, page, width};
    if (auto st = request.write(process); !st)
        qCWarning(lcConvert).noquote() << st.message(); // the worker's own answer says the rest
    process.closeWriteChannel();

    QByteArray reply;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning) {
        if (timer.elapsed() > qint64(s.timeoutSeconds) * 1000) {
            killChild(process);
            return Error{
                QStringLiteral("bad-document"),
                Text::tr("the page did not finish drawing within %1 s and was stopped").arg(s.timeoutSeconds),
                {{QStringLiteral("limit"), QStringLiteral("convert_timeout_seconds")}}};
        }
        process.waitForFinished(100);
        reply += process.readAllStandardOutput();
        process.readAllStandardError(); // drained so it never blocks; it may quote the document
        if (reply.size() > MaxPreviewReply) {
            killChild(process);
            return stopped();
        }
    }
    reply += process.readAllStandardOutput();
    if (process.exitStatus() == QProcess::CrashExit || !reply.endsWith('\n'))
        return stopped();
    auto preview = previewFromReplyLine(reply);
    if (!preview && preview.error().code == QLatin1String("out-of-memory"))
        return Error{QStringLiteral("limit-exceeded"),
                     Text::tr("the page needs more than %1 MB of memory to draw").arg(s.memoryBytes >> 20),
                     {{QStringLiteral("limit"), QStringLiteral("worker_memory_mb")}}};
    return preview;
}

} // namespace pv
