#include "capture/VirtualPrinter.h"

#include "capture/CaptureService.h"
#include "capture/SpoolRecovery.h"
#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "convert/ConverterRegistry.h"
#include "convert/RasterPdfWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <pappl/pappl.h>

#include <climits>
#include <csignal>
#include <iterator>
#include <pthread.h>
#include <unistd.h>

namespace pv {

namespace {

const char *const DriverName = "printvault";
const char *const PdfType = "application/pdf";

// Media the printer offers: the common office sizes.
const char *const Media[] = {"iso_a4_210x297mm", "na_letter_8.5x11in", "na_legal_8.5x14in",
                             "iso_a3_297x420mm", "iso_a5_148x210mm",   "na_executive_7.25x10.5in"};

QString attributeKeyword(pappl_job_t *job, const char *name, const QString &fallback)
{
    ipp_attribute_t *attr = papplJobGetAttribute(job, name);
    const char *value = attr ? ippGetString(attr, 0, nullptr) : nullptr;
    return value ? QString::fromUtf8(value) : fallback;
}

QSizeF jobMedia(pappl_job_t *job)
{
    const QString media = attributeKeyword(job, "media", QString());
    if (!media.isEmpty()) {
        if (pwg_media_t *pwg = pwgMediaForPWG(media.toUtf8().constData()))
            return QSizeF(pwg->width * 72.0 / 2540.0, pwg->length * 72.0 / 2540.0);
    }
    return ConvertOptions().mediaPt;
}

bool rangesContain(ipp_attribute_t *ranges, int value)
{
    for (int i = 0; i < ippGetCount(ranges); ++i) {
        int upper = 0;
        const int lower = ippGetRange(ranges, i, &upper);
        if (value >= lower && value <= upper)
            return true;
    }
    return false;
}

// The "overrides" (PWG 5100.6) members PrintVault honours: pages of the job's one document
// printed in another print-color-mode. A member for other documents, or without a colour mode,
// changes nothing here; other attributes in a member are ignored, as unsupported attributes
// are without ipp-attribute-fidelity.
ColorOverrides colorOverrides(pappl_job_t *job)
{
    ColorOverrides out;
    ipp_attribute_t *attr = papplJobGetAttribute(job, "overrides");
    if (!attr || ippGetValueTag(attr) != IPP_TAG_BEGIN_COLLECTION)
        return out;
    for (int i = 0; i < ippGetCount(attr); ++i) {
        ipp_t *member = ippGetCollection(attr, i);
        ipp_attribute_t *documents = ippFindAttribute(member, "document-numbers", IPP_TAG_RANGE);
        const char *mode =
            ippGetString(ippFindAttribute(member, "print-color-mode", IPP_TAG_KEYWORD), 0, nullptr);
        if ((documents && !rangesContain(documents, 1)) || !mode)
            continue;
        ColorOverride o;
        o.colorMode = QString::fromUtf8(mode);
        if (o.colorMode != QLatin1String("auto") && o.colorMode != QLatin1String("color") &&
            !isMonochromeMode(o.colorMode))
            continue;
        // Without "pages" a member covers every page of its documents.
        if (ipp_attribute_t *pages = ippFindAttribute(member, "pages", IPP_TAG_RANGE)) {
            for (int k = 0; k < ippGetCount(pages); ++k) {
                int upper = 0;
                const int lower = ippGetRange(pages, k, &upper);
                if (lower >= 1 && upper >= lower)
                    o.pages.append({lower, upper});
            }
        } else {
            o.pages.append({1, INT_MAX});
        }
        if (!o.pages.isEmpty())
            out.append(o);
    }
    return out;
}

} // namespace

// A raster job on its way into the vault: PAPPL hands over decoded lines, which become PDF
// pages written straight into the encrypted draft.
struct RasterState
{
    std::unique_ptr<Ingest> ingest;
    std::unique_ptr<IngestDevice> device;
    std::unique_ptr<RasterPdfWriter> pdf;
};

struct VirtualPrinter::Private
{
    VirtualPrinter *q = nullptr;
    pappl_system_t *system = nullptr;
    pappl_printer_t *printer = nullptr;
    pappl_pr_driver_t drivers[1] = {{DriverName, "PrintVault Secure Hold", nullptr, nullptr}};
    QList<QByteArray> filterSources; // PAPPL keeps pointers to these strings

