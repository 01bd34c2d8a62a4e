#pragma once

#include "mfp/HttpRequestParser.h"
#include "mfp/HttpResponse.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace pv::mfp {

class HttpConnection;
// Called once per complete request. The handler answers with respond(), now or later; a
// connection that goes away in between simply drops the late answer (hold it in a QPointer).
using HttpHandler = std::function<void(const HttpRequest &request, HttpConnection *connection)>;

// One client connection over TLS: reads one request at a time, hands it to the handler and
// writes the answer, streaming large bodies with back-pressure. Closes slow, idle and
// misbehaving clients. Main thread.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QSslSocket *socket, const HttpHandler *handler, HttpDate *date, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(HttpResponse response);
    QByteArray peerAddress() const;

Q_SIGNALS:
    void closed();

private:
    enum class Phase { Reading, Handling, Writing, Draining, Closing };

    void onReadyRead();
    void parseBuffered();
    void pump();
    void finishResponse();
    void closeAfterWrite();
    void onTimeout();
    void onDisconnected();

    QSslSocket *m_socket;
    const HttpHandler *m_handler;
    HttpDate *m_date;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    Phase m_phase = Phase::Reading;
    bool m_keepAlive = false;
    bool m_drainOnClose = false;
    int m_requests = 0;
    bool m_closedSent = false;
    std::unique_ptr<QIODevice> m_stream;
    qint64 m_streamLeft = 0;
    QTimer m_timer;
};

} // namespace pv::mfp
