#include "backend/Forwarder.h"

#include <cups/cups.h>

#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <sys/stat.h>
#include <unistd.h>

namespace pv::backend {

namespace {

constexpr const char *Resource = "/ipp/print";

void sleepMs(int ms)
{
    timespec ts{ms / 1000, long(ms % 1000) * 1000000L};
    nanosleep(&ts, nullptr);
}

// CUPS's status lines go to stderr, one per line (statusLine keeps them so).
void say(const char *prefix, const std::string &text)
{
    std::fputs(statusLine(prefix, text).c_str(), stderr);
    std::fflush(stderr);
}

struct Connection
{
    http_t *http = nullptr;
    ~Connection() { httpClose(http); }
};

// The daemon starts on demand (socket unit) or at login; a few short tries cover one that is
// just starting, then CUPS keeps the job and retries after its JobRetryInterval.
ForwardResult connect(const ForwardTarget &target, Connection *c)
{
    int delay = 250;
    for (int attempt = 1;; ++attempt) {
        struct stat st
        {
        };
        if (stat(target.socketPath.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) {
            c->http = httpConnect2(target.socketPath.c_str(), 0, nullptr, AF_LOCAL, HTTP_ENCRYPTION_NEVER, 1,
                                   10000, nullptr);
            if (c->http)
                return {Outcome::Held, std::string()};
        }
        if (attempt >= target.connectAttempts)
            break;
        sleepMs(delay);
        delay *= 2;
    }
    return {Outcome::NotRunning, "PrintVault is not running for this account (no daemon on " +
                                     target.socketPath + "); the job waits in CUPS until it starts"};
}

// The job's attributes, in the order the capture printer validates them.
ipp_t *printJobRequest(const JobTicket &t, const std::string &uri)
{
    ipp_t *request = ippNewRequest(IPP_OP_PRINT_JOB);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.c_str());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, t.user.c_str());
    if (!t.title.empty())
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, t.title.c_str());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr,
                 t.documentFormat.c_str());
    ippAddInteger(request, IPP_TAG_JOB, IPP_TAG_INTEGER, "copies", t.copies);
    if (!t.sides.empty())
        ippAddString(request, IPP_TAG_JOB, IPP_TAG_KEYWORD, "sides", nullptr, t.sides.c_str());
    if (!t.colorMode.empty())
        ippAddString(request, IPP_TAG_JOB, IPP_TAG_KEYWORD, "print-color-mode", nullptr, t.colorMode.c_str());
    if (!t.media.empty())
        ippAddString(request, IPP_TAG_JOB, IPP_TAG_KEYWORD, "media", nullptr, t.media.c_str());
    if (!t.holdUntil.empty())
        ippAddString(request, IPP_TAG_JOB, IPP_TAG_KEYWORD, "job-hold-until", nullptr, t.holdUntil.c_str());
    if (!t.pageRanges.empty()) {
        ipp_attribute_t *ranges =
            ippAddRange(request, IPP_TAG_JOB, "page-ranges", t.pageRanges[0].first, t.pageRanges[0].second);
        for (size_t i = 1; i < t.pageRanges.size(); ++i)
            ippSetRange(request, &ranges, int(i), t.pageRanges[i].first, t.pageRanges[i].second);
    }
    return request;
}

bool temporaryStatus(ipp_status_t status)
{
    return status == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS || status == IPP_STATUS_ERROR_BUSY ||
           status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE || status == IPP_STATUS_ERROR_TEMPORARY ||
           status == IPP_STATUS_ERROR_INTERNAL || status == IPP_STATUS_ERROR_DEVICE ||
           status == IPP_STATUS_ERROR_TIMEOUT;
}

std::string statusText(ipp_t *response)
{
    const char *message =
        ippGetString(ippFindAttribute(response, "status-message", IPP_TAG_TEXT), 0, nullptr);
    std::string text = ippErrorString(response ? ippGetStatusCode(response) : cupsLastError());
    if (message && *message)
        text += std::string(": ") + message;
    else if (!response && cupsLastErrorString())
        text += std::string(": ") + cupsLastErrorString();
    return text;
}

struct Sent
{
    ForwardResult result;
    int jobId = 0;
};

