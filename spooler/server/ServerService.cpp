#include "server/ServerService.h"

#include "accounting/Quota.h"
#include "accounting/UsageLedger.h"
#include "common/Logging.h"
#include "config/Policy.h"
#include "server/ServerQuotaCheck.h"
#include "server/ServerText.h"
#include "vault/CredentialStore.h"
#include "vault/Crypto.h"
#include "vault/DecryptingDevice.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

#include <memory>
#include <utility>

namespace pv::server {

namespace {

// The first retry waits this long; each next one twice as long, up to server/retry_max_seconds.
constexpr qint64 FirstRetryMs = 5000;
// How long a released job is followed on the server before the ledger gives up on it.
constexpr int FollowSeconds = 300;

// These need the user, not time: retrying would repeat a refused login or a refused certificate.
bool needsUser(const QString &code)
{
    return code == QLatin1String("server-auth-failed") || code == QLatin1String("server-login-needed") ||
           code == QLatin1String("server-certificate-changed") || code == QLatin1String("server-untrusted") ||
           code == QLatin1String("server-bearer-refused");
}

template<typename F> void queueTo(const QPointer<ServerService> &self, F f)
{
    QMetaObject::invokeMethod(
        self.data(),
        [self, f = std::move(f)]() mutable {
            if (self)
                f(self.data());
        },
        Qt::QueuedConnection);
}

QJsonObject serverJobJson(const ServerJob &j, const QString &uri)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("server-%1").arg(j.id)},
                       {QStringLiteral("location"), QStringLiteral("server")},
                       {QStringLiteral("server_job_id"), j.id},
                       {QStringLiteral("server_uri"), uri},
                       {QStringLiteral("title"), j.name},
                       {QStringLiteral("owner"), j.owner},
                       {QStringLiteral("server_state"), j.state},
                       {QStringLiteral("hold_until"), j.holdUntil},
                       {QStringLiteral("from_this_computer"), !j.token.isEmpty()},
                       {QStringLiteral("size"), double(j.kOctets * 1024)},
                       {QStringLiteral("created"), j.created.toString(Qt::ISODate)}};
}

// What the upload worker is to check before it sends.
struct UploadPlan
{
    bool checkFirst = false; // an earlier try may have reached the server: look for the token
    QuotaCheck quota;
};

// Worker: the upload of one job, exactly once. After an earlier try that may have reached the
// server, the token decides: a held job with its document is the upload; an empty one (the
// document never arrived: a broken connection, a killed daemon) gets the document now, so the
// server keeps one job per token. The quota is checked before anything is sent.
Result<UploadOutcome> uploadOnce(const ServerAccess &access, UploadRequest request, const UploadPlan &plan)
{
    if (plan.checkFirst) {
        auto jobs = listJobs(access, false);
        if (!jobs)
            return jobs.error();
        for (const ServerJob &j : jobs.value()) {
            if (j.token != request.token)
                continue;
            if (j.documents > 0) {
                qCInfo(lcServer) << "the server already holds the upload as job" << j.id
                                 << "; not sending again";
                return UploadOutcome{j, QString()};
            }
            qCInfo(lcServer) << "server job" << j.id << "has no document; sending it there";
            request.existingJobId = j.id;
        }
    }
    UploadOutcome out;
    if (auto s = checkServerQuota(access, plan.quota, &out.warning); !s)
        return s.error();
    auto job = upload(access, request);
    if (!job)
        return job.error();
    // CUPS takes a Send-Document after the last one: bytes of an abandoned try that still reached
    // the server (they were in its socket when the link stalled) may have filled the job behind
    // the token check's back. Two documents would print twice: that job goes, and a new one
    // gets the document alone.
    if (request.existingJobId > 0 && job->documents > 1) {
        qCWarning(lcServer) << "server job" << job->id
                            << "got the document twice; cancelling it and uploading anew";
        if (auto s = cancelJob(access, job->id); !s)
            return s.error();
        request.existingJobId = 0;
        if (!request.document->seek(0))
            return Error{QStringLiteral("vault-unreadable"),
                         Text::tr("The document cannot be read from the vault again: %1")
                             .arg(request.document->errorString())};
        job = upload(access, request);
        if (!job)
            return job.error();
    }
    out.job = job.value();
    return out;
}

