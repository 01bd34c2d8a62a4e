#include "accounting/UsageLedger.h"

#include "vault/Crypto.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pv::accounting {

namespace {

// 2: enc_org.
constexpr int SchemaVersion = 2;

} // namespace

UsageLedger::UsageLedger(const Clock *clock)
    : m_clock(clock)
    , m_db(QStringLiteral("usage ledger"))
{}

Status UsageLedger::open(const QString &path, const SecureBytes &masterKey)
{
    m_userKey = crypto::deriveKey(masterKey, "printvault ledger user-tag v1");
    m_sealKey = crypto::deriveKey(masterKey, "printvault ledger seal v1");
    return m_db.open(
        path, SchemaVersion,
        {"CREATE TABLE IF NOT EXISTS usage(seq INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL,"
         " user_tag BLOB NOT NULL, enc_user BLOB NOT NULL, source TEXT NOT NULL, device TEXT NOT NULL,"
         " job_id TEXT NOT NULL, impressions INTEGER NOT NULL, color_impressions INTEGER NOT NULL,"
         " sheets INTEGER NOT NULL, enc_org BLOB)",
         "CREATE INDEX IF NOT EXISTS usage_user_time ON usage(user_tag, time_ms)",
         "CREATE TRIGGER IF NOT EXISTS usage_no_update BEFORE UPDATE ON usage"
         " BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END",
         "CREATE TRIGGER IF NOT EXISTS usage_no_delete BEFORE DELETE ON usage"
         " BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END"},
        {{1, "ALTER TABLE usage ADD COLUMN enc_org BLOB"}});
}

QByteArray UsageLedger::userTag(const QString &user) const
{
    return crypto::hmacSha256(m_userKey, user.toUtf8());
}

Result<UsageEntry> UsageLedger::append(UsageEntry entry)
{
    entry.time = m_clock->now();
    auto sealed = crypto::boxSeal(m_sealKey, "user", entry.user.toUtf8());
    if (!sealed)
        return sealed.error();
    Result<QByteArray> org = QByteArray();
    if (!entry.org.isEmpty())
        org = crypto::boxSeal(m_sealKey, "org", orgIdentityBytes(entry.org));
    if (!org)
        return org.error();
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("INSERT INTO usage(time_ms, user_tag, enc_user, source, device, job_id, impressions,"
                       " color_impressions, sheets, enc_org) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.time.toMSecsSinceEpoch());
    q.addBindValue(userTag(entry.user));
    q.addBindValue(sealed.value());
    q.addBindValue(entry.source);
    q.addBindValue(entry.device);
    q.addBindValue(entry.jobId);
    q.addBindValue(entry.impressions);
    q.addBindValue(entry.colorImpressions);
    q.addBindValue(entry.sheets);
    q.addBindValue(org->isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(org.value()));
    if (!q.exec())
        return m_db.sqlError(QStringLiteral("recording usage"), q.lastError());
    entry.seq = q.lastInsertId().toLongLong();
    if (m_observer)
        m_observer(entry);
    return entry;
}

Result<QList<UsageEntry>> UsageLedger::entries(const QString &user, const QDateTime &from,
                                               const QDateTime &to) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT seq, time_ms, source, device, job_id, impressions, color_impressions, sheets,"
        " enc_org FROM usage WHERE user_tag = ? AND time_ms >= ? AND time_ms < ? ORDER BY seq"));
    q.addBindValue(userTag(user));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return m_db.sqlError(QStringLiteral("reading usage"));
    QList<UsageEntry> out;
    while (q.next()) {
        UsageEntry e;
        e.seq = q.value(0).toLongLong();
        e.time = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.user = user;
        e.source = q.value(2).toString();
        e.device = q.value(3).toString();
        e.jobId = q.value(4).toString();
        e.impressions = q.value(5).toInt();
        e.colorImpressions = q.value(6).toInt();
        e.sheets = q.value(7).toInt();
        if (const QByteArray sealedOrg = q.value(8).toByteArray(); !sealedOrg.isEmpty()) {
            auto org = crypto::boxOpen(m_sealKey, "org", sealedOrg);
            if (!org)
                return Error{QStringLiteral("integrity"),
                             QCoreApplication::translate("pv::accounting", "a usage entry is damaged")};
            e.org = orgIdentityFromBytes(org.value());
        }
        out.append(e);
    }
    return out;
}

Result<UsageTotals> UsageLedger::totals(const QString &user, const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(impressions), 0), COALESCE(SUM(color_impressions), 0),"
                             " COALESCE(SUM(sheets), 0), COUNT(*) FROM usage"
                             " WHERE user_tag = ? AND time_ms >= ? AND time_ms < ?"));
    q.addBindValue(userTag(user));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return m_db.sqlError(QStringLiteral("adding up usage"));
    UsageTotals t;
    t.impressions = q.value(0).toInt();
    t.colorImpressions = q.value(1).toInt();
    t.sheets = q.value(2).toInt();
    t.jobs = q.value(3).toInt();
    return t;
}

} // namespace pv::accounting
