#include "vault/KeychainCredentialStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <qt6keychain/keychain.h>

namespace pv {

namespace {

Error keychainError(QKeychain::Error code, const QString &text)
{
    if (code == QKeychain::EntryNotFound)
        return Error{QStringLiteral("not-found"),
                     QCoreApplication::translate("pv::vault", "no such entry in the keychain")};
    return Error{QStringLiteral("keychain-unavailable"),
                 QCoreApplication::translate("pv::vault", "the keychain refused: %1").arg(text)};
}

template<typename Job> Job *configure(Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Starts a write or delete job and reports its outcome as a Status.
void startWithStatus(QKeychain::Job *job, CredentialStore::WriteDone done)
{
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? Status()
                                              : Status(keychainError(j->error(), j->errorString())));
    });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{}

Status KeychainCredentialStore::checkReachable() const
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return Error{QStringLiteral("keychain-unavailable"),
                     tr("no D-Bus session bus, so no keychain (Secret Service) can be reached")};
    }
    const QString name = QStringLiteral("org.freedesktop.secrets");
    QDBusConnectionInterface *iface = bus.interface();
    const bool running = iface->isServiceRegistered(name).value();
    const bool activatable = iface->activatableServiceNames().value().contains(name);
    if (!running && !activatable) {
        return Error{QStringLiteral("keychain-unavailable"),
                     tr("no Secret Service keychain (such as gnome-keyring or KeePassXC) is running in "
                        "this session")};
    }
#endif
    return {};
}

void KeychainCredentialStore::read(const QString &key, ReadDone done)
{
    if (auto s = checkReachable(); !s) {
        done(s.error());
        return;
    }
    auto *job = configure(new QKeychain::ReadPasswordJob(m_service, this), key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (rj->error() != QKeychain::NoError) {
            done(keychainError(rj->error(), rj->errorString()));
            return;
        }
        QByteArray data = rj->binaryData();
        SecureBytes secret(data);
        OPENSSL_cleanse(data.data(), size_t(data.size()));
        done(std::move(secret));
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const SecureBytes &secret, WriteDone done)
{
    if (auto s = checkReachable(); !s) {
        done(s.error());
        return;
    }
    auto *job = configure(new QKeychain::WritePasswordJob(m_service, this), key);
    job->setBinaryData(secret.bytes());
    startWithStatus(job, std::move(done));
}

void KeychainCredentialStore::remove(const QString &key, WriteDone done)
{
    if (auto s = checkReachable(); !s) {
        done(s.error());
        return;
    }
    auto *job = configure(new QKeychain::DeletePasswordJob(m_service, this), key);
    startWithStatus(job, std::move(done));
}

} // namespace pv
