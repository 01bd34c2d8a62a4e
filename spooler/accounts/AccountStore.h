#pragma once

#include "accounts/PinHash.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "common/SqliteDb.h"
#include "vault/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QSqlQuery;

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

    struct OpenOptions
    {
        // Rows without a MAC were written before schema 2 and get one now. Only while the vault
        // itself is upgrading (Vault::upgradingMacs()): the vault's old key check cannot be
        // forged, a flag in this file could.
        bool macOldRows = false;
    };
    // The keys for the HMACs and the encryption derive from the vault's master key, so the
    // file alone reveals nothing (not even which users have a PIN). Every row carries a MAC
    // over its columns and its key (user tag or device ID) under another key derived from it
    // (HKDF, its own label): a row edited, moved or copied to another user is refused with
    // "integrity".
    [[nodiscard]] Status open(const QString &path, const SecureBytes &masterKey, OpenOptions options);
    [[nodiscard]] Status open(const QString &path, const SecureBytes &masterKey)
    {
        return open(path, masterKey, OpenOptions());
    }
    // Told the table of each row that does not verify (for the audit log). Main thread.
    void setTamperHandler(std::function<void(const QString &table)> handler)
    {
        m_tampered = std::move(handler);
    }
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
    struct UserRow
    {
        QByteArray userTag;
        QByteArray encUser;
        QByteArray pinSalt;
        QByteArray pinHash;
        int pinIterations = 0;
        QByteArray cardTag;
        QByteArray mac;
    };
    QByteArray userTag(const QString &user) const;
    QByteArray cardTag(const QString &cardId) const;
    QByteArray userMac(const UserRow &row) const;
    QByteArray deviceMac(const Device &device) const;
    QByteArray userAad(const QByteArray &tag) const;
    // The row with this user tag (or card tag), verified; "not-found" or "integrity".
    Result<UserRow> readUser(const char *column, const QByteArray &tag) const;
    Status writeUser(UserRow row);
    Result<Device> readDevice(const QSqlQuery &q) const;
    Status writeDeviceMac(const Device &device);
    Status ensureUser(const QString &user);
    Status macOldRows();
    Error tampered(const QString &table) const;

    const Clock *m_clock;
    SqliteDb m_db;
    SecureBytes m_userKey;
    SecureBytes m_cardKey;
    SecureBytes m_sealKey;
    SecureBytes m_macKey;
    std::function<void(const QString &)> m_tampered;
};

} // namespace pv::accounts
