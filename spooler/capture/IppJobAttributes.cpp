#include "capture/IppJobAttributes.h"

#include "convert/ConverterRegistry.h"

#include <QCoreApplication>

#include <cups/cups.h>

#include <climits>

namespace pv::ippjob {

namespace {

bool wanted(cups_array_t *requested, const char *name)
{
    return !requested || cupsArrayFind(requested, const_cast<char *>(name));
}

QString keyword(ipp_t *request, const char *name, const QString &fallback)
{
    const char *value = ippGetString(ippFindAttribute(request, name, IPP_TAG_ZERO), 0, nullptr);
    return value ? QString::fromUtf8(value) : fallback;
}

// A single keyword (or name, where allowed) among the printer's supported values.
bool supportedKeyword(IppExchange &x, const char *name, const char *supportedName, bool nameAllowed = false)
{
    ipp_attribute_t *attr = ippFindAttribute(x.request, name, IPP_TAG_ZERO);
    if (!attr)
        return true;
    const ipp_tag_t tag = ippGetValueTag(attr);
    ipp_attribute_t *supported = ippFindAttribute(x.printer->attributes.fixed(), supportedName, IPP_TAG_ZERO);
    if (ippGetCount(attr) != 1 || (tag != IPP_TAG_KEYWORD && !(nameAllowed && tag == IPP_TAG_NAME)) ||
        !ippContainsString(supported, ippGetString(attr, 0, nullptr))) {
        respondUnsupported(x, attr);
        return false;
    }
    return true;
}

bool validCopies(IppExchange &x)
{
    ipp_attribute_t *attr = ippFindAttribute(x.request, "copies", IPP_TAG_ZERO);
    if (attr && (ippGetCount(attr) != 1 || ippGetValueTag(attr) != IPP_TAG_INTEGER ||
                 ippGetInteger(attr, 0) < 1 || ippGetInteger(attr, 0) > 999)) {
        respondUnsupported(x, attr);
        return false;
    }
    return true;
}

bool validName(IppExchange &x, const char *name)
{
    ipp_attribute_t *attr = ippFindAttribute(x.request, name, IPP_TAG_ZERO);
    if (attr && (ippGetCount(attr) != 1 ||
                 (ippGetValueTag(attr) != IPP_TAG_NAME && ippGetValueTag(attr) != IPP_TAG_NAMELANG))) {
        respondUnsupported(x, attr);
        return false;
    }
    return true;
}

bool validMedia(IppExchange &x)
{
    ipp_attribute_t *attr = ippFindAttribute(x.request, "media", IPP_TAG_ZERO);
    if (attr && (ippGetCount(attr) != 1 ||
                 (ippGetValueTag(attr) != IPP_TAG_KEYWORD && ippGetValueTag(attr) != IPP_TAG_NAME) ||
                 !pwgMediaForPWG(ippGetString(attr, 0, nullptr)))) {
        respondUnsupported(x, attr);
        return false;
    }
    attr = ippFindAttribute(x.request, "media-col", IPP_TAG_ZERO);
    if (attr && (ippGetCount(attr) != 1 || ippGetValueTag(attr) != IPP_TAG_BEGIN_COLLECTION)) {
        respondUnsupported(x, attr);
        return false;
    }
    return true;
}

// page-ranges (RFC 8011 5.2.7): ranges of pages from 1, ascending and not overlapping.
bool validPageRanges(IppExchange &x)
{
    ipp_attribute_t *attr = ippFindAttribute(x.request, "page-ranges", IPP_TAG_ZERO);
    if (!attr)
        return true;
    bool ok = ippGetValueTag(attr) == IPP_TAG_RANGE && ippGetGroupTag(attr) == IPP_TAG_JOB;
    int previous = 0;
    for (int i = 0; ok && i < ippGetCount(attr); ++i) {
        int upper = 0;
        const int lower = ippGetRange(attr, i, &upper);
        ok = lower > previous && upper >= lower;
        previous = upper;
    }
    if (!ok)
        respondUnsupported(x, attr);
    return ok;
}

PageRanges pageRanges(ipp_t *request)
{
    PageRanges out;
    ipp_attribute_t *attr = ippFindAttribute(request, "page-ranges", IPP_TAG_RANGE);
    for (int i = 0; attr && i < ippGetCount(attr); ++i) {
        int upper = 0;
        const int lower = ippGetRange(attr, i, &upper);
        out.append({lower, upper});
    }
    // 1 through the end is every page: kept as no selection.
    if (out.size() == 1 && out[0].first == 1 && out[0].last == INT_MAX)
        out.clear();
    return out;
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
ColorOverrides colorOverrides(ipp_t *request)
{
    ColorOverrides out;
    ipp_attribute_t *attr = ippFindAttribute(request, "overrides", IPP_TAG_BEGIN_COLLECTION);
    for (int i = 0; attr && i < ippGetCount(attr); ++i) {
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

QSizeF mediaPt(ipp_t *request)
{
    const char *media = ippGetString(ippFindAttribute(request, "media", IPP_TAG_ZERO), 0, nullptr);
    if (ipp_t *col = ippGetCollection(ippFindAttribute(request, "media-col", IPP_TAG_BEGIN_COLLECTION), 0)) {
        if (ipp_t *size =
                ippGetCollection(ippFindAttribute(col, "media-size", IPP_TAG_BEGIN_COLLECTION), 0)) {
            const int w = ippGetInteger(ippFindAttribute(size, "x-dimension", IPP_TAG_INTEGER), 0);
            const int h = ippGetInteger(ippFindAttribute(size, "y-dimension", IPP_TAG_INTEGER), 0);
            if (w > 0 && h > 0)
                return QSizeF(w * 72.0 / 2540.0, h * 72.0 / 2540.0);
        }
        media = ippGetString(ippFindAttribute(col, "media-size-name", IPP_TAG_ZERO), 0, nullptr);
    }
    if (media) {
        if (pwg_media_t *pwg = pwgMediaForPWG(media))
            return QSizeF(pwg->width * 72.0 / 2540.0, pwg->length * 72.0 / 2540.0);
    }
    return ConvertOptions().mediaPt;
}

void addTime(ipp_t *out, cups_array_t *requested, const char *timeName, const char *dateName, time_t at,
             time_t started)
{
    if (wanted(requested, timeName)) {
        if (at)
            ippAddInteger(out, IPP_TAG_JOB, IPP_TAG_INTEGER, timeName,
                          int(qMax<time_t>(1, at - started + 1)));
        else
            ippAddOutOfBand(out, IPP_TAG_JOB, IPP_TAG_NOVALUE, timeName);
    }
    if (wanted(requested, dateName)) {
        if (at)
            ippAddDate(out, IPP_TAG_JOB, dateName, ippTimeToDate(at));
        else
            ippAddOutOfBand(out, IPP_TAG_JOB, IPP_TAG_NOVALUE, dateName);
    }
}

} // namespace

bool validate(IppExchange &x)
{
    return validCopies(x) && validName(x, "job-name") && validMedia(x) && validPageRanges(x) &&
           supportedKeyword(x, "sides", "sides-supported") &&
           supportedKeyword(x, "print-color-mode", "print-color-mode-supported") &&
           supportedKeyword(x, "job-hold-until", "job-hold-until-supported", true) &&
           supportedKeyword(x, "job-sheets", "job-sheets-supported", true) &&
           supportedKeyword(x, "multiple-document-handling", "multiple-document-handling-supported");
}

bool validateDocument(IppExchange &x)
{
    ipp_attribute_t *format = ippFindAttribute(x.request, "document-format", IPP_TAG_ZERO);
    if (format && (ippGetCount(format) != 1 || ippGetValueTag(format) != IPP_TAG_MIMETYPE ||
                   ippGetGroupTag(format) != IPP_TAG_OPERATION ||
                   !ippContainsString(ippFindAttribute(x.printer->attributes.fixed(),
                                                       "document-format-supported", IPP_TAG_MIMETYPE),
                                      ippGetString(format, 0, nullptr)))) {
        echoAttribute(x, format, IPP_TAG_OPERATION);
        respond(x, IPP_STATUS_ERROR_DOCUMENT_FORMAT_NOT_SUPPORTED,
                QCoreApplication::translate("pv::ipp", "Unsupported document format."));
        return false;
    }
    ipp_attribute_t *compression = ippFindAttribute(x.request, "compression", IPP_TAG_ZERO);
    if (compression && (ippGetCount(compression) != 1 || ippGetValueTag(compression) != IPP_TAG_KEYWORD ||
                        ippGetGroupTag(compression) != IPP_TAG_OPERATION ||
                        !ippContainsString(ippFindAttribute(x.printer->attributes.fixed(),
                                                            "compression-supported", IPP_TAG_KEYWORD),
                                           ippGetString(compression, 0, nullptr)))) {
        respondUnsupported(x, compression);
        return false;
    }
    return true;
}

QString documentFormat(const IppExchange &x)
{
    return keyword(x.request, "document-format", QStringLiteral("application/octet-stream"));
}

QString detectFormat(const QByteArray &head)
{
    if (head.startsWith("%PDF"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("%!"))
        return QStringLiteral("application/postscript");
    if (head.startsWith("RaS2"))
        return QStringLiteral("image/pwg-raster");
    if (head.startsWith("UNIRAST"))
        return QStringLiteral("image/urf");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("\x89PNG"))
        return QStringLiteral("image/png");
    return QStringLiteral("text/plain");
}

void startDecompression(IppExchange &x)
{
    const char *compression =
        ippGetString(ippFindAttribute(x.request, "compression", IPP_TAG_KEYWORD), 0, nullptr);
    if (compression && strcmp(compression, "none") != 0)
        httpSetField(x.http, HTTP_FIELD_CONTENT_ENCODING, compression);
}

CaptureTicket ticket(const IppExchange &x)
{
    CaptureTicket t;
    t.request.title = keyword(x.request, "job-name", QStringLiteral("Untitled"));
    t.request.owner = x.printer->owner;
    ipp_attribute_t *copies = ippFindAttribute(x.request, "copies", IPP_TAG_INTEGER);
    t.request.copies = copies ? qBound(1, ippGetInteger(copies, 0), 999) : 1;
    t.request.sides = keyword(x.request, "sides", QStringLiteral("one-sided"));
    t.request.colorMode = keyword(x.request, "print-color-mode", QStringLiteral("auto"));
    t.request.overrides = colorOverrides(x.request);
    t.request.pageRanges = pageRanges(x.request);
    t.format = documentFormat(x);
    t.mediaPt = mediaPt(x.request);
    return t;
}

void addAttributes(ipp_t *out, const CaptureJob &job, const IppExchange &x, cups_array_t *requested)
{
    const QByteArray uri = (x.printerUri + QLatin1Char('/') + QString::number(job.id)).toUtf8();
    const time_t started = x.printer->state.started;
    if (wanted(requested, "job-id"))
        ippAddInteger(out, IPP_TAG_JOB, IPP_TAG_INTEGER, "job-id", job.id);
    if (wanted(requested, "job-uri"))
        ippAddString(out, IPP_TAG_JOB, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
    if (wanted(requested, "job-printer-uri"))
        ippAddString(out, IPP_TAG_JOB, IPP_TAG_URI, "job-printer-uri", nullptr,
                     x.printerUri.toUtf8().constData());
    if (wanted(requested, "job-name"))
        ippAddString(out, IPP_TAG_JOB, IPP_TAG_NAME, "job-name", nullptr, job.name.toUtf8().constData());
    if (wanted(requested, "job-originating-user-name"))
        ippAddString(out, IPP_TAG_JOB, IPP_TAG_NAME, "job-originating-user-name", nullptr,
                     job.user.toUtf8().constData());
    if (wanted(requested, "job-state"))
        ippAddInteger(out, IPP_TAG_JOB, IPP_TAG_ENUM, "job-state", job.state);
    if (wanted(requested, "job-state-reasons"))
        ippAddString(out, IPP_TAG_JOB, IPP_TAG_KEYWORD, "job-state-reasons", nullptr,
                     job.reason.toUtf8().constData());
    if (wanted(requested, "job-state-message"))
        ippAddString(out, IPP_TAG_JOB, IPP_TAG_TEXT, "job-state-message", nullptr,
                     job.message.toUtf8().constData());
    if (wanted(requested, "job-printer-up-time"))
        ippAddInteger(out, IPP_TAG_JOB, IPP_TAG_INTEGER, "job-printer-up-time",
                      PrinterAttributes::upTime(x.printer->state));
    addTime(out, requested, "time-at-creation", "date-time-at-creation", job.created, started);
    addTime(out, requested, "time-at-processing", "date-time-at-processing", job.processing, started);
    addTime(out, requested, "time-at-completed", "date-time-at-completed", job.completed, started);
    if (wanted(requested, "job-impressions"))
        ippAddInteger(out, IPP_TAG_JOB, IPP_TAG_INTEGER, "job-impressions", job.impressions);
    if (wanted(requested, "job-impressions-completed"))
        ippAddInteger(out, IPP_TAG_JOB, IPP_TAG_INTEGER, "job-impressions-completed",
                      job.state == IPP_JSTATE_COMPLETED ? job.impressions : 0);
    if (wanted(requested, "job-k-octets"))
        ippAddInteger(out, IPP_TAG_JOB, IPP_TAG_INTEGER, "job-k-octets", int((job.bytes + 1023) / 1024));
    if (wanted(requested, "number-of-documents"))
        ippAddInteger(out, IPP_TAG_JOB, IPP_TAG_INTEGER, "number-of-documents", job.hasDocument ? 1 : 0);
    if (wanted(requested, "copies"))
        ippAddInteger(out, IPP_TAG_JOB, IPP_TAG_INTEGER, "copies", job.copies);
    if (wanted(requested, "job-hold-until"))
        ippAddString(out, IPP_TAG_JOB, IPP_TAG_KEYWORD, "job-hold-until", nullptr,
                     job.holdUntil.toUtf8().constData());
    if (wanted(requested, "document-format-supplied") && !job.format.isEmpty())
        ippAddString(out, IPP_TAG_JOB, IPP_TAG_MIMETYPE, "document-format-supplied", nullptr,
                     job.format.toUtf8().constData());
}

} // namespace pv::ippjob
