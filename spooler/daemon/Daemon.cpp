#include "daemon/Daemon.h"

#include "accounting/UsageMethods.h"
#include "audit/AuditKeys.h"
#include "audit/AuditMethods.h"
#include "capture/SubmitIntake.h"
#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "convert/PreviewInWorker.h"
#include "localapi/ApiSession.h"
#include "localapi/CoreMethods.h"
#include "localapi/Events.h"
#include "localapi/LocalApiServer.h"
#include "mfp/MfpLocalMethods.h"
#include "mfp/MfpService.h"
#include "mfp/TlsIdentity.h"
#include "release/PrinterMethods.h"
#include "release/ReleaseService.h"
#include "release/WorkerRendering.h"
#include "server/ServerMethods.h"
#include "server/ServerService.h"
#include "signin/AccountMethods.h"
#include "signin/DesktopIdle.h"
#include "signin/SignInService.h"
#include "vault/CredentialStore.h"
#include "vault/Crypto.h"
#include "vault/DecryptingDevice.h"

#include <QDir>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>

#include <pwd.h>
#include <unistd.h>

namespace pv {

namespace {

QString currentUserName()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(geteuid());
}

// Retention re-reads the wall clock at least this often, so suspend or clock changes are caught.
constexpr qint64 MaxRetentionSleepMs = 3600 * 1000;

} // namespace

