#pragma once

#include "common/Result.h"
#include "mfp/HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QSslServer;

namespace pv::mfp {

// The TLS listener: a QSslServer whose sockets become HttpConnections once their handshake is
// done. A client that does not complete a TLS 1.2+ handshake is never served anything.
class MfpServer : public QObject
{
    Q_OBJECT
public:
    explicit MfpServer(HttpHandler handler, QObject *parent = nullptr);
    ~MfpServer() override;

    [[nodiscard]] Status listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls);
    // New connections use the new certificate; established ones keep theirs.
    void setTlsConfiguration(const QSslConfiguration &tls);
    quint16 port() const;
    int connectionCount() const { return m_connections; }

private:
    void onPendingConnection();

    HttpHandler m_handler;
    HttpDate m_date;
    QSslServer *m_server;
    int m_connections = 0;
};

} // namespace pv::mfp
