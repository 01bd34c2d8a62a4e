#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pv {

// One key's effective value, and the file that set it (empty: the built-in default).
struct PolicySetting
{
    QString key;
    QVariant value; // int, qint64, bool or QString (a list of words joined by spaces)
    QString file;
    bool locked = false; // set by an administrator's file
};

// Effective settings: built-in defaults, overridden by the user's settings (QSettings),
// overridden by the administrator's policy file, which also locks what it sets.
// Every key is documented in docs/policy.md.
struct Policy
{
    int retentionHours = 72;
    qint64 vaultMaxMb = 10240; // 0: no cap
    qint64 minFreeMb = 64;
    qint64 maxJobMb = 2048;
    int ippPort = 0; // the virtual printer's loopback TCP listener, reachable by every local account; 0: off
    int convertTimeoutSeconds = 120;
    int documentWaitSeconds = 60; // IPP multiple-operation-time-out: Create-Job to its Send-Document
    // Limits on one document, enforced in its converter worker (docs/containment.md).
    int maxPages = 5000;
    int maxPageSideInches = 200;     // either side of any page
    int maxRasterSidePixels = 30000; // a 100 in side at 300 dpi
    int workerMemoryMb = 1024;       // address space of a worker and of Ghostscript in it
    int workerMaxCrashes = 3;        // a document that kills its worker this often is given up
    bool workerSeccomp = true;       // the worker's system-call filter
    bool keepAfterPrint = false;     // false: a job is deleted once it is reported printed

    // Monthly print quota for release (0: no limit), counted from the usage ledger.
    int quotaMonthlyPages = 0;
    int quotaMonthlyColorPages = 0;
    int quotaResetDay = 1;                 // the day of the month the count starts again
    bool quotaWarnOnly = false;            // over quota: warn and print anyway, instead of refusing
    bool releaseForceMono = false;         // every release prints in mono
    bool releaseForceDuplex = false;       // every release prints two-sided
    int releaseRetrySeconds = 120;         // a busy or unreachable printer is tried again this long
    int releaseRenderTimeoutSeconds = 600; // a render worker's wall-clock limit, per try
    bool releaseWatermark = false;         // every release is stamped with user, date and host
    QString releaseRasterRenderer = QStringLiteral("ghostscript"); // ghostscript | poppler

    // The MFP pull API (docs/mfp-integration.md).
    int mfpPort = 5571; // 0 turns it off
    QString mfpListenAddress = QStringLiteral("0.0.0.0");
    int mfpSessionMinutes = 5;
    int mfpMaxFailedAttempts = 5;
    int mfpLockoutMinutes = 15;
    int mfpMaxConnectionsPerAddress = 32; // one host cannot take every connection slot
    int mfpDeviceFailureBudget = 20;      // failed sign-ins per device in a lockout window
    int mfpUserFailureBudget = 10;        // failed PINs per user name, all devices together
    int mfpOverallFailureBudget = 100;    // failed sign-ins at all devices together
    int mfpBadgeSignInsPerMinute = 10;    // badge sign-ins per device, good or bad

    // The tray window locks after this many idle minutes; PIN, badge and pairing changes then
    // need the PIN again (0: never).
    int trayIdleLockMinutes = 0;

    // Sign-in with the organisation's OpenID provider (docs/policy.md, "account"). No issuer:
    // the computer is not connected to an organisation.
    QString accountIssuer;
    QString accountClientId;
    QString accountScopes = QStringLiteral("openid profile email offline_access");
    QString accountRedirectHost = QStringLiteral("127.0.0.1");
    bool accountDeviceFlow = false;
    int accountIdleLogoutMinutes = 0; // 0: never
    QStringList accountMfpAudiences;  // client ids of MFP apps whose ID tokens may sign in
    QString accountCaFile;            // extra CA certificates (PEM) for the provider

    // The organisation's print server (docs/server-setup.md): an ipps:// hold queue. Mode
    // "server" uploads every held job there and deletes it here once the server holds it.
    QString serverUri;                                   // ipps://host:port/printers/QUEUE; empty: none
    QString serverMode = QStringLiteral("local");        // local | server
    QString serverAuth = QStringLiteral("basic");        // basic | bearer
    QString serverCaFile;                                // a PEM CA file trusted for the server
    QString serverFingerprint;                           // SHA-256 of the server's certificate, pinned
    int serverRetryMaxSeconds = 300;                     // the longest wait between upload tries
    int serverStallSeconds = 30;                         // no progress this long: the request is given up
    QString serverQuotaSource = QStringLiteral("local"); // local | server

    // The audit log (docs/audit.md): names masked as keyed hashes, how long rotated files stay,
    // and the size at which audit.log is rotated.
    bool auditMaskNames = true;
    int auditRetentionDays = 365;
    int auditMaxFileMb = 4;

    QSet<QString> locked;           // keys set by the administrator
    QHash<QString, QString> origin; // key -> the file that set it; absent: the built-in default

    static QString defaultPolicyFile() { return QStringLiteral("/etc/printvault/policy.ini"); }

    // The administrator's files in the order they are read: the policy file, then every
    // policy.d/*.ini beside it, sorted by name (a later file wins). Missing ones are left out.
    static QStringList adminFiles(const QString &policyFile);

    // Reads the user settings file (may be missing), then the administrator's files. Every bad
    // value and unknown key is reported, each naming its file and key (details.bad_keys).
    [[nodiscard]] static Result<Policy> load(const QString &userSettingsFile, const QString &policyFile);

    // Checks one policy file on its own, as `printvault-cli policy validate` does before a
    // rollout: the same rules as load(), and a missing file is an error.
    [[nodiscard]] static Status validate(const QString &file);

    // Every key, in docs/policy.md's order, with its effective value and origin.
    QList<PolicySetting> settings() const;
};

} // namespace pv
