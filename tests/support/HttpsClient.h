#pragma once

#include <QByteArray>
#include <QHostAddress>
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

// What a request presents: a bearer token, and for a session the device token it belongs to
// (X-Device-Token). A plain token converts, for device calls and garbage-token tests.
struct Credential
{
    Credential() = default;
    Credential(const QByteArray &bearerToken, const QByteArray &deviceToken = QByteArray())
        : bearer(bearerToken)
        , device(deviceToken)
    {}
    Credential(const char *bearerToken)
        : bearer(bearerToken)
    {}
    bool isEmpty() const { return bearer.isEmpty(); }
    QByteArray bearer;
    QByteArray device;
};

// A deliberately simple HTTPS client for tests: it sends raw bytes, so a test can send exactly
// the malformed requests it means to, and it spins an event loop while it waits, so it works
// against a server in the same thread. The server's certificate is trusted as given (pinned).
class HttpsClient
{
public:
    HttpsClient(quint16 port, QSslCertificate pinned);
    // Connect from this local address (another loopback address is another host to the server).
    HttpsClient &from(const QHostAddress &source)
    {
        m_source = source;
        return *this;
    }

    HttpReply raw(const QByteArray &request, int timeoutMs = 15000) const;
    HttpReply call(const QByteArray &method, const QByteArray &path, const Credential &credential = {},
                   const QByteArray &body = QByteArray()) const;
    HttpReply get(const QByteArray &path, const Credential &credential = {}) const
    {
        return call("GET", path, credential);
    }
    HttpReply post(const QByteArray &path, const Credential &credential, const QJsonObject &body) const;

private:
    quint16 m_port;
    QSslCertificate m_pinned;
    QHostAddress m_source;
};

} // namespace pv::test
