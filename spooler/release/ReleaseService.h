#pragma once

#include "common/Result.h"
#include "config/Policy.h"
#include "localapi/LocalApiServer.h"
#include "release/IppClient.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace pv {
class Vault;
namespace accounting {
class Quota;
class UsageLedger;
} // namespace accounting
} // namespace pv

namespace pv::release {

struct ReleaseOptions
{
    QString printerUri;
    int copies = 0; // 0: as the job was printed
    bool duplex = false;
    bool mono = false;
    bool watermark = false; // user, date and host on every page
};

struct ReleaseOutcome
{
    QString jobId;
    QString printerUri;
    int printerJobId = 0;
    QString state; // the printer's final job state: completed
    int impressions = 0;
    int colorImpressions = 0;
    int sheets = 0;
    bool impressionsReported = false; // false: counted as pages x copies
    bool deleted = false;
    QString warning; // over quota, printed anyway (quota/warn_only)
};

// Sends a held job to an IPP printer and follows it to the end (libcups on a worker thread),
// then records the usage and deletes the job, unless policy keeps printed jobs. The job stays
// in the vault until the printer reports it completed. Main thread; sending on m_senders.
class PrinterStore;
class PrinterTrust;

class ReleaseService : public QObject
{
    Q_OBJECT
public:
    ReleaseService(Vault *vault, accounting::UsageLedger *ledger, const accounting::Quota *quota,
                   const Policy *policy, PrinterTrust *trust, QObject *parent = nullptr);
    // Tells releases in flight to give up, and waits for them.
    ~ReleaseService() override;

    using Done = std::function<void(Result<ReleaseOutcome>)>;
    void release(const QString &jobId, const QString &user, const ReleaseOptions &options, Done done);

Q_SIGNALS:
    // How far sending has got: bytes of a PDF, or (`pages`) pages of a rasterised job.
    void progress(const QString &jobId, qint64 done, qint64 total, bool pages);
    // The printer was busy or out of reach; the next try starts in `seconds`.
    void retrying(const QString &jobId, const QString &why, int seconds);

private:
    void finish(const QString &jobId, const QString &user, const ReleaseOptions &options,
                const Result<JobOutcome> &outcome, const QString &warning, const Done &done);

    Vault *m_vault;
    accounting::UsageLedger *m_ledger;
    const accounting::Quota *m_quota;
    const Policy *m_policy;
    PrinterTrust *m_trust;
    // Releases wait on printers (and back off when they are busy): they get threads of their
    // own, so that capture and PIN checks on the daemon's shared workers never wait behind them.
    // Raster pages of every release are drawn here (renderersPerDocument() threads; see
    // RasterOutput.cpp). Declared before the senders, which use it until they end.
    QThreadPool m_renderers;
    QThreadPool m_senders;
    std::atomic<bool> m_cancel{false};
    QSet<QString> m_releasing;
};

// The local API's `jobs.release` (docs/local-api.md). `service` returns null while the vault is
// locked; `user` is the session's user, recorded as the job's requesting user and in the ledger.
// `printer` may name a saved printer in `printers` instead of giving a URI.
void addReleaseMethods(QHash<QString, localapi::Method> &methods, std::function<ReleaseService *()> service,
                       const QString &user, const PrinterStore *printers);

} // namespace pv::release
