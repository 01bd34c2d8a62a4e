#include "localapi/LocalApiServer.h"

#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "localapi/ApiSession.h"
#include "localapi/SubmitDescriptor.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSocketNotifier>

#include <functional>
#include <unistd.h>

namespace pv::localapi {

namespace {

// Hands each accepted connection over as its bare descriptor, before anything reads from it:
// a QLocalSocket would read the descriptor mark as data, and the kernel would drop its file.
class RawLocalServer : public QLocalServer
{
public:
    RawLocalServer(std::function<void(int)> accepted, QObject *parent)
        : QLocalServer(parent)
        , m_accepted(std::move(accepted))
    {}

protected:
    void incomingConnection(quintptr socketDescriptor) override { m_accepted(int(socketDescriptor)); }

private:
    std::function<void(int)> m_accepted;
};

} // namespace

LocalApiServer::LocalApiServer(const ApiContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_server(new RawLocalServer([this](int fd) { onAccepted(fd); }, this))
{}

LocalApiServer::~LocalApiServer()
{
    m_server->close();
    for (auto it = m_starting.cbegin(); it != m_starting.cend(); ++it) {
        delete it.value();
        ::close(it.key());
    }
}

Status LocalApiServer::listen()
{
    if (auto s = files::ensurePrivateDir(m_context->paths.runtimeDir); !s)
        return s;
    const QString path = m_context->paths.socketPath();
    if (QFile::exists(path)) {
        // A live daemon answers; a stale socket from a crash does not.
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(500)) {
            return Error{QStringLiteral("already-running"),
                         tr("Another printvaultd is already serving %1.").arg(path),
                         {{QStringLiteral("path"), path}}};
        }
        QLocalServer::removeServer(path);
    }
    // The folder is 0700; the socket itself is user-only too.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(path))
        return Error{QStringLiteral("io"),
                     tr("Cannot listen on %1: %2").arg(path, m_server->errorString()),
                     {{QStringLiteral("path"), path}}};
    qCInfo(lcLocalApi) << "local API listening on" << path;
    return {};
}

void LocalApiServer::onAccepted(int fd)
{
    auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_starting.insert(fd, notifier);
    connect(notifier, &QSocketNotifier::activated, this, [this, fd]() { onFirstBytes(fd); });
}

// The first byte is there (or the peer left): a session with frames, or with a document's file.
void LocalApiServer::onFirstBytes(int fd)
{
    const StartPeek peek = peekConnectionStart(fd);
    if (peek.start == ConnectionStart::Pending)
        return;
    QSocketNotifier *notifier = m_starting.take(fd);
    notifier->setEnabled(false); // before the session's socket watches the same descriptor
    notifier->deleteLater();
    // Only the socket's owner may hand the daemon a file to read: the 0700 folder says so, and
    // the kernel's peer credentials confirm it (not even root).
    if (peek.start == ConnectionStart::Descriptor && !peerIsSameUser(fd)) {
        qCWarning(lcLocalApi) << "refused a document descriptor from another user";
        ::close(peek.documentFd);
        ::close(fd);
        return;
    }
    if (peek.start == ConnectionStart::Closed) {
        ::close(fd);
        return;
    }
    startSession(fd, peek.documentFd);
}

void LocalApiServer::startSession(int fd, int documentFd)
{
    auto *socket = new QLocalSocket;
    if (!socket->setSocketDescriptor(fd)) {
        qCWarning(lcLocalApi) << "cannot take a client connection:" << socket->errorString();
        delete socket;
        ::close(fd);
        if (documentFd >= 0)
            ::close(documentFd);
        return;
    }
    auto *session = new ApiSession(socket, m_context, this);
    if (documentFd >= 0)
        session->setDocumentDescriptor(documentFd);
    m_sessions.append(session);
    connect(session, &QObject::destroyed, this, [this, session]() { m_sessions.removeAll(session); });
}

void LocalApiServer::broadcast(const QJsonObject &event)
{
    for (ApiSession *s : std::as_const(m_sessions))
        s->sendEvent(event);
}

} // namespace pv::localapi
