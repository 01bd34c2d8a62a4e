#pragma once

#include "common/Result.h"
#include "server/ServerTrust.h"

#include <QDateTime>
#include <QList>
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
};

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
    qint64 kOctets = 0;
    QDateTime created;
};

struct UploadRequest
{
    QString token;
    QString title;
    int copies = 1;
    QString sides;
    QIODevice *document = nullptr; // the decrypting device, read in bounded chunks
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;
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
// The queue's quota (CUPS job-quota-period, job-page-limit, job-k-limit).
struct ServerQuota
{
    int periodSeconds = 0;
    int pageLimit = 0;
    int kLimit = 0;
};
[[nodiscard]] Result<ServerQuota> queueQuota(const ServerAccess &access);

} // namespace pv::server
