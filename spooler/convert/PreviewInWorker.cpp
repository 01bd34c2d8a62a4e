#include "convert/PreviewInWorker.h"

#include "common/ChildProcess.h"
#include "common/Logging.h"
#include "convert/PreviewProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace pv {

namespace {

constexpr int WorkerOpenFiles = 64;
constexpr qint64 WorkerFileBytes = 64ll << 20; // it writes no file; fontconfig's cache at most

QString tr(const char *text)
{
    return QCoreApplication::translate("pv::convert", text);
}

ChildOptions previewChild(const PreviewSettings &s, const SealedStream &document, const QString &scratch)
{
    ChildOptions child;
    child.ownProcessGroup = true;
    child.inheritedFds = {document.fd};
    child.environment = minimalEnvironment(scratch);
    child.limits.cpuSeconds = s.timeoutSeconds;
    child.limits.fileSizeBytes = WorkerFileBytes;
    child.limits.openFiles = WorkerOpenFiles;
#if defined(__SANITIZE_ADDRESS__)
    // As for conversion (ProcessConversion.cpp): ASan's RSS cap stands in for RLIMIT_AS.
    const QString asan = child.environment.value(QStringLiteral("ASAN_OPTIONS"));
    child.environment.insert(QStringLiteral("ASAN_OPTIONS"),
                             asan + QStringLiteral(":hard_rss_limit_mb=%1").arg(s.memoryBytes >> 20));
#else
    child.limits.addressSpaceBytes = s.memoryBytes;
#endif
    return child;
}

Error stopped()
{
    return Error{QStringLiteral("bad-document"), tr("the page cannot be drawn: its previewer stopped")};
}

} // namespace

Result<PagePreview> previewInWorker(const PreviewSettings &s, const SealedStream &document, int page,
                                    int width)
{
    QTemporaryDir scratch(QDir(s.scratchDir.isEmpty() ? QDir::tempPath() : s.scratchDir)
                              .filePath(QStringLiteral("preview-XXXXXX")));
    if (!scratch.isValid())
        return Error{QStringLiteral("io"), tr("cannot create a scratch folder for the previewer")};
    QProcess process;
    prepareChild(process, previewChild(s, document, scratch.path()));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--preview"), QStringLiteral("--language"),
                     s.language.isEmpty() ? QStringLiteral("en") : s.language};
    if (!s.seccomp)
        args << QStringLiteral("--no-seccomp");
    process.start(s.workerPath, args);
    if (!process.waitForStarted(10000))
        return Error{
            QStringLiteral("converter-unavailable"),
            tr("the previewer (printvault-worker) cannot be started: %1").arg(process.errorString())};
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
                tr("the page did not finish drawing within %1 s and was stopped").arg(s.timeoutSeconds),
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
                     tr("the page needs more than %1 MB of memory to draw").arg(s.memoryBytes >> 20),
                     {{QStringLiteral("limit"), QStringLiteral("worker_memory_mb")}}};
    return preview;
}

} // namespace pv
