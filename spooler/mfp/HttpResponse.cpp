#include "mfp/HttpResponse.h"

#include "common/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <http_parser.h>

namespace pv::mfp {

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return bytes(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

HttpResponse HttpResponse::internal(int status, const QString &code, const QString &detail, const char *what)
{
    qCWarning(lcMfp).noquote() << what << "failed:" << detail;
    const bool internalCode =
        code.isEmpty() || code == QLatin1String("index") || code == QLatin1String("internal");
    return error(status, internalCode ? QStringLiteral("internal") : code,
                 QStringLiteral("%1 failed on the workstation; try again later").arg(QLatin1String(what)));
}

HttpResponse HttpResponse::bytes(int status, const QByteArray &contentType, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers.append({"Content-Type", contentType});
    return r;
}

QByteArray HttpDate::now()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toSecsSinceEpoch() != m_second) {
        m_second = now.toSecsSinceEpoch();
        m_text = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " GMT";
    }
    return m_text;
}

QByteArray HttpResponse::head(bool keepAlive, const QByteArray &date) const
{
    QByteArray out;
    out.reserve(512);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + http_status_str(http_status(status)) + "\r\n";
    out += "Date: " + date + "\r\n";
    out += "Server: PrintVault\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength()) + "\r\n";
    // Job data is personal: nothing may be cached on the way, and nothing sniffed.
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    return out;
}

} // namespace pv::mfp
