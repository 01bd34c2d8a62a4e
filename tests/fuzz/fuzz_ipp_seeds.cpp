// Writes fuzz_ipp's seed corpus (tests/fuzz/corpus-ipp): real requests as an IPP client sends
// them, encoded by libcups, each followed by its document. fuzz_ipp_seeds DIR; the seeds are
// committed, so this runs only when they are to change.
#include <cups/cups.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace {

const char *const PrinterUri = "ipp://localhost/ipp/print";

const char Pdf[] = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                   "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                   "trailer << /Root 1 0 R >>\n%%EOF\n";

ipp_t *request(ipp_op_t op)
{
    ipp_t *r = ippNewRequest(op);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, PrinterUri);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, "fuzz");
    return r;
}

ipp_t *jobRequest(ipp_op_t op, int jobId)
{
    ipp_t *r = request(op);
    ippAddInteger(r, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    return r;
}

void jobTemplate(ipp_t *r, const char *format)
{
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, "Quarterly report");
    if (format)
        ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr, format);
    ippAddInteger(r, IPP_TAG_JOB, IPP_TAG_INTEGER, "copies", 2);
    ippAddString(r, IPP_TAG_JOB, IPP_TAG_KEYWORD, "sides", nullptr, "two-sided-long-edge");
    ippAddString(r, IPP_TAG_JOB, IPP_TAG_KEYWORD, "print-color-mode", nullptr, "monochrome");
    ippAddString(r, IPP_TAG_JOB, IPP_TAG_KEYWORD, "media", nullptr, "iso_a4_210x297mm");
    ippAddRange(r, IPP_TAG_JOB, "page-ranges", 1, 3);
}

ssize_t writeFile(void *context, ipp_uchar_t *buffer, size_t bytes)
{
    return ssize_t(fwrite(buffer, 1, bytes, static_cast<FILE *>(context)));
}

bool save(const std::string &dir, const char *name, ipp_t *r, const std::string &document = {})
{
    FILE *f = fopen((dir + "/" + name).c_str(), "wb");
    if (!f)
        return false;
    ipp_state_t state;
    while ((state = ippWriteIO(f, writeFile, 1, nullptr, r)) != IPP_STATE_DATA) {
        if (state == IPP_STATE_ERROR)
            break;
    }
    fwrite(document.data(), 1, document.size(), f);
    ippDelete(r);
    return fclose(f) == 0 && state == IPP_STATE_DATA;
}

