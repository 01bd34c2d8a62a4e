#include "server/ServerMethods.h"

#include "server/ServerService.h"
#include "server/ServerText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pv::server {

namespace {

// "server-12" names job 12 on the print server; anything else is a vault job.
int serverJobId(const QJsonObject &params)
{
    const QString id = params.value(QStringLiteral("id")).toString();
    if (!id.startsWith(QLatin1String("server-")))
        return 0;
    bool ok = false;
    const int n = id.mid(7).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

localapi::Call withReply(const localapi::Call &call, localapi::MethodReply reply)
{
    return localapi::Call{call.params, std::move(reply), call.session};
}

// jobs.list: the vault's jobs with where each is (jobs), and the user's jobs held on the server
// (server_jobs), in one reply.
void listJobs(ServerService *s, const localapi::Call &call, const localapi::SessionMethod &inner)
{
    inner(withReply(call, [s, reply = call.reply](Result<QJsonObject> local) {
        if (!local || !s || !s->configured()) {
            reply(local);
            return;
        }
        QJsonArray jobs;
        for (const QJsonValue &v : local->value(QStringLiteral("jobs")).toArray()) {
            QJsonObject job = v.toObject();
            const QJsonObject outbox = s->outboxJson(job.value(QStringLiteral("id")).toString());
            job.insert(QStringLiteral("location"), QStringLiteral("local"));
            for (auto it = outbox.begin(); it != outbox.end(); ++it)
                job.insert(it.key(), it.value());
            jobs.append(job);
        }
        QJsonObject merged = local.value();
        merged.insert(QStringLiteral("jobs"), jobs);
        s->listJobs([merged, reply](Result<QJsonObject> remote) mutable {
            if (remote) {
                merged.insert(QStringLiteral("server_jobs"), remote->value(QStringLiteral("jobs")));
            } else {
                merged.insert(QStringLiteral("server_jobs"), QJsonArray());
                merged.insert(QStringLiteral("server_error"),
                              QJsonObject{{QStringLiteral("code"), remote.error().code},
                                          {QStringLiteral("message"), remote.error().message}});
            }
            reply(merged);
        });
    }));
}

// jobs.release of a server job releases it on the server, unless a local printer is named.
void releaseJob(ServerService *s, const localapi::Call &call, const localapi::SessionMethod &inner)
{
    const int id = serverJobId(call.params);
    const bool toPrinter = !call.params.value(QStringLiteral("printer")).toString().isEmpty();
    if (id == 0 && (toPrinter || !s || !s->configured())) {
        inner(call);
        return;
    }
    if (id == 0) {
        call.reply(Error{
            QStringLiteral("server-job-not-uploaded"),
            Text::tr("This job is not on the print server yet; release it to a printer with --printer.")});
        return;
    }
    if (toPrinter) {
        call.reply(
            Error{QStringLiteral("bad-request"),
                  Text::tr("A job held on the print server is released there, not to another printer.")});
        return;
    }
    if (!s) {
        call.reply(
            Error{QStringLiteral("server-not-configured"), Text::tr("No print server is configured.")});
        return;
    }
    s->release(id, call.reply);
}

void deleteJob(ServerService *s, const localapi::Call &call, const localapi::SessionMethod &inner)
{
    const int id = serverJobId(call.params);
    if (id == 0 || !s) {
        inner(call);
        return;
    }
    s->cancel(id, call.reply);
}

// quota.get: the local ledger's quota, and beside it (server/quota_source=server) the server's
// limits and the account's usage there, asked now; if the server cannot say, the last answer
// with its "as of" time and the error.
void quota(ServerService *s, const localapi::Call &call, const localapi::SessionMethod &inner)
{
    inner(withReply(call, [s, reply = call.reply](Result<QJsonObject> local) {
        if (!local || !s || !s->serverQuota()) {
            reply(local);
            return;
        }
        QJsonObject merged = local.value();
        s->quota([s, merged, reply](Result<QJsonObject> server) mutable {
            if (server) {
                merged.insert(QStringLiteral("server"), server.value());
            } else {
                if (!s->lastQuota().isEmpty())
                    merged.insert(QStringLiteral("server"), s->lastQuota());
                merged.insert(QStringLiteral("server_error"),
                              QJsonObject{{QStringLiteral("code"), server.error().code},
                                          {QStringLiteral("message"), server.error().message}});
            }
            reply(merged);
        });
    }));
}

} // namespace

void addServerMethods(localapi::MethodRegistry &methods, std::function<ServerService *()> service)
{
    using localapi::Need;
    methods.add(
        QStringLiteral("server.status"), {Need::UnlockedVault},
        [service](const QJsonObject &, localapi::MethodReply done) { done(service()->statusJson()); });
    methods.add(QStringLiteral("server.login"), {Need::UnlockedVault},
                [service](const QJsonObject &p, localapi::MethodReply done) {
                    service()->login(p.value(QStringLiteral("user")).toString(),
                                     p.value(QStringLiteral("password")).toString().toUtf8(), done);
                });
    methods.add(QStringLiteral("server.logout"), {Need::UnlockedVault},
                [service](const QJsonObject &, localapi::MethodReply done) { service()->logout(done); });
    methods.wrap(QStringLiteral("jobs.list"),
                 [service](const localapi::Call &call, const localapi::SessionMethod &inner) {
                     listJobs(service(), call, inner);
                 });
    methods.wrap(QStringLiteral("jobs.release"),
                 [service](const localapi::Call &call, const localapi::SessionMethod &inner) {
                     releaseJob(service(), call, inner);
                 });
    methods.wrap(QStringLiteral("quota.get"),
                 [service](const localapi::Call &call, const localapi::SessionMethod &inner) {
                     quota(service(), call, inner);
                 });
    methods.wrap(QStringLiteral("jobs.delete"),
                 [service](const localapi::Call &call, const localapi::SessionMethod &inner) {
                     deleteJob(service(), call, inner);
                 });
}

} // namespace pv::server