    // PAPPL's callbacks carry no user data; the driver data's extension points back here.
    static Private *fromPrinter(pappl_printer_t *printer)
    {
        pappl_pr_driver_data_t data;
        papplPrinterGetDriverData(printer, &data);
        return static_cast<Private *>(data.extension);
    }
    static Private *fromJob(pappl_job_t *job) { return fromPrinter(papplJobGetPrinter(job)); }

    JobRequest request(pappl_job_t *job) const
    {
        JobRequest r;
        r.title = QString::fromUtf8(papplJobGetName(job) ? papplJobGetName(job) : "Untitled");
        r.owner = QString::fromUtf8(papplJobGetUsername(job) ? papplJobGetUsername(job) : "anonymous");
        ipp_attribute_t *copies = papplJobGetAttribute(job, "copies");
        r.copies = copies ? qBound(1, ippGetInteger(copies, 0), 999) : 1;
        r.sides = attributeKeyword(job, "sides", QStringLiteral("one-sided"));
        r.colorMode = attributeKeyword(job, "print-color-mode", QStringLiteral("auto"));
        r.overrides = colorOverrides(job);
        return r;
    }

    // Reports the outcome on the IPP job: aborted with a reason, or completed as held.
    static bool finish(pappl_job_t *job, const Result<JobRecord> &result)
    {
        if (!result && result.error().code == QLatin1String("canceled"))
            return false; // PAPPL already records the job as canceled by its user
        if (!result) {
            const Error &e = result.error();
            const pappl_jreason_t reason = e.code == QLatin1String("bad-document")
                                               ? PAPPL_JREASON_DOCUMENT_FORMAT_ERROR
                                               : PAPPL_JREASON_ABORTED_BY_SYSTEM;
            papplJobSetReasons(job, reason, PAPPL_JREASON_NONE);
            papplJobSetMessage(job, "%s", e.message.toUtf8().constData());
            qCInfo(lcCapture) << "IPP job" << papplJobGetID(job) << "aborted:" << e.code;
            return false;
        }
        papplJobSetImpressions(job, result->info.pages);
        papplJobSetImpressionsCompleted(job, result->info.pages);
        // The job-state-message that the print dialog and lpstat show the user.
        const QString held =
            QCoreApplication::translate("pv::capture", "Held in PrintVault as job %1 (%n page(s))", nullptr,
                                        result->info.pages)
                .arg(result->id.left(8));
        papplJobSetMessage(job, "%s", held.toUtf8().constData());
        return true;
    }

    // PAPPL's events, on its threads with its locks held: only hand over to the main thread.
    // A new job, or one whose document has arrived, is looked at there (checkJobs).
    static void onEvent(pappl_system_t *, pappl_printer_t *, pappl_job_t *, pappl_event_t event, void *data)
    {
        if (event & (PAPPL_EVENT_JOB_CREATED | PAPPL_EVENT_JOB_STATE_CHANGED)) {
            VirtualPrinter *q = static_cast<Private *>(data)->q;
            QMetaObject::invokeMethod(
                q, [q]() { q->checkJobs(); }, Qt::QueuedConnection);
        }
    }

    // MIME filter: any spooled format with a converter to PDF.
    static bool filter(pappl_job_t *job, pappl_device_t *, void *cbdata)
    {
        return static_cast<Private *>(cbdata)->capture(job);
    }

    // PDF, the driver's own format, comes through the raw-file callback.
    static bool printFile(pappl_job_t *job, pappl_pr_options_t *, pappl_device_t *)
    {
        return fromJob(job)->capture(job);
    }

    bool capture(pappl_job_t *job)
    {
        const QString format = QString::fromUtf8(papplJobGetFormat(job));
        const QString file = QString::fromUtf8(papplJobGetFilename(job));
        const ConverterRegistry::Convert *convert = q->m_converters->find(format, QLatin1String(PdfType));
        Result<JobRecord> result =
            Error{QStringLiteral("unsupported"),
                  QCoreApplication::translate("pv::capture", "unsupported format %1").arg(format)};
        if (convert) {
            ConvertOptions options;
            options.mediaPt = jobMedia(job);
            options.tempDir = q->m_options.spoolDir;
            options.timeoutSeconds = q->m_options.convertTimeoutSeconds;
            result = q->m_capture->captureBlocking(
                request(job), [&](QIODevice &pdf) { return (*convert)(file, pdf, options); }, q->m_stopping,
                [job]() { return papplJobIsCanceled(job); });
        }
        // The plaintext spool file goes the moment the vault has the job (or has refused it),
        // and its ticket after it (see checkJobs): a crash in between leaves a ticket only.
        ::unlink(QFile::encodeName(file).constData());
        ::unlink(QFile::encodeName(SpoolRecovery::ticketPath(file)).constData());
        return finish(job, result);
    }

