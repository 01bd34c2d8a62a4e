#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "server/ServerIpp.h"
#include "server/ServerQuotaCheck.h"
#include "server/ServerTrust.h"
#include "vault/JobIndex.h"
#include "vault/SecureBytes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace pv {
class CredentialStore;
class Vault;
struct JobRecord;
struct Policy;
namespace accounting {
class UsageLedger;
}
} // namespace pv

namespace pv::server {

struct ServerContext
{
    Vault *vault = nullptr;
    const Policy *policy = nullptr;
    CredentialStore *credentials = nullptr;
    accounting::UsageLedger *ledger = nullptr;
    const Clock *clock = nullptr;
    QString localUser; // the default server account name
    // server/auth=bearer: the sign-in's current access token (empty while signed out).
    std::function<QByteArray()> accessToken;
};

// What an upload ended with: the server's job, and a warning (over quota with quota/warn_only).
struct UploadOutcome
{
    ServerJob job;
    QString warning;
};

// An upload, a release or a delete on the server, for the audit log.
struct ServerJobEvent
{
    QString event;       // server.job_uploaded, server.job_released, server.job_deleted
    QString jobId;       // the vault job (uploads)
    int serverJobId = 0; // the server's job-id, once there is one
    QString outcome;     // ok, refused, failed
    QString reason;      // an error code, or the server's final state when not completed
    QString state;       // the server job's state
    int impressions = 0; // released: job-impressions-completed
};

// Server spooling (DESIGN.md "Accounts and server"). In mode "server" every job the vault holds
// goes into the outbox, a state machine kept in the vault index (OutboxRow):
//   waiting (reason, next try) -> uploading -> held_on_server (server job id), and only then is
//   the local copy deleted. A failed upload waits again, with backoff and jitter up to
//   server/retry_max_seconds; a refused password waits until the user signs in again. A job
//   refused over the server's quota is over_quota, its own state: the others go on, and it is
//   checked again when the quota may have changed (overQuota()).
// A request that stalls (server/stall_seconds without progress) is uncertain like a broken one.
// Exactly once: every upload after the first try of a job first looks for the job's token on
// the server (Get-Jobs my-jobs) and sends nothing if the server already holds it.
//
// Threads: this object, the vault and the ledger live on the main thread. Uploads run one at a
// time on m_uploads; listing, release and cancel on m_requests. Workers get copies of what they
// need (the access, an open decrypting device) and post results back with queued calls.
class ServerService : public QObject
{
    Q_OBJECT
public:
    explicit ServerService(ServerContext context, QObject *parent = nullptr);
    ~ServerService() override;

    bool configured() const;
    bool serverMode() const;
    // server/quota_source=server with a server configured.
    bool serverQuota() const;
    // Reads the password from the keychain and the outbox from the index, then starts uploading.
    void start();

    using JsonDone = std::function<void(Result<QJsonObject>)>;
    QJsonObject statusJson() const;
    // The outbox state of a local job (location, reason, next try, progress), or empty.
    QJsonObject outboxJson(const QString &jobId) const;
    // Tries the password once against the server; stores it in the keychain only if it works.
    void login(const QString &user, const QByteArray &password, JsonDone done);
    void logout(JsonDone done);
    // The user's not-completed jobs on the server, as jobs.list entries (location "server").
    // While the connection is "offline" it answers at once with the reason, and tries the
    // server in the background.
    void listJobs(JsonDone done);
    // Release-Job, then follows the job to its end and counts the impressions in the ledger.
    void release(int serverJobId, JsonDone done);
    void cancel(int serverJobId, JsonDone done);
    // The server's quota and the account's usage there (server/quota_source=server), and the
    // last answer of it ("as of"), or empty.
    void quota(JsonDone done);
    QJsonObject lastQuota() const { return m_quota; }

Q_SIGNALS:
    // A job's outbox state changed (or the connection did): outboxJson() tells the new one.
    void outboxChanged(const QString &jobId);
    void uploadProgress(const QString &jobId, qint64 done, qint64 total);
    void connectionChanged();
    void jobEvent(const pv::server::ServerJobEvent &event);

private:
    struct Upload;
    bool bearer() const;
    QuotaCheck quotaCheck(int impressions) const;
    ServerAccess access() const;
    ServerAccess accessAs(const QString &user, const QByteArray &secret) const;
    void enqueue(const JobRecord &job);
    void forget(const QString &id, const QString &reason);
    void schedule();
    void startUpload(OutboxRow row);
    void finishUpload(OutboxRow row, const Result<UploadOutcome> &result);
    void wait(OutboxRow &row, const Error &why);
    void overQuota(OutboxRow &row, const Error &why);
    void recheckOverQuota();
    void setConnection(const QString &state, const Error &error = Error());
    void saveRow(const OutboxRow &row);
    void runRequest(std::function<Result<QJsonObject>(const ServerAccess &)> work, JsonDone done);
    void recordUsage(const ServerJob &job);

    ServerContext m_context;
    ServerTrust m_trust; // the workers read it: it outlives them
    QString m_user;
    SecureBytes m_secret;
    QHash<QString, OutboxRow> m_rows;
    QHash<QString, QPair<qint64, qint64>> m_progress;
    QString m_uploading;               // the job on m_uploads, or empty
    std::shared_ptr<Upload> m_current; // its state, shared with the worker
    QJsonObject m_quota;
    QString m_connection = QStringLiteral("unknown");
    Error m_lastError;
    QTimer m_timer;
    bool m_listingInBackground = false; // listJobs() while offline: one try at a time
    std::atomic<bool> m_cancel{false};
    QThreadPool m_uploads;
    QThreadPool m_requests;
};

} // namespace pv::server
