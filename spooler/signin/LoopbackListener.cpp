#include "signin/LoopbackListener.h"

#include "common/Logging.h"
#include "vault/Crypto.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace pv::signin {

namespace {

constexpr int MaxRequestBytes = 8192;
constexpr int SocketTimeoutMs = 10000;

} // namespace

LoopbackListener::LoopbackListener(QString expectedState, int timeLimitMs, QObject *parent)
    : QObject(parent)
    , m_state(std::move(expectedState))
    , m_server(new QTcpServer(this))
{
    m_limit.setSingleShot(true);
    m_limit.setInterval(timeLimitMs);
    connect(&m_limit, &QTimer::timeout, this, [this]() {
        close();
        Q_EMIT timedOut();
    });
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onConnection);
}

LoopbackListener::~LoopbackListener() = default;

Status LoopbackListener::listen()
{
    // 127.0.0.1 even when the redirect URI says "localhost": the name may resolve to ::1 or,
    // on a tampered hosts file, elsewhere; the address cannot.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0))
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::signin", "The sign-in redirect cannot listen: %1")
                         .arg(m_server->errorString())};
    m_limit.start();
    return {};
}

quint16 LoopbackListener::port() const
{
    return m_server->serverPort();
}

void LoopbackListener::close()
{
    m_limit.stop();
    m_server->close();
}

void LoopbackListener::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(SocketTimeoutMs, socket, &QTcpSocket::abort);
    }
}

void LoopbackListener::onReadable(QTcpSocket *socket)
{
    // Only the request line matters; wait for the end of the headers, within a size limit.
    QByteArray buffer = socket->property("pv_request").toByteArray() + socket->readAll();
    if (buffer.size() > MaxRequestBytes) {
        answer(socket, 400, QStringLiteral("Bad request"));
        return;
    }
    socket->setProperty("pv_request", buffer);
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> line = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QUrl target = line.size() == 3 ? QUrl(QString::fromLatin1(line[1])) : QUrl();
    const QUrlQuery query(target);
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (line.value(0) != "GET" || target.path() != QLatin1String("/callback") || state.isEmpty() ||
        !crypto::constantTimeEquals(state, m_state.toUtf8()) || !m_server->isListening()) {
        qCWarning(lcSignin) << "refused a callback that does not answer this sign-in";
        answer(socket, 400,
               QCoreApplication::translate("pv::signin", "This is not the sign-in PrintVault started."));
        return;
    }
    Callback cb;
    cb.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    cb.error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    cb.iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    close();
    answer(socket, 200,
           cb.error.isEmpty() ? QCoreApplication::translate(
                                    "pv::signin", "You are signed in to PrintVault. You can close this page.")
                              : QCoreApplication::translate("pv::signin", "The sign-in was cancelled."));
    Q_EMIT received(cb);
}

void LoopbackListener::answer(QTcpSocket *socket, int status, const QString &text)
{
    const QByteArray body = "<!doctype html><meta charset=utf-8><title>PrintVault</title><p>" +
                            text.toHtmlEscaped().toUtf8() + "</p>\n";
    const QByteArray reason = status == 200 ? "OK" : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                  "Connection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace pv::signin
