#include "accounts/AccountStore.h"

#include "common/Logging.h"
#include "vault/Crypto.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pv::accounts {

namespace {

// 2: row_mac on both tables; user names sealed with their tag as AAD.
constexpr int SchemaVersion = 2;

const char *const DeviceColumns = "id, name, created_ms, last_seen_ms, revoked_ms, secret_hash, row_mac";
const char *const UserColumns = "user_tag, enc_user, pin_salt, pin_hash, pin_iterations, card_tag, row_mac";

Error notFound(const QString &what)
{
    return Error{QStringLiteral("not-found"), what};
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QByteArray msBytes(const QDateTime &t)
{
    return t.isValid() ? QByteArray::number(t.toMSecsSinceEpoch()) : QByteArray();
}

// A NULL for an empty value: card_tag is UNIQUE, and NULLs never collide.
QVariant blobOrNull(const QByteArray &b)
{
    return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
}

} // namespace

AccountStore::AccountStore(const Clock *clock)
    : m_clock(clock)
    , m_db(QCoreApplication::translate("pv::accounts", "account store"))
{}

Status AccountStore::open(const QString &path, const SecureBytes &masterKey, OpenOptions options)
{
    m_userKey = crypto::deriveKey(masterKey, "printvault accounts user-tag v1");
    m_cardKey = crypto::deriveKey(masterKey, "printvault accounts card-tag v1");
    m_sealKey = crypto::deriveKey(masterKey, "printvault accounts seal v1");
    m_macKey = crypto::hkdfSha256(masterKey, QByteArray(), "printvault accounts row-mac v1");
    auto s = m_db.open(path, SchemaVersion,
                       {"CREATE TABLE IF NOT EXISTS devices(id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                        " created_ms INTEGER NOT NULL, last_seen_ms INTEGER, revoked_ms INTEGER,"
                        " secret_hash BLOB NOT NULL, row_mac BLOB)",
                        "CREATE TABLE IF NOT EXISTS users(user_tag BLOB PRIMARY KEY, enc_user BLOB NOT NULL,"
                        " pin_salt BLOB, pin_hash BLOB, pin_iterations INTEGER, card_tag BLOB UNIQUE,"
                        " row_mac BLOB)"},
                       {{1, "ALTER TABLE devices ADD COLUMN row_mac BLOB"},
                        {1, "ALTER TABLE users ADD COLUMN row_mac BLOB"}});
    if (!s || !options.macOldRows)
        return s;
    return macOldRows();
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

QByteArray AccountStore::userAad(const QByteArray &tag) const
{
    // The sealed name names its row: it cannot be moved to another user's row.
    return QByteArrayLiteral("pv-user2|") + tag;
}

// The iteration count is in the MAC: setting it to 1 in the file is refused, not obeyed.
QByteArray AccountStore::userMac(const UserRow &r) const
{
    return crypto::fieldsMac(m_macKey,
                             {QByteArrayLiteral("pv-accounts-user1"), r.userTag, r.encUser, r.pinSalt,
                              r.pinHash, QByteArray::number(r.pinIterations), r.cardTag});
}

// last_seen is left out: it is touched on every request and decides nothing.
QByteArray AccountStore::deviceMac(const Device &d) const
{
    return crypto::fieldsMac(m_macKey,
                             {QByteArrayLiteral("pv-accounts-device1"), d.id.toUtf8(), d.name.toUtf8(),
                              msBytes(d.created), msBytes(d.revoked), d.secretHash});
}

Error AccountStore::tampered(const QString &table) const
{
    qCWarning(lcMfp).noquote() << "a row of accounts.db table" << table << "does not verify; refused";
    if (m_tampered)
        m_tampered(table);
    return Error{QStringLiteral("integrity"),
                 QCoreApplication::translate(
                     "pv::accounts", "a sign-in record in accounts.db was changed outside PrintVault; "
                                     "it is refused"),
                 {{QStringLiteral("store"), QStringLiteral("accounts")}, {QStringLiteral("table"), table}}};
}

Result<Device> AccountStore::readDevice(const QSqlQuery &q) const
{
    Device d;
    d.id = q.value(0).toString();
    d.name = q.value(1).toString();
    d.created = fromMs(q.value(2));
    d.lastSeen = fromMs(q.value(3));
    d.revoked = fromMs(q.value(4));
    d.secretHash = q.value(5).toByteArray();
    const QByteArray mac = q.value(6).toByteArray();
    if (mac.isEmpty() || !crypto::constantTimeEquals(mac, deviceMac(d)))
        return tampered(QStringLiteral("devices"));
    return d;
}

Status AccountStore::writeDeviceMac(const Device &d)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE devices SET row_mac = ? WHERE id = ?"));
    q.addBindValue(deviceMac(d));
    q.addBindValue(d.id);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "storing the device"),
                             q.lastError());
    return {};
}

