#include "vault/JobIndex.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace pv {

namespace {

// 2: color_overrides. 3: enc_org. 4: the server outbox. 5: page_ranges. 6: row_mac.
constexpr int SchemaVersion = 6;

#define PV_OUTBOX_TABLE                                                                                      \
    "CREATE TABLE IF NOT EXISTS outbox(id TEXT PRIMARY KEY, state TEXT NOT NULL, reason TEXT NOT NULL,"      \
    " message TEXT NOT NULL, next_try_ms INTEGER NOT NULL, attempts INTEGER NOT NULL, token TEXT NOT NULL,"  \
    " server_job_id INTEGER NOT NULL, server_uri TEXT NOT NULL)"

const char *const RowColumns =
    "id, created_ms, expires_ms, size, stored_size, pages, color_pages, page_colors, copies, sides,"
    " color_mode, format, page_width_pt, page_height_pt, owner_tag, wrapped_key, enc_title, enc_file_name,"
    " enc_owner, enc_sha256, enc_thumbnail, color_overrides, enc_org, page_ranges, row_mac";

IndexRow readRow(const QSqlQuery &q)
{
    IndexRow r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.createdMs = q.value(i++).toLongLong();
    r.expiresMs = q.value(i++).toLongLong();
    r.size = q.value(i++).toLongLong();
    r.storedSize = q.value(i++).toLongLong();
    r.pages = q.value(i++).toInt();
    r.colorPages = q.value(i++).toInt();
    r.pageColors = q.value(i++).toString().toLatin1();
    r.copies = q.value(i++).toInt();
    r.sides = q.value(i++).toString();
    r.colorMode = q.value(i++).toString();
    r.format = q.value(i++).toString();
    const double w = q.value(i++).toDouble();
    const double h = q.value(i++).toDouble();
    r.pageSizePt = QSizeF(w, h);
    r.ownerTag = q.value(i++).toByteArray();
    r.wrappedKey = q.value(i++).toByteArray();
    r.encTitle = q.value(i++).toByteArray();
    r.encFileName = q.value(i++).toByteArray();
    r.encOwner = q.value(i++).toByteArray();
    r.encSha256 = q.value(i++).toByteArray();
    r.encThumbnail = q.value(i++).toByteArray();
    r.colorOverrides = q.value(i++).toString();
    r.encOrg = q.value(i++).toByteArray();
    r.pageRanges = q.value(i++).toString();
    r.rowMac = q.value(i++).toByteArray();
    return r;
}

} // namespace

JobIndex::JobIndex()
    : m_db(QCoreApplication::translate("pv::vault", "vault index"))
{}

JobIndex::~JobIndex() = default;

Status JobIndex::open(const QString &path)
{
    return m_db.open(path, SchemaVersion,
                     {"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value BLOB NOT NULL)",
                      "CREATE TABLE IF NOT EXISTS jobs("
                      " id TEXT PRIMARY KEY, created_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL,"
                      " size INTEGER NOT NULL, stored_size INTEGER NOT NULL, pages INTEGER NOT NULL,"
                      " color_pages INTEGER NOT NULL, page_colors TEXT NOT NULL, copies INTEGER NOT NULL,"
                      " sides TEXT NOT NULL, color_mode TEXT NOT NULL, format TEXT NOT NULL,"
                      " page_width_pt REAL NOT NULL, page_height_pt REAL NOT NULL,"
                      " owner_tag BLOB NOT NULL, wrapped_key BLOB NOT NULL, enc_title BLOB NOT NULL,"
                      " enc_file_name BLOB NOT NULL, enc_owner BLOB NOT NULL, enc_sha256 BLOB NOT NULL,"
                      " enc_thumbnail BLOB, color_overrides TEXT NOT NULL DEFAULT '', enc_org BLOB,"
                      " page_ranges TEXT NOT NULL DEFAULT '', row_mac BLOB)",
                      "CREATE INDEX IF NOT EXISTS jobs_expires ON jobs(expires_ms)",
                      "CREATE INDEX IF NOT EXISTS jobs_owner ON jobs(owner_tag)", PV_OUTBOX_TABLE},
                     {{1, "ALTER TABLE jobs ADD COLUMN color_overrides TEXT NOT NULL DEFAULT ''"},
                      {2, "ALTER TABLE jobs ADD COLUMN enc_org BLOB"},
                      {3, PV_OUTBOX_TABLE},
                      {4, "ALTER TABLE jobs ADD COLUMN page_ranges TEXT NOT NULL DEFAULT ''"},
                      {5, "ALTER TABLE jobs ADD COLUMN row_mac BLOB"}});
}

void JobIndex::close()
{
    m_db.close();
}

Error JobIndex::sqlError(const QString &what) const
{
    return m_db.sqlError(what);
}

QByteArray JobIndex::meta(const QString &key) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

