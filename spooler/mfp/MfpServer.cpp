#include "mfp/MfpServer.h"

#include "common/Logging.h"

#include <QSslServer>

namespace pv::mfp {

namespace {

constexpr int MaxConnections = 1024; // beyond this, new clients are turned away at once
constexpr int HandshakeTimeoutMs = 10000;

} // namespace

MfpServer::MfpServer(HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QSslServer(this))
{
    m_server->setHandshakeTimeout(HandshakeTimeoutMs);
    m_server->setMaxPendingConnections(MaxConnections);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &MfpServer::onPendingConnection);
    connect(m_server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCDebug(lcMfp) << "TLS handshake failed from" << socket->peerAddress().toString()
                       << socket->errorString();
    });
}

MfpServer::~MfpServer() = default;

Status MfpServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls)
{
    m_server->setSslConfiguration(tls);
    if (!m_server->listen(address, port)) {
        return Error{QStringLiteral("mfp"), tr("cannot listen on %1 port %2: %3")
                                                .arg(address.toString())
                                                .arg(port)
                                                .arg(m_server->errorString())};
    }
    return {};
}

void MfpServer::setTlsConfiguration(const QSslConfiguration &tls)
{
    m_server->setSslConfiguration(tls);
}

quint16 MfpServer::port() const
{
    return m_server->serverPort();
}

void MfpServer::onPendingConnection()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        if (m_connections >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, &m_handler, &m_date, this);
        connect(connection, &HttpConnection::closed, this, [this, connection]() {
            --m_connections;
            connection->deleteLater();
        });
    }
}

} // namespace pv::mfp
