#pragma once

#include "common/Result.h"

#include <QObject>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace pv::signin {

// The authorization response (RFC 6749 4.1.2) as the browser brought it back.
struct Callback
{
    QString code;
    QString error; // the provider's "error" (access_denied, ...) when it did not authorize
    QString iss;   // RFC 9207: the issuer that answered, where the provider sends it
};

// The loopback redirect listener of RFC 8252 7.3. It binds 127.0.0.1 only (never every
// interface, unlike QOAuthHttpServerReplyHandler in Qt 6.4), on a port the system picks. It
// answers "GET /callback?..." and takes exactly one callback whose `state` matches, then
// closes; a callback with another state, or any other request, gets 400 and is ignored. It
// closes on its own after the time limit. Main thread.
class LoopbackListener : public QObject
{
    Q_OBJECT
public:
    LoopbackListener(QString expectedState, int timeLimitMs, QObject *parent = nullptr);
    ~LoopbackListener() override;

    [[nodiscard]] Status listen();
    quint16 port() const;
    void close();

Q_SIGNALS:
    void received(const pv::signin::Callback &callback);
    void timedOut();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &text);

    QString m_state;
    QTcpServer *m_server;
    QTimer m_limit;
};

} // namespace pv::signin