Daemon::Daemon(DaemonOptions options, CredentialStore *credentials, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_credentials(credentials)
    , m_clock(clock)
    , m_audit(clock)
    , m_auditWiring(&m_audit, currentUserName())
    , m_vault(m_options.paths.vaultDir(), clock)
    , m_capture(&m_vault)
    , m_accounts(clock)
    , m_ledger(clock)
    , m_quota(&m_ledger, &m_policy, clock)
    , m_printers(m_options.paths.configDir + QStringLiteral("/printers.conf"))
    , m_printerTrust(m_options.paths.configDir + QStringLiteral("/printer-trust.conf"))
{
    // Inspection renders pages; two at a time fills a 2-core machine without starving the event loop.
    m_workers.setMaxThreadCount(release::maxRenderWorkers());
    m_retentionTimer.setSingleShot(true);
    m_unlockRetry.setSingleShot(true);
    connect(&m_retentionTimer, &QTimer::timeout, this, [this]() {
        m_vault.expireDue();
        armRetention();
    });
    connect(&m_unlockRetry, &QTimer::timeout, this, &Daemon::unlock);
    connect(&m_vault, &Vault::jobAdded, this, &Daemon::armRetention);
}

Daemon::~Daemon()
{
    if (m_vault.isUnlocked())
        m_auditWiring.vaultLocked(QStringLiteral("daemon-stopped"));
    m_printer.reset();
    m_submissions.reset();
    m_api.reset();
    // Workers finish first: a PIN check posts its result back to the MFP service.
    m_workers.waitForDone();
    m_mfp.reset();
    m_release.reset();
    m_server.reset();
}

Status Daemon::start()
{
    // Private folders first: nothing is written into a folder another user can read.
    for (const QString &dir : {m_options.paths.configDir, m_options.paths.dataDir}) {
        if (auto s = files::ensurePrivateDir(dir); !s)
            return s;
    }
    if (auto s = m_lock.acquire(m_options.paths.lockFile()); !s)
        return s;
    auto policy = Policy::load(m_options.paths.userSettingsFile(), m_options.policyFile);
    if (!policy)
        return policy.error();
    m_policy = policy.value();
    qCInfo(lcConfig) << "retention" << m_policy.retentionHours << "h, vault cap" << m_policy.vaultMaxMb
                     << "MB, locked keys" << m_policy.locked.size() << "from"
                     << Policy::adminFiles(m_options.policyFile).size() << "policy file(s)";
    if (auto s = openAudit(); !s)
        return s;
    VaultOptions vo;
    vo.retentionSeconds = qint64(m_policy.retentionHours) * 3600;
    vo.maxBytes = m_policy.vaultMaxMb * 1024 * 1024;
    vo.minFreeBytes = m_policy.minFreeMb * 1024 * 1024;
    m_vault.setOptions(vo);
    if (auto s = m_vault.openIndex(); !s)
        return s;

    localapi::ApiContext &context = m_apiContext;
    context.vault = &m_vault;
    context.capture = &m_capture;
    context.status = &m_status;
    context.policy = &m_policy;
    context.paths = m_options.paths;
    context.owner = currentUserName();
    context.printerUri = [this]() {
        return m_printer ? m_printer->uri() : QString();
    };
    // Release rendering's part from the policy in force now: the render workers' limits.
    context.confinement = [this]() {
        QJsonObject o = m_confinement;
        release::RenderSettings render;
        release::applyRenderPolicy(&render, m_policy);
        o.insert(QStringLiteral("release_render"),
                 release::renderConfinement(render, release::maxRenderWorkers(),
                                            m_confinement.value(QStringLiteral("seccomp")).toBool()));
        return o;
    };
    context.captureTcpPort = [this]() {
        return m_printer ? m_printer->tcpPort() : 0;
    };
    localapi::MethodRegistry &methods = context.methods;
    methods.setGate([this](localapi::Need need) { return unmetNeed(need); });
    localapi::addCoreMethods(methods, &context);
    localapi::ApiSession::addSessionMethods(methods);
    context.idleLocked = [this]() {
        return m_idleLock.isLocked();
    };
    mfp::addMfpMethods(
        methods, [this]() { return m_mfp.get(); }, context.owner, &m_idleLock);
    release::addReleaseMethods(
        methods, [this]() { return m_release.get(); }, context.owner, &m_printers);
    release::addPrinterMethods(methods, &m_printers, &m_printerTrust, &m_workers, this);
    addDaemonMethods(methods);
    accounting::addUsageMethods(methods, &m_ledger, &m_quota, context.owner);
    audit::addAuditMethods(methods, {&m_audit, &m_vault, &m_printers, context.owner});
    server::addServerMethods(methods, [this]() { return m_server.get(); });
    if (auto s = startSignIn(methods); !s)
        return s;
    m_api = std::make_unique<localapi::LocalApiServer>(&m_apiContext);
    if (auto s = m_api->listen(); !s)
        return s;
    // Once the runtime folder is there, made private by the API's socket: the workers' scratch
    // folders go inside it. No request is served before the event loop runs.
    m_conversionLimits = conversionLimits();
    m_submissions = std::make_unique<SubmitIntake>(&m_vault, &m_capture, m_conversionLimits);
    m_apiContext.submissions = m_submissions.get();
    connectEvents();

    unlock();
    return {};
}

// The one gate of the local API: what each need requires, and how a refusal reads.
std::optional<Error> Daemon::unmetNeed(localapi::Need need) const
{
    switch (need) {
    case localapi::Need::UnlockedVault:
        if (m_vault.isUnlocked())
            return std::nullopt;
        return Error{QStringLiteral("vault-locked"),
                     m_status.message().isEmpty() ? tr("The vault is not open yet.") : m_status.message(),
                     {{QStringLiteral("reason"), m_status.reason()}}};
    case localapi::Need::MfpApi:
        if (m_mfp)
            return std::nullopt;
        return Error{
            QStringLiteral("mfp-unavailable"),
            tr("The MFP API is not running: the vault is locked, or policy turns it off (mfp/port=0).")};
    }
    return Error{QStringLiteral("internal"), tr("An unknown requirement.")};
}

// Every event of the local API, from where it happens (events are built in localapi/Events).
void Daemon::connectEvents()
{
    localapi::LocalApiServer *api = m_api.get();
    connect(&m_vault, &Vault::jobAdded, api,
            [api](const JobRecord &job) { api->broadcast(localapi::events::jobAdded(job)); });
    connect(&m_vault, &Vault::jobRemoved, api, [api](const QString &id, const QString &reason) {
        api->broadcast(localapi::events::jobRemoved(id, reason));
    });
    connect(&m_idleLock, &mfp::IdleLock::changed, api, [this, api]() {
        api->broadcast(localapi::events::statusChanged(localapi::statusJson(m_apiContext)));
    });
    connect(&m_status, &ServiceStatus::changed, api, [this, api]() {
        api->broadcast(localapi::events::statusChanged(localapi::statusJson(m_apiContext)));
    });
    connect(m_signIn.get(), &signin::SignInService::changed, api, [this, api]() {
        api->broadcast(localapi::events::accountChanged(signin::accountJson(m_signIn->status())));
    });
    m_ledger.setAppendObserver([this, api](const accounting::UsageEntry &entry) {
        api->broadcast(localapi::events::usageAdded(entry));
        m_auditWiring.usageAdded(entry);
    });
    m_auditWiring.watchCore(&m_vault, &m_status, m_signIn.get(), &m_printerTrust);
}

// The audit log opens with the policy, before anything it records can happen; its records wait
// in memory until the keychain gives its keys.
Status Daemon::openAudit()
{
    audit::AuditOptions o;
    o.directory = m_options.paths.auditDir();
    o.maskNames = m_policy.auditMaskNames;
    o.retentionDays = m_policy.auditRetentionDays;
    o.maxFileBytes = qint64(m_policy.auditMaxFileMb) * 1024 * 1024;
    if (auto s = m_audit.open(o); !s)
        return s;
    m_auditWiring.policyLoaded(m_options.policyFile, m_policy);
    return {};
}

void Daemon::loadAuditKeys()
{
    if (m_audit.hasKeys())
        return;
    QPointer<Daemon> self(this);
    audit::loadAuditKeys(
        m_credentials, QStringLiteral("audit-keys/") + m_vault.vaultId(), [self](Result<SecureBytes> keys) {
            if (!self)
                return;
            const Status s = keys ? self->m_audit.setKeys(keys.value()) : Status(keys.error());
            if (!s)
                qCWarning(lcKeychain).noquote() << "the audit log waits for its keys:" << s.message();
        });
}

// The organisation's sign-in, from policy's account/* keys (docs/policy.md).
Status Daemon::startSignIn(localapi::MethodRegistry &methods)
{
    signin::SignInOptions o;
    o.issuer = m_policy.accountIssuer;
    o.clientId = m_policy.accountClientId;
    o.scopes = m_policy.accountScopes;
    o.redirectHost = m_policy.accountRedirectHost;
    o.caFile = m_policy.accountCaFile;
    o.deviceFlow = m_policy.accountDeviceFlow;
    o.idleLogoutMs = qint64(m_policy.accountIdleLogoutMinutes) * 60 * 1000;
    if (o.idleLogoutMs > 0) {
        m_desktopIdle = std::make_unique<signin::DesktopIdle>(uint(geteuid()));
        o.idleSource = m_desktopIdle.get();
    }
    m_signIn = std::make_unique<signin::SignInService>(o, m_credentials, m_clock);
    signin::addAccountMethods(methods, m_signIn.get());
    // Jobs held from now on carry who signed in, beside the local account.
    connect(m_signIn.get(), &signin::SignInService::changed, this, [this]() {
        const signin::AccountStatus &a = m_signIn->status();
        m_vault.setOrgIdentity(a.state == signin::AccountState::SignedIn
                                   ? OrgIdentity{a.identity.issuer, a.identity.subject, a.identity.name}
                                   : OrgIdentity());
    });
    return m_signIn->start();
}

void Daemon::connectReleaseEvents()
{
    connect(m_release.get(), &release::ReleaseService::progress, this, &Daemon::broadcastReleaseProgress);
    connect(m_release.get(), &release::ReleaseService::retrying, this,
            [this](const QString &jobId, const QString &why, int seconds) {
                m_api->broadcast(localapi::events::releaseRetrying(jobId, why, seconds));
            });
}

// Methods on the daemon's own state.
void Daemon::addDaemonMethods(localapi::MethodRegistry &methods)
{
    methods.add(QStringLiteral("capture.set_paused"), {},
                [this](const QJsonObject &p, localapi::MethodReply done) { setCapturePaused(p, done); });
    methods.add(QStringLiteral("jobs.preview"), {localapi::Need::UnlockedVault},
                [this](const QJsonObject &p, localapi::MethodReply done) { preview(p, done); });
}

// Pausing stops new captures only; held jobs can still be released. It lasts until resumed or
// the daemon restarts, so a forgotten pause does not silently drop a day of printing.
void Daemon::setCapturePaused(const QJsonObject &p, const localapi::MethodReply &done)
{
    const QJsonValue paused = p.value(QStringLiteral("paused"));
    if (!paused.isBool()) {
        done(Error{QStringLiteral("bad-request"),
                   tr("capture.set_paused needs paused: true or false."),
                   {{QStringLiteral("param"), QStringLiteral("paused")}}});
        return;
    }
    applyCapturePaused(paused.toBool());
    done(QJsonObject{{QStringLiteral("paused"), paused.toBool()}});
}

// From the local API, or from an IPP client's Disable-/Enable-Printer.
void Daemon::applyCapturePaused(bool paused)
{
    m_capture.setPaused(paused);
    if (m_printer)
        m_printer->setAcceptingJobs(!paused);
    qCInfo(lcCapture) << "capture" << (paused ? "paused" : "resumed");
    m_status.notifyChanged();
}

// A page image for the tray's preview, drawn in a preview worker process (docs/containment.md)
// from the encrypted document: the daemon never parses it, and the decrypted bytes exist only
// in the worker's memory, a segment at a time. The pool thread waits for the worker.
void Daemon::preview(const QJsonObject &p, const localapi::MethodReply &done)
{
    auto id = localapi::jobIdParam(m_vault, p);
    const int page = p.value(QStringLiteral("page")).toInt(1);
    const int width = p.value(QStringLiteral("width")).toInt(600);
    if (!id) {
        done(id.error());
        return;
    }
    if (width < 16 || width > 4096) {
        done(Error{QStringLiteral("bad-request"),
                   tr("The width must be from 16 to 4096 pixels."),
                   {{QStringLiteral("param"), QStringLiteral("width")}}});
        return;
    }
    auto sealed = m_vault.openDocumentSealed(id.value());
    if (!sealed) {
        done(sealed.error());
        return;
    }
    // The file stays open until the worker is done with its descriptor.
    auto file = std::make_shared<Vault::SealedFile>(std::move(sealed.value()));
    PreviewSettings settings;
    settings.workerPath = m_conversionLimits.workerPath.isEmpty() ? ProcessConversion::defaultWorkerPath()
                                                                  : m_conversionLimits.workerPath;
    settings.scratchDir = m_conversionLimits.scratchDir;
    settings.language = m_conversionLimits.language;
    settings.memoryBytes = m_conversionLimits.workerMemoryBytes;
    settings.timeoutSeconds = m_conversionLimits.timeoutSeconds;
    settings.seccomp = m_conversionLimits.seccomp;
    QPointer<Daemon> self(this);
    m_workers.start([self, file, settings, page, width, done]() {
        const SealedStream document{file->file->handle(), file->key, file->jobId, 0};
        Result<PagePreview> preview = previewInWorker(settings, document, page, width);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, preview, done]() {
                if (!self)
                    return;
                if (!preview) {
                    done(preview.error());
                    return;
                }
                done(QJsonObject{{QStringLiteral("png"), QString::fromLatin1(preview->png.toBase64())},
                                 {QStringLiteral("page"), preview->page},
                                 {QStringLiteral("pages"), preview->pages}});
            },
            Qt::QueuedConnection);
    });
}

