#include "mfp/MfpServer.h"

#include "common/Logging.h"

#include <QSslServer>

#include <sys/socket.h>
#include <unistd.h>

namespace pv::mfp {

namespace {

constexpr int MaxConnections = 1024; // beyond this, new clients are turned away at once
constexpr int HandshakeTimeoutMs = 10000;

// The peer of an accepted descriptor, read before Qt (and TLS) spends anything on it.
QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof(address);
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

} // namespace

// QSslServer with a look at each descriptor before its handshake: over the per-address share,
// the descriptor is closed without creating a socket.
class CappedSslServer : public QSslServer
{
public:
    CappedSslServer(MfpServer *owner)
        : QSslServer(owner)
        , m_owner(owner)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_owner->admit(peerOf(descriptor))) {
            ::close(int(descriptor));
            return;
        }
        QSslServer::incomingConnection(descriptor);
        // The socket it made is its newest child. Counted from here, not from the handshake's
        // start: Qt starts that only once the client sends something, and an idle client
        // must hold a slot too.
        const QObjectList kids = children();
        for (auto it = kids.crbegin(); it != kids.crend(); ++it) {
            auto *socket = qobject_cast<QSslSocket *>(*it);
            if (socket && socket->socketDescriptor() == descriptor) {
                m_owner->track(socket);
                break;
            }
        }
    }

private:
    MfpServer *m_owner;
};

MfpServer::MfpServer(HttpHandler handler, int maxPerAddress, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_maxPerAddress(maxPerAddress)
    , m_server(new CappedSslServer(this))
{
    m_server->setHandshakeTimeout(HandshakeTimeoutMs);
    m_server->setMaxPendingConnections(MaxConnections);
    // A flood of connects must reach admit() at once, not wait in SYN retries behind a full queue.
    m_server->setListenBacklogSize(MaxConnections);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &MfpServer::onPendingConnection);
    connect(m_server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCDebug(lcMfp) << "TLS handshake failed from" << socket->peerAddress().toString()
                       << socket->errorString();
        socket->deleteLater(); // frees its slot; deleting twice later is harmless
    });
}

MfpServer::~MfpServer()
{
    // Sockets report their end to m_perAddress: delete them while it still exists.
    delete m_server;
    m_server = nullptr;
    const QObjectList kids = children();
    qDeleteAll(kids);
}

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

bool MfpServer::admit(const QHostAddress &peer)
{
    if (m_perAddress.value(peer) < m_maxPerAddress)
        return true;
    if (m_refused++ % 100 == 0)
        qCWarning(lcMfp) << "refusing connections from" << peer.toString() << "over its share of"
                         << m_maxPerAddress;
    return false;
}

void MfpServer::track(QSslSocket *socket)
{
    // Counted from accept to the socket's destruction, whoever owns it then.
    const QHostAddress peer = socket->peerAddress();
    ++m_perAddress[peer];
    connect(socket, &QObject::destroyed, this, [this, peer]() {
        if (--m_perAddress[peer] <= 0)
            m_perAddress.remove(peer);
    });
    // A client that leaves during the handshake: its socket is not handed to us, so free it.
    connect(socket, &QSslSocket::disconnected, this, [this, socket]() {
        if (socket->parent() == m_server)
            socket->deleteLater();
    });
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