    // Raster callbacks. A failure ends the job there: the draft is discarded with the state.
    static RasterState *rasterState(pappl_job_t *job)
    {
        return static_cast<RasterState *>(papplJobGetData(job));
    }

    // A writer's status, unless the vault refused the bytes first (its reason is the real one).
    static Status withDeviceFailure(const RasterState *state, const Status &status)
    {
        return status && !state->device->failure().isOk() ? state->device->failure() : status;
    }

    static bool rasterFail(pappl_job_t *job, const Status &status)
    {
        delete rasterState(job);
        papplJobSetData(job, nullptr);
        return finish(job, status.error());
    }

    static bool rStartJob(pappl_job_t *job, pappl_pr_options_t *, pappl_device_t *)
    {
        Private *d = fromJob(job);
        auto ingest = d->q->m_capture->begin(d->request(job));
        if (!ingest)
            return finish(job, ingest.error());
        auto *state = new RasterState;
        state->ingest = std::move(ingest.value());
        state->device = std::make_unique<IngestDevice>(state->ingest.get());
        state->device->open(QIODevice::WriteOnly);
        state->pdf = std::make_unique<RasterPdfWriter>(state->device.get());
        papplJobSetData(job, state);
        return true;
    }

    static bool rStartPage(pappl_job_t *job, pappl_pr_options_t *options, pappl_device_t *, unsigned)
    {
        RasterState *state = rasterState(job);
        if (!state)
            return false;
        const auto &h = options->header;
        // Apple raster carries no page size in points: derive it from pixels and resolution.
        QSizeF pagePt(h.cupsPageSize[0], h.cupsPageSize[1]);
        if ((pagePt.width() <= 0 || pagePt.height() <= 0) && h.HWResolution[0] > 0 && h.HWResolution[1] > 0)
            pagePt = QSizeF(h.cupsWidth * 72.0 / h.HWResolution[0], h.cupsHeight * 72.0 / h.HWResolution[1]);
        Status s =
            state->pdf->beginPage(pagePt, int(h.cupsWidth), int(h.cupsHeight), int(h.cupsBitsPerPixel));
        return s ? true : rasterFail(job, s);
    }

    static bool rWriteLine(pappl_job_t *job, pappl_pr_options_t *, pappl_device_t *, unsigned,
                           const unsigned char *line)
    {
        RasterState *state = rasterState(job);
        if (!state)
            return false;
        const Status s = withDeviceFailure(state, state->pdf->writeLine(line));
        return s ? true : rasterFail(job, s);
    }

    static bool rEndPage(pappl_job_t *job, pappl_pr_options_t *, pappl_device_t *, unsigned)
    {
        RasterState *state = rasterState(job);
        if (!state)
            return false;
        Status s = state->pdf->endPage();
        return s ? true : rasterFail(job, s);
    }

    static bool rEndJob(pappl_job_t *job, pappl_pr_options_t *, pappl_device_t *)
    {
        RasterState *state = rasterState(job);
        if (!state)
            return false;
        const Status s = withDeviceFailure(state, state->pdf->finish());
        if (!s)
            return rasterFail(job, s);
        std::unique_ptr<Ingest> ingest = std::move(state->ingest);
        delete state;
        papplJobSetData(job, nullptr);
        VirtualPrinter *q = fromJob(job)->q;
        return finish(job, q->m_capture->commitBlocking(std::move(ingest), q->m_stopping,
                                                        [job]() { return papplJobIsCanceled(job); }));
    }

    // Identify-Printer: there is no panel to flash, so the user's desktop shows the message.
    static void identify(pappl_printer_t *printer, pappl_identify_actions_t, const char *message)
    {
        Private *d = fromPrinter(printer);
        const QString text = QString::fromUtf8(message && *message ? message : "");
        QMetaObject::invokeMethod(
            d->q, [q = d->q, text]() { Q_EMIT q->identifyRequested(text); }, Qt::QueuedConnection);
    }