// A percentage step at a time: a 300 MB PDF would otherwise send thousands of events.
void Daemon::broadcastReleaseProgress(const QString &jobId, qint64 done, qint64 total, bool pages)
{
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    auto it = m_releasePercent.find(jobId);
    if (it != m_releasePercent.end() && it.value() == percent)
        return;
    if (percent >= 100)
        m_releasePercent.remove(jobId);
    else
        m_releasePercent.insert(jobId, percent);
    m_api->broadcast(localapi::events::releaseProgress(jobId, done, total, pages));
}

QString Daemon::masterKeyName() const
{
    return QStringLiteral("vault-master-key/") + m_vault.vaultId();
}

void Daemon::unlock()
{
    m_status.set(ServiceStatus::State::Starting, tr("Opening the keychain"));
    loadAuditKeys();
    QPointer<Daemon> self(this);
    m_credentials->read(masterKeyName(), [self](Result<SecureBytes> key) {
        if (!self)
            return;
        if (key) {
            self->applyMasterKey(std::move(key.value()));
            return;
        }
        if (key.error().code == QLatin1String("not-found")) {
            if (self->m_vault.hasKeyCheck()) {
                self->lockedRetry(QStringLiteral("master-key-missing"),
                                  tr("The master key of this vault is missing from the keychain, so its jobs "
                                     "cannot be decrypted."),
                                  false);
                return;
            }
            // A new vault: make its master key, and keep it only in the keychain.
            SecureBytes fresh = crypto::randomKey();
            self->m_credentials->write(self->masterKeyName(), fresh, [self, fresh](Status s) mutable {
                if (!self)
                    return;
                if (!s) {
                    self->lockedRetry(QStringLiteral("keychain-write-failed"),
                                      tr("Cannot store the master key in the keychain: %1").arg(s.message()),
                                      true);
                    return;
                }
                qCInfo(lcKeychain) << "created the master key of a new vault";
                self->applyMasterKey(std::move(fresh));
            });
            return;
        }
        self->lockedRetry(QStringLiteral("keychain-unavailable"),
                          tr("The keychain is unavailable: %1. Jobs are not captured until it is.")
                              .arg(key.error().message),
                          true);
    });
}

