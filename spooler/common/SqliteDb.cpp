#include "common/SqliteDb.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pv {

// Qt SQL names connections globally; the object's address keeps ours unique.
SqliteDb::SqliteDb(QString label)
    : m_label(std::move(label))
    , m_connection(QStringLiteral("printvault-db-%1").arg(quintptr(this), 0, 16))
{}

SqliteDb::~SqliteDb()
{
    close();
}

QSqlDatabase SqliteDb::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SqliteDb::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

Error SqliteDb::sqlError(const QString &what) const
{
    return sqlError(what, db().lastError());
}

Error SqliteDb::sqlError(const QString &what, const QSqlError &e) const
{
    // SQLITE_FULL (13) means the disk is full.
    const QString code =
        e.nativeErrorCode() == QLatin1String("13") ? QStringLiteral("disk-full") : QStringLiteral("index");
    return Error{code,
                 QCoreApplication::translate("pv::files", "%1: %2 failed: %3").arg(m_label, what, e.text())};
}

// "ALTER TABLE t ADD COLUMN c ..." for a column t already has: the file was put back to an older
// version number with a newer column kept (a downgrade and upgrade that left it, or the
// package test's emulation of an old index). Adding it again would fail the whole upgrade.
bool SqliteDb::addsExistingColumn(const QSqlDatabase &db, const char *statement)
{
    static const QRegularExpression re(QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"));
    const QRegularExpressionMatch m = re.match(QLatin1String(statement));
    if (!m.hasMatch())
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(m.captured(1))))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == m.captured(2))
            return true;
    }
    return false;
}

Status SqliteDb::open(const QString &path, int version, std::initializer_list<const char *> schema,
                      std::initializer_list<Upgrade> upgrades)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return Error{QStringLiteral("index"),
                     QCoreApplication::translate("pv::files", "cannot open the %1: %2")
                         .arg(m_label, db.lastError().text())};

    QSqlQuery q(db);
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA secure_delete=ON",
          "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!q.exec(QLatin1String(pragma)))
            return sqlError(QLatin1String(pragma));
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(QCoreApplication::translate("pv::files", "reading the schema version"));
    const int found = q.value(0).toInt();
    if (found > version) {
        return Error{
            QStringLiteral("index"),
            QCoreApplication::translate(
                "pv::files", "the %1 was written by a newer PrintVault (schema %2, this one knows %3)")
                .arg(m_label)
                .arg(found)
                .arg(version)};
    }
    // Version 0 is a new file: the schema below creates it as it is now.
    if (found > 0 && found < version) {
        if (!db.transaction())
            return sqlError(QCoreApplication::translate("pv::files", "upgrading the schema"));
        for (const Upgrade &u : upgrades) {
            if (u.from >= found && !addsExistingColumn(db, u.statement) &&
                !q.exec(QLatin1String(u.statement))) {
                const Error e = sqlError(
                    QCoreApplication::translate("pv::files", "upgrading the schema from %1").arg(u.from));
                db.rollback();
                return e;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)) || !db.commit()) {
            const Error e = sqlError(QCoreApplication::translate("pv::files", "upgrading the schema"));
            db.rollback();
            return e;
        }
        qCInfo(lcVault).noquote() << "upgraded the" << m_label << "from schema" << found << "to" << version;
    }
    for (const char *statement : schema) {
        if (!q.exec(QLatin1String(statement)))
            return sqlError(QCoreApplication::translate("pv::files", "creating the schema"));
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
        return sqlError(QCoreApplication::translate("pv::files", "setting the schema version"));
    return {};
}

void SqliteDb::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

} // namespace pv
