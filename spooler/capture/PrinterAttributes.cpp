// Threads: built on the daemon's main thread before the listeners open; copyTo() runs on
// connection threads and only reads the fixed attributes and the atomics of PrinterState.
#include "capture/PrinterAttributes.h"

#include "capture/IppEvents.h"
#include "capture/IppSubscriptions.h"

#include <QByteArray>
#include <QUuid>

#include <cups/cups.h>

#include <climits>
#include <iterator>
#include <unistd.h>

namespace pv {

namespace {

// Media the printer offers: the common office sizes, A4 first (the default).
const char *const Media[] = {"iso_a4_210x297mm", "na_letter_8.5x11in", "na_legal_8.5x14in",
                             "iso_a3_297x420mm", "iso_a5_148x210mm",   "na_executive_7.25x10.5in"};
constexpr int Margin = 423; // 1/6 in, in hundredths of mm

const int Operations[] = {IPP_OP_PRINT_JOB,
                          IPP_OP_VALIDATE_JOB,
                          IPP_OP_CREATE_JOB,
                          IPP_OP_SEND_DOCUMENT,
                          IPP_OP_CANCEL_JOB,
                          IPP_OP_GET_JOB_ATTRIBUTES,
                          IPP_OP_GET_JOBS,
                          IPP_OP_GET_PRINTER_ATTRIBUTES,
                          IPP_OP_HOLD_JOB,
                          IPP_OP_RELEASE_JOB,
                          IPP_OP_RESTART_JOB,
                          IPP_OP_PAUSE_PRINTER,
                          IPP_OP_RESUME_PRINTER,
                          IPP_OP_PURGE_JOBS,
                          IPP_OP_SET_PRINTER_ATTRIBUTES,
                          IPP_OP_SET_JOB_ATTRIBUTES,
                          IPP_OP_GET_PRINTER_SUPPORTED_VALUES,
                          IPP_OP_CREATE_PRINTER_SUBSCRIPTIONS,
                          IPP_OP_CREATE_JOB_SUBSCRIPTIONS,
                          IPP_OP_GET_SUBSCRIPTION_ATTRIBUTES,
                          IPP_OP_GET_SUBSCRIPTIONS,
                          IPP_OP_RENEW_SUBSCRIPTION,
                          IPP_OP_CANCEL_SUBSCRIPTION,
                          IPP_OP_GET_NOTIFICATIONS,
                          IPP_OP_ENABLE_PRINTER,
                          IPP_OP_DISABLE_PRINTER,
                          IPP_OP_CANCEL_MY_JOBS,
                          IPP_OP_CLOSE_JOB,
                          IPP_OP_IDENTIFY_PRINTER};

const char *const Formats[] = {"application/octet-stream",
                               "application/pdf",
                               "application/postscript",
                               "image/pwg-raster",
                               "image/urf",
                               "image/jpeg",
                               "image/png",
                               "text/plain"};

ipp_t *mediaSize(const pwg_media_t *pwg)
{
    ipp_t *size = ippNew();
    ippAddInteger(size, IPP_TAG_ZERO, IPP_TAG_INTEGER, "x-dimension", pwg->width);
    ippAddInteger(size, IPP_TAG_ZERO, IPP_TAG_INTEGER, "y-dimension", pwg->length);
    return size;
}

ipp_t *mediaCol(const pwg_media_t *pwg)
{
    ipp_t *col = ippNew();
    ippAddInteger(col, IPP_TAG_ZERO, IPP_TAG_INTEGER, "media-bottom-margin", Margin);
    ippAddInteger(col, IPP_TAG_ZERO, IPP_TAG_INTEGER, "media-left-margin", Margin);
    ippAddInteger(col, IPP_TAG_ZERO, IPP_TAG_INTEGER, "media-right-margin", Margin);
    ipp_t *size = mediaSize(pwg);
    ippAddCollection(col, IPP_TAG_ZERO, "media-size", size);
    ippDelete(size);
    ippAddString(col, IPP_TAG_ZERO, IPP_TAG_KEYWORD, "media-size-name", nullptr, pwg->pwg);
    ippAddString(col, IPP_TAG_ZERO, IPP_TAG_KEYWORD, "media-source", nullptr, "auto");
    ippAddInteger(col, IPP_TAG_ZERO, IPP_TAG_INTEGER, "media-top-margin", Margin);
    ippAddString(col, IPP_TAG_ZERO, IPP_TAG_KEYWORD, "media-type", nullptr, "stationery");
    return col;
}

void addKeywords(ipp_t *ipp, const char *name, std::initializer_list<const char *> values)
{
    ippAddStrings(ipp, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, name, int(values.size()), nullptr, values.begin());
}

void addKeyword(ipp_t *ipp, const char *name, const char *value)
{
    ippAddString(ipp, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, name, nullptr, value);
}

struct CopyFilter
{
    cups_array_t *requested;
};

int copyRequested(void *context, ipp_t *, ipp_attribute_t *attr)
{
    const char *name = ippGetName(attr);
    auto *filter = static_cast<CopyFilter *>(context);
    return name && (!filter->requested || cupsArrayFind(filter->requested, const_cast<char *>(name)));
}

bool wanted(cups_array_t *requested, const char *name)
{
    return !requested || cupsArrayFind(requested, const_cast<char *>(name));
}

} // namespace

PrinterAttributes::PrinterAttributes(QString name, IntakeLimits limits)
    : m_name(std::move(name))
    , m_limits(limits)
    , m_fixed(ippNew())
{
    addDescription();
    addJobTemplate();
    addMedia();
}

PrinterAttributes::~PrinterAttributes()
{
    ippDelete(m_fixed);
}

int PrinterAttributes::upTime(const PrinterState &state)
{
    // Counted from one second before the start, so the very first answer already says 1.
    return int(qMax<time_t>(1, time(nullptr) - state.started + 1));
}

ipp_pstate_t PrinterAttributes::printerState(const PrinterState &state, int queuedJobs)
{
    if (!state.accepting || state.paused)
        return IPP_PSTATE_STOPPED;
    return queuedJobs > 0 ? IPP_PSTATE_PROCESSING : IPP_PSTATE_IDLE;
}

// A paused capture or printer, and the room left in the vault as a marker supply running low.
const char *PrinterAttributes::stateReason(const PrinterState &state)
{
    const int level = state.vaultLevel;
    return !state.accepting || state.paused ? "paused"
           : level == 0                     ? "marker-supply-empty-error"
           : level >= 0 && level <= 10      ? "marker-supply-low-warning"
                                            : "none";
}

void PrinterAttributes::addDescription()
{
    ipp_t *p = m_fixed;
    const QByteArray name = m_name.toUtf8();
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_CHARSET, "charset-configured", nullptr, "utf-8");
    static const char *const charsets[] = {"us-ascii", "utf-8"};
    ippAddStrings(p, IPP_TAG_PRINTER, IPP_TAG_CHARSET, "charset-supported", 2, nullptr, charsets);
    ippAddBoolean(p, IPP_TAG_PRINTER, "color-supported", 1);
    addKeywords(p, "compression-supported", {"none", "deflate", "gzip"});
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_MIMETYPE, "document-format-default", nullptr,
                 "application/octet-stream");
    ippAddStrings(p, IPP_TAG_PRINTER, IPP_TAG_MIMETYPE, "document-format-supported", int(std::size(Formats)),
                  nullptr, Formats);
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_LANGUAGE, "generated-natural-language-supported", nullptr, "en");
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_LANGUAGE, "natural-language-configured", nullptr, "en");
    addKeyword(p, "identify-actions-default", "display");
    addKeyword(p, "identify-actions-supported", "display");
    addKeyword(p, "ipp-features-supported", "ipp-everywhere");
    addKeywords(p, "ipp-versions-supported", {"1.0", "1.1", "2.0", "2.1"});
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "ippget-event-life", IppSubscriptions::EventLife);
    ippAddBoolean(p, IPP_TAG_PRINTER, "job-ids-supported", 1);
    ippAddRange(p, IPP_TAG_PRINTER, "job-impressions-supported", 1, INT_MAX);
    // The policy's largest document (capture/max_job_mb), in kilooctets.
    ippAddRange(p, IPP_TAG_PRINTER, "job-k-octets-supported", 0,
                int(qMin<qint64>(INT_MAX, m_limits.maxDocumentBytes / 1024)));
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "job-priority-default", 50);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "job-priority-supported", 1);
    addKeyword(p, "job-settable-attributes-supported", "none");
    addKeyword(p, "printer-settable-attributes-supported", "none");
    ippAddBoolean(p, IPP_TAG_PRINTER, "multiple-document-jobs-supported", 0);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "multiple-operation-time-out",
                  m_limits.waitForDocument);
    addKeyword(p, "multiple-operation-time-out-action", "abort-job");
    ippAddIntegers(p, IPP_TAG_PRINTER, IPP_TAG_ENUM, "operations-supported", int(std::size(Operations)),
                   Operations);
    addNotify(p);
    // Pages of a job may ask for another colour mode (PWG 5100.6). PWG names the member
    // "document-numbers"; ipp-everywhere.test expects "document-number" (its known defect).
    addKeywords(p, "overrides-supported", {"document-numbers", "pages", "print-color-mode"});
    // IPP Everywhere requires page-ranges. The whole document is held byte for byte; the
    // ranges are sealed with it and applied when it is released (release/PdfWatermark).
    ippAddBoolean(p, IPP_TAG_PRINTER, "page-ranges-supported", 1);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "pages-per-minute", 60);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "pages-per-minute-color", 60);
    addKeyword(p, "pdl-override-supported", "attempted");
    // Attribute lists may be asked for as a whole; there is no "preferred" subset.
    ippAddBoolean(p, IPP_TAG_PRINTER, "preferred-attributes-supported", 0);
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-device-id", nullptr,
                 "MFG:PrintVault;MDL:Secure Hold;CMD:PDF,PS,PWGRaster,URF,JPEG,PNG;");
    ippAddOutOfBand(p, IPP_TAG_PRINTER, IPP_TAG_UNKNOWN, "printer-geo-location");
    addKeyword(p, "printer-get-attributes-supported", "document-format");
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-info", nullptr, name.constData());
    addKeyword(p, "printer-kind", "document");
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-location", nullptr, "");
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-make-and-model", nullptr,
                 "PrintVault Secure Hold");
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_NAME, "printer-name", nullptr, name.constData());
    // There is no web interface of its own (IPP requires an http(s) URI here): the local CUPS
    // page of the "PrintVault" queue that feeds this printer is the nearest thing.
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_URI, "printer-more-info", nullptr,
                 "http://localhost:631/printers/PrintVault");
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_URI, "printer-supply-info-uri", nullptr,
                 "http://localhost:631/printers/PrintVault");
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_URI, "printer-icons", nullptr,
                 "http://localhost:631/images/printer.png");
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-organization", nullptr, "");
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-organizational-unit", nullptr, "");
    // Stable for the account: the same printer across restarts.
    const QByteArray uuid =
        QUuid::createUuidV5(QUuid(QStringLiteral("{4a0f3ad0-5b1e-4f83-9a43-5e1c0fd0b2a1}")),
                            name + '|' + QByteArray::number(uint(getuid())))
            .toString(QUuid::WithoutBraces)
            .toLatin1();
    const QByteArray urn = QByteArrayLiteral("urn:uuid:") + uuid;
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_URI, "printer-uuid", nullptr, urn.constData());
    addKeyword(p, "uri-authentication-supported", "none");
    addKeyword(p, "uri-security-supported", "none");
    addKeywords(p, "which-jobs-supported", {"completed", "not-completed", "all"});
    ippAddString(p, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-supply-description", nullptr, "Vault storage");
}