void Daemon::applyMasterKey(SecureBytes key)
{
    const SecureBytes masterKey = key;
    if (auto s = m_vault.unlock(std::move(key)); !s) {
        lockedRetry(QStringLiteral("vault-unreadable"), s.message(), false);
        return;
    }
    const QString data = m_options.paths.dataDir;
    // accounts.db's old rows get their MACs only in the run that upgrades the vault's (Vault.h),
    // and the vault's upgrade is final only once they have them.
    m_accounts.setTamperHandler(
        [this](const QString &table) { m_auditWiring.storeTampered(QStringLiteral("accounts"), table); });
    // One after the other: a failed step must stop the next (braced lists run them all).
    const std::function<Status()> steps[] = {
        [&] {
            accounts::AccountStore::OpenOptions options;
            options.macOldRows = m_vault.upgradingMacs();
            return m_accounts.open(data + QStringLiteral("/accounts.db"), masterKey, options);
        },
        [&] { return m_vault.finishMacUpgrade(); },
        [&] {
            return m_ledger.open(data + QStringLiteral("/ledger.db"), masterKey);
        }};
    for (const auto &step : steps) {
        if (Status s = step(); !s) {
            // Locked again, not half open: every method that needs the vault refuses
            // (vault-locked, reason vault-unreadable) rather than running without the accounts
            // or the ledger.
            m_vault.lock();
            lockedRetry(QStringLiteral("vault-unreadable"), s.message(), false);
            return;
        }
    }
    m_unlockAttempts = 0;
    m_vault.expireDue();
    armRetention();
    m_status.set(ServiceStatus::State::Ready, QString());
    qCInfo(lcDaemon) << "vault unlocked;" << m_vault.jobCount() << "job(s) held";
    m_release =
        std::make_unique<release::ReleaseService>(&m_vault, &m_ledger, &m_quota, &m_policy, &m_printerTrust);
    // Render workers' scratch folders; those a killed daemon left go first (they may hold content).
    const QString renderScratch = m_options.paths.runtimeDir + QStringLiteral("/render");
    QDir(renderScratch).removeRecursively();
    if (auto s = files::ensurePrivateDir(renderScratch); !s)
        qCWarning(lcRelease).noquote() << s.message();
    m_release->setScratchDir(renderScratch);
    connectReleaseEvents();
    m_auditWiring.watchRelease(m_release.get(), &m_printers);
    startServer();
    startPrinter();
    m_submissions->resume();
    startMfp(masterKey);
}