Status JobIndex::setMeta(const QString &key, const QByteArray &value)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("pv::vault", "writing metadata"));
    return {};
}

Status JobIndex::removeMeta(const QString &key)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("pv::vault", "writing metadata"));
    return {};
}

Status JobIndex::setRowMac(const QString &id, const QByteArray &mac)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE jobs SET row_mac = ? WHERE id = ?"));
    q.addBindValue(mac);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("pv::vault", "storing the job"));
    return {};
}

Status JobIndex::insert(const IndexRow &r)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO jobs(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(RowColumns)));
    for (const QVariant &v :
         {QVariant(r.id), QVariant(r.createdMs), QVariant(r.expiresMs), QVariant(r.size),
          QVariant(r.storedSize), QVariant(r.pages), QVariant(r.colorPages),
          QVariant(QString::fromLatin1(r.pageColors)), QVariant(r.copies), QVariant(r.sides),
          QVariant(r.colorMode), QVariant(r.format), QVariant(r.pageSizePt.width()),
          QVariant(r.pageSizePt.height()), QVariant(r.ownerTag), QVariant(r.wrappedKey), QVariant(r.encTitle),
          QVariant(r.encFileName), QVariant(r.encOwner), QVariant(r.encSha256), QVariant(r.encThumbnail),
          // NOT NULL: a job without overrides stores the empty string
          QVariant(r.colorOverrides.isNull() ? QStringLiteral("") : r.colorOverrides),
          r.encOrg.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(r.encOrg),
          QVariant(r.pageRanges.isNull() ? QStringLiteral("") : r.pageRanges), QVariant(r.rowMac)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("pv::vault", "storing the job"));
    return {};
}

Status JobIndex::remove(const QString &id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("pv::vault", "deleting the job"));
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcVault) << "WAL checkpoint after delete failed; it will run on the next one";
    return {};
}

Result<IndexRow> JobIndex::row(const QString &id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(QLatin1String(RowColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("pv::vault", "reading the job"));
    if (!q.next())
        return Error{QStringLiteral("not-found"),
                     QCoreApplication::translate("pv::vault", "no job with ID %1").arg(id)};
    return readRow(q);
}

Result<QList<IndexRow>> JobIndex::rows() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM jobs ORDER BY created_ms, id").arg(QLatin1String(RowColumns))))
        return sqlError(QCoreApplication::translate("pv::vault", "listing jobs"));
    QList<IndexRow> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

QStringList JobIndex::ids() const
{
    QSqlQuery q(m_db.db());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT id FROM jobs"))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

QStringList JobIndex::expiredIds(qint64 nowMs) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id FROM jobs WHERE expires_ms <= ? ORDER BY expires_ms"));
    q.addBindValue(nowMs);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

qint64 JobIndex::nextExpiryMs() const
{
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT MIN(expires_ms) FROM jobs")) && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return -1;
}

qint64 JobIndex::totalStoredSize() const
{
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT COALESCE(SUM(stored_size), 0) FROM jobs")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

int JobIndex::count() const
{
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status JobIndex::saveOutbox(const OutboxRow &r)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO outbox(id, state, reason, message, next_try_ms, attempts,"
                       " token, server_job_id, server_uri) VALUES(?,?,?,?,?,?,?,?,?)"));
    // NOT NULL columns: a null QString would bind as NULL.
    const auto text = [](const QString &s) {
        return QVariant(s.isNull() ? QStringLiteral("") : s);
    };
    for (const QVariant &v :
         {text(r.id), text(r.state), text(r.reason), text(r.message), QVariant(r.nextTryMs),
          QVariant(r.attempts), text(r.token), QVariant(r.serverJobId), text(r.serverUri)})
        q.addBindValue(v);
    if (!q.exec())
        return m_db.sqlError(QCoreApplication::translate("pv::vault", "saving the outbox"), q.lastError());
    return {};
}

Result<QList<OutboxRow>> JobIndex::outboxRows() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(
            QStringLiteral("SELECT id, state, reason, message, next_try_ms, attempts, token, server_job_id,"
                           " server_uri FROM outbox ORDER BY next_try_ms, id")))
        return sqlError(QCoreApplication::translate("pv::vault", "reading the outbox"));
    QList<OutboxRow> out;
    while (q.next()) {
        OutboxRow r;
        int i = 0;
        r.id = q.value(i++).toString();
        r.state = q.value(i++).toString();
        r.reason = q.value(i++).toString();
        r.message = q.value(i++).toString();
        r.nextTryMs = q.value(i++).toLongLong();
        r.attempts = q.value(i++).toInt();
        r.token = q.value(i++).toString();
        r.serverJobId = q.value(i++).toInt();
        r.serverUri = q.value(i++).toString();
        out.append(r);
    }
    return out;
}

Status JobIndex::removeOutbox(const QString &id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("pv::vault", "updating the outbox"));
    return {};
}

} // namespace pv