// Print-Job with the document streamed in chunks straight from CUPS's file or pipe.
Sent sendDocument(http_t *http, const JobTicket &t, const ForwardTarget &target)
{
    const std::string uri = socketPrinterUri(target.socketPath);
    ipp_t *request = printJobRequest(t, uri);
    http_status_t http_status = cupsSendRequest(http, request, Resource, CUPS_LENGTH_VARIABLE);
    ippDelete(request);
    char buffer[65536];
    ssize_t n = 0;
    while (http_status == HTTP_STATUS_CONTINUE &&
           ((n = read(target.documentFd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))) {
        if (n > 0)
            http_status = cupsWriteRequestData(http, buffer, size_t(n));
    }
    if (n < 0) {
        const int readError = errno;
        httpShutdown(http);
        return {{Outcome::Failed, std::string("Cannot read the document: ") + std::strerror(readError)}, 0};
    }
    if (http_status != HTTP_STATUS_CONTINUE) {
        // The daemon went away mid-stream: nothing was acknowledged, CUPS still has the file.
        ipp_t *early = cupsGetResponse(http, Resource);
        Sent sent{{Outcome::Temporary, "PrintVault stopped taking the document (" + statusText(early) + ")"},
                  0};
        ippDelete(early);
        return sent;
    }
    ipp_t *response = cupsGetResponse(http, Resource);
    if (!response)
        return {{Outcome::Temporary, "PrintVault did not acknowledge the job (" + statusText(nullptr) + ")"},
                0};
    const ipp_status_t status = ippGetStatusCode(response);
    Sent sent;
    if (status <= IPP_STATUS_OK_EVENTS_COMPLETE) {
        sent.jobId = ippGetInteger(ippFindAttribute(response, "job-id", IPP_TAG_INTEGER), 0);
        sent.result = {Outcome::Held, std::string()};
    } else {
        sent.result = {temporaryStatus(status) ? Outcome::Temporary : Outcome::Refused,
                       "PrintVault did not take the job: " + statusText(response)};
    }
    ippDelete(response);
    return sent;
}

struct JobState
{
    ipp_jstate_t state = IPP_JSTATE_PENDING;
    std::string message;
    bool answered = false;
};

JobState jobState(http_t *http, const std::string &uri, const std::string &user, int jobId)
{
    static const char *const wanted[] = {"job-state", "job-state-message"};
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.c_str());
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, user.c_str());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr, wanted);
    ipp_t *response = cupsDoRequest(http, request, Resource);
    JobState s;
    if (response && ippGetStatusCode(response) <= IPP_STATUS_OK_EVENTS_COMPLETE) {
        s.answered = true;
        s.state = ipp_jstate_t(ippGetInteger(ippFindAttribute(response, "job-state", IPP_TAG_ENUM), 0));
        const char *m =
            ippGetString(ippFindAttribute(response, "job-state-message", IPP_TAG_TEXT), 0, nullptr);
        s.message = m ? m : "";
    }
    ippDelete(response);
    return s;
}

// Waits `ms`, or less if CUPS cancels the job meanwhile (its SIGTERM, blocked by the caller so
// that it is taken here, never in the middle of a request). True when the job was cancelled.
bool waitOrCanceled(const sigset_t &term, int ms)
{
    const timespec ts{ms / 1000, long(ms % 1000) * 1000000L};
    return sigtimedwait(&term, nullptr, &ts) == SIGTERM;
}

// The job is durable once acknowledged; it stays "processing" until converted and held (or
// aborted as malformed). Waiting for that makes CUPS's "completed" mean "held in the vault".
// Cancelling the CUPS job now (cancel, lprm) cannot take the document back: the daemon holds
// it, once, and CUPS does not send a cancelled job again. The backend says so and ends.
ForwardResult waitUntilHeld(http_t *http, const JobTicket &t, const ForwardTarget &target, int jobId)
{
    sigset_t term;
    sigemptyset(&term);
    sigaddset(&term, SIGTERM);
    sigprocmask(SIG_BLOCK, &term, nullptr);
    const std::string uri = socketPrinterUri(target.socketPath);
    const time_t deadline = time(nullptr) + target.waitSeconds;
    int delay = 100;
    while (time(nullptr) < deadline) {
        const JobState s = jobState(http, uri, t.user, jobId);
        if (!s.answered) {
            // A daemon that stops now holds the job when it starts again (its draft resumes).
            return {Outcome::Held,
                    "PrintVault acknowledged the job; it is held when PrintVault starts again"};
        }
        if (s.state == IPP_JSTATE_COMPLETED)
            return {Outcome::Held, s.message.empty() ? std::string("Held in PrintVault") : s.message};
        if (s.state == IPP_JSTATE_ABORTED || s.state == IPP_JSTATE_CANCELED)
            return {Outcome::Refused,
                    s.message.empty() ? std::string("PrintVault did not hold the document") : s.message};
        if (waitOrCanceled(term, delay))
            return {Outcome::Held, "Canceled in CUPS after PrintVault had stored the document: it is held "
                                   "in PrintVault; delete it there if it is not wanted"};
        delay = delay < 1000 ? delay * 2 : 1000;
    }
    return {Outcome::Held, "PrintVault acknowledged the job and is still converting it"};
}

} // namespace

std::string socketPrinterUri(const std::string &socketPath)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string host;
    for (const unsigned char c : socketPath) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            host += char(c);
        } else {
            host += '%';
            host += hex[c >> 4];
            host += hex[c & 15];
        }
    }
    return "ipp://" + host + Resource;
}

ForwardResult forward(const JobTicket &ticket, const ForwardTarget &target)
{
    say("STATE:", "+connecting-to-device");
    Connection c;
    if (ForwardResult r = connect(target, &c); !c.http)
        return r;
    say("STATE:", "-connecting-to-device");
    say("INFO:", "Sending the job to PrintVault");
    const Sent sent = sendDocument(c.http, ticket, target);
    if (sent.result.outcome != Outcome::Held)
        return sent.result;
    say("INFO:", "PrintVault acknowledged the job (stored encrypted); waiting until it is held");
    return waitUntilHeld(c.http, ticket, target, sent.jobId);
}

} // namespace pv::backend