Result<Device> AccountStore::addDevice(const QString &id, const QString &name, const QByteArray &secretHash)
{
    Device d;
    d.id = id;
    d.name = name;
    d.created = m_clock->now();
    d.secretHash = secretHash;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "INSERT INTO devices(id, name, created_ms, secret_hash, row_mac) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(d.id);
    q.addBindValue(d.name);
    q.addBindValue(d.created.toMSecsSinceEpoch());
    q.addBindValue(d.secretHash);
    q.addBindValue(deviceMac(d));
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "storing the device"),
                             q.lastError());
    return d;
}

Result<Device> AccountStore::device(const QString &id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(QLatin1String(DeviceColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "reading the device"),
                             q.lastError());
    if (!q.next())
        return notFound(QCoreApplication::translate("pv::accounts", "no device with ID %1").arg(id));
    return readDevice(q);
}

Result<QList<Device>> AccountStore::devices() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM devices ORDER BY created_ms").arg(QLatin1String(DeviceColumns))))
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "listing devices"), q.lastError());
    QList<Device> out;
    while (q.next()) {
        // A row that does not verify is left out: it authenticates nothing either.
        if (auto d = readDevice(q))
            out.append(d.value());
    }
    return out;
}

Status AccountStore::revokeDevice(const QString &id)
{
    auto d = device(id);
    if (!d)
        return d.status();
    if (d->isRevoked())
        return notFound(QCoreApplication::translate("pv::accounts", "no paired device with ID %1").arg(id));
    d->revoked = m_clock->now();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE devices SET revoked_ms = ?, row_mac = ? WHERE id = ?"));
    q.addBindValue(d->revoked.toMSecsSinceEpoch());
    q.addBindValue(deviceMac(d.value()));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "revoking the device"),
                             q.lastError());
    return {};
}

Status AccountStore::touchDevice(const QString &id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE devices SET last_seen_ms = ? WHERE id = ?"));
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "updating the device"),
                             q.lastError());
    return {};
}

Result<AccountStore::UserRow> AccountStore::readUser(const char *column, const QByteArray &tag) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE %2 = ?")
                  .arg(QLatin1String(UserColumns), QLatin1String(column)));
    q.addBindValue(tag);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "reading the user"), q.lastError());
    if (!q.next())
        return notFound(QCoreApplication::translate("pv::accounts", "no such user"));
    UserRow r;
    r.userTag = q.value(0).toByteArray();
    r.encUser = q.value(1).toByteArray();
    r.pinSalt = q.value(2).toByteArray();
    r.pinHash = q.value(3).toByteArray();
    r.pinIterations = q.value(4).toInt();
    r.cardTag = q.value(5).toByteArray();
    r.mac = q.value(6).toByteArray();
    if (r.mac.isEmpty() || !crypto::constantTimeEquals(r.mac, userMac(r)))
        return tampered(QStringLiteral("users"));
    return r;
}

Status AccountStore::writeUser(UserRow r)
{
    r.mac = userMac(r);
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO users(%1) VALUES(?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(UserColumns)));
    q.addBindValue(r.userTag);
    q.addBindValue(r.encUser);
    q.addBindValue(blobOrNull(r.pinSalt));
    q.addBindValue(blobOrNull(r.pinHash));
    q.addBindValue(r.pinIterations > 0 ? QVariant(r.pinIterations) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(blobOrNull(r.cardTag));
    q.addBindValue(r.mac);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "storing the user"), q.lastError());
    return {};
}

Status AccountStore::ensureUser(const QString &user)
{
    const QByteArray tag = userTag(user);
    auto existing = readUser("user_tag", tag);
    if (existing || existing.error().code != QLatin1String("not-found"))
        return existing.status();
    auto sealed = crypto::boxSeal(m_sealKey, userAad(tag), user.toUtf8());
    if (!sealed)
        return sealed.error();
    UserRow r;
    r.userTag = tag;
    r.encUser = sealed.value();
    return writeUser(r);
}

Status AccountStore::setPin(const QString &user, const PinHash &pin)
{
    if (auto s = ensureUser(user); !s)
        return s;
    auto r = readUser("user_tag", userTag(user));
    if (!r)
        return r.status();
    r->pinSalt = pin.salt;
    r->pinHash = pin.hash;
    r->pinIterations = pin.iterations;
    return writeUser(r.value());
}

