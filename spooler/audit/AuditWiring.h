#pragma once

#include "audit/AuditLog.h"
#include "signin/SignInService.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace pv {
class ServiceStatus;
class Vault;
struct JobRecord;
struct Policy;
namespace accounting {
struct UsageEntry;
}
namespace mfp {
class MfpService;
struct SignInAttempt;
} // namespace mfp
namespace server {
class ServerService;
struct ServerJobEvent;
} // namespace server
namespace release {
class PrinterStore;
class PrinterTrust;
class ReleaseService;
struct ReleaseReport;
} // namespace release
} // namespace pv

namespace pv::audit {

// Turns the services' signals into audit records, in one place: no service calls the log.
// Each watch*() connects one service as it comes to exist (the release and MFP services start
// only once the vault is open). Main thread.
class AuditWiring : public QObject
{
    Q_OBJECT
public:
    AuditWiring(AuditLog *log, QString owner, QObject *parent = nullptr);

    void watchCore(Vault *vault, ServiceStatus *status, signin::SignInService *signIn,
                   release::PrinterTrust *trust);
    void watchRelease(release::ReleaseService *release, const release::PrinterStore *printers);
    void watchMfp(mfp::MfpService *mfp);
    // Uploads to the print server, and releases and deletes there.
    void watchServer(server::ServerService *server);
    // The usage ledger has one observer, which the daemon shares: MFP "printed" reports come here.
    void usageAdded(const accounting::UsageEntry &entry);
    void policyLoaded(const QString &file, const Policy &policy);
    void vaultLocked(const QString &reason);
    // A row of a store that did not verify against its MAC (Vault::integrityFailed,
    // AccountStore's tamper handler): recorded once per row (or table) and run.
    void storeTampered(const QString &store, const QString &table, const QString &jobId = QString());

private:
    AuditActor self() const;
    AuditActor deviceActor(const QString &deviceId, const QString &user) const;
    void put(const QString &event, AuditActor actor, const QString &jobId = QString(),
             const QJsonObject &details = {});
    void jobAdded(const JobRecord &job);
    void jobRemoved(const QString &id, const QString &reason);
    void statusChanged();
    void accountChanged();
    void released(const release::ReleaseReport &report);
    void signInFinished(const mfp::SignInAttempt &attempt);
    void serverJob(const server::ServerJobEvent &event);

    AuditLog *m_log;
    QString m_owner;
    Vault *m_vault = nullptr;
    ServiceStatus *m_status = nullptr;
    signin::SignInService *m_signIn = nullptr;
    const release::PrinterStore *m_printers = nullptr;
    QPointer<mfp::MfpService> m_mfp;
    bool m_unlocked = false;
    signin::AccountStatus m_account;
    QSet<QString> m_tampered; // store/table/job already recorded as refused
};

} // namespace pv::audit
