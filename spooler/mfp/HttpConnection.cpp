#include "mfp/HttpConnection.h"

#include "common/Logging.h"

#include <QSslSocket>

namespace pv::mfp {

namespace {

// Deadlines are absolute: data that arrives (a lone CRLF every few seconds) never extends them.
constexpr int RequestTimeoutMs = 15000; // from accept, the whole first request must arrive
constexpr int IdleTimeoutMs = 30000;    // from an answer, the whole next request must arrive
constexpr int WriteStallMs = 30000;     // an answer whose reader takes nothing for this long
constexpr int DrainMs = 2000;           // how long a refused request's remainder is read and dropped
constexpr int MaxRequestsPerConnection = 1000;
constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 HighWater = 256 * 1024; // bytes queued in the socket before reading more

} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, const HttpHandler *handler, HttpDate *date,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_date(date)
{
    m_socket->setParent(this);
    // Bounded reading: while a request is handled, the kernel, not this process, holds the rest.
    m_socket->setReadBufferSize(64 * 1024);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &HttpConnection::pump);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::pump);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    m_timer.start(RequestTimeoutMs);
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::peerAddress() const
{
    return m_socket->peerAddress().toString().toLatin1();
}

void HttpConnection::onReadyRead()
{
    if (m_phase == Phase::Draining) {
        m_socket->readAll(); // the rest of a refused request: read and dropped, never kept
        return;
    }
    if (m_phase != Phase::Reading)
        return; // what is waiting stays in the socket until this request is answered
    m_buffer += m_socket->readAll();
    parseBuffered();
}

void HttpConnection::parseBuffered()
{
    if (m_buffer.isEmpty())
        return;
    qsizetype used = 0;
    const auto state = m_parser.feed(m_buffer.constData(), m_buffer.size(), &used);
    m_buffer.remove(0, used);
    switch (state) {
    case HttpRequestParser::State::NeedMore:
        m_buffer.clear(); // the parser keeps what it needs
        return;
    case HttpRequestParser::State::Failed:
        qCInfo(lcMfp) << "refused a malformed request from" << peerAddress() << "with"
                      << m_parser.errorStatus();
        m_keepAlive = false;
        m_drainOnClose = true;
        m_phase = Phase::Handling;
        respond(HttpResponse::error(m_parser.errorStatus(), QStringLiteral("bad-request"),
                                    m_parser.errorMessage()));
        return;
    case HttpRequestParser::State::Complete: {
        m_timer.stop();
        const HttpRequest request = m_parser.takeRequest();
        m_keepAlive = request.keepAlive && ++m_requests < MaxRequestsPerConnection;
        m_phase = Phase::Handling;
        (*m_handler)(request, this);
        return;
    }
    }
}

void HttpConnection::respond(HttpResponse response)
{
    if (m_phase != Phase::Handling)
        return;
    m_phase = Phase::Writing;
    m_timer.start(WriteStallMs);
    if (response.stream) {
        m_socket->write(response.head(m_keepAlive, m_date->now()));
        m_stream = std::move(response.stream);
        m_streamLeft = response.streamLength;
    } else {
        m_socket->write(response.head(m_keepAlive, m_date->now()) +
                        response.body); // one TLS record, one write
    }
    pump();
}

void HttpConnection::pump()
{
    if (m_phase != Phase::Writing)
        return;
    m_timer.start(WriteStallMs); // called as bytes leave: the reader is still taking them
    while (m_stream && m_streamLeft > 0 &&
           m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < HighWater) {
        const QByteArray chunk = m_stream->read(qMin(ChunkSize, m_streamLeft));
        if (chunk.isEmpty()) {
            // The length was promised in the head: a short stream can only end the connection.
            qCWarning(lcMfp) << "a streamed response ended early:" << m_stream->errorString();
            m_stream.reset();
            m_socket->abort();
            return;
        }
        m_socket->write(chunk);
        m_streamLeft -= chunk.size();
    }
    if (m_stream && m_streamLeft > 0)
        return;
    m_stream.reset();
    if (m_socket->bytesToWrite() > 0)
        return; // finish once the last bytes are out
    finishResponse();
}

void HttpConnection::finishResponse()
{
    if (!m_keepAlive) {
        closeAfterWrite();
        return;
    }
    m_phase = Phase::Reading;
    m_timer.start(IdleTimeoutMs);
    m_buffer += m_socket->readAll();
    parseBuffered();
}

void HttpConnection::closeAfterWrite()
{
    if (m_drainOnClose) {
        // Closing with unread input makes the kernel reset the connection, and the client may
        // lose the error answer. Read and drop what still comes, for a short while.
        m_drainOnClose = false;
        m_phase = Phase::Draining;
        m_timer.start(DrainMs);
        m_socket->readAll();
        return;
    }
    m_phase = Phase::Closing;
    m_socket->disconnectFromHost(); // flushes what is queued, then closes
}

void HttpConnection::onTimeout()
{
    if (m_phase == Phase::Reading && m_parser.started()) {
        m_keepAlive = false;
        m_phase = Phase::Handling;
        respond(HttpResponse::error(408, QStringLiteral("timeout"),
                                    QStringLiteral("the request took too long to arrive")));
        return;
    }
    if (m_phase == Phase::Reading || m_phase == Phase::Draining) {
        closeAfterWrite();
        return;
    }
    if (m_phase == Phase::Writing) {
        // The client stopped reading: nothing more can be said to it, and the slot is needed.
        qCInfo(lcMfp) << "dropped a client that stopped reading its answer:" << peerAddress();
        m_stream.reset();
        m_socket->abort();
        onDisconnected(); // in case abort() had no connected state left to report
    }
}

void HttpConnection::onDisconnected()
{
    m_phase = Phase::Closing;
    m_timer.stop();
    if (m_closedSent)
        return;
    m_closedSent = true;
    Q_EMIT closed();
}

} // namespace pv::mfp
