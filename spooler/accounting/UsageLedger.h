#pragma once

#include "common/Clock.h"
#include "common/OrgIdentity.h"
#include "common/Result.h"
#include "common/SqliteDb.h"
#include "vault/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace pv::accounting {

// One line of the usage ledger: what was printed, for whom, and through what.
struct UsageEntry
{
    qint64 seq = 0;
    QDateTime time;
    QString user;
    QString source; // "mfp" (reported by a paired device), "release" (sent by this workstation) or
                    // "server" (released on the print server, counted from its completed job)
    QString device; // the MFP's device ID, or the printer's URI
    QString jobId;
    int impressions = 0;
    int colorImpressions = 0;
    int sheets = 0;
    OrgIdentity org; // the job owner's organisational identity, when the job carried one
};

struct UsageTotals
{
    int impressions = 0;
    int colorImpressions = 0;
    int sheets = 0;
    int jobs = 0;
};

// The append-only usage ledger (ledger.db beside the vault). SQLite triggers refuse UPDATE and
// DELETE, so an entry, once written, stays. User names are stored encrypted and found by HMAC.
// Main thread only.
class UsageLedger
{
public:
    explicit UsageLedger(const Clock *clock);

    [[nodiscard]] Status open(const QString &path, const SecureBytes &masterKey);
    bool isOpen() const { return m_db.isOpen(); }

    // Stamps the time and appends; returns the entry as written.
    [[nodiscard]] Result<UsageEntry> append(UsageEntry entry);
    // A user's entries from `from` (inclusive) to `to` (exclusive), oldest first.
    [[nodiscard]] Result<QList<UsageEntry>> entries(const QString &user, const QDateTime &from,
                                                    const QDateTime &to) const;
    [[nodiscard]] Result<UsageTotals> totals(const QString &user, const QDateTime &from,
                                             const QDateTime &to) const;
    // Called after every append, so the daemon can tell its clients without their polling.
    void setAppendObserver(std::function<void(const UsageEntry &)> observer)
    {
        m_observer = std::move(observer);
    }

private:
    QByteArray userTag(const QString &user) const;

    const Clock *m_clock;
    SqliteDb m_db;
    SecureBytes m_userKey;
    SecureBytes m_sealKey;
    std::function<void(const UsageEntry &)> m_observer;
};

} // namespace pv::accounting