// The outbox reads the vault index, so the server connection starts once the vault is open.
void Daemon::startServer()
{
    server::ServerContext context{&m_vault,          &m_policy, m_credentials, &m_ledger, m_clock,
                                  currentUserName(), {}};
    context.accessToken = [this]() {
        return m_signIn ? m_signIn->accessToken() : QByteArray();
    };
    m_server = std::make_unique<server::ServerService>(context);
    server::ServerService *s = m_server.get();
    m_auditWiring.watchServer(s);
    connect(s, &server::ServerService::outboxChanged, this, [this, s](const QString &id) {
        m_api->broadcast(localapi::events::outboxChanged(id, s->outboxJson(id)));
    });
    // Progress is a change of the outbox state too (uploaded_bytes), a percentage step at a time.
    connect(s, &server::ServerService::uploadProgress, this,
            [this, s](const QString &id, qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (m_releasePercent.value(QStringLiteral("upload/") + id, -1) == percent)
                    return;
                m_releasePercent.insert(QStringLiteral("upload/") + id, percent);
                if (percent >= 100)
                    m_releasePercent.remove(QStringLiteral("upload/") + id);
                m_api->broadcast(localapi::events::outboxChanged(id, s->outboxJson(id)));
            });
    connect(s, &server::ServerService::connectionChanged, this,
            [this, s]() { m_api->broadcast(localapi::events::serverChanged(s->statusJson())); });
    s->start();
}

