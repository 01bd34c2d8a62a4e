#pragma once

#include "vault/CredentialStore.h"

namespace pv {

// QtKeychain-backed store (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows). Never falls back to storing secrets in a file.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QString service, QObject *parent = nullptr);

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const SecureBytes &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

private:
    // Answers at once, instead of after D-Bus's 25 s time-out, when no Secret Service can answer.
    Status checkReachable() const;

    QString m_service;
};

} // namespace pv
