#include "localapi/LocalApiServer.h"

#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "localapi/ApiSession.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>

namespace pv::localapi {

LocalApiServer::LocalApiServer(const ApiContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &LocalApiServer::onNewConnection);
}

LocalApiServer::~LocalApiServer()
{
    m_server->close();
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

void LocalApiServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        auto *session = new ApiSession(socket, m_context, this);
        m_sessions.append(session);
        connect(session, &QObject::destroyed, this, [this, session]() { m_sessions.removeAll(session); });
    }
}

void LocalApiServer::broadcast(const QJsonObject &event)
{
    for (ApiSession *s : std::as_const(m_sessions))
        s->sendEvent(event);
}

} // namespace pv::localapi
