// Operations on the printer and on a job's hold (IPP/1.1 optional, IPP/2.1 required): hold and
// release, restart, pause and resume, enable and disable, purge, and the set operations for
// which nothing is settable. Threads: every function runs on the connection thread of its request.
#include "capture/IppEvents.h"
#include "capture/IppOperations.h"

#include <QCoreApplication>

#include <cups/cups.h>

namespace pv::ippop {

namespace {

// Nothing is settable (job- and printer-settable-attributes-supported are "none"): every
// attribute of the group is returned as not settable.
void refuseSettable(IppExchange &x, ipp_tag_t group)
{
    const auto inGroup = [group](ipp_attribute_t *attr) {
        return ippGetGroupTag(attr) == group && ippGetName(attr);
    };
    bool any = false;
    for (ipp_attribute_t *attr = ippFirstAttribute(x.request); attr && !any;
         attr = ippNextAttribute(x.request))
        any = inGroup(attr);
    if (!any) {
        respond(x, IPP_STATUS_OK);
        return;
    }
    // The status message first: it belongs to the operation group, which a client reads only
    // before the unsupported one (libcups refuses the groups out of order; found by fuzz_ipp).
    respond(x, IPP_STATUS_ERROR_ATTRIBUTES_NOT_SETTABLE,
            QCoreApplication::translate("pv::ipp", "No attribute can be set on this printer."));
    for (ipp_attribute_t *attr = ippFirstAttribute(x.request); attr; attr = ippNextAttribute(x.request)) {
        if (!inGroup(attr))
            continue;
        addUnsupported(x, attr);
    }
}

} // namespace

// A job still waiting for its document waits held; a job whose document arrived is already
// held in the vault, where its owner releases it.
void holdJob(IppExchange &x)
{
    auto job = targetJob(x);
    if (!job)
        return;
    if (job->state != IPP_JSTATE_PENDING && job->state != IPP_JSTATE_HELD) {
        respond(x, IPP_STATUS_ERROR_NOT_POSSIBLE,
                QCoreApplication::translate("pv::ipp", "Job %1 is already being held in the vault.")
                    .arg(job->id));
        return;
    }
    const char *until = ippGetString(ippFindAttribute(x.request, "job-hold-until", IPP_TAG_ZERO), 0, nullptr);
    x.printer->jobs.update(job->id, [&](CaptureJob &j) {
        j.state = IPP_JSTATE_HELD;
        j.reason = QStringLiteral("job-hold-until-specified");
        j.holdUntil = QString::fromUtf8(until ? until : "indefinite");
    });
    respond(x, IPP_STATUS_OK);
}

// Every job is held in the vault until its owner releases it there; a client's hold is
// therefore always honoured, and releasing it here only confirms it (or lets a job that waits
// for its document wait unheld).
void releaseJob(IppExchange &x)
{
    auto job = targetJob(x);
    if (!job)
        return;
    if (job->state == IPP_JSTATE_CANCELED || job->state == IPP_JSTATE_ABORTED) {
        respond(x, IPP_STATUS_ERROR_NOT_POSSIBLE,
                QCoreApplication::translate("pv::ipp", "Job %1 has already ended.").arg(job->id));
        return;
    }
    x.printer->jobs.update(job->id, [](CaptureJob &j) {
        if (j.state != IPP_JSTATE_HELD)
            return;
        j.state = IPP_JSTATE_PENDING;
        j.reason = QStringLiteral("none");
        j.holdUntil = QStringLiteral("no-hold");
    });
    respond(x, IPP_STATUS_OK);
}

// The printer keeps no copy of a document once it is held: the vault has it, and prints it again
// from there.
void restartJob(IppExchange &x)
{
    auto job = targetJob(x);
    if (!job)
        return;
    respond(x, IPP_STATUS_ERROR_NOT_POSSIBLE,
            QCoreApplication::translate("pv::ipp", "Job %1 is held in the vault; print it again from there.")
                .arg(job->id));
}

// Pause-Printer: documents are still taken (encrypted and durable) but not converted until
// Resume-Printer.
void pausePrinter(IppExchange &x)
{
    if (!x.printer->state.paused.exchange(true)) {
        x.printer->state.stateChanged = time(nullptr);
        x.printer->setPaused(true);
        ippevent::printerChanged(x.printer, QCoreApplication::translate("pv::ipp", "Printer paused."));
    }
    respond(x, IPP_STATUS_OK);
}

void resumePrinter(IppExchange &x)
{
    if (x.printer->state.paused.exchange(false)) {
        x.printer->state.stateChanged = time(nullptr);
        x.printer->setPaused(false);
        ippevent::printerChanged(x.printer, QCoreApplication::translate("pv::ipp", "Printer resumed."));
    }
    respond(x, IPP_STATUS_OK);
}

// Enable-/Disable-Printer are the capture's pause: the daemon and its status follow.
void enablePrinter(IppExchange &x)
{
    x.printer->setAccepting(true);
    respond(x, IPP_STATUS_OK);
}

void disablePrinter(IppExchange &x)
{
    x.printer->setAccepting(false);
    respond(x, IPP_STATUS_OK);
}

// The printer's job list is emptied; documents already held stay in the vault.
void purgeJobs(IppExchange &x)
{
    x.printer->jobs.purge();
    respond(x, IPP_STATUS_OK);
}

void setPrinterAttributes(IppExchange &x)
{
    refuseSettable(x, IPP_TAG_PRINTER);
}

void setJobAttributes(IppExchange &x)
{
    if (targetJob(x))
        refuseSettable(x, IPP_TAG_JOB);
}

// The supported values of settable attributes: there are none.
void getPrinterSupportedValues(IppExchange &x)
{
    respond(x, IPP_STATUS_OK);
}

} // namespace pv::ippop
