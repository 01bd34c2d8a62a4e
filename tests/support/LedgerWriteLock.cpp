#include "LedgerWriteLock.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace pv::test {

LedgerWriteLock::LedgerWriteLock(const QString &path)
    : m_connection(QStringLiteral("ledger-write-lock-%1").arg(quintptr(this), 0, 16))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // No waiting here: if someone else writes now, the lock is not held and the test says so.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    // BEGIN IMMEDIATE takes the write lock at once (in WAL mode as in any other).
    m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
}

LedgerWriteLock::~LedgerWriteLock()
{
    release();
    QSqlDatabase::removeDatabase(m_connection);
}

void LedgerWriteLock::release()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (m_held)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_held = false;
        db.close();
    }
}

} // namespace pv::test
