#pragma once

#include "common/Result.h"
#include "convert/ConverterRegistry.h"
#include "vault/JobRecord.h"

#include <QString>

#include <atomic>
#include <thread>

namespace pv {

class CaptureService;

// Documents PAPPL had spooled, and answered Print-Job or Send-Document for, but not yet handed
// to the vault when the daemon stopped: PAPPL converts one job at a time, so acknowledged jobs
// queue in its spool. Every acknowledged job must survive a crash, so instead of being wiped
// they are moved out of PAPPL's way before it starts (job IDs start again at 1, and PAPPL would
// reuse their names), then captured into the vault on a thread of their own, each deleted the
// moment the vault has it or has refused it; a full or locked vault keeps it for the next
// start. The spool's other files (converters' scratch files) are plaintext of no job anyone
// was told about, and are deleted.
//
// What the client asked for (job-name, the user, copies, sides, colour mode, overrides) is not
// in PAPPL's spool, so the virtual printer writes it as a ticket named after the job
// (p00001j000000042.pvjob) when the job is created; it goes with the document. A document
// without one is stored under the name its file gives and the workstation's user.
class SpoolRecovery
{
public:
    SpoolRecovery(CaptureService *capture, const ConverterRegistry *converters);
    ~SpoolRecovery(); // waits for the captures to end
    SpoolRecovery(const SpoolRecovery &) = delete;
    SpoolRecovery &operator=(const SpoolRecovery &) = delete;

    // Moves PAPPL's documents from `spoolDir` into `recoveryDir` (0700), next to any an earlier
    // run did not finish, and deletes everything else in `spoolDir`. Returns how many wait.
    [[nodiscard]] Result<int> takeLeftovers(const QString &spoolDir, const QString &recoveryDir);
    // Captures the waiting documents, owned by `owner`; gives up when `stopping` becomes true
    // (what is left waits for the next start).
    void start(const QString &owner, const ConvertOptions &options, const std::atomic<bool> &stopping);
    void wait();

    // The format and job name PAPPL's spool file name says (p00001j000000042-name.pdf);
    // an empty format for a name that is not a spooled document.
    struct Leftover
    {
        QString format;
        QString title;
    };
    static Leftover parseName(const QString &fileName);

    // The ticket of a job, of a spooled document (by the job its name gives), and what it holds.
    static QString ticketPath(const QString &spoolDir, int printerId, int jobId);
    static QString ticketPath(const QString &document);
    static QByteArray ticket(const JobRequest &request);
    // The request a ticket records; false when it is missing or unreadable.
    static bool readTicket(const QString &document, JobRequest *request);

private:
    void recoverAll(const QString &owner, const ConvertOptions &options, const std::atomic<bool> &stopping);

    CaptureService *m_capture;
    const ConverterRegistry *m_converters;
    QString m_dir;
    std::thread m_thread;
};

} // namespace pv