// Worker: follows a released job to its end.
Result<ServerJob> follow(const ServerAccess &access, int jobId, const std::atomic<bool> &cancel)
{
    int step = 20;
    for (int waited = 0; waited < FollowSeconds * 1000 && !cancel.load(); waited += step) {
        auto job = jobAttributes(access, jobId);
        if (!job)
            return job.error();
        if (job->state == QLatin1String("completed") || job->state == QLatin1String("aborted") ||
            job->state == QLatin1String("canceled"))
            return job;
        step = qMin(step * 2, 1000);
        QThread::msleep(unsigned(step));
    }
    return Error{QStringLiteral("server-timeout"),
                 Text::tr("The print server did not finish job %1 in time.").arg(jobId)};
}

} // namespace

struct ServerService::Upload
{
    std::shared_ptr<DecryptingDevice> device;
    UploadRequest request;
    std::atomic<bool> cancel{false}; // the job was deleted or released here, or the daemon stops
};

ServerService::ServerService(ServerContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_trust(TrustOptions{context.policy->serverFingerprint, context.policy->serverCaFile})
{
    m_uploads.setMaxThreadCount(1);
    m_requests.setMaxThreadCount(2);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerService::schedule);
}

ServerService::~ServerService()
{
    // Every call on a server connection sees it within a second (ServerAccess::stopping). An
    // upload cut short here leaves its row "uploading": the next start checks the token first.
    m_cancel = true;
    m_uploads.waitForDone();
    m_requests.waitForDone();
}

bool ServerService::configured() const
{
    return !m_context.policy->serverUri.isEmpty();
}

bool ServerService::serverMode() const
{
    return configured() && m_context.policy->serverMode == QLatin1String("server");
}

bool ServerService::serverQuota() const
{
    return configured() && m_context.policy->serverQuotaSource == QLatin1String("server");
}

QuotaCheck ServerService::quotaCheck(int impressions) const
{
    QuotaCheck q;
    q.enabled = serverQuota();
    q.warnOnly = m_context.policy->quotaWarnOnly;
    q.impressions = impressions;
    q.now = m_context.clock->now();
    return q;
}

bool ServerService::bearer() const
{
    return m_context.policy->serverAuth == QLatin1String("bearer");
}

ServerAccess ServerService::accessAs(const QString &user, const QByteArray &secret) const
{
    ServerAccess a{m_context.policy->serverUri, user, secret, &m_trust, {}};
    a.stallSeconds = m_context.policy->serverStallSeconds;
    a.stopping = &m_cancel;
    return a;
}

ServerAccess ServerService::access() const
{
    ServerAccess a = accessAs(m_user, m_secret.bytes());
    if (bearer()) {
        a.secret.clear();
        a.bearer = m_context.accessToken ? m_context.accessToken() : QByteArray();
    }
    return a;
}

static QString credentialKey(const QString &vaultId, const QString &uri)
{
    return QStringLiteral("server-credentials/%1/%2").arg(vaultId, uri);
}

void ServerService::start()
{
    if (!configured())
        return;
    m_user = m_context.localUser;
    auto rows = m_context.vault->outboxRows();
    if (rows) {
        for (OutboxRow &r : rows.value()) {
            // A daemon that died mid-upload left "uploading": the token check decides on the next try.
            if (r.state == QLatin1String("uploading")) {
                r.state = QStringLiteral("waiting");
                r.reason = QStringLiteral("interrupted");
                saveRow(r);
            }
            m_rows.insert(r.id, r);
        }
    }
    // A job the last run uploaded but did not get to delete goes now.
    for (const OutboxRow &r : std::as_const(m_rows)) {
        if (r.state == QLatin1String("held_on_server") && m_context.vault->job(r.id))
            (void)m_context.vault->remove(r.id, QStringLiteral("uploaded"));
    }
    connect(m_context.vault, &Vault::jobAdded, this, &ServerService::enqueue);
    connect(m_context.vault, &Vault::jobRemoved, this, &ServerService::forget);
    if (serverMode()) {
        if (auto jobs = m_context.vault->jobs()) {
            for (const JobRecord &job : jobs.value())
                enqueue(job);
        }
    }
    QPointer<ServerService> self(this);
    m_context.credentials->read(credentialKey(m_context.vault->vaultId(), m_context.policy->serverUri),
                                [self](Result<SecureBytes> secret) {
                                    if (!self)
                                        return;
                                    if (secret) {
                                        const QByteArray &b = secret->bytes();
                                        const qsizetype nl = b.indexOf('\n');
                                        if (nl > 0) {
                                            self->m_user = QString::fromUtf8(b.left(nl));
                                            self->m_secret = SecureBytes(b.mid(nl + 1));
                                        }
                                    } else if (secret.error().code != QLatin1String("not-found")) {
                                        qCWarning(lcServer).noquote() << "the server password cannot be read:"
                                                                      << secret.error().message;
                                    }
                                    self->schedule();
                                });
}

