#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QString>

namespace pv::test {

struct HttpReply
{
    int status = 0;  // 0: no HTTP answer at all (handshake refused, connection dropped)
    QByteArray head; // status line and headers
    QByteArray body;
    QString socketError; // why, when there was no answer
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

// A deliberately simple HTTPS client for tests: it sends raw bytes, so a test can send exactly
// the malformed requests it means to, and it spins an event loop while it waits, so it works
// against a server in the same thread. The server's certificate is trusted as given (pinned).
class HttpsClient
{
public:
    HttpsClient(quint16 port, QSslCertificate pinned);

    HttpReply raw(const QByteArray &request, int timeoutMs = 15000) const;
    HttpReply call(const QByteArray &method, const QByteArray &path, const QByteArray &bearer = QByteArray(),
                   const QByteArray &body = QByteArray()) const;
    HttpReply get(const QByteArray &path, const QByteArray &bearer = QByteArray()) const
    {
        return call("GET", path, bearer);
    }
    HttpReply post(const QByteArray &path, const QByteArray &bearer, const QJsonObject &body) const;

private:
    quint16 m_port;
    QSslCertificate m_pinned;
};

} // namespace pv::test
