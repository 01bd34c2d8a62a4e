#pragma once

#include "accounting/Quota.h"
#include "accounting/UsageLedger.h"
#include "accounts/AccountStore.h"
#include "audit/AuditLog.h"
#include "audit/AuditWiring.h"
#include "capture/CaptureService.h"
#include "capture/IppServer.h"
#include "capture/SubmitIntake.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "config/InstanceLock.h"
#include "config/Paths.h"
#include "config/Policy.h"
#include "daemon/ServiceStatus.h"
#include "localapi/LocalApiServer.h"
#include "mfp/IdleLock.h"
#include "release/PrinterStore.h"
#include "release/PrinterTrust.h"
#include "vault/Vault.h"

#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace pv {

class CredentialStore;
namespace localapi {
class LocalApiServer;
}
namespace release {
class ReleaseService;
}
namespace signin {
class DesktopIdle;
class SignInService;
} // namespace signin
namespace server {
class ServerService;
}
namespace mfp {
class MfpService;
class TlsIdentityStore;
} // namespace mfp

struct DaemonOptions
{
    Paths paths;
    QString policyFile = Policy::defaultPolicyFile();
    int ippPort = -1;     // -1: from policy
    int mfpPort = -1;     // -1: from policy
    int ippListenFd = -1; // the listening ipp.sock systemd passed (printvaultd.socket), or -1
    QString workerPath;   // printvault-worker; empty: next to this executable, else installed
};

// The root of printvaultd's owner tree: everything the spooler runs hangs off this object.
// Main thread. Members are declared so that workers are drained before what they use goes.
class Daemon : public QObject
{
    Q_OBJECT
public:
    Daemon(DaemonOptions options, CredentialStore *credentials, const Clock *clock,
           QObject *parent = nullptr);
    ~Daemon() override;

    // Checks folders, takes the instance lock, loads the policy and opens the local API.
    // The vault unlocks asynchronously afterwards (see status()).
    [[nodiscard]] Status start();

    ServiceStatus *status() { return &m_status; }
    Vault *vault() { return &m_vault; }
    const Policy &policy() const { return m_policy; }
    IppServer *printer() { return m_printer.get(); }
    mfp::MfpService *mfp() { return m_mfp.get(); }
    signin::SignInService *signIn() { return m_signIn.get(); }
    audit::AuditLog *audit() { return &m_audit; }

private:
    QString masterKeyName() const;
    void unlock();
    void applyMasterKey(SecureBytes key);
    void lockedRetry(const QString &reason, const QString &message, bool retry);
    void armRetention();
    void startPrinter();
    void startMfp(const SecureBytes &masterKey);
    void updateVaultLevel();
    [[nodiscard]] Status openAudit();
    void loadAuditKeys();
    ConversionLimits conversionLimits() const;
    void addDaemonMethods(localapi::MethodRegistry &methods);
    void setCapturePaused(const QJsonObject &params, const localapi::MethodReply &done);
    void applyCapturePaused(bool paused);
    void preview(const QJsonObject &params, const localapi::MethodReply &done);
    std::optional<Error> unmetNeed(localapi::Need need) const;
    [[nodiscard]] Status startSignIn(localapi::MethodRegistry &methods);
    void connectEvents();
    void connectReleaseEvents();
    void startServer();
    void broadcastReleaseProgress(const QString &jobId, qint64 done, qint64 total, bool pages);

    DaemonOptions m_options;
    CredentialStore *m_credentials;
    const Clock *m_clock;
    InstanceLock m_lock;
    Policy m_policy;
    ServiceStatus m_status;
    audit::AuditLog m_audit; // outlives every service that reports to it
    audit::AuditWiring m_auditWiring;
    Vault m_vault;
    QThreadPool m_workers;
    CaptureService m_capture;
    accounts::AccountStore m_accounts;
    mfp::IdleLock m_idleLock; // the tray's idle lock; kept across MFP API restarts
    accounting::UsageLedger m_ledger;
    accounting::Quota m_quota;
    release::PrinterStore m_printers;
    release::PrinterTrust m_printerTrust;               // the release threads use it: it outlives them
    std::unique_ptr<signin::DesktopIdle> m_desktopIdle; // the sign-in asks it: declared before it
    std::unique_ptr<signin::SignInService> m_signIn;
    std::unique_ptr<mfp::TlsIdentityStore> m_tls;
    std::unique_ptr<mfp::MfpService> m_mfp; // uses the vault, accounts and ledger above
    std::unique_ptr<release::ReleaseService> m_release;
    std::unique_ptr<server::ServerService> m_server; // uses the vault and ledger; made on unlock
    QJsonObject m_confinement;                       // what the worker probe found (status.confinement)
    ConversionLimits m_conversionLimits;             // what policy allows a converter worker, from start()
    std::unique_ptr<IppServer> m_printer;            // its threads use m_capture and m_vault: it goes first
    std::unique_ptr<SubmitIntake> m_submissions;     // jobs.submit's conversions; they too use m_capture
    localapi::ApiContext m_apiContext;               // the sessions of m_api read it: it outlives them
    std::unique_ptr<localapi::LocalApiServer> m_api;
    QTimer m_retentionTimer;
    QTimer m_unlockRetry;
    int m_unlockAttempts = 0;
    QHash<QString, int> m_releasePercent; // the last progress sent per job, so events stay few
};

} // namespace pv
