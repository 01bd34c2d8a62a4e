#include "accounts/AccountStore.h"

#include "vault/Crypto.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pv::accounts {

namespace {

constexpr int SchemaVersion = 1;

Error notFound(const QString &what)
{
    return Error{QStringLiteral("not-found"), what};
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Device readDevice(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toString();
    d.name = q.value(1).toString();
    d.created = fromMs(q.value(2));
    d.lastSeen = fromMs(q.value(3));
    d.revoked = fromMs(q.value(4));
    d.secretHash = q.value(5).toByteArray();
    return d;
}

} // namespace

AccountStore::AccountStore(const Clock *clock)
    : m_clock(clock)
    , m_db(QCoreApplication::translate("pv::accounts", "account store"))
{}

Status AccountStore::open(const QString &path, const SecureBytes &masterKey)
{
    m_userKey = crypto::deriveKey(masterKey, "printvault accounts user-tag v1");
    m_cardKey = crypto::deriveKey(masterKey, "printvault accounts card-tag v1");
    m_sealKey = crypto::deriveKey(masterKey, "printvault accounts seal v1");
    return m_db.open(path, SchemaVersion,
                     {"CREATE TABLE IF NOT EXISTS devices(id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                      " created_ms INTEGER NOT NULL, last_seen_ms INTEGER, revoked_ms INTEGER,"
                      " secret_hash BLOB NOT NULL)",
                      "CREATE TABLE IF NOT EXISTS users(user_tag BLOB PRIMARY KEY, enc_user BLOB NOT NULL,"
                      " pin_salt BLOB, pin_hash BLOB, pin_iterations INTEGER, card_tag BLOB UNIQUE)"});
}

QByteArray AccountStore::userTag(const QString &user) const
{
    return crypto::hmacSha256(m_userKey, user.toUtf8());
}

QByteArray AccountStore::cardTag(const QString &cardId) const
{
    // Readers differ in case and padding of the same badge; compare the digits themselves.
    return crypto::hmacSha256(m_cardKey, cardId.trimmed().toUpper().toUtf8());
}

Result<Device> AccountStore::addDevice(const QString &id, const QString &name, const QByteArray &secretHash)
{
    Device d;
    d.id = id;
    d.name = name;
    d.created = m_clock->now();
    d.secretHash = secretHash;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO devices(id, name, created_ms, secret_hash) VALUES(?, ?, ?, ?)"));
    q.addBindValue(d.id);
    q.addBindValue(d.name);
    q.addBindValue(d.created.toMSecsSinceEpoch());
    q.addBindValue(d.secretHash);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "storing the device"));
    return d;
}

Result<Device> AccountStore::device(const QString &id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT id, name, created_ms, last_seen_ms, revoked_ms, secret_hash FROM devices WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "reading the device"));
    if (!q.next())
        return notFound(QCoreApplication::translate("pv::accounts", "no device with ID %1").arg(id));
    return readDevice(q);
}

Result<QList<Device>> AccountStore::devices() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(
            QStringLiteral("SELECT id, name, created_ms, last_seen_ms, revoked_ms, secret_hash FROM devices"
                           " ORDER BY created_ms")))
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "listing devices"));
    QList<Device> out;
    while (q.next())
        out.append(readDevice(q));
    return out;
}

Status AccountStore::revokeDevice(const QString &id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE devices SET revoked_ms = ? WHERE id = ? AND revoked_ms IS NULL"));
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "revoking the device"));
    if (q.numRowsAffected() == 0)
        return notFound(QCoreApplication::translate("pv::accounts", "no paired device with ID %1").arg(id));
    return {};
}

Status AccountStore::touchDevice(const QString &id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE devices SET last_seen_ms = ? WHERE id = ?"));
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "updating the device"));
    return {};
}

Status AccountStore::ensureUser(const QString &user)
{
    auto sealed = crypto::boxSeal(m_sealKey, "user", user.toUtf8());
    if (!sealed)
        return sealed.error();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO users(user_tag, enc_user) VALUES(?, ?)"));
    q.addBindValue(userTag(user));
    q.addBindValue(sealed.value());
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "storing the user"));
    return {};
}

Status AccountStore::setPin(const QString &user, const PinHash &pin)
{
    if (auto s = ensureUser(user); !s)
        return s;
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("UPDATE users SET pin_salt = ?, pin_hash = ?, pin_iterations = ? WHERE user_tag = ?"));
    q.addBindValue(pin.salt);
    q.addBindValue(pin.hash);
    q.addBindValue(pin.iterations);
    q.addBindValue(userTag(user));
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "storing the PIN"));
    return {};
}

Result<PinHash> AccountStore::pin(const QString &user) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT pin_salt, pin_hash, pin_iterations FROM users WHERE user_tag = ?"
                             " AND pin_hash IS NOT NULL"));
    q.addBindValue(userTag(user));
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "reading the PIN"));
    if (!q.next())
        return notFound(QCoreApplication::translate("pv::accounts", "no PIN is set for this user"));
    PinHash h;
    h.salt = q.value(0).toByteArray();
    h.hash = q.value(1).toByteArray();
    h.iterations = q.value(2).toInt();
    return h;
}

Status AccountStore::setCard(const QString &user, const QString &cardId)
{
    if (auto s = ensureUser(user); !s)
        return s;
    QSqlDatabase db = m_db.db();
    db.transaction();
    QSqlQuery q(db);
    // A badge belongs to one user: taking it over from someone else clears theirs.
    q.prepare(QStringLiteral("UPDATE users SET card_tag = NULL WHERE card_tag = ?"));
    q.addBindValue(cardTag(cardId));
    bool ok = q.exec();
    q.prepare(QStringLiteral("UPDATE users SET card_tag = ? WHERE user_tag = ?"));
    q.addBindValue(cardTag(cardId));
    q.addBindValue(userTag(user));
    ok = ok && q.exec();
    if (!ok || !db.commit()) {
        const Error e = m_db.sqlError(QCoreApplication::translate("pv::accounts", "storing the badge"));
        db.rollback();
        return e;
    }
    return {};
}

Result<QString> AccountStore::userForCard(const QString &cardId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT enc_user FROM users WHERE card_tag = ?"));
    q.addBindValue(cardTag(cardId));
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "reading the badge"));
    if (!q.next())
        return notFound(QCoreApplication::translate("pv::accounts", "unknown badge"));
    auto user = crypto::boxOpen(m_sealKey, "user", q.value(0).toByteArray());
    if (!user)
        return user.error();
    return QString::fromUtf8(user.value());
}

} // namespace pv::accounts