void ServerService::saveRow(const OutboxRow &row)
{
    m_rows.insert(row.id, row);
    if (auto s = m_context.vault->saveOutbox(row); !s)
        qCWarning(lcServer).noquote() << "the outbox of job" << row.id << "was not saved:" << s.message();
    Q_EMIT outboxChanged(row.id);
}

void ServerService::enqueue(const JobRecord &job)
{
    if (!serverMode() || m_rows.contains(job.id))
        return;
    OutboxRow row;
    row.id = job.id;
    row.state = QStringLiteral("waiting");
    row.nextTryMs = m_context.clock->now().toMSecsSinceEpoch();
    row.token = QString::fromLatin1(crypto::randomBytes(16).toHex());
    row.serverUri = m_context.policy->serverUri;
    saveRow(row);
    schedule();
}

// The vault let a job go: deleted or released here, or uploaded. Only an upload keeps its row.
void ServerService::forget(const QString &id, const QString &reason)
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.cend() || reason == QLatin1String("uploaded") ||
        it->state == QLatin1String("held_on_server"))
        return;
    // Deleted or released here while it uploads: the upload stops, and upload() cancels the
    // server's unfinished job, so nothing of it stays there.
    if (m_uploading == id && m_current) {
        qCInfo(lcServer) << "job" << id << "left the vault during its upload; stopping it";
        m_current->cancel = true;
    }
    m_rows.remove(id);
    m_progress.remove(id);
    (void)m_context.vault->removeOutbox(id);
    Q_EMIT outboxChanged(id);
}

// Starts the next due upload, or sets the timer for it.
void ServerService::schedule()
{
    if (!m_uploading.isEmpty() || m_cancel)
        return;
    const qint64 now = m_context.clock->now().toMSecsSinceEpoch();
    const OutboxRow *next = nullptr;
    for (const OutboxRow &r : std::as_const(m_rows)) {
        const bool due = r.state == QLatin1String("waiting") || r.state == QLatin1String("over_quota");
        if (!due || r.nextTryMs < 0)
            continue;
        if (!next || r.nextTryMs < next->nextTryMs)
            next = &r;
    }
    if (!next)
        return;
    if (next->nextTryMs > now) {
        m_timer.start(std::chrono::milliseconds(qMin<qint64>(next->nextTryMs - now, 3600 * 1000)));
        return;
    }
    startUpload(*next);
}

void ServerService::startUpload(OutboxRow row)
{
    auto job = m_context.vault->job(row.id);
    auto document =
        job ? m_context.vault->openDocument(row.id) : Result<std::unique_ptr<DecryptingDevice>>(job.error());
    if (!document) {
        qCWarning(lcServer).noquote()
            << "job" << row.id << "cannot be read for upload:" << document.error().message;
        wait(row, document.error());
        schedule(); // the timer for its next try, or the next due job
        return;
    }
    if (bearer() && (!m_context.accessToken || m_context.accessToken().isEmpty())) {
        wait(row,
             Error{QStringLiteral("server-signin-needed"),
                   Text::tr(
                       "The print server takes the sign-in's token: sign in with 'printvault-cli login'.")});
        schedule();
        return;
    }
    UploadPlan plan;
    plan.checkFirst = row.attempts > 0;
    plan.quota = quotaCheck(accounting::impressionsOf(job->info.pages, job->request.copies));
    row.state = QStringLiteral("uploading");
    row.attempts += 1;
    saveRow(row);
    m_uploading = row.id;
    auto upload = std::make_shared<Upload>();
    upload->device = std::shared_ptr<DecryptingDevice>(document.value().release());
    upload->request.token = row.token;
    upload->request.title = job->request.title;
    upload->request.copies = job->request.copies;
    upload->request.sides = job->request.sides;
    upload->request.impressions = plan.quota.impressions;
    upload->request.document = upload->device.get();
    upload->request.cancel = &upload->cancel;
    m_current = upload;
    QPointer<ServerService> self(this);
    const QString id = row.id;
    // Posted a percent at a time: one event per 64 KiB chunk would queue thousands on the main
    // thread, and what it shows would lag behind the upload.
    auto lastPercent = std::make_shared<int>(-1);
    upload->request.progress = [self, id, lastPercent](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent == *lastPercent)
            return;
        *lastPercent = percent;
        queueTo(self, [id, done, total](ServerService *s) {
            s->m_progress.insert(id, {done, total});
            Q_EMIT s->uploadProgress(id, done, total);
        });
    };
    qCInfo(lcServer) << "uploading job" << id << "attempt" << row.attempts
                     << (plan.checkFirst ? "(token checked first)" : "");
    m_uploads.start([self, upload, row, plan, serverAccess = access()]() {
        Result<UploadOutcome> result = uploadOnce(serverAccess, upload->request, plan);
        queueTo(self, [row, result](ServerService *s) { s->finishUpload(row, result); });
    });
}

