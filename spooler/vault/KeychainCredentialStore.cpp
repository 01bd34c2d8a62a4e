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
// Wipes a buffer in place although it is shared (with a job that is about to free it):
// detaching, as QByteArray::data() would, wipes a fresh copy and leaves the original.
void wipeShared(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
}

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
        // binaryData() shares the job's own buffer: wipe that one, not a detached copy of it.
        const QByteArray data = rj->binaryData();
        SecureBytes secret(data);
        wipeShared(data);
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
    // The job gets a buffer of its own, wiped once it is done: sharing the caller's would leave
    // the job's reference to it unwiped in freed memory, and wiping that would wipe the caller's.
    const QByteArray forJob(secret.bytes().constData(), secret.size());
    job->setBinaryData(forJob);
    connect(job, &QKeychain::Job::finished, job, [forJob](QKeychain::Job *) { wipeShared(forJob); });
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
