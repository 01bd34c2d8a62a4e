#pragma once

#include "common/Result.h"
#include "mfp/HttpConnection.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QSslServer;

namespace pv::mfp {

class CappedSslServer;

// The TLS listener: a QSslServer whose sockets become HttpConnections once their handshake is
// done. A client that does not complete a TLS 1.2+ handshake is never served anything. One
// peer address holds at most `maxPerAddress` sockets, handshaking or established, so a single
// host cannot take every slot; further connections from it are closed before any TLS work.
class MfpServer : public QObject
{
    Q_OBJECT
public:
    explicit MfpServer(HttpHandler handler, int maxPerAddress, QObject *parent = nullptr);
    ~MfpServer() override;

    [[nodiscard]] Status listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls);
    // New connections use the new certificate; established ones keep theirs.
    void setTlsConfiguration(const QSslConfiguration &tls);
    quint16 port() const;
    int connectionCount() const { return m_connections; }
    // Connections closed at once because their address already held its share.
    int refusedCount() const { return m_refused; }

private:
    friend class CappedSslServer;
    bool admit(const QHostAddress &peer);
    void track(QSslSocket *socket);
    void onPendingConnection();

    HttpHandler m_handler;
    HttpDate m_date;
    int m_maxPerAddress;
    QHash<QHostAddress, int> m_perAddress; // open sockets per peer, from accept to destruction
    CappedSslServer *m_server;
    int m_connections = 0;
    int m_refused = 0;
};

} // namespace pv::mfp