void ServerService::finishUpload(OutboxRow row, const Result<UploadOutcome> &result)
{
    m_uploading.clear();
    m_current.reset();
    m_progress.remove(row.id);
    if (!m_rows.contains(row.id)) {
        // Deleted or released here during the upload. If the server got it all the same, it
        // is cancelled there: the user said this job goes nowhere else.
        if (result) {
            const int serverJobId = result->job.id;
            qCInfo(lcServer) << "job" << row.id << "left the vault as its upload ended; cancelling server job"
                             << serverJobId;
            runRequest(
                [serverJobId](const ServerAccess &a) -> Result<QJsonObject> {
                    if (auto s = cancelJob(a, serverJobId); !s)
                        return s.error();
                    return QJsonObject();
                },
                [](Result<QJsonObject>) {});
        }
        Q_EMIT jobEvent(ServerJobEvent{QStringLiteral("server.job_uploaded"),
                                       row.id,
                                       0,
                                       QStringLiteral("failed"),
                                       QStringLiteral("deleted-during-upload"),
                                       {},
                                       0});
        schedule();
        return;
    }
    if (!result) {
        qCWarning(lcServer).noquote() << "the upload of job" << row.id << "failed:" << result.error().message;
        if (result.error().code == QLatin1String("server-over-quota"))
            overQuota(row, result.error());
        else
            wait(row, result.error());
        schedule();
        return;
    }
    setConnection(QStringLiteral("connected"));
    row.state = QStringLiteral("held_on_server");
    row.reason = result->warning.isEmpty() ? QString() : QStringLiteral("server-over-quota");
    row.message = result->warning;
    row.serverJobId = result->job.id;
    saveRow(row);
    qCInfo(lcServer) << "job" << row.id << "is held on the server as job" << result->job.id;
    Q_EMIT jobEvent(ServerJobEvent{QStringLiteral("server.job_uploaded"), row.id, result->job.id,
                                   QStringLiteral("ok"), row.reason, result->job.state, 0});
    // The server said it holds the job with its document: the local copy goes now.
    if (m_context.vault->job(row.id)) {
        if (auto s = m_context.vault->remove(row.id, QStringLiteral("uploaded")); !s)
            qCWarning(lcServer).noquote() << "the uploaded job" << row.id << "stays here:" << s.message();
    }
    schedule();
}

// Back to waiting: soon with backoff and jitter, or (needsUser) until the user acts.
void ServerService::wait(OutboxRow &row, const Error &why)
{
    row.state = QStringLiteral("waiting");
    row.reason = why.code;
    row.message = why.message;
    if (needsUser(why.code)) {
        row.nextTryMs = -1;
        setConnection(why.code, why);
    } else {
        const qint64 maxMs = qint64(m_context.policy->serverRetryMaxSeconds) * 1000;
        const qint64 delay = qMin(maxMs, FirstRetryMs << qMin(qMax(row.attempts - 1, 0), 16));
        // Full jitter over the upper half: many workstations coming back at once do not retry in step.
        const qint64 jittered =
            delay / 2 + qint64(QRandomGenerator::global()->bounded(double(delay / 2 + 1)));
        row.nextTryMs = m_context.clock->now().toMSecsSinceEpoch() + jittered;
        setConnection(QStringLiteral("offline"), why);
    }
    saveRow(row);
}

