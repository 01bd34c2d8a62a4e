#pragma once

#include "common/Result.h"
#include "vault/SecureBytes.h"

#include <QObject>

#include <functional>

namespace pv {

// Where secrets live: the OS keychain in production, an in-memory fake in unit tests.
// Calls are asynchronous; callbacks run on the caller's thread. A missing entry is the
// error code "not-found"; an unreachable or locked keychain is "keychain-unavailable".
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(Result<SecureBytes>)>;
    using WriteDone = std::function<void(Status)>;

    using QObject::QObject;

    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const SecureBytes &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
};

} // namespace pv
