#include "core/SingleInstance.h"

#include "common/SecureFiles.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcTray)

namespace pv::app {

SingleInstance::SingleInstance(QString socketPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(socketPath))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *peer = m_server.nextPendingConnection()) {
            connect(peer, &QLocalSocket::readyRead, this, [this, peer]() {
                if (peer->readAll().startsWith("show"))
                    Q_EMIT showRequested();
                peer->disconnectFromServer();
            });
            connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
        }
    });
}

bool SingleInstance::claim()
{
    QLocalSocket probe;
    probe.connectToServer(m_path);
    if (probe.waitForConnected(1000)) {
        probe.write("show\n");
        probe.waitForBytesWritten(1000);
        probe.waitForDisconnected(1000);
        return false;
    }
    // Nobody answers: a stale socket from a crash, or none at all. If listening fails this app
    // still runs; only a later launch cannot find it.
    if (auto s = files::ensurePrivateDir(QFileInfo(m_path).absolutePath()); !s) {
        qCWarning(lcTray).noquote() << s.message();
        return true;
    }
    QLocalServer::removeServer(m_path);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_path))
        qCWarning(lcTray).noquote() << "cannot listen on" << m_path << ":" << m_server.errorString();
    return true;
}

} // namespace pv::app