// Refused over the server's quota before anything was sent: the job's own state, not the
// connection's (the server answered; other jobs go on). It is checked again when the quota may
// have changed: when enough of the period's pages stop counting (room_at), at the latest after
// server/retry_max_seconds (an administrator may raise the limit), and when quota.get finds
// pages left. Until then it can be released here or deleted.
void ServerService::overQuota(OutboxRow &row, const Error &why)
{
    const bool fresh = row.reason != QLatin1String("server-over-quota");
    const qint64 now = m_context.clock->now().toMSecsSinceEpoch();
    qint64 next = now + qint64(m_context.policy->serverRetryMaxSeconds) * 1000;
    const QDateTime room =
        QDateTime::fromString(why.details.value(QStringLiteral("room_at")).toString(), Qt::ISODate);
    if (room.isValid())
        next = qBound(now + 1000, room.toMSecsSinceEpoch() + 1000, next);
    row.state = QStringLiteral("over_quota");
    row.reason = why.code;
    row.message = why.message;
    row.nextTryMs = next;
    saveRow(row);
    setConnection(QStringLiteral("connected"));
    if (fresh)
        Q_EMIT jobEvent(ServerJobEvent{
            QStringLiteral("server.job_uploaded"), row.id, 0, QStringLiteral("refused"), why.code, {}, 0});
}

// The quota may allow more now: over-quota jobs are checked again at once.
void ServerService::recheckOverQuota()
{
    QList<OutboxRow> rows;
    for (const OutboxRow &r : std::as_const(m_rows)) {
        if (r.state == QLatin1String("over_quota"))
            rows.append(r);
    }
    for (OutboxRow &r : rows) {
        r.nextTryMs = m_context.clock->now().toMSecsSinceEpoch();
        saveRow(r);
    }
    if (!rows.isEmpty()) {
        m_timer.stop();
        schedule();
    }
}

void ServerService::setConnection(const QString &state, const Error &error)
{
    if (m_connection == state && m_lastError.message == error.message)
        return;
    m_connection = state;
    m_lastError = error;
    Q_EMIT connectionChanged();
}

QJsonObject ServerService::outboxJson(const QString &jobId) const
{
    const auto it = m_rows.constFind(jobId);
    if (it == m_rows.cend())
        return {};
    QJsonObject o{{QStringLiteral("location"), it->state}, {QStringLiteral("upload_attempts"), it->attempts}};
    if (!it->reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), it->reason);
        o.insert(QStringLiteral("message"), it->message);
    }
    if ((it->state == QLatin1String("waiting") || it->state == QLatin1String("over_quota")) &&
        it->nextTryMs >= 0)
        o.insert(QStringLiteral("next_try"),
                 QDateTime::fromMSecsSinceEpoch(it->nextTryMs, Qt::UTC).toString(Qt::ISODate));
    if (const auto p = m_progress.constFind(jobId); p != m_progress.cend()) {
        o.insert(QStringLiteral("uploaded_bytes"), double(p->first));
        o.insert(QStringLiteral("upload_total_bytes"), double(p->second));
    }
    if (it->serverJobId > 0)
        o.insert(QStringLiteral("server_job_id"), it->serverJobId);
    return o;
}

QJsonObject ServerService::statusJson() const
{
    QJsonArray outbox;
    for (const OutboxRow &r : std::as_const(m_rows)) {
        if (r.state == QLatin1String("held_on_server"))
            continue;
        QJsonObject o = outboxJson(r.id);
        o.insert(QStringLiteral("id"), r.id);
        outbox.append(o);
    }
    QJsonObject o{{QStringLiteral("uri"), m_context.policy->serverUri},
                  {QStringLiteral("mode"), m_context.policy->serverMode},
                  {QStringLiteral("auth"), m_context.policy->serverAuth},
                  {QStringLiteral("user"), m_user},
                  {QStringLiteral("logged_in"), !m_secret.isEmpty()},
                  {QStringLiteral("connection"), configured() ? m_connection : QStringLiteral("none")},
                  {QStringLiteral("outbox"), outbox}};
    if (!m_lastError.code.isEmpty())
        o.insert(QStringLiteral("last_error"), QJsonObject{{QStringLiteral("code"), m_lastError.code},
                                                           {QStringLiteral("message"), m_lastError.message}});
    return o;
}

