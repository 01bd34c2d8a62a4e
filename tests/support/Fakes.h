#pragma once

#include "common/Clock.h"
#include "vault/CredentialStore.h"

#include <QHash>
#include <QIODevice>
#include <QMetaObject>

// Fakes for what a unit test cannot have for real. Integration tests use the real keychain.
namespace pv::test {

class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC))
        : m_now(start)
    {}
    QDateTime now() const override { return m_now; }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

// In-memory keychain; callbacks are queued like the real one's.
class MemoryCredentialStore final : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    QString failWith; // when set, every call fails with this as "keychain-unavailable"
    QHash<QString, QByteArray> entries;

    void read(const QString &key, ReadDone done) override
    {
        QMetaObject::invokeMethod(
            this,
            [this, key, done]() {
                if (!failWith.isEmpty())
                    done(Error{QStringLiteral("keychain-unavailable"), failWith});
                else if (!entries.contains(key))
                    done(Error{QStringLiteral("not-found"), QStringLiteral("no entry")});
                else
                    done(SecureBytes(entries.value(key)));
            },
            Qt::QueuedConnection);
    }
    void write(const QString &key, const SecureBytes &secret, WriteDone done) override
    {
        const QByteArray copy = secret.bytes();
        QMetaObject::invokeMethod(
            this,
            [this, key, copy, done]() {
                if (!failWith.isEmpty()) {
                    done(Error{QStringLiteral("keychain-unavailable"), failWith});
                    return;
                }
                entries.insert(key, copy);
                done(Status());
            },
            Qt::QueuedConnection);
    }
    void remove(const QString &key, WriteDone done) override
    {
        QMetaObject::invokeMethod(
            this,
            [this, key, done]() {
                entries.remove(key);
                done(Status());
            },
            Qt::QueuedConnection);
    }
};

// A device that accepts a fixed number of bytes and then fails like a full disk.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(WriteOnly);
    }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (written.size() + size > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written.append(data, size);
        return size;
    }

private:
    qint64 m_capacity;
};

} // namespace pv::test
