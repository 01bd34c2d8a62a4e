#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>

namespace pv::mfp {

// A response: status, headers, and either a body in memory or a device streamed from in
// chunks (a decrypting job document) with its length known up front.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::unique_ptr<QIODevice> stream;
    qint64 streamLength = 0;

    static HttpResponse json(int status, const QJsonObject &object);
    // {"error": code, "message": message}: the API's one error shape. The message stays
    // English, unlike the daemon's messages to the tray and CLI: the MFP's embedded app shows
    // its own text, in its panel's language, chosen by the stable code.
    static HttpResponse error(int status, const QString &code, const QString &message);
    // A failure inside the daemon (a store's SQL error, a file that cannot be read): the
    // details go to the log, the body says only what could not be done. The code is kept where
    // it means something to a client (disk-full, usage-not-recorded), else it is "internal".
    static HttpResponse internal(int status, const QString &code, const QString &detail, const char *what);
    static HttpResponse bytes(int status, const QByteArray &contentType, QByteArray body);

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value) &
    {
        headers.append({name, value});
        return *this;
    }
    HttpResponse &&withHeader(const QByteArray &name, const QByteArray &value) &&
    {
        headers.append({name, value});
        return std::move(*this);
    }
    qint64 contentLength() const { return stream ? streamLength : body.size(); }
    // The status line and headers, ending with the blank line.
    QByteArray head(bool keepAlive, const QByteArray &date) const;
};

// The Date header's text (RFC 9110 IMF-fixdate, always English). Formatting a date costs more
// than the rest of a small answer, so the text is kept for the current second.
class HttpDate
{
public:
    QByteArray now();

private:
    qint64 m_second = -1;
    QByteArray m_text;
};

} // namespace pv::mfp
