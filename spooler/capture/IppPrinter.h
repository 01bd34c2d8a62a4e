#pragma once

#include "capture/CaptureJobs.h"
#include "capture/IppSubscriptions.h"
#include "capture/JobConversion.h"
#include "capture/PrinterAttributes.h"

#include <QString>

#include <cups/ipp.h>

#include <atomic>
#include <functional>

typedef struct _http_s http_t;

namespace pv {

class Vault;

// What request handlers share: the printer's description and state, its job table, the vault
// its documents go into and the conversion that holds them. Owned by the IppServer; used from
// its connection and conversion threads (every member is thread-safe or fixed after start).
struct IppPrinter
{
    IppPrinter(const QString &name, IntakeLimits limits)
        : attributes(name, limits)
    {}

    PrinterAttributes attributes;
    PrinterState state;
    CaptureJobs jobs;
    IppSubscriptions subscriptions;
    Vault *vault = nullptr;
    JobConversion *conversion = nullptr;
    QString owner;                                          // the account whose vault this is
    std::function<void(const QString &)> identify;          // Identify-Printer: hands over to the main thread
    std::function<void(int jobId, ConversionTask)> convert; // an acknowledged document, to be held
    std::function<void(bool)> setAccepting; // Enable-/Disable-Printer: the daemon's capture pause
    std::function<void(bool)> setPaused;    // Pause-/Resume-Printer: holding stops and resumes
    std::atomic<bool> stopping{false};
};

// One request and its reply, as a connection thread handles it.
struct IppExchange
{
    http_t *http = nullptr;
    ipp_t *request = nullptr;
    ipp_t *response = nullptr;
    IppPrinter *printer = nullptr;
    QString printerUri;     // the printer's URI on the listener the client came through
    QString requestingUser; // requesting-user-name, for job listings only: the owner is the account
    int targetJobId = 0;    // from job-id or a job-uri
    // The document that follows the request: httpRead2 on http (decompressed as the request's
    // compression says) unless set. fuzz_ipp sets it to read the rest of its input.
    std::function<ssize_t(char *buffer, size_t size)> readBody;
};

// The one reply path: the status and, for errors, a message that says why. The message joins
// the operation group, so it is given before any attribute of a later group is added.
void respond(IppExchange &x, ipp_status_t status, const QString &message = QString());
// An attribute the printer does not support (or not with this value): copied into the
// unsupported-attributes group, with client-error-attributes-or-values-not-supported.
void respondUnsupported(IppExchange &x, ipp_attribute_t *attr);
// The attribute, copied into the unsupported-attributes group (as 'unsupported' when its value
// cannot be sent back as it came).
void addUnsupported(IppExchange &x, ipp_attribute_t *attr);
// A request's attribute, copied into `group` of the response: as it came, or as 'unsupported'
// when libcups would not send it back in as many bytes as it counts (a syntax it does not know).
void echoAttribute(IppExchange &x, ipp_attribute_t *attr, ipp_tag_t group);

} // namespace pv