// Runs `work` on a request thread with the current access; answers on the main thread.
void ServerService::runRequest(std::function<Result<QJsonObject>(const ServerAccess &)> work, JsonDone done)
{
    if (!configured()) {
        done(Error{QStringLiteral("server-not-configured"),
                   Text::tr("No print server is configured (server/uri).")});
        return;
    }
    QPointer<ServerService> self(this);
    m_requests.start([self, work = std::move(work), done = std::move(done), serverAccess = access()]() {
        Result<QJsonObject> r = work(serverAccess);
        queueTo(self, [r, done](ServerService *s) {
            if (!r && needsUser(r.error().code))
                s->setConnection(r.error().code, r.error());
            else if (!r && serverAway(r.error().code))
                s->setConnection(QStringLiteral("offline"), r.error());
            else
                s->setConnection(QStringLiteral("connected"));
            done(r);
        });
    });
}

void ServerService::login(const QString &user, const QByteArray &password, JsonDone done)
{
    if (!configured() || password.isEmpty()) {
        done(Error{QStringLiteral("bad-request"),
                   Text::tr("server.login needs a configured server and a password.")});
        return;
    }
    // The password is tried once, with one request; it is kept only if the server takes it.
    const QString account = user.isEmpty() ? m_context.localUser : user;
    const ServerAccess a = accessAs(account, password);
    QPointer<ServerService> self(this);
    m_requests.start([self, a, done]() {
        auto jobs = server::listJobs(a, false);
        queueTo(self, [a, jobs, done](ServerService *s) {
            if (!jobs) {
                s->setConnection(jobs.error().code, jobs.error());
                done(jobs.error());
                return;
            }
            const SecureBytes secret(a.user.toUtf8() + '\n' + a.secret);
            QPointer<ServerService> guard(s);
            s->m_context.credentials->write(
                credentialKey(s->m_context.vault->vaultId(), a.uri), secret, [guard, a, done](Status w) {
                    if (!guard)
                        return;
                    if (!w) {
                        done(w.error());
                        return;
                    }
                    guard->m_user = a.user;
                    guard->m_secret = SecureBytes(a.secret);
                    guard->setConnection(QStringLiteral("connected"));
                    // Jobs that waited for a password go now.
                    QList<OutboxRow> waiting;
                    for (const OutboxRow &r : std::as_const(guard->m_rows)) {
                        if (r.state == QLatin1String("waiting") && r.nextTryMs < 0)
                            waiting.append(r);
                    }
                    for (OutboxRow &r : waiting) {
                        r.nextTryMs = 0;
                        guard->saveRow(r);
                    }
                    guard->schedule();
                    done(QJsonObject{{QStringLiteral("user"), a.user}, {QStringLiteral("uri"), a.uri}});
                });
        });
    });
}

void ServerService::logout(JsonDone done)
{
    m_secret = SecureBytes();
    QPointer<ServerService> self(this);
    m_context.credentials->remove(credentialKey(m_context.vault->vaultId(), m_context.policy->serverUri),
                                  [self, done](Status s) {
                                      if (!s && s.error().code != QLatin1String("not-found")) {
                                          done(s.error());
                                          return;
                                      }
                                      done(QJsonObject{{QStringLiteral("logged_in"), false}});
                                  });
}

void ServerService::listJobs(JsonDone done)
{
    const auto work = [](const ServerAccess &a) -> Result<QJsonObject> {
        auto jobs = server::listJobs(a, false);
        if (!jobs)
            return jobs.error();
        QJsonArray out;
        for (const ServerJob &j : jobs.value())
            out.append(serverJobJson(j, a.uri));
        return QJsonObject{{QStringLiteral("jobs"), out}};
    };
    // While the server is known to be away the list does not wait for it (a stalled server would
    // hold it for stall_seconds): the reply says why at once, and one try in the background
    // brings the server back (server.changed, "connected"), after which lists ask it again.
    if (configured() && m_connection == QLatin1String("offline")) {
        done(m_lastError);
        if (!m_listingInBackground) {
            m_listingInBackground = true;
            QPointer<ServerService> self(this);
            runRequest(work, [self](const Result<QJsonObject> &) {
                if (self)
                    self->m_listingInBackground = false;
            });
        }
        return;
    }
    runRequest(work, std::move(done));
}

