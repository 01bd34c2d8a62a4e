#pragma once

#include "accounts/AccountStore.h"
#include "accounts/FailureWindow.h"
#include "accounts/Lockout.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "config/Policy.h"
#include "mfp/HttpConnection.h"
#include "mfp/NonceCache.h"
#include "mfp/TlsIdentity.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QThreadPool;

namespace pv {
class Vault;
struct JobRecord;
namespace accounting {
class UsageLedger;
}
namespace signin {
class SignInService;
struct Identity;
} // namespace signin
} // namespace pv

namespace pv::mfp {

class MfpServer;

// One sign-in attempt, at an MFP or (no device) at the workstation's tray, for the audit log.
struct SignInAttempt
{
    QString deviceId; // empty: the tray's PIN check, or a device that did not authenticate
    QString user;     // as given, known or not; empty for a badge that matched no one
    QString method;   // "pin", "card" or "workstation_pin"
    bool ok = false;
    QString reason;         // why it was refused: "bad-credentials", "locked-out", "unauthorized"
    bool lockedOut = false; // this failure locked the user or the device
};

struct MfpContext
{
    Vault *vault = nullptr;
    accounts::AccountStore *accounts = nullptr;
    accounting::UsageLedger *ledger = nullptr;
    const Policy *policy = nullptr;
    const Clock *clock = nullptr;
    QThreadPool *workers = nullptr;          // PIN hashing runs here, off the event loop
    signin::SignInService *signIn = nullptr; // the workstation's sign-in, for ID-token sessions
    QString owner;                           // the workstation's local account
};

// The MFP pull API on port 5571 (docs/api/openapi.yaml): device pairing, user sign-in with a
// PIN or badge, and the signed-in user's jobs. Also the administration behind the CLI's
// `cert`, `devices`, `pin` and `card` commands. Main thread.
class MfpService : public QObject
{
    Q_OBJECT
public:
    explicit MfpService(MfpContext context, QObject *parent = nullptr);
    ~MfpService() override;

    // Loads or makes the certificate and starts listening.
    [[nodiscard]] Status start(const QHostAddress &address, quint16 port, TlsIdentityStore *identities,
                               const QString &hostName);
    bool isListening() const { return m_server != nullptr; }
    quint16 port() const;
    // Established client connections (TLS done), for status and tests.
    int connectionCount() const;
    const TlsIdentity &identity() const { return m_identity; }
    accounts::AccountStore *accounts() const { return m_context.accounts; }
    accounting::UsageLedger *ledger() const { return m_context.ledger; }
    [[nodiscard]] Status installCertificate(const QByteArray &certPem, const QByteArray &keyPem,
                                            const QByteArray &chainPem);

    // Administration (local API).
    struct PairingCode
    {
        QString code;
        QDateTime expires;
    };
    PairingCode newPairingCode(const QString &name);
    [[nodiscard]] Status revokeDevice(const QString &deviceId);
    // Checks the PIN's strength, hashes it on a worker thread and stores it.
    void setPin(const QString &user, const QString &pin, std::function<void(Status)> done);
    // Checks a PIN for the workstation's own user (the tray's unlock), off the event loop and
    // under the same lockout as sign-ins at an MFP. "not-found" when the user has no PIN.
    void verifyPin(const QString &user, const QString &pin, std::function<void(Status)> done);
    [[nodiscard]] Status setCard(const QString &user, const QString &cardId);

    // The request handler the server calls.
    void handle(const HttpRequest &request, HttpConnection *connection);

Q_SIGNALS:
    // An MFP completed pairing with a one-time code.
    void devicePaired(const QString &deviceId);
    // What the audit log records (audit/AuditWiring.cpp), as it happens.
    void pairingRefused();
    void deviceRevoked(const QString &deviceId);
    void signInFinished(const pv::mfp::SignInAttempt &attempt);
    void sessionEnded(const QString &deviceId, const QString &user);
    void jobDownloaded(const QString &deviceId, const QString &user, const QString &jobId);
    void pinSet(const QString &user);
    void cardSet(const QString &user);
    void certificateInstalled(const QString &fingerprint);

private:
    struct Session
    {
        QString deviceId;
        QString user;
        QByteArray secretHash;
        QDateTime expires;
    };
    struct PendingCode
    {
        QString name;
        QDateTime expires;
    };

    // Routes (MfpAuthRoutes.cpp).
    HttpResponse info() const;
    QJsonArray signInMethods() const;
    HttpResponse pair(const HttpRequest &request);
    void signIn(const HttpRequest &request, HttpConnection *connection);
    // MfpIdTokenRoute.cpp: POST /sessions with {"id_token": ...}.
    void signInWithIdToken(QPointer<HttpConnection> connection, const QString &deviceId,
                           const QByteArray &idToken);
    void finishIdTokenSignIn(QPointer<HttpConnection> connection, const QString &deviceId,
                             const Result<signin::Identity> &identity);
    HttpResponse signOut(const HttpRequest &request);
    // Routes (MfpJobRoutes.cpp).
    HttpResponse listJobs(const Session &session) const;
    HttpResponse jobResponse(const Session &session, const QString &id, const QString &what) const;
    HttpResponse printed(const Session &session, const QString &id, const HttpRequest &request);
    HttpResponse deleteJob(const Session &session, const QString &id);
    Result<JobRecord> ownJob(const Session &session, const QString &id) const;

    // Authentication helpers.
    Result<accounts::Device> authenticateDevice(const HttpRequest &request) const;
    Result<accounts::Device> deviceFor(const QByteArray &deviceToken) const;
    Result<Session> authenticateSession(const HttpRequest &request) const;
    QString createSession(const QString &deviceId, const QString &user, QDateTime *expires);
    HttpResponse lockedResponse(const QDateTime &until,
                                const QString &code = QStringLiteral("locked-out")) const;
    void signInWithCard(QPointer<HttpConnection> connection, const QString &deviceId, const QString &cardId);
    // Sign-in limits (docs/security.md, "Guessing"). The latest end of every limit that
    // refuses this device (and, given a user name, this user at it), or invalid if none does.
    QDateTime refusedUntil(const QString &deviceId, const QString *user) const;
    void countFailure(const QString &deviceId, const QString *user);
    static QString pairKey(const QString &user, const QString &deviceId);
    // `method` is "pin" or "card".
    void finishSignIn(QPointer<HttpConnection> connection, const QString &deviceId, const QString &user,
                      const QString &method, bool ok);
    void dropExpired();

    MfpContext m_context;
    std::unique_ptr<MfpServer> m_server;
    TlsIdentityStore *m_identities = nullptr;
    TlsIdentity m_identity;
    accounts::Lockout m_lockout;              // one user name at one device (pairKey)
    accounts::FailureWindow m_deviceFailures; // failed sign-ins per device, PIN and badge
    accounts::FailureWindow m_userFailures;   // failed PINs per user name, at every device
    accounts::FailureWindow m_allFailures;    // failed sign-ins at all devices together
    accounts::FailureWindow m_badgeRate;      // badge sign-ins per device and minute
    QHash<QString, PendingCode> m_codes;
    int m_failedPairings = 0;
    QHash<QString, Session> m_sessions; // by session ID
    QSet<QString> m_verifying;          // lock keys with a PIN check in flight
    NonceCache m_nonces;                // nonces of ID tokens already used to sign in
    // Each user's job list as sent, until a job is added or removed: listing is what MFPs do
    // most, and it would otherwise decrypt every index row each time.
    mutable QHash<QString, QByteArray> m_listCache;
};

} // namespace pv::mfp
