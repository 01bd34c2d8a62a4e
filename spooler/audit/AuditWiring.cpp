#include "audit/AuditWiring.h"

#include "accounting/UsageLedger.h"
#include "config/Policy.h"
#include "daemon/ServiceStatus.h"
#include "mfp/MfpService.h"
#include "release/PrinterStore.h"
#include "release/PrinterTrust.h"
#include "release/ReleaseService.h"
#include "server/ServerService.h"
#include "vault/Vault.h"

#include <QUrl>

namespace pv::audit {

namespace {

QString identityText(const signin::Identity &identity)
{
    return identity.email.isEmpty() ? identity.subject : identity.email;
}

} // namespace

AuditWiring::AuditWiring(AuditLog *log, QString owner, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_owner(std::move(owner))
{}

AuditActor AuditWiring::self() const
{
    AuditActor a;
    a.account = m_owner;
    if (m_signIn && m_signIn->status().state == signin::AccountState::SignedIn)
        a.identity = identityText(m_signIn->status().identity);
    return a;
}

// An MFP acting for a user: the user is the account named there (the daemon's own, when the
// sign-in matched), the device by ID and name.
AuditActor AuditWiring::deviceActor(const QString &deviceId, const QString &user) const
{
    AuditActor a = user == m_owner ? self() : AuditActor{user, {}, {}, {}};
    a.deviceId = deviceId;
    if (m_mfp && !deviceId.isEmpty()) {
        if (auto device = m_mfp->accounts()->device(deviceId))
            a.deviceName = device->name;
    }
    return a;
}

void AuditWiring::put(const QString &event, AuditActor actor, const QString &jobId,
                      const QJsonObject &details)
{
    AuditEvent e;
    e.event = event;
    e.actor = std::move(actor);
    e.jobId = jobId;
    e.details = details;
    m_log->record(e);
}

void AuditWiring::watchCore(Vault *vault, ServiceStatus *status, signin::SignInService *signIn,
                            release::PrinterTrust *trust)
{
    m_vault = vault;
    m_status = status;
    m_signIn = signIn;
    m_account = signIn->status();
    connect(vault, &Vault::jobAdded, this, &AuditWiring::jobAdded);
    connect(vault, &Vault::jobRemoved, this, &AuditWiring::jobRemoved);
    connect(vault, &Vault::integrityFailed, this, [this](const QString &id) {
        storeTampered(QStringLiteral("vault_index"), QStringLiteral("jobs"), id);
    });
    connect(status, &ServiceStatus::changed, this, &AuditWiring::statusChanged);
    connect(signIn, &signin::SignInService::changed, this, &AuditWiring::accountChanged);
    // Pins are taken on the release threads: the record is queued to this thread.
    connect(trust, &release::PrinterTrust::trusted, this,
            [this](const QString &hostPort, const QString &sha256, bool firstUse) {
                put(QStringLiteral("printer.trusted"), self(), QString(),
                    {{QStringLiteral("printer"), hostPort},
                     {QStringLiteral("fingerprint_sha256"), sha256},
                     {QStringLiteral("first_use"), firstUse}});
            });
}

void AuditWiring::storeTampered(const QString &store, const QString &table, const QString &jobId)
{
    // Every listing meets the same bad row again: one record per row and run is enough.
    const QString key = store + QLatin1Char('/') + table + QLatin1Char('/') + jobId;
    if (m_tampered.contains(key))
        return;
    m_tampered.insert(key);
    AuditEvent e;
    e.event = QStringLiteral("store.tampered");
    e.actor = self();
    e.jobId = jobId;
    e.outcome = QStringLiteral("refused");
    e.reason = QStringLiteral("integrity");
    e.details = {{QStringLiteral("store"), store}, {QStringLiteral("table"), table}};
    m_log->record(e);
}

void AuditWiring::jobAdded(const JobRecord &job)
{
    AuditActor actor = job.request.owner == m_owner ? self() : AuditActor{job.request.owner, {}, {}, {}};
    put(QStringLiteral("job.held"), actor, job.id,
        {{QStringLiteral("title"), job.request.title},
         {QStringLiteral("pages"), job.info.pages},
         {QStringLiteral("copies"), job.request.copies},
         {QStringLiteral("size"), double(job.size)}});
}

void AuditWiring::jobRemoved(const QString &id, const QString &reason)
{
    AuditEvent e;
    e.event =
        reason == QLatin1String("expired") ? QStringLiteral("job.expired") : QStringLiteral("job.deleted");
    e.actor = self();
    e.jobId = id;
    e.reason = reason;
    m_log->record(e);
}

// The vault opens once its master key is read, and closes when the keychain fails it.
void AuditWiring::statusChanged()
{
    const bool unlocked = m_vault->isUnlocked() && m_status->state() != ServiceStatus::State::Locked;
    if (unlocked == m_unlocked)
        return;
    m_unlocked = unlocked;
    if (unlocked) {
        put(QStringLiteral("vault.unlocked"), self());
        return;
    }
    vaultLocked(m_status->reason());
}

void AuditWiring::vaultLocked(const QString &reason)
{
    AuditEvent e;
    e.event = QStringLiteral("vault.locked");
    e.actor = self();
    e.reason = reason;
    m_log->record(e);
    m_unlocked = false;
}

void AuditWiring::accountChanged()
{
    const signin::AccountStatus now = m_signIn->status();
    const signin::AccountStatus before = m_account;
    m_account = now;
    AuditEvent e;
    e.actor.account = m_owner;
    e.reason = now.reason;
    if (now.state == signin::AccountState::SignedIn && before.state != signin::AccountState::SignedIn) {
        e.event = QStringLiteral("account.signed_in");
        e.actor.identity = identityText(now.identity);
    } else if (before.state == signin::AccountState::SignedIn &&
               now.state != signin::AccountState::SignedIn) {
        e.event = QStringLiteral("account.signed_out");
        e.actor.identity = identityText(before.identity);
    } else if (before.state == signin::AccountState::SigningIn &&
               now.state == signin::AccountState::SignedOut && !now.reason.isEmpty()) {
        e.event = QStringLiteral("account.sign_in_failed");
        e.outcome = QStringLiteral("failed");
    } else {
        return;
    }
    m_log->record(e);
}

void AuditWiring::watchRelease(release::ReleaseService *release, const release::PrinterStore *printers)
{
    m_printers = printers;
    connect(release, &release::ReleaseService::finished, this, &AuditWiring::released);
}

void AuditWiring::watchServer(server::ServerService *server)
{
    connect(server, &server::ServerService::jobEvent, this, &AuditWiring::serverJob);
}

// The server is named by its host; its job by the server's job-id. Never the title.
void AuditWiring::serverJob(const server::ServerJobEvent &event)
{
    AuditEvent e;
    e.event = event.event;
    e.actor = self();
    e.jobId = event.jobId.isEmpty() && event.serverJobId > 0
                  ? QStringLiteral("server-%1").arg(event.serverJobId)
                  : event.jobId;
    e.outcome = event.outcome;
    e.reason = event.reason;
    if (event.serverJobId > 0)
        e.details.insert(QStringLiteral("server_job_id"), event.serverJobId);
    if (!event.state.isEmpty())
        e.details.insert(QStringLiteral("server_state"), event.state);
    if (event.event == QLatin1String("server.job_released") && event.outcome == QLatin1String("ok"))
        e.details.insert(QStringLiteral("impressions"), event.impressions);
    m_log->record(e);
}

// The printer by the name the user saved it under, else by its host.
void AuditWiring::released(const release::ReleaseReport &report)
{
    const QString uri = report.ticket.options.printerUri;
    QString printer = QUrl(uri).host();
    if (const auto saved = m_printers ? m_printers->find(uri) : std::nullopt)
        printer = saved->name;
    AuditEvent e;
    e.event = QStringLiteral("job.released");
    e.actor = report.ticket.user == m_owner ? self() : AuditActor{report.ticket.user, {}, {}, {}};
    e.jobId = report.ticket.jobId;
    e.details = {{QStringLiteral("printer"), printer}};
    if (report.ok) {
        e.details.insert(QStringLiteral("impressions"), report.impressions);
        e.details.insert(QStringLiteral("sheets"), report.sheets);
    } else {
        e.outcome = report.errorCode == QLatin1String("over-quota") ? QStringLiteral("refused")
                                                                    : QStringLiteral("failed");
        e.reason = report.errorCode;
    }
    m_log->record(e);
}

void AuditWiring::watchMfp(mfp::MfpService *mfp)
{
    m_mfp = mfp;
    using S = mfp::MfpService;
    connect(mfp, &S::devicePaired, this,
            [this](const QString &id) { put(QStringLiteral("device.paired"), deviceActor(id, m_owner)); });
    connect(mfp, &S::deviceRevoked, this,
            [this](const QString &id) { put(QStringLiteral("device.revoked"), deviceActor(id, m_owner)); });
    connect(mfp, &S::pairingRefused, this, [this]() {
        AuditEvent e{QStringLiteral("device.pair_refused"), {}, {}, QStringLiteral("refused"),
                     QStringLiteral("bad-pairing-code"),    {}};
        m_log->record(e);
    });
    connect(mfp, &S::signInFinished, this, &AuditWiring::signInFinished);
    connect(mfp, &S::sessionEnded, this, [this](const QString &device, const QString &user) {
        put(QStringLiteral("mfp.session_ended"), deviceActor(device, user));
    });
    connect(mfp, &S::jobDownloaded, this,
            [this](const QString &device, const QString &user, const QString &job) {
                put(QStringLiteral("job.downloaded"), deviceActor(device, user), job);
            });
    connect(mfp, &S::pinSet, this, [this](const QString &user) {
        put(QStringLiteral("pin.set"), self(), QString(), {{QStringLiteral("user"), user}});
    });
    connect(mfp, &S::cardSet, this, [this](const QString &user) {
        put(QStringLiteral("card.set"), self(), QString(), {{QStringLiteral("user"), user}});
    });
    connect(mfp, &S::certificateInstalled, this, [this](const QString &fingerprint) {
        put(QStringLiteral("certificate.installed"), self(), QString(),
            {{QStringLiteral("fingerprint_sha256"), fingerprint}});
    });
}

void AuditWiring::signInFinished(const mfp::SignInAttempt &a)
{
    const bool tray = a.method == QLatin1String("workstation_pin");
    AuditEvent e;
    e.actor = deviceActor(a.deviceId, a.user);
    e.details = {{QStringLiteral("method"), a.method}};
    if (tray)
        e.event = a.ok ? QStringLiteral("pin.verified") : QStringLiteral("pin.refused");
    else
        e.event = a.ok ? QStringLiteral("mfp.session_created") : QStringLiteral("mfp.session_refused");
    if (!a.ok) {
        e.outcome = QStringLiteral("refused");
        e.reason = a.reason;
    }
    m_log->record(e);
    if (a.lockedOut) {
        e.event = QStringLiteral("auth.locked_out");
        m_log->record(e);
    }
}

void AuditWiring::usageAdded(const accounting::UsageEntry &entry)
{
    if (entry.source != QLatin1String("mfp"))
        return; // releases from here are recorded as job.released
    put(QStringLiteral("job.printed"), deviceActor(entry.device, entry.user), entry.jobId,
        {{QStringLiteral("impressions"), entry.impressions}, {QStringLiteral("sheets"), entry.sheets}});
}

void AuditWiring::policyLoaded(const QString &file, const Policy &policy)
{
    put(QStringLiteral("policy.loaded"), self(), QString(),
        {{QStringLiteral("file"), file},
         {QStringLiteral("managed_keys"), int(policy.locked.size())},
         {QStringLiteral("mask_names"), policy.auditMaskNames}});
}

} // namespace pv::audit