ipp_t *mediaColJob(ipp_op_t op)
{
    ipp_t *r = request(op);
    jobTemplate(r, "text/plain");
    ipp_t *size = ippNew();
    ippAddInteger(size, IPP_TAG_ZERO, IPP_TAG_INTEGER, "x-dimension", 21590);
    ippAddInteger(size, IPP_TAG_ZERO, IPP_TAG_INTEGER, "y-dimension", 27940);
    ipp_t *col = ippNew();
    ippAddCollection(col, IPP_TAG_ZERO, "media-size", size);
    ippAddString(col, IPP_TAG_ZERO, IPP_TAG_KEYWORD, "media-size-name", nullptr, "na_letter_8.5x11in");
    ippAddCollection(r, IPP_TAG_JOB, "media-col", col);
    ippDelete(size);
    ippDelete(col);
    ippAddString(r, IPP_TAG_JOB, IPP_TAG_KEYWORD, "job-hold-until", nullptr, "indefinite");
    ipp_t *override = ippNew();
    ippAddRange(override, IPP_TAG_ZERO, "pages", 2, 2);
    ippAddString(override, IPP_TAG_ZERO, IPP_TAG_KEYWORD, "print-color-mode", nullptr, "color");
    ippAddCollection(r, IPP_TAG_JOB, "overrides", override);
    ippDelete(override);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: fuzz_ipp_seeds DIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    bool ok = true;

    ipp_t *r = request(IPP_OP_PRINT_JOB);
    jobTemplate(r, "application/pdf");
    ok &= save(dir, "print-job-pdf", r, Pdf);

    ok &= save(dir, "print-job-text-media-col", mediaColJob(IPP_OP_PRINT_JOB), "Hello\tworld\f\npage two\n");

    r = request(IPP_OP_PRINT_JOB);
    jobTemplate(r, "application/octet-stream");
    ok &= save(dir, "print-job-autotype-ps", r, "%!PS-Adobe-3.0\nshowpage\n");

    r = request(IPP_OP_PRINT_JOB);
    jobTemplate(r, "image/pwg-raster");
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "compression", nullptr, "gzip");
    ok &= save(dir, "print-job-raster-gzip", r, std::string("RaS2PwgRaster\0\0\0", 16));

    r = request(IPP_OP_VALIDATE_JOB);
    jobTemplate(r, "image/urf");
    ippAddString(r, IPP_TAG_JOB, IPP_TAG_KEYWORD, "job-sheets", nullptr, "none");
    ippAddString(r, IPP_TAG_JOB, IPP_TAG_KEYWORD, "multiple-document-handling", nullptr,
                 "separate-documents-collated-copies");
    ok &= save(dir, "validate-job", r);

    r = request(IPP_OP_VALIDATE_JOB);
    ippAddString(r, IPP_TAG_JOB, IPP_TAG_KEYWORD, "sides", nullptr, "three-sided");
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "compression", nullptr, "compress");
    ok &= save(dir, "validate-job-unsupported", r);

    ok &= save(dir, "create-job", mediaColJob(IPP_OP_CREATE_JOB));

    r = jobRequest(IPP_OP_SEND_DOCUMENT, 1);
    ippAddBoolean(r, IPP_TAG_OPERATION, "last-document", 1);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr, "application/pdf");
    ok &= save(dir, "send-document", r, Pdf);

    r = request(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr, "all");
    ok &= save(dir, "get-printer-attributes", r);

    r = request(IPP_OP_GET_PRINTER_ATTRIBUTES);
    static const char *const groups[] = {"printer-description", "job-template", "media-col-database"};
    ippAddStrings(r, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, groups);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr, "application/pdf");
    ok &= save(dir, "get-printer-attributes-groups", r);

    r = request(IPP_OP_GET_JOBS);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nullptr, "all");
    ippAddBoolean(r, IPP_TAG_OPERATION, "my-jobs", 1);
    ippAddInteger(r, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "limit", 2);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr, "all");
    ok &= save(dir, "get-jobs", r);

    r = jobRequest(IPP_OP_GET_JOB_ATTRIBUTES, 3);
    ok &= save(dir, "get-job-attributes", r);

    ok &= save(dir, "cancel-job", jobRequest(IPP_OP_CANCEL_JOB, 1));

    r = ippNewRequest(IPP_OP_CANCEL_JOB);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, "ipp://localhost/ipp/print/2");
    ok &= save(dir, "cancel-job-uri", r);

    ok &= save(dir, "close-job", jobRequest(IPP_OP_CLOSE_JOB, 1));
    ok &= save(dir, "hold-job", jobRequest(IPP_OP_HOLD_JOB, 1));
    ok &= save(dir, "release-job", jobRequest(IPP_OP_RELEASE_JOB, 2));
    ok &= save(dir, "cancel-my-jobs", request(IPP_OP_CANCEL_MY_JOBS));

    r = jobRequest(IPP_OP_SET_JOB_ATTRIBUTES, 1);
    ippAddString(r, IPP_TAG_JOB, IPP_TAG_NAME, "job-name", nullptr, "renamed");
    ok &= save(dir, "set-job-attributes", r);

    r = request(IPP_OP_IDENTIFY_PRINTER);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "identify-actions", nullptr, "display");
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_TEXT, "message", nullptr, "Here");
    ok &= save(dir, "identify-printer", r);

    ok &= save(dir, "pause-printer", request(IPP_OP_PAUSE_PRINTER));
    ok &= save(dir, "disable-printer", request(IPP_OP_DISABLE_PRINTER));

    r = request(IPP_OP_CREATE_PRINTER_SUBSCRIPTIONS);
    ippAddString(r, IPP_TAG_SUBSCRIPTION, IPP_TAG_KEYWORD, "notify-pull-method", nullptr, "ippget");
    static const char *const events[] = {"job-state-changed", "printer-state-changed"};
    ippAddStrings(r, IPP_TAG_SUBSCRIPTION, IPP_TAG_KEYWORD, "notify-events", 2, nullptr, events);
    ippAddInteger(r, IPP_TAG_SUBSCRIPTION, IPP_TAG_INTEGER, "notify-lease-duration", 60);
    ok &= save(dir, "create-printer-subscriptions", r);

    r = jobRequest(IPP_OP_CREATE_JOB_SUBSCRIPTIONS, 1);
    ippAddString(r, IPP_TAG_SUBSCRIPTION, IPP_TAG_KEYWORD, "notify-pull-method", nullptr, "ippget");
    ok &= save(dir, "create-job-subscriptions", r);

    r = request(IPP_OP_GET_NOTIFICATIONS);
    ippAddInteger(r, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-subscription-ids", 1);
    ippAddInteger(r, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-sequence-numbers", 1);
    ippAddBoolean(r, IPP_TAG_OPERATION, "notify-wait", 1);
    ok &= save(dir, "get-notifications", r);

    r = request(IPP_OP_GET_SUBSCRIPTIONS);
    ippAddBoolean(r, IPP_TAG_OPERATION, "my-subscriptions", 1);
    ok &= save(dir, "get-subscriptions", r);

    return ok ? 0 : 1;
}