// Subscriptions (RFC 3995) with the ippget pull method (RFC 3996): IPP/2.1 requires them.
void PrinterAttributes::addNotify(ipp_t *p)
{
    addKeyword(p, "notify-events-default", "job-completed");
    ippAddStrings(p, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "notify-events-supported", int(ippevent::Names.size()),
                  nullptr, ippevent::Names.data());
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "notify-lease-duration-default",
                  IppSubscriptions::DefaultLease);
    ippAddRange(p, IPP_TAG_PRINTER, "notify-lease-duration-supported", 0, IppSubscriptions::MaxLease);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "notify-max-events-supported",
                  IppSubscriptions::MaxEvents);
    addKeyword(p, "notify-pull-method-supported", "ippget");
}

void PrinterAttributes::addJobTemplate()
{
    ipp_t *p = m_fixed;
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "copies-default", 1);
    ippAddRange(p, IPP_TAG_PRINTER, "copies-supported", 1, 999);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_ENUM, "finishings-default", IPP_FINISHINGS_NONE);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_ENUM, "finishings-supported", IPP_FINISHINGS_NONE);
    addKeywords(p, "job-creation-attributes-supported",
                {"copies", "finishings", "job-hold-until", "job-name", "job-priority", "job-sheets", "media",
                 "media-col", "multiple-document-handling", "orientation-requested", "output-bin",
                 "overrides", "page-ranges", "print-color-mode", "print-content-optimize", "print-quality",
                 "print-rendering-intent", "printer-resolution", "sides"});
    addKeyword(p, "job-hold-until-default", "no-hold");
    addKeywords(p, "job-hold-until-supported", {"no-hold", "indefinite"});
    addKeyword(p, "job-sheets-default", "none");
    addKeyword(p, "job-sheets-supported", "none");
    addKeyword(p, "multiple-document-handling-default", "separate-documents-collated-copies");
    addKeywords(p, "multiple-document-handling-supported",
                {"separate-documents-uncollated-copies", "separate-documents-collated-copies"});
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "number-up-default", 1);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "number-up-supported", 1);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_ENUM, "orientation-requested-default", IPP_ORIENT_PORTRAIT);
    static const int orientations[] = {IPP_ORIENT_PORTRAIT, IPP_ORIENT_LANDSCAPE,
                                       IPP_ORIENT_REVERSE_LANDSCAPE, IPP_ORIENT_REVERSE_PORTRAIT};
    ippAddIntegers(p, IPP_TAG_PRINTER, IPP_TAG_ENUM, "orientation-requested-supported", 4, orientations);
    addKeyword(p, "output-bin-default", "face-down");
    addKeyword(p, "output-bin-supported", "face-down");
    // Colour rendering is the releasing printer's business; "auto" leaves it to it.
    addKeyword(p, "print-color-mode-default", "auto");
    addKeywords(p, "print-color-mode-supported", {"auto", "color", "monochrome"});
    addKeyword(p, "print-content-optimize-default", "auto");
    addKeyword(p, "print-content-optimize-supported", "auto");
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_ENUM, "print-quality-default", IPP_QUALITY_NORMAL);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_ENUM, "print-quality-supported", IPP_QUALITY_NORMAL);
    addKeyword(p, "print-rendering-intent-default", "auto");
    addKeyword(p, "print-rendering-intent-supported", "auto");
    ippAddResolution(p, IPP_TAG_PRINTER, "printer-resolution-default", IPP_RES_PER_INCH, 300, 300);
    static const int dpi[] = {300, 600};
    ippAddResolutions(p, IPP_TAG_PRINTER, "printer-resolution-supported", 2, IPP_RES_PER_INCH, dpi, dpi);
    ippAddResolutions(p, IPP_TAG_PRINTER, "pwg-raster-document-resolution-supported", 2, IPP_RES_PER_INCH,
                      dpi, dpi);
    addKeyword(p, "pwg-raster-document-sheet-back", "normal");
    addKeywords(p, "pwg-raster-document-type-supported", {"sgray_8", "srgb_8"});
    addKeywords(p, "urf-supported", {"V1.4", "CP1", "W8", "SRGB24", "RS300-600", "DM1"});
    addKeyword(p, "sides-default", "one-sided");
    addKeywords(p, "sides-supported", {"one-sided", "two-sided-long-edge", "two-sided-short-edge"});
}

