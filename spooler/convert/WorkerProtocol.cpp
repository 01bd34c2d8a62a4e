#include "convert/WorkerProtocol.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pv {

namespace {

constexpr qint64 MaxRequestLine = 64 * 1024;
constexpr int MaxThumbnailBytes = 4 * 1024 * 1024;

Error protocolError(const QString &what)
{
    return Error{
        QStringLiteral("worker"),
        QCoreApplication::translate("pv::convert", "the converter's answer is malformed (%1)").arg(what)};
}

QJsonObject streamJson(const SealedStream &s)
{
    return {{QStringLiteral("fd"), s.fd},
            {QStringLiteral("job_id"), QString::fromLatin1(s.jobId.toHex())},
            {QStringLiteral("segment_size"), s.segmentSize}};
}

SealedStream streamFromJson(const QJsonObject &o, SecureBytes key)
{
    SealedStream s;
    s.fd = o.value(QStringLiteral("fd")).toInt(-1);
    s.jobId = QByteArray::fromHex(o.value(QStringLiteral("job_id")).toString().toLatin1());
    s.segmentSize = o.value(QStringLiteral("segment_size")).toInt();
    s.key = std::move(key);
    return s;
}

} // namespace

bool readExactly(QIODevice &pipe, char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = pipe.read(data + done, size - done);
        if (n < 0 || (n == 0 && !pipe.waitForReadyRead(-1)))
            return false;
        done += n;
    }
    return true;
}

Status WorkerRequest::write(QIODevice &pipe) const
{
    const QJsonObject json{
        {QStringLiteral("format"), format},
        {QStringLiteral("media_pt"), QJsonArray{mediaPt.width(), mediaPt.height()}},
        {QStringLiteral("input"), streamJson(input)},
        {QStringLiteral("output"), streamJson(output)},
        {QStringLiteral("max_pages"), limits.maxPages},
        {QStringLiteral("max_page_side_in"), limits.maxPageSideIn},
        {QStringLiteral("max_raster_side"), limits.maxRasterSide},
        {QStringLiteral("gs_memory_bytes"), double(childLimits.addressSpaceBytes)},
        {QStringLiteral("gs_cpu_seconds"), childLimits.cpuSeconds},
        {QStringLiteral("gs_file_size_bytes"), double(childLimits.fileSizeBytes)},
        {QStringLiteral("gs_open_files"), childLimits.openFiles},
        {QStringLiteral("timeout_seconds"), timeoutSeconds},
    };
    if (input.key.size() != DataKeyBytes || output.key.size() != DataKeyBytes)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::convert", "a data key has the wrong size")};
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    if (pipe.write(input.key.bytes()) != DataKeyBytes || pipe.write(output.key.bytes()) != DataKeyBytes ||
        pipe.write(line) != line.size())
        return Error{QStringLiteral("worker"),
                     QCoreApplication::translate("pv::convert", "cannot hand the job to the converter: %1")
                         .arg(pipe.errorString())};
    return {};
}