// The MFP API serves jobs, so it too starts only once the vault is open.
void Daemon::startMfp(const SecureBytes &masterKey)
{
    const int port = m_options.mfpPort >= 0 ? m_options.mfpPort : m_policy.mfpPort;
    if (port == 0 || m_mfp)
        return;
    m_tls = std::make_unique<mfp::TlsIdentityStore>(m_options.paths.dataDir + QStringLiteral("/mfp-tls"),
                                                    crypto::deriveKey(masterKey, "printvault mfp tls v1"));
    mfp::MfpContext context;
    context.vault = &m_vault;
    context.accounts = &m_accounts;
    context.ledger = &m_ledger;
    context.policy = &m_policy;
    context.clock = m_clock;
    context.workers = &m_workers;
    context.signIn = m_signIn.get();
    context.owner = currentUserName();
    auto service = std::make_unique<mfp::MfpService>(context);
    if (auto s = service->start(QHostAddress(m_policy.mfpListenAddress), quint16(port), m_tls.get(),
                                QHostInfo::localHostName());
        !s) {
        qCWarning(lcMfp).noquote() << s.message();
        m_status.set(ServiceStatus::State::Error, tr("The MFP API is not available: %1").arg(s.message()),
                     QStringLiteral("mfp-unavailable"));
        return;
    }
    m_mfp = std::move(service);
    m_auditWiring.watchMfp(m_mfp.get());
    connect(m_mfp.get(), &mfp::MfpService::devicePaired, this,
            [this](const QString &deviceId) { m_api->broadcast(localapi::events::devicePaired(deviceId)); });
}

