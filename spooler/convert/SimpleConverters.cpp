// PDF pass-through, images through QPdfWriter, and PostScript through Ghostscript.
#include "common/ChildProcess.h"
#include "common/Ghostscript.h"
#include "common/Logging.h"
#include "convert/ConverterRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

namespace pv::convert {

namespace {

Error badDocument(const QString &message)
{
    return Error{QStringLiteral("bad-document"), message};
}

Status copyAll(QIODevice &in, QIODevice &out)
{
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error{QStringLiteral("io"),
                         QCoreApplication::translate("pv::convert", "cannot read the document: %1")
                             .arg(in.errorString())};
        if (n == 0)
            return {};
        if (out.write(buffer.constData(), n) != n)
            return Error{QStringLiteral("io"), out.errorString()};
    }
}

} // namespace

Status copyPdf(QIODevice &in, QIODevice &out, const ConvertOptions &)
{
    // Byte-identical: Poppler checks the result when the vault reads it back.
    return copyAll(in, out);
}

Status imageToPdf(QIODevice &in, QIODevice &out, const ConvertOptions &options)
{
    QImageReader reader(&in);
    reader.setAutoTransform(true); // honour EXIF orientation
    const QSize size = reader.size();
    if (!reader.canRead() || size.isEmpty())
        return badDocument(QCoreApplication::translate("pv::convert", "the image cannot be read: %1")
                               .arg(reader.errorString()));
    // Decode no finer than 300 dpi on the page: enough for print, and bounded in memory.
    QSizeF page = options.mediaPt;
    if ((size.width() > size.height()) != (page.width() > page.height()))
        page.transpose();
    const QSize maxPixels(qRound(page.width() / 72.0 * 300), qRound(page.height() / 72.0 * 300));
    if (size.width() > maxPixels.width() || size.height() > maxPixels.height())
        reader.setScaledSize(size.scaled(maxPixels, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return badDocument(
            QCoreApplication::translate("pv::convert", "the image is damaged: %1").arg(reader.errorString()));

    QPdfWriter writer(&out);
    writer.setCreator(QStringLiteral("PrintVault"));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(page, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{QStringLiteral("io"),
                     QCoreApplication::translate("pv::convert", "cannot start the PDF page")};
    // Fit the page, centred, keeping the aspect ratio.
    const QRect area(0, 0, writer.width(), writer.height());
    QSize target = image.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect placed(area.center() - QPoint(target.width() / 2, target.height() / 2), target);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(placed, image);
    painter.end();
    return {};
}

// Feeds the document to Ghostscript's stdin a little at a time, so that neither the document
// nor Ghostscript's output piles up in memory while the other side is slow.
Status feedInput(QIODevice &in, QProcess &process, bool &done)
{
    constexpr qint64 Chunk = 64 * 1024;
    if (done || process.bytesToWrite() > 4 * Chunk)
        return {};
    QByteArray buffer(Chunk, Qt::Uninitialized);
    const qint64 n = in.read(buffer.data(), Chunk);
    if (n < 0)
        return Error{
            QStringLiteral("io"),
            QCoreApplication::translate("pv::convert", "cannot read the document: %1").arg(in.errorString())};
    if (n == 0) {
        process.closeWriteChannel();
        done = true;
        return {};
    }
    process.write(buffer.constData(), n);
    return {};
}

Status postScriptToPdf(QIODevice &in, QIODevice &out, const ConvertOptions &options)
{
    const QString gs = ghostscriptPath();
    if (gs.isEmpty())
        return Error{
            QStringLiteral("unsupported"),
            QCoreApplication::translate(
                "pv::convert", "Ghostscript (gs) is not installed, so PostScript cannot be converted")};
    QProcess process;
    // Ghostscript's scratch files hold document content: they live in a private folder of
    // their own inside the spool, removed with everything in it when the conversion ends
    // (also when gs had to be killed).
    QTemporaryDir scratch(QDir(options.tempDir.isEmpty() ? QDir::tempPath() : options.tempDir)
                              .filePath(QStringLiteral("gs-XXXXXX")));
    if (!scratch.isValid())
        return Error{
            QStringLiteral("io"),
            QCoreApplication::translate("pv::convert", "cannot create a scratch folder for Ghostscript")};
    // Nothing of the user's session (no D-Bus address: a -dSAFER escape must not reach the
    // keychain), the worker's limits, and death with the worker.
    ChildOptions child;
    child.limits = options.childLimits;
    child.ownProcessGroup = false; // in the worker's group: killing the worker's group ends it too
    child.environment = minimalEnvironment(scratch.path());
    prepareChild(process, child);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(gs, {QStringLiteral("-q"), QStringLiteral("-dSAFER"), QStringLiteral("-dBATCH"),
                       QStringLiteral("-dNOPAUSE"), QStringLiteral("-dNOINTERPOLATE"),
                       QStringLiteral("-sDEVICE=pdfwrite"), QStringLiteral("-sOutputFile=%stdout"),
                       QStringLiteral("-sstdout=%stderr"), QStringLiteral("-_")});
    if (!process.waitForStarted(10000))
        return Error{QStringLiteral("convert"),
                     QCoreApplication::translate("pv::convert", "cannot start Ghostscript: %1")
                         .arg(process.errorString())};

    QElapsedTimer timer;
    timer.start();
    QByteArray errors;
    qint64 written = 0;
    bool inputDone = false;
    auto drain = [&]() -> Status {
        const QByteArray chunk = process.readAllStandardOutput();
        if (!chunk.isEmpty() && out.write(chunk) != chunk.size())
            return Error{QStringLiteral("io"), out.errorString()};
        written += chunk.size();
        errors += process.readAllStandardError().left(4096 - errors.size());
        return {};
    };
    while (process.state() != QProcess::NotRunning) {
        if (options.cancel && options.cancel->load()) {
            killChild(process, false);
            return Error{QStringLiteral("shutting-down"),
                         QCoreApplication::translate("pv::convert", "the conversion was stopped")};
        }
        if (timer.elapsed() > qint64(options.timeoutSeconds) * 1000) {
            killChild(process, false);
            return badDocument(QCoreApplication::translate(
                                   "pv::convert", "the PostScript did not finish within %1 s and was stopped")
                                   .arg(options.timeoutSeconds));
        }
        Status fed = feedInput(in, process, inputDone);
        if (fed && !inputDone && process.bytesToWrite() > 0)
            process.waitForBytesWritten(20);
        else
            process.waitForReadyRead(inputDone ? 200 : 20);
        if (auto s = fed ? drain() : fed; !s) {
            killChild(process, false);
            return s;
        }
    }
    if (auto s = drain(); !s)
        return s;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || written == 0) {
        qCDebug(lcConvert) << "Ghostscript exit" << process.exitCode();
        const QString name = ghostscriptErrorName(errors);
        return badDocument(name.isEmpty()
                               ? QCoreApplication::translate(
                                     "pv::convert", "the PostScript document could not be interpreted")
                               : QCoreApplication::translate(
                                     "pv::convert", "the PostScript document could not be interpreted (%1)")
                                     .arg(name));
    }
    return {};
}

} // namespace pv::convert