    // PAPPL asks for the printer's status from its own threads; the vault level set by the
    // daemon is published then, under PAPPL's locking rather than from the Qt thread.
    static bool status(pappl_printer_t *printer)
    {
        Private *d = fromPrinter(printer);
        pappl_supply_t supply{};
        supply.color = PAPPL_SUPPLY_COLOR_NO_COLOR;
        strncpy(supply.description, "Vault storage", sizeof supply.description - 1);
        supply.is_consumed = true;
        supply.level = d->q->m_vaultLevel;
        supply.type = PAPPL_SUPPLY_TYPE_OTHER;
        papplPrinterSetSupplies(printer, 1, &supply);
        return true;
    }

    static bool driver(pappl_system_t *, const char *driverName, const char *, const char *,
                       pappl_pr_driver_data_t *data, ipp_t **attrs, void *cbdata)
    {
        if (strcmp(driverName, DriverName) != 0)
            return false;
        data->extension = cbdata;
        data->format = PdfType;
        data->printfile_cb = &Private::printFile;
        data->identify_cb = &Private::identify;
        data->status_cb = &Private::status;
        data->identify_supported = PAPPL_IDENTIFY_ACTIONS_DISPLAY;
        data->identify_default = PAPPL_IDENTIFY_ACTIONS_DISPLAY;
        data->orient_default = IPP_ORIENT_PORTRAIT;
        // Attribute lists may be asked for as a whole; there is no "preferred" subset.
        *attrs = ippNew();
        ippAddBoolean(*attrs, IPP_TAG_PRINTER, "preferred-attributes-supported", 0);
        // Colour rendering is the releasing printer's business; "auto" leaves it to it.
        ippAddString(*attrs, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "print-rendering-intent-supported", nullptr,
                     "auto");
        ippAddString(*attrs, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "print-rendering-intent-default", nullptr,
                     "auto");
        // Pages of a job may ask for another colour mode (see colorOverrides). PWG 5100.6 names
        // the member "document-numbers"; ipp-everywhere.test expects "document-number".
        static const char *const overridable[] = {"document-numbers", "pages", "print-color-mode"};
        ippAddStrings(*attrs, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "overrides-supported",
                      int(std::size(overridable)), nullptr, overridable);
        // The one supply a holding printer consumes is room in the vault (see setVaultLevel).
        data->has_supplies = true;
        strncpy(data->make_and_model, "PrintVault Secure Hold", sizeof data->make_and_model - 1);
        data->kind = PAPPL_KIND_DOCUMENT;
        data->ppm = 60;
        data->ppm_color = 60;
        data->color_supported = PAPPL_COLOR_MODE_AUTO | PAPPL_COLOR_MODE_COLOR | PAPPL_COLOR_MODE_MONOCHROME;
        data->color_default = PAPPL_COLOR_MODE_AUTO;
        data->content_default = PAPPL_CONTENT_AUTO;
        data->quality_default = IPP_QUALITY_NORMAL;
        data->scaling_default = PAPPL_SCALING_AUTO;
        data->raster_types = PAPPL_PWG_RASTER_TYPE_SGRAY_8 | PAPPL_PWG_RASTER_TYPE_SRGB_8;
        data->duplex = PAPPL_DUPLEX_NORMAL;
        data->sides_supported =
            PAPPL_SIDES_ONE_SIDED | PAPPL_SIDES_TWO_SIDED_LONG_EDGE | PAPPL_SIDES_TWO_SIDED_SHORT_EDGE;
        data->sides_default = PAPPL_SIDES_ONE_SIDED;
        data->num_resolution = 2;
        data->x_resolution[0] = data->y_resolution[0] = 300;
        data->x_resolution[1] = data->y_resolution[1] = 600;
        data->x_default = data->y_default = 300;
        data->left_right = 423; // 1/6 in, in hundredths of mm
        data->bottom_top = 423;
        data->num_media = int(sizeof Media / sizeof Media[0]);
        for (int i = 0; i < data->num_media; ++i)
            data->media[i] = Media[i];
        data->num_source = 1;
        data->source[0] = "auto";
        data->num_type = 1;
        data->type[0] = "stationery";
        // A4 outside North America, Letter inside: libcups knows the locale's default.
        pwg_media_t *def = pwgMediaForPWG(Media[0]);
        strncpy(data->media_default.size_name, def->pwg, sizeof data->media_default.size_name - 1);
        data->media_default.size_width = def->width;
        data->media_default.size_length = def->length;
        data->media_default.left_margin = data->media_default.right_margin = data->left_right;
        data->media_default.top_margin = data->media_default.bottom_margin = data->bottom_top;
        strncpy(data->media_default.source, "auto", sizeof data->media_default.source - 1);
        strncpy(data->media_default.type, "stationery", sizeof data->media_default.type - 1);
        data->media_ready[0] = data->media_default;
        // PWG and Apple raster arrive through PAPPL's streaming raster path.
        data->rstartjob_cb = &Private::rStartJob;
        data->rstartpage_cb = &Private::rStartPage;
        data->rwriteline_cb = &Private::rWriteLine;
        data->rendpage_cb = &Private::rEndPage;
        data->rendjob_cb = &Private::rEndJob;
        return true;
    }
};

VirtualPrinter::VirtualPrinter(VirtualPrinterOptions options, CaptureService *capture,
                               const ConverterRegistry *converters, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_capture(capture)
    , m_converters(converters)
    , d(std::make_unique<Private>())
{
    d->q = this;
    m_jobCheck.setSingleShot(true);
    connect(&m_jobCheck, &QTimer::timeout, this, &VirtualPrinter::checkJobs);
}

VirtualPrinter::~VirtualPrinter()
{
    stop();
}

QString VirtualPrinter::uri() const
{
    return QStringLiteral("ipp://localhost:%1/ipp/print").arg(m_options.port);
}

Status VirtualPrinter::start()
{
    if (auto s = files::ensurePrivateDir(m_options.spoolDir); !s)
        return s;
    // A crash can leave spooled documents behind: acknowledged jobs, to be stored now.
    m_recovery = std::make_unique<SpoolRecovery>(m_capture, m_converters);
    const Result<int> leftovers = m_recovery->takeLeftovers(m_options.spoolDir, m_options.recoveryDir);
    if (!leftovers)
        return leftovers.error();

    // Warnings and errors only: PAPPL's informational messages name jobs by title.
    d->system = papplSystemCreate(PAPPL_SOPTIONS_NO_TLS, m_options.name.toUtf8().constData(), m_options.port,
                                  nullptr, QFile::encodeName(m_options.spoolDir).constData(), "-",
                                  PAPPL_LOGLEVEL_ERROR, nullptr, false);
    if (!d->system)
        return Error{QStringLiteral("ipp"), tr("cannot create the virtual printer")};
    if (!papplSystemAddListeners(d->system, m_options.listenHost.toUtf8().constData())) {
        papplSystemDelete(d->system);
        d->system = nullptr;
        return Error{QStringLiteral("busy"), tr("cannot listen for IPP on %1 port %2: is another "
                                                "PrintVault or printer application using it?")
                                                 .arg(m_options.listenHost)
                                                 .arg(m_options.port)};
    }
    papplSystemSetPrinterDrivers(d->system, 1, d->drivers, nullptr, nullptr, &Private::driver, d.get());
    papplSystemSetEventCallback(d->system, &Private::onEvent, d.get());
    for (const QString &source : m_converters->sources(QLatin1String(PdfType))) {
        if (source == QLatin1String(PdfType))
            continue; // handled by printFile
        d->filterSources.append(source.toUtf8());
        papplSystemAddMIMEFilter(d->system, d->filterSources.last().constData(), PdfType, &Private::filter,
                                 d.get());
    }
    d->printer =
        papplPrinterCreate(d->system, 0, m_options.name.toUtf8().constData(), DriverName,
                           "MFG:PrintVault;MDL:Secure Hold;CMD:PDF,PWGRaster,URF;", "file:///dev/null");
    if (!d->printer) {
        papplSystemDelete(d->system);
        d->system = nullptr;
        return Error{QStringLiteral("ipp"), tr("cannot create the PrintVault printer")};
    }
    // Jobs queue instead of being answered busy; finished ones are kept briefly for status queries.
    papplPrinterSetMaxActiveJobs(d->printer, 0);
    papplPrinterSetMaxCompletedJobs(d->printer, 100);
    papplPrinterSetMaxPreservedJobs(d->printer, 0);
    m_stopping = false;
    // SIGUSR2 only interrupts PAPPL's poll() in stop(); its handler does nothing.
    struct sigaction wake = {};
    wake.sa_handler = [](int) {
    };
    sigaction(SIGUSR2, &wake, nullptr);
    pappl_system_t *system = d->system;
    m_thread = std::thread([system]() { papplSystemRun(system); });
    qCInfo(lcCapture) << "virtual printer listening at" << uri();
    if (leftovers.value() > 0) {
        qCInfo(lcCapture) << leftovers.value()
                          << "document(s) the last run left in the spool are being stored";
        ConvertOptions options;
        options.tempDir = m_options.spoolDir;
        options.timeoutSeconds = m_options.convertTimeoutSeconds;
        m_recovery->start(m_options.owner, options, m_stopping);
    }
    return {};
}

void VirtualPrinter::checkJobs()
{
    if (!d->printer || m_stopping)
        return;
    struct Active
    {
        QList<int> held;                           // held with their document: released now
        QList<QPair<QString, JobRequest>> waiting; // tickets to write
        QSet<QString> tickets;                     // of every active job
        bool arriving = false;
        Private *d = nullptr;
        QString spoolDir;
        int printerId = 0;
    } found;
    found.d = d.get();
    found.spoolDir = m_options.spoolDir;
    found.printerId = papplPrinterGetID(d->printer);
    // Collected first: releasing takes the printer's lock, which iterating holds.
    papplPrinterIterateActiveJobs(
        d->printer,
        [](pappl_job_t *job, void *data) {
            auto *f = static_cast<Active *>(data);
            const ipp_jstate_t state = papplJobGetState(job);
            const QString ticket = SpoolRecovery::ticketPath(f->spoolDir, f->printerId, papplJobGetID(job));
            f->tickets.insert(ticket);
            // A job being converted has one too (a conversion may take long), unless its
            // document is gone already: then the capture has deleted the ticket with it.
            const char *file = papplJobGetFilename(job);
            const bool wanted =
                state == IPP_JSTATE_HELD || state == IPP_JSTATE_PENDING ||
                (state == IPP_JSTATE_PROCESSING && file && QFileInfo::exists(QString::fromUtf8(file)));
            if (wanted && !QFileInfo::exists(ticket)) // its request is read once, not at every check
                f->waiting.append({ticket, f->d->request(job)});
            if (state != IPP_JSTATE_HELD)
                return;
            if (file)
                f->held.append(papplJobGetID(job));
            else
                f->arriving = true; // its document is still coming (or, after Create-Job, not sent yet)
        },
        &found, 1, INT_MAX);
    // Every job gets its ticket as soon as it is created, mostly before its document is in and
    // the client is told the job is accepted, for the case it is still in the spool after a
    // crash. The capture deletes it with the document; any other goes here once its job ends.
    for (const auto &[ticket, request] : found.waiting) {
        // As durable as the document PAPPL spools (written, not fsynced): both survive the
        // daemon's crash, and this thread must keep up with jobs arriving.
        if (auto s = files::replaceFile(ticket, SpoolRecovery::ticket(request), false); !s)
            qCWarning(lcCapture) << "a spooled job's ticket cannot be written:" << s.message();
    }
    const QDir spool(m_options.spoolDir);
    for (const QString &name : spool.entryList({QStringLiteral("*.pvjob")}, QDir::Files)) {
        if (!found.tickets.contains(spool.filePath(name)))
            QFile::remove(spool.filePath(name));
    }
    for (int id : found.held) {
        if (pappl_job_t *job = papplPrinterFindJob(d->printer, id)) {
            qCInfo(lcCapture) << "IPP job" << id << "was sent to be held: it is held in the vault";
            papplJobRelease(job, nullptr);
        }
    }
    // Again soon while documents are arriving: 20 ms, doubling to once a second.
    if (found.arriving)
        m_jobCheck.start(qBound(20, m_jobCheck.interval() * 2, 1000));
    else
        m_jobCheck.setInterval(10);
}

void VirtualPrinter::setVaultLevel(int percentFree)
{
    m_vaultLevel = percentFree < 0 ? -1 : qMin(percentFree, 100); // -1: unknown
}

void VirtualPrinter::setAcceptingJobs(bool accepting)
{
    if (!d->printer)
        return;
    // PAPPL locks the printer itself; these are safe from this thread.
    if (accepting)
        papplPrinterEnable(d->printer);
    else
        papplPrinterDisable(d->printer);
}

void VirtualPrinter::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopping = true; // job threads waiting on a commit give up
    if (m_recovery)
        m_recovery->wait();
    papplSystemShutdown(d->system);
    // PAPPL notices the shutdown when its poll() returns, which can take half a minute when
    // idle. A signal interrupts the poll at once (a connection would start a client thread
    // that could outlive the system).
    pthread_kill(m_thread.native_handle(), SIGUSR2);
    m_thread.join();
    papplSystemDelete(d->system);
    d->system = nullptr;
    d->printer = nullptr;
}

} // namespace pv