void PrinterAttributes::addMedia()
{
    ipp_t *p = m_fixed;
    const pwg_media_t *def = pwgMediaForPWG(Media[0]);
    ippAddStrings(p, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-supported", int(std::size(Media)), nullptr,
                  Media);
    addKeyword(p, "media-default", Media[0]);
    addKeyword(p, "media-ready", Media[0]);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "media-bottom-margin-supported", Margin);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "media-left-margin-supported", Margin);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "media-right-margin-supported", Margin);
    ippAddInteger(p, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "media-top-margin-supported", Margin);
    addKeywords(p, "media-col-supported",
                {"media-bottom-margin", "media-left-margin", "media-right-margin", "media-size",
                 "media-size-name", "media-source", "media-top-margin", "media-type"});
    addKeyword(p, "media-source-supported", "auto");
    addKeyword(p, "media-type-supported", "stationery");
    ipp_attribute_t *sizes = nullptr;
    ipp_attribute_t *database = nullptr;
    for (const char *name : Media) {
        const pwg_media_t *pwg = pwgMediaForPWG(name);
        ipp_t *size = mediaSize(pwg);
        ipp_t *col = mediaCol(pwg);
        if (!sizes) {
            sizes = ippAddCollection(p, IPP_TAG_PRINTER, "media-size-supported", size);
            database = ippAddCollection(p, IPP_TAG_PRINTER, "media-col-database", col);
        } else {
            ippSetCollection(p, &sizes, ippGetCount(sizes), size);
            ippSetCollection(p, &database, ippGetCount(database), col);
        }
        ippDelete(size);
        ippDelete(col);
    }
    ipp_t *col = mediaCol(def);
    ippAddCollection(p, IPP_TAG_PRINTER, "media-col-default", col);
    ippAddCollection(p, IPP_TAG_PRINTER, "media-col-ready", col);
    ippDelete(col);
}

