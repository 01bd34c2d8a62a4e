#pragma once

#include "accounts/PinHash.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "common/SqliteDb.h"
#include "vault/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pv::accounts {

// A paired MFP. Its token is never stored, only the SHA-256 of its secret part.
struct Device
{
    QString id; // 16 hex characters, part of the token
    QString name;
    QDateTime created;
    QDateTime lastSeen;
    QDateTime revoked; // invalid while the pairing stands
    QByteArray secretHash;

    bool isRevoked() const { return revoked.isValid(); }
};

// Paired devices and the users' sign-in credentials (PIN hashes and badge numbers), in
// accounts.db beside the vault. User names and badge numbers are personal: rows are found
// by an HMAC of them, and the name itself is stored encrypted. Main thread only.
class AccountStore
{
public:
    explicit AccountStore(const Clock *clock);

    // The keys for the HMACs and the encryption derive from the vault's master key, so the
    // file alone reveals nothing (not even which users have a PIN).
    [[nodiscard]] Status open(const QString &path, const SecureBytes &masterKey);
    bool isOpen() const { return m_db.isOpen(); }

    [[nodiscard]] Result<Device> addDevice(const QString &id, const QString &name,
                                           const QByteArray &secretHash);
    [[nodiscard]] Result<Device> device(const QString &id) const;
    [[nodiscard]] Result<QList<Device>> devices() const;
    [[nodiscard]] Status revokeDevice(const QString &id);
    [[nodiscard]] Status touchDevice(const QString &id);

    [[nodiscard]] Status setPin(const QString &user, const PinHash &pin);
    // "not-found" when the user has no PIN.
    [[nodiscard]] Result<PinHash> pin(const QString &user) const;
    [[nodiscard]] Status setCard(const QString &user, const QString &cardId);
    // The user a badge belongs to, or "not-found".
    [[nodiscard]] Result<QString> userForCard(const QString &cardId) const;

private:
    QByteArray userTag(const QString &user) const;
    QByteArray cardTag(const QString &cardId) const;
    Status ensureUser(const QString &user);

    const Clock *m_clock;
    SqliteDb m_db;
    SecureBytes m_userKey;
    SecureBytes m_cardKey;
    SecureBytes m_sealKey;
};

} // namespace pv::accounts
