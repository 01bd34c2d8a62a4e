#include "localapi/CoreMethods.h"

#include "capture/CaptureService.h"
#include "daemon/ServiceStatus.h"
#include "localapi/Frame.h"
#include "localapi/JobJson.h"
#include "localapi/LocalApiServer.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pv::localapi {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::localapi::CoreMethods)
};

void hello(const ApiContext *c, const QJsonObject &params, const MethodReply &done)
{
    const int version = params.value(QStringLiteral("protocol")).toInt(-1);
    if (version != ProtocolVersion) {
        done(Error{
            QStringLiteral("unsupported-protocol"),
            Text::tr("This printvaultd speaks protocol %1, the client %2. Update PrintVault so that "
                     "both are the same version.")
                .arg(ProtocolVersion)
                .arg(version),
            {{QStringLiteral("protocol"), ProtocolVersion}, {QStringLiteral("client_protocol"), version}}});
        return;
    }
    QJsonArray methods;
    for (const QString &name : c->methods.names())
        methods.append(name);
    done(QJsonObject{{QStringLiteral("protocol"), ProtocolVersion},
                     {QStringLiteral("version"), QStringLiteral(PRINTVAULT_VERSION)},
                     {QStringLiteral("methods"), methods}});
}

void listJobs(const ApiContext *c, const MethodReply &done)
{
    auto jobs = c->vault->jobs();
    if (!jobs) {
        done(jobs.error());
        return;
    }
    QJsonArray out;
    for (const JobRecord &job : jobs.value())
        out.append(jobToJson(job));
    done(QJsonObject{{QStringLiteral("jobs"), out}});
}

void getJob(const ApiContext *c, const QJsonObject &params, const MethodReply &done)
{
    auto jobId = jobIdParam(*c->vault, params);
    auto job = jobId ? c->vault->job(jobId.value()) : Result<JobRecord>(jobId.error());
    if (!job)
        done(job.error());
    else
        done(QJsonObject{{QStringLiteral("job"), jobToJson(job.value())}});
}

void deleteJob(const ApiContext *c, const QJsonObject &params, const MethodReply &done)
{
    auto jobId = jobIdParam(*c->vault, params);
    if (!jobId) {
        done(jobId.error());
        return;
    }
    if (auto s = c->vault->remove(jobId.value(), QStringLiteral("deleted")); !s)
        done(s.error());
    else
        done(QJsonObject{{QStringLiteral("id"), jobId.value()}});
}

void thumbnail(const ApiContext *c, const QJsonObject &params, const MethodReply &done)
{
    auto jobId = jobIdParam(*c->vault, params);
    auto png = jobId ? c->vault->thumbnail(jobId.value()) : Result<QByteArray>(jobId.error());
    if (!png)
        done(png.error());
    else
        done(QJsonObject{{QStringLiteral("png"), QString::fromLatin1(png->toBase64())}});
}

} // namespace

Result<QString> jobIdParam(const Vault &vault, const QJsonObject &params)
{
    const QString raw = params.value(QStringLiteral("id")).toString();
    if (raw.isEmpty())
        return Error{QStringLiteral("bad-request"),
                     Text::tr("The parameter 'id' is missing."),
                     {{QStringLiteral("param"), QStringLiteral("id")}}};
    return vault.resolveId(raw);
}

QJsonObject statusJson(const ApiContext &c)
{
    QJsonArray locked;
    for (const QString &k : c.policy->locked)
        locked.append(k);
    // What each locked key is set to, and by which file, for the tray's "Set by your organisation".
    QJsonArray managed;
    for (const PolicySetting &s : c.policy->settings()) {
        if (s.locked)
            managed.append(QJsonObject{{QStringLiteral("key"), s.key},
                                       {QStringLiteral("value"), QJsonValue::fromVariant(s.value)},
                                       {QStringLiteral("file"), s.file}});
    }
    return QJsonObject{
        {QStringLiteral("state"), ServiceStatus::stateName(c.status->state())},
        {QStringLiteral("reason"), c.status->reason()},
        {QStringLiteral("message"), c.status->message()},
        {QStringLiteral("version"), QStringLiteral(PRINTVAULT_VERSION)},
        {QStringLiteral("protocol"), ProtocolVersion},
        {QStringLiteral("jobs"), c.vault->isUnlocked() ? c.vault->jobCount() : 0},
        {QStringLiteral("stored_bytes"), double(c.vault->storedBytes())},
        {QStringLiteral("vault_max_bytes"), double(c.policy->vaultMaxMb * 1024 * 1024)},
        {QStringLiteral("retention_hours"), c.policy->retentionHours},
        {QStringLiteral("idle_lock_minutes"), c.policy->trayIdleLockMinutes},
        {QStringLiteral("idle_locked"), c.idleLocked ? c.idleLocked() : false},
        {QStringLiteral("capture_paused"), c.capture->isPaused()},
        {QStringLiteral("data_dir"), c.paths.dataDir},
        {QStringLiteral("pid"), double(QCoreApplication::applicationPid())},
        {QStringLiteral("locked_settings"), locked},
        {QStringLiteral("managed_settings"), managed},
        {QStringLiteral("printer_uri"), c.printerUri ? c.printerUri() : QString()},
        {QStringLiteral("capture_tcp_port"), c.captureTcpPort ? c.captureTcpPort() : 0},
        {QStringLiteral("confinement"), c.confinement ? c.confinement() : QJsonObject()},
    };
}

void addCoreMethods(MethodRegistry &r, const ApiContext *c)
{
    r.add(QStringLiteral("hello"), {}, [c](const QJsonObject &p, MethodReply done) { hello(c, p, done); });
    r.add(QStringLiteral("status"), {}, [c](const QJsonObject &, MethodReply done) { done(statusJson(*c)); });
    r.add(QStringLiteral("jobs.list"), {Need::UnlockedVault},
          [c](const QJsonObject &, MethodReply done) { listJobs(c, done); });
    r.add(QStringLiteral("jobs.get"), {Need::UnlockedVault},
          [c](const QJsonObject &p, MethodReply done) { getJob(c, p, done); });
    r.add(QStringLiteral("jobs.delete"), {Need::UnlockedVault},
          [c](const QJsonObject &p, MethodReply done) { deleteJob(c, p, done); });
    r.add(QStringLiteral("jobs.thumbnail"), {Need::UnlockedVault},
          [c](const QJsonObject &p, MethodReply done) { thumbnail(c, p, done); });
}

} // namespace pv::localapi
