#include "localapi/LocalApiServer.h"

#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "daemon/ServiceStatus.h"
#include "localapi/ApiSession.h"
#include "localapi/JobJson.h"
#include "vault/Vault.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>

namespace pv::localapi {

LocalApiServer::LocalApiServer(ApiContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &LocalApiServer::onNewConnection);
    connect(m_context.vault, &Vault::jobAdded, this, &LocalApiServer::onJobAdded);
    connect(m_context.vault, &Vault::jobRemoved, this, &LocalApiServer::onJobRemoved);
    connect(m_context.status, &ServiceStatus::changed, this, [this]() {
        broadcast(QJsonObject{{QStringLiteral("event"), QStringLiteral("status.changed")},
                              {QStringLiteral("status"), ApiSession::statusJson(m_context)}});
    });
}

LocalApiServer::~LocalApiServer()
{
    m_server->close();
}

Status LocalApiServer::listen()
{
    if (auto s = files::ensurePrivateDir(m_context.paths.runtimeDir); !s)
        return s;
    const QString path = m_context.paths.socketPath();
    if (QFile::exists(path)) {
        // A live daemon answers; a stale socket from a crash does not.
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(500)) {
            return Error{QStringLiteral("busy"),
                         QStringLiteral("another printvaultd is already serving %1").arg(path)};
        }
        QLocalServer::removeServer(path);
    }
    // The folder is 0700; the socket itself is user-only too.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(path))
        return Error{QStringLiteral("io"),
                     QStringLiteral("cannot listen on %1: %2").arg(path, m_server->errorString())};
    qCInfo(lcLocalApi) << "local API listening on" << path;
    return {};
}

void LocalApiServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        auto *session = new ApiSession(socket, &m_context, this);
        m_sessions.append(session);
        connect(session, &QObject::destroyed, this, [this, session]() { m_sessions.removeAll(session); });
    }
}

void LocalApiServer::broadcast(const QJsonObject &event)
{
    for (ApiSession *s : std::as_const(m_sessions))
        s->sendEvent(event);
}

void LocalApiServer::onJobAdded(const JobRecord &job)
{
    broadcast(QJsonObject{{QStringLiteral("event"), QStringLiteral("job.added")},
                          {QStringLiteral("job"), jobToJson(job)}});
}

void LocalApiServer::onJobRemoved(const QString &id, const QString &reason)
{
    broadcast(QJsonObject{{QStringLiteral("event"), QStringLiteral("job.removed")},
                          {QStringLiteral("id"), id},
                          {QStringLiteral("reason"), reason}});
}

} // namespace pv::localapi