Result<WorkerRequest> WorkerRequest::read(QIODevice &pipe)
{
    SecureBytes inKey(DataKeyBytes), outKey(DataKeyBytes);
    const Error bad{QStringLiteral("worker"),
                    QCoreApplication::translate("pv::convert", "the converter was sent a malformed request")};
    if (!readExactly(pipe, reinterpret_cast<char *>(inKey.data()), DataKeyBytes) ||
        !readExactly(pipe, reinterpret_cast<char *>(outKey.data()), DataKeyBytes))
        return bad;
    QByteArray line;
    while (!line.endsWith('\n')) {
        if (line.size() > MaxRequestLine ||
            (!pipe.canReadLine() && !pipe.waitForReadyRead(-1) && pipe.atEnd()))
            return bad;
        line += pipe.readLine(MaxRequestLine);
    }
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    WorkerRequest r;
    r.format = o.value(QStringLiteral("format")).toString();
    const QJsonArray media = o.value(QStringLiteral("media_pt")).toArray();
    r.mediaPt = QSizeF(media.at(0).toDouble(), media.at(1).toDouble());
    r.input = streamFromJson(o.value(QStringLiteral("input")).toObject(), std::move(inKey));
    r.output = streamFromJson(o.value(QStringLiteral("output")).toObject(), std::move(outKey));
    r.limits.maxPages = o.value(QStringLiteral("max_pages")).toInt(r.limits.maxPages);
    r.limits.maxPageSideIn = o.value(QStringLiteral("max_page_side_in")).toDouble(r.limits.maxPageSideIn);
    r.limits.maxRasterSide = o.value(QStringLiteral("max_raster_side")).toInt(r.limits.maxRasterSide);
    r.childLimits.addressSpaceBytes = qint64(o.value(QStringLiteral("gs_memory_bytes")).toDouble());
    r.childLimits.cpuSeconds = o.value(QStringLiteral("gs_cpu_seconds")).toInt();
    r.childLimits.fileSizeBytes = qint64(o.value(QStringLiteral("gs_file_size_bytes")).toDouble());
    r.childLimits.openFiles = o.value(QStringLiteral("gs_open_files")).toInt();
    r.timeoutSeconds = o.value(QStringLiteral("timeout_seconds")).toInt(r.timeoutSeconds);
    if (r.format.isEmpty() || r.input.fd < 0 || r.output.fd < 0 || r.input.jobId.size() != 16 ||
        r.output.jobId.size() != 16 || r.output.segmentSize <= 0 || r.mediaPt.isEmpty())
        return bad;
    return r;
}

QByteArray WorkerReply::toJsonLine() const
{
    QJsonObject o;
    if (!outcome) {
        o = {{QStringLiteral("ok"), false},
             {QStringLiteral("code"), outcome.error().code},
             {QStringLiteral("message"), outcome.error().message}};
    } else {
        o = {{QStringLiteral("ok"), true},
             {QStringLiteral("size"), double(plaintextSize)},
             {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
             {QStringLiteral("pages"), info.pages},
             {QStringLiteral("page_colors"), QString::fromLatin1(info.pageColors)},
             {QStringLiteral("page_size_pt"),
              QJsonArray{info.firstPageSizePt.width(), info.firstPageSizePt.height()}},
             {QStringLiteral("thumbnail_png"), QString::fromLatin1(info.thumbnailPng.toBase64())}};
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

Result<WorkerReply> WorkerReply::fromJsonLine(const QByteArray &line)
{
    QJsonParseError parseError{};
    const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return protocolError(QStringLiteral("json"));
    WorkerReply r;
    if (!o.value(QStringLiteral("ok")).toBool()) {
        const QString code = o.value(QStringLiteral("code")).toString();
        const QString message = o.value(QStringLiteral("message")).toString().left(500);
        if (code.isEmpty() || message.isEmpty())
            return protocolError(QStringLiteral("error"));
        r.outcome = Error{code, message};
        return r;
    }
    r.plaintextSize = qint64(o.value(QStringLiteral("size")).toDouble(-1));
    r.sha256 = QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1());
    r.info.pages = o.value(QStringLiteral("pages")).toInt();
    r.info.pageColors = o.value(QStringLiteral("page_colors")).toString().toLatin1();
    const QJsonArray size = o.value(QStringLiteral("page_size_pt")).toArray();
    r.info.firstPageSizePt = QSizeF(size.at(0).toDouble(), size.at(1).toDouble());
    const QByteArray thumb = o.value(QStringLiteral("thumbnail_png")).toString().toLatin1();
    if (thumb.size() > MaxThumbnailBytes)
        return protocolError(QStringLiteral("thumbnail"));
    r.info.thumbnailPng = QByteArray::fromBase64(thumb);
    const bool coloursOk = std::all_of(r.info.pageColors.cbegin(), r.info.pageColors.cend(),
                                       [](char c) { return c == 'C' || c == 'M'; });
    if (r.plaintextSize < 0 || r.sha256.size() != 32 || r.info.pages <= 0 ||
        r.info.pageColors.size() != r.info.pages || !coloursOk)
        return protocolError(QStringLiteral("document"));
    return r;
}

} // namespace pv