// The printer takes jobs only once the vault can store them.
void Daemon::startPrinter()
{
    if (m_printer)
        return;
    // The user-only socket is always on; the loopback TCP listener only when policy asks.
    IppServerOptions options;
    options.socketPath = m_options.paths.runtimeDir + QStringLiteral("/ipp.sock");
    options.inheritedFd = m_options.ippListenFd;
    options.tcpPort = m_options.ippPort >= 0 ? m_options.ippPort : m_policy.ippPort;
    options.owner = currentUserName();
    options.limits = m_conversionLimits;
    options.intake.maxDocumentBytes = m_policy.maxJobMb << 20;
    options.intake.waitForDocument = m_policy.documentWaitSeconds;
    m_confinement = ProcessConversion::probe(options.limits);
    qCInfo(lcCapture).noquote() << "converter workers:"
                                << QJsonDocument(m_confinement).toJson(QJsonDocument::Compact);
    m_printer = std::make_unique<IppServer>(options, &m_vault, &m_capture);
    connect(m_printer.get(), &IppServer::identifyRequested, this,
            [this](const QString &message) { m_api->broadcast(localapi::events::printerIdentify(message)); });
    connect(m_printer.get(), &IppServer::acceptingRequested, this,
            [this](bool accepting) { applyCapturePaused(!accepting); });
    if (auto s = m_printer->start(); !s) {
        m_printer.reset();
        qCWarning(lcCapture).noquote() << s.message();
        m_status.set(ServiceStatus::State::Error,
                     tr("The PrintVault printer is not available: %1").arg(s.message()),
                     QStringLiteral("printer-unavailable"));
        return;
    }
    m_printer->setAcceptingJobs(!m_capture.isPaused());
    updateVaultLevel();
    connect(&m_vault, &Vault::jobAdded, this, &Daemon::updateVaultLevel);
    connect(&m_vault, &Vault::jobRemoved, this, &Daemon::updateVaultLevel);
}

// What the policy allows one document in its converter worker.
ConversionLimits Daemon::conversionLimits() const
{
    ConversionLimits limits;
    limits.timeoutSeconds = m_policy.convertTimeoutSeconds;
    limits.scratchDir = m_options.paths.runtimeDir + QStringLiteral("/convert");
    // Scratch folders of workers the last run's end killed go first: they may hold content.
    QDir(limits.scratchDir).removeRecursively();
    if (auto s = files::ensurePrivateDir(limits.scratchDir); !s)
        qCWarning(lcCapture).noquote() << s.message();
    limits.maxAttempts = m_policy.workerMaxCrashes;
    limits.workerMemoryBytes = qint64(m_policy.workerMemoryMb) << 20;
    // A converted job may be at most twice the largest document accepted.
    limits.outputBytes = 2 * (m_policy.maxJobMb << 20);
    limits.document.maxPages = m_policy.maxPages;
    limits.document.maxPageSideIn = m_policy.maxPageSideInches;
    limits.document.maxRasterSide = m_policy.maxRasterSidePixels;
    limits.seccomp = m_policy.workerSeccomp;
    limits.language = QLocale::system().name();
    limits.workerPath = m_options.workerPath;
    return limits;
}

// Room left: against the policy's cap when there is one, else against the disk.
void Daemon::updateVaultLevel()
{
    const qint64 cap = m_vault.options().maxBytes;
    int level = -1;
    if (cap > 0) {
        level = int(100 - qMin<qint64>(100, m_vault.storedBytes() * 100 / cap));
    } else if (const files::DiskSpace disk = files::diskSpace(m_vault.directory());
               disk.free >= 0 && disk.total > 0) {
        level = int(disk.free * 100 / disk.total);
    }
    m_printer->setVaultLevel(level);
}

void Daemon::lockedRetry(const QString &reason, const QString &message, bool retry)
{
    qCWarning(lcKeychain).noquote() << message;
    m_status.set(ServiceStatus::State::Locked, message, reason);
    if (retry) {
        // Back off from 5 s to 5 min: the keychain may just not be up yet after login.
        const int delay = qMin(300, 5 << qMin(m_unlockAttempts++, 6));
        m_unlockRetry.start(delay * 1000);
    }
}

void Daemon::armRetention()
{
    const QDateTime next = m_vault.nextExpiry();
    if (!next.isValid()) {
        m_retentionTimer.stop();
        return;
    }
    const qint64 ms = qBound<qint64>(0, m_clock->now().msecsTo(next), MaxRetentionSleepMs);
    m_retentionTimer.start(std::chrono::milliseconds(ms));
}

} // namespace pv
