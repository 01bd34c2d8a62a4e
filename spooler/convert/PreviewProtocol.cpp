#include "convert/PreviewProtocol.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace pv {

namespace {

constexpr qint64 MaxRequestLine = 4096;

Error malformedRequest()
{
    return Error{QStringLiteral("worker"),
                 QCoreApplication::translate("pv::convert", "the previewer was sent a malformed request")};
}

Error malformedReply()
{
    return Error{QStringLiteral("worker"),
                 QCoreApplication::translate("pv::convert", "the previewer's answer is malformed")};
}

} // namespace

Status PreviewRequest::write(QIODevice &pipe) const
{
    if (input.key.size() != DataKeyBytes)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::convert", "a data key has the wrong size")};
    const QJsonObject json{{QStringLiteral("input"), QJsonObject{{QStringLiteral("fd"), input.fd},
                                                                 {QStringLiteral("job_id"),
                                                                  QString::fromLatin1(input.jobId.toHex())}}},
                           {QStringLiteral("page"), page},
                           {QStringLiteral("width"), width}};
    const QByteArray request = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    if (pipe.write(input.key.bytes()) != DataKeyBytes || pipe.write(request) != request.size())
        return Error{QStringLiteral("worker"),
                     QCoreApplication::translate("pv::convert", "cannot hand the job to the previewer: %1")
                         .arg(pipe.errorString())};
    return {};
}

Result<PreviewRequest> PreviewRequest::read(QIODevice &pipe)
{
    SecureBytes key(DataKeyBytes);
    if (!readExactly(pipe, reinterpret_cast<char *>(key.data()), DataKeyBytes))
        return malformedRequest();
    QByteArray text;
    while (!text.endsWith('\n')) {
        if (text.size() > MaxRequestLine ||
            (!pipe.canReadLine() && !pipe.waitForReadyRead(-1) && pipe.atEnd()))
            return malformedRequest();
        text += pipe.readLine(MaxRequestLine);
    }
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    const QJsonObject in = o.value(QStringLiteral("input")).toObject();
    PreviewRequest r;
    r.input.fd = in.value(QStringLiteral("fd")).toInt(-1);
    r.input.jobId = QByteArray::fromHex(in.value(QStringLiteral("job_id")).toString().toLatin1());
    r.input.key = std::move(key);
    r.page = o.value(QStringLiteral("page")).toInt(0);
    r.width = o.value(QStringLiteral("width")).toInt(0);
    if (r.input.fd < 0 || r.input.jobId.size() != 16 || r.page < 1 || r.width < 16 || r.width > 4096)
        return malformedRequest();
    return r;
}

QByteArray previewReplyLine(const Result<PagePreview> &outcome)
{
    QJsonObject o{{QStringLiteral("ok"), bool(outcome)}};
    if (outcome) {
        o.insert(QStringLiteral("png"), QString::fromLatin1(outcome->png.toBase64()));
        o.insert(QStringLiteral("page"), outcome->page);
        o.insert(QStringLiteral("pages"), outcome->pages);
    } else {
        o.insert(QStringLiteral("code"), outcome.error().code);
        o.insert(QStringLiteral("message"), outcome.error().message);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

Result<PagePreview> previewFromReplyLine(const QByteArray &line)
{
    if (!line.endsWith('\n') || line.size() > MaxPreviewReply)
        return malformedReply();
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (!o.value(QStringLiteral("ok")).isBool())
        return malformedReply();
    if (!o.value(QStringLiteral("ok")).toBool()) {
        const QString code = o.value(QStringLiteral("code")).toString();
        const QString message = o.value(QStringLiteral("message")).toString();
        if (code.isEmpty() || message.isEmpty())
            return malformedReply();
        return Error{code, message.left(1024)};
    }
    PagePreview p;
    p.png = QByteArray::fromBase64(o.value(QStringLiteral("png")).toString().toLatin1());
    p.page = o.value(QStringLiteral("page")).toInt(0);
    p.pages = o.value(QStringLiteral("pages")).toInt(0);
    if (!p.png.startsWith("\x89PNG") || p.page < 1 || p.pages < p.page)
        return malformedReply();
    return p;
}

} // namespace pv
