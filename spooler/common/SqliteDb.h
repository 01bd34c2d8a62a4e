#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <initializer_list>

namespace pv {

// One SQLite file through Qt SQL, set up the same way everywhere: WAL with FULL sync, so every
// commit is durable, and secure_delete, so deleted rows are zeroed. Used from one thread only:
// Qt SQL connections are per-thread.
class SqliteDb
{
public:
    explicit SqliteDb(QString label); // names the database in error messages
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    // A statement that brings a file written with schema `from` one step on.
    struct Upgrade
    {
        int from;
        const char *statement;
    };
    // Opens (creating) the file, refuses a newer schema than `version`, upgrades an older one
    // (the `upgrades` from its version on, in one transaction), then runs `schema`.
    [[nodiscard]] Status open(const QString &path, int version, std::initializer_list<const char *> schema,
                              std::initializer_list<Upgrade> upgrades = {});
    void close();
    bool isOpen() const;
    QSqlDatabase db() const;
    // The last error of the connection as a PrintVault error: SQLITE_FULL becomes "disk-full".
    Error sqlError(const QString &what) const;
    // The same for an error a statement reports: a failed prepare or exec leaves it on the
    // query, not on the connection, whose last error may then be empty.
    Error sqlError(const QString &what, const QSqlError &error) const;

private:
    static bool addsExistingColumn(const QSqlDatabase &db, const char *statement);

    QString m_label;
    QString m_connection;
};

} // namespace pv