Result<PinHash> AccountStore::pin(const QString &user) const
{
    auto r = readUser("user_tag", userTag(user));
    if (!r && r.error().code != QLatin1String("not-found"))
        return r.error();
    if (!r || r->pinHash.isEmpty())
        return notFound(QCoreApplication::translate("pv::accounts", "no PIN is set for this user"));
    // Never fewer rounds than PrintVault makes, whatever a row says (the MAC covers the count;
    // this is a second line should the key ever leak).
    if (r->pinIterations < PinHash::DefaultIterations)
        return tampered(QStringLiteral("users"));
    PinHash h;
    h.salt = r->pinSalt;
    h.hash = r->pinHash;
    h.iterations = r->pinIterations;
    return h;
}

Status AccountStore::setCard(const QString &user, const QString &cardId)
{
    if (auto s = ensureUser(user); !s)
        return s;
    const QByteArray card = cardTag(cardId);
    QSqlDatabase db = m_db.db();
    db.transaction();
    // A badge belongs to one user: taking it over from someone else clears theirs.
    Status s;
    auto holder = readUser("card_tag", card);
    if (holder) {
        holder->cardTag.clear();
        s = writeUser(holder.value());
    } else if (holder.error().code != QLatin1String("not-found")) {
        s = holder.status();
    }
    if (s) {
        auto own = readUser("user_tag", userTag(user));
        if (own) {
            own->cardTag = card;
            s = writeUser(own.value());
        } else {
            s = own.status();
        }
    }
    if (!s || !db.commit()) {
        const Error e =
            s ? m_db.sqlError(QCoreApplication::translate("pv::accounts", "storing the badge")) : s.error();
        db.rollback();
        return e;
    }
    return {};
}

Result<QString> AccountStore::userForCard(const QString &cardId) const
{
    auto r = readUser("card_tag", cardTag(cardId));
    if (!r && r.error().code == QLatin1String("not-found"))
        return notFound(QCoreApplication::translate("pv::accounts", "unknown badge"));
    if (!r)
        return r.error();
    auto user = crypto::boxOpen(m_sealKey, userAad(r->userTag), r->encUser);
    if (!user)
        return user.error();
    return QString::fromUtf8(user.value());
}

// The first open with the key after an upgrade from schema 1: rows are taken as they are
// (nothing authenticated them before), their names sealed again with their tag as AAD
// instead of the constant "user", and given their MAC.
Status AccountStore::macOldRows()
{
    QSqlDatabase db = m_db.db();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM users WHERE row_mac IS NULL").arg(QLatin1String(UserColumns))))
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "upgrading the users"),
                             q.lastError());
    QList<UserRow> users;
    while (q.next()) {
        UserRow r;
        r.userTag = q.value(0).toByteArray();
        r.encUser = q.value(1).toByteArray();
        r.pinSalt = q.value(2).toByteArray();
        r.pinHash = q.value(3).toByteArray();
        r.pinIterations = q.value(4).toInt();
        r.cardTag = q.value(5).toByteArray();
        users.append(r);
    }
    QList<Device> devices;
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM devices WHERE row_mac IS NULL").arg(QLatin1String(DeviceColumns))))
        return m_db.sqlError(QCoreApplication::translate("pv::accounts", "upgrading the devices"),
                             q.lastError());
    while (q.next()) {
        Device d;
        d.id = q.value(0).toString();
        d.name = q.value(1).toString();
        d.created = fromMs(q.value(2));
        d.revoked = fromMs(q.value(4));
        d.secretHash = q.value(5).toByteArray();
        devices.append(d);
    }
    db.transaction();
    Status s;
    for (UserRow &r : users) {
        auto name = crypto::boxOpen(m_sealKey, "user", r.encUser);
        auto sealed = name ? crypto::boxSeal(m_sealKey, userAad(r.userTag), name.value()) : name;
        s = sealed ? Status() : sealed.status();
        if (s) {
            r.encUser = sealed.value();
            s = writeUser(r);
        }
        if (!s)
            break;
    }
    for (const Device &d : devices) {
        if (s)
            s = writeDeviceMac(d);
    }
    if (!s || !db.commit()) {
        const Error e =
            s ? m_db.sqlError(QCoreApplication::translate("pv::accounts", "upgrading the accounts"))
              : s.error();
        db.rollback();
        return e;
    }
    qCInfo(lcMfp) << "gave" << users.size() << "user(s) and" << devices.size()
                  << "device(s) written before schema 2 their MAC";
    return {};
}

} // namespace pv::accounts