void PrinterAttributes::copyTo(ipp_t *response, cups_array_t *requested, const PrinterState &state,
                               const QString &printerUri, int queuedJobs) const
{
    CopyFilter filter{requested};
    ippCopyAttributes(response, m_fixed, 0, &copyRequested, &filter);
    const bool accepting = state.accepting;
    const int level = state.vaultLevel;
    if (wanted(requested, "printer-uri-supported"))
        ippAddString(response, IPP_TAG_PRINTER, IPP_TAG_URI, "printer-uri-supported", nullptr,
                     printerUri.toUtf8().constData());
    if (wanted(requested, "printer-state"))
        ippAddInteger(response, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-state",
                      printerState(state, queuedJobs));
    if (wanted(requested, "printer-state-reasons"))
        addKeyword(response, "printer-state-reasons", stateReason(state));
    if (wanted(requested, "printer-state-message"))
        ippAddString(response, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-state-message", nullptr,
                     !accepting     ? "Capture is paused"
                     : state.paused ? "Holding is paused: documents are kept encrypted until it resumes"
                                    : "Ready to hold jobs");
    if (wanted(requested, "printer-is-accepting-jobs"))
        ippAddBoolean(response, IPP_TAG_PRINTER, "printer-is-accepting-jobs", accepting);
    if (wanted(requested, "queued-job-count"))
        ippAddInteger(response, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "queued-job-count", queuedJobs);
    const int up = upTime(state);
    const time_t changed = qMax(state.stateChanged.load(), state.started);
    if (wanted(requested, "printer-up-time"))
        ippAddInteger(response, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "printer-up-time", up);
    if (wanted(requested, "printer-current-time"))
        ippAddDate(response, IPP_TAG_PRINTER, "printer-current-time", ippTimeToDate(time(nullptr)));
    if (wanted(requested, "printer-state-change-time"))
        ippAddInteger(response, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "printer-state-change-time",
                      int(qMax<time_t>(1, changed - state.started + 1)));
    if (wanted(requested, "printer-state-change-date-time"))
        ippAddDate(response, IPP_TAG_PRINTER, "printer-state-change-date-time", ippTimeToDate(changed));
    if (wanted(requested, "printer-config-change-time"))
        ippAddInteger(response, IPP_TAG_PRINTER, IPP_TAG_INTEGER, "printer-config-change-time", 1);
    if (wanted(requested, "printer-config-change-date-time"))
        ippAddDate(response, IPP_TAG_PRINTER, "printer-config-change-date-time",
                   ippTimeToDate(state.started));
    if (wanted(requested, "printer-supply")) {
        const QByteArray supply =
            "index=1;class=supplyThatIsConsumed;type=other;unit=percent;maxcapacity=100;level=" +
            QByteArray::number(level) + ';';
        ippAddOctetString(response, IPP_TAG_PRINTER, "printer-supply", supply.constData(),
                          int(supply.size()));
    }
}

} // namespace pv
