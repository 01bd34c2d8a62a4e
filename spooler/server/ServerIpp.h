#pragma once

#include "common/Result.h"
#include "server/ServerTrust.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

// The print server's IPP operations through libcups over TLS. Every call blocks, so they run on
// the server service's upload thread or the daemon's workers, never the main thread. libcups
// keeps the user and the password callback per thread: each call sets its own.
namespace pv::server {

// Who talks to which queue, and how it is trusted. The password is tried at most once per call:
// a wrong one ends the call with "server-auth-failed" instead of asking again.
struct ServerAccess
{
    QString uri;       // ipps://host:port/printers/QUEUE (plain ipp:// is refused)
    QString user;      // the server account: Basic user name and requesting-user-name
    QByteArray secret; // the Basic password
    const ServerTrust *trust = nullptr;
    // server/auth=bearer: sent as "Authorization: Bearer" instead of Basic (an OAuth access
    // token from the sign-in). CUPS 2.4 cannot check one; INFRA services (Universal Print) do.
    QByteArray bearer;
    // server/stall_seconds: a request that makes no progress this long (connect, TLS handshake,
    // a write, an answer) is given up with "server-stalled".
    int stallSeconds = 30;
    // Set while the daemon stops: every call on the connection ends within a second ("canceled").
    const std::atomic<bool> *stopping = nullptr;
};

// The error codes of a server that did not answer (down, or stalled): a later try may reach it.
bool serverAway(const QString &code);

// One job as the server shows it.
struct ServerJob
{
    int id = 0;
    QString name;  // job-name without PrintVault's token
    QString token; // the token PrintVault put in job-name, empty for other clients' jobs
    QString state; // pending, held, processing, stopped, canceled, aborted, completed
    QString holdUntil;
    QString owner; // job-originating-user-name
    int documents = 0;
    int impressionsCompleted = -1;
    int impressions = -1; // job-impressions: what the job will print, where the server knows it
    qint64 kOctets = 0;
    QDateTime created;
    QDateTime completed; // time-at-completed, for jobs that ended
};

struct UploadRequest
{
    QString token;
    QString title;
    int copies = 1;
    QString sides;
    int impressions = 0; // sent as job-impressions, so that a release can check a quota; 0: not sent
    QIODevice *document = nullptr; // the decrypting device, read in bounded chunks
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;
    // A job an interrupted upload created but never filled (no document): the document goes to
    // it, so the server keeps one job per token. 0: Create-Job.
    int existingJobId = 0;
};

// What a job-name carries: the title, then " #pv-" and the token.
QString jobNameFor(const QString &title, const QString &token);

// Create-Job held indefinitely, Send-Document streaming the document, then Get-Job-Attributes
// to confirm that the server holds it with its document. Returns the server's job.
[[nodiscard]] Result<ServerJob> upload(const ServerAccess &access, const UploadRequest &request);
// The user's jobs (my-jobs); `all` includes completed ones.
[[nodiscard]] Result<QList<ServerJob>> listJobs(const ServerAccess &access, bool all);
[[nodiscard]] Result<ServerJob> jobAttributes(const ServerAccess &access, int jobId);
[[nodiscard]] Status releaseJob(const ServerAccess &access, int jobId);
[[nodiscard]] Status cancelJob(const ServerAccess &access, int jobId);
// The queue's quota (CUPS job-quota-period, job-page-limit, job-k-limit), and the account's
// usage in the period, summed from its completed jobs on that queue (impressions and k-octets).
struct ServerQuota
{
    int periodSeconds = 0;
    int pageLimit = 0; // 0: none
    int kLimit = 0;    // 0: none
    int pagesUsed = 0;
    // The completed jobs counted in pagesUsed: when each completed, and its impressions. A job's
    // pages stop counting periodSeconds after it completed (CUPS counts back from now).
    QList<QPair<QDateTime, int>> counted;
    qint64 kUsed = 0;
    QDateTime asOf; // when the server said so (UTC)
    bool limited() const { return pageLimit > 0 || kLimit > 0; }
};
[[nodiscard]] Result<ServerQuota> queueQuota(const ServerAccess &access);
// queueQuota plus the usage: Get-Printer-Attributes, then Get-Jobs which-jobs=completed.
[[nodiscard]] Result<ServerQuota> quotaWithUsage(const ServerAccess &access, const QDateTime &now);

} // namespace pv::server
