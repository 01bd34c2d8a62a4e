#pragma once

#include <QString>

namespace pv::test {

// Holds the write lock of a SQLite database (a ledger.db) from a connection of its own, the
// way another process holding a write transaction does. The owner's next write then really
// fails: SQLite answers SQLITE_BUSY ("database is locked") once its busy timeout passes. No
// fake: the daemon's or service's own ledger, through its own code, cannot write.
class LedgerWriteLock
{
public:
    explicit LedgerWriteLock(const QString &path);
    ~LedgerWriteLock();
    LedgerWriteLock(const LedgerWriteLock &) = delete;
    LedgerWriteLock &operator=(const LedgerWriteLock &) = delete;

    bool isHeld() const { return m_held; }
    // Ends the write transaction (nothing was written in it), so the ledger works again.
    void release();

private:
    QString m_connection;
    bool m_held = false;
};

} // namespace pv::test