void ServerService::release(int serverJobId, JsonDone done)
{
    QPointer<ServerService> self(this);
    const std::atomic<bool> *cancel = &m_cancel;
    const QuotaCheck quota = quotaCheck(0);
    runRequest(
        [serverJobId, cancel, quota](const ServerAccess &a) -> Result<QJsonObject> {
            // Over the server's quota, refused (or warned about) before Release-Job goes.
            QString warning;
            if (quota.enabled) {
                auto job = jobAttributes(a, serverJobId);
                if (!job)
                    return job.error();
                QuotaCheck check = quota;
                check.impressions = qMax(1, job->impressions);
                if (auto s = checkServerQuota(a, check, &warning); !s)
                    return s.error();
            }
            if (auto s = releaseJob(a, serverJobId); !s)
                return s.error();
            auto end = follow(a, serverJobId, *cancel);
            if (!end)
                return end.error();
            // jobs.release's reply: the server is the printer, and the job is gone from its hold.
            const int impressions = qMax(0, end->impressionsCompleted);
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("server-%1").arg(serverJobId)},
                               {QStringLiteral("server_job_id"), serverJobId},
                               {QStringLiteral("printer"), a.uri},
                               {QStringLiteral("printer_job_id"), serverJobId},
                               {QStringLiteral("state"), end->state},
                               {QStringLiteral("impressions"), impressions},
                               {QStringLiteral("color_impressions"), 0},
                               {QStringLiteral("sheets"), impressions},
                               {QStringLiteral("impressions_reported"), end->impressionsCompleted >= 0},
                               {QStringLiteral("deleted"), true},
                               {QStringLiteral("warning"), warning}};
        },
        [self, done, serverJobId](Result<QJsonObject> r) {
            if (self) {
                const QString state = r ? r->value(QStringLiteral("state")).toString() : QString();
                if (state == QLatin1String("completed")) {
                    ServerJob j;
                    j.id = serverJobId;
                    j.impressionsCompleted = r->value(QStringLiteral("impressions")).toInt();
                    self->recordUsage(j);
                }
                Q_EMIT self->jobEvent(ServerJobEvent{
                    QStringLiteral("server.job_released"), QString(), serverJobId,
                    r ? (state == QLatin1String("completed") ? QStringLiteral("ok")
                                                             : QStringLiteral("failed"))
                      : (r.error().code == QLatin1String("server-over-quota") ? QStringLiteral("refused")
                                                                              : QStringLiteral("failed")),
                    r ? (state == QLatin1String("completed") ? QString() : state) : r.error().code, state,
                    r ? r->value(QStringLiteral("impressions")).toInt() : 0});
            }
            done(r);
        });
}

// The ledger follows the server's final state: impressions the server says it completed.
void ServerService::recordUsage(const ServerJob &job)
{
    accounting::UsageEntry e;
    e.user = m_context.localUser;
    e.source = QStringLiteral("server");
    e.device = m_context.policy->serverUri;
    e.jobId = QStringLiteral("server-%1").arg(job.id);
    e.impressions = job.impressionsCompleted;
    e.sheets = job.impressionsCompleted;
    if (auto s = m_context.ledger->append(e); !s)
        qCWarning(lcServer).noquote()
            << "the usage of server job" << job.id << "was not recorded:" << s.error().message;
}

void ServerService::cancel(int serverJobId, JsonDone done)
{
    QPointer<ServerService> self(this);
    runRequest(
        [serverJobId](const ServerAccess &a) -> Result<QJsonObject> {
            if (auto s = cancelJob(a, serverJobId); !s)
                return s.error();
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("server-%1").arg(serverJobId)}};
        },
        [self, done, serverJobId](Result<QJsonObject> r) {
            if (self)
                Q_EMIT self->jobEvent(ServerJobEvent{QStringLiteral("server.job_deleted"), QString(),
                                                     serverJobId,
                                                     r ? QStringLiteral("ok") : QStringLiteral("failed"),
                                                     r ? QString() : r.error().code, QString(), 0});
            done(r);
        });
}

// The server's limits and the account's use of them, from the server; remembered for status.
void ServerService::quota(JsonDone done)
{
    QPointer<ServerService> self(this);
    const QDateTime now = m_context.clock->now();
    runRequest(
        [now](const ServerAccess &a) -> Result<QJsonObject> {
            auto q = quotaWithUsage(a, now);
            if (!q)
                return q.error();
            return serverQuotaJson(q.value(), a.uri);
        },
        [self, done](Result<QJsonObject> r) {
            if (self && r) {
                self->m_quota = r.value();
                if (r->value(QStringLiteral("page_limit")).toInt() <= 0 ||
                    r->value(QStringLiteral("pages_left")).toInt() > 0)
                    self->recheckOverQuota();
            }
            done(r);
        });
}

} // namespace pv::server
