#include "HttpsClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace pv::test {

namespace {

// True once `in` holds a whole response (headers and Content-Length bytes of body).
bool complete(const QByteArray &in, HttpReply *reply)
{
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    reply->head = in.left(end);
    const QByteArray length = reply->header("content-length");
    const qsizetype want = length.isEmpty() ? 0 : length.toLongLong();
    if (in.size() - end - 4 < want)
        return false;
    reply->body = in.mid(end + 4, want);
    reply->status = in.mid(9, 3).toInt();
    return true;
}

} // namespace

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

HttpsClient::HttpsClient(quint16 port, QSslCertificate pinned)
    : m_port(port)
    , m_pinned(std::move(pinned))
{}

HttpReply HttpsClient::raw(const QByteArray &request, int timeoutMs) const
{
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({m_pinned});
    socket.setSslConfiguration(config);
    HttpReply reply;
    QByteArray in;
    QEventLoop loop;
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&]() {
        // Large requests go in pieces, as the socket drains: the server may answer early.
        socket.write(request);
    });
    QObject::connect(&socket, &QSslSocket::readyRead, &loop, [&]() {
        in += socket.readAll();
        if (complete(in, &reply))
            loop.quit();
    });
    QObject::connect(&socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QSslSocket::errorOccurred, &loop, [&]() {
        if (socket.error() != QAbstractSocket::RemoteHostClosedError)
            reply.socketError = socket.errorString();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&]() {
        reply.socketError = QStringLiteral("timed out");
        loop.quit();
    });
    if (!m_source.isNull() && !socket.bind(m_source)) {
        reply.socketError = socket.errorString();
        return reply;
    }
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    loop.exec();
    in += socket.readAll();
    if (reply.status == 0 && !complete(in, &reply) && reply.socketError.isEmpty())
        reply.socketError = socket.errorString();
    return reply;
}

HttpReply HttpsClient::call(const QByteArray &method, const QByteArray &path, const Credential &credential,
                            const QByteArray &body) const
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!credential.bearer.isEmpty())
        request += "Authorization: Bearer " + credential.bearer + "\r\n";
    if (!credential.device.isEmpty())
        request += "X-Device-Token: " + credential.device + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return raw(request + "\r\n" + body);
}

HttpReply HttpsClient::post(const QByteArray &path, const Credential &credential,
                            const QJsonObject &body) const
{
    return call("POST", path, credential, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace pv::test
