// Threads: run() and everything below it on the connection's own thread; the http_t belongs
// to that thread alone. libcups does all HTTP parsing and IPP encoding.
#include "capture/IppClientConnection.h"

#include "capture/IppOperations.h"
#include "common/CupsHandles.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cups/cups.h>

#include <cstring>
#include <vector>

namespace pv {

namespace {

constexpr int IdleTimeoutMs = 60000;
const char *const Resource = "/ipp/print";

using IppPtr = IppHandle;

ssize_t countBytes(void *context, ipp_uchar_t *, size_t bytes)
{
    *static_cast<size_t *>(context) += bytes;
    return ssize_t(bytes);
}

// Whether libcups writes the message in as many bytes as ippLength says (the Content-Length).
// It does not for a value tag it does not know, which it reads in one byte and writes in five
// (found by fuzz_ipp): echoed back, such a value would desynchronise the connection.
bool encodesAsCounted(ipp_t *message)
{
    size_t written = 0;
    ipp_state_t state;
    while ((state = ippWriteIO(&written, countBytes, 1, nullptr, message)) != IPP_STATE_DATA) {
        if (state == IPP_STATE_ERROR)
            return false;
    }
    return written == ippLength(message);
}

// The job a job-uri names ("…/ipp/print/ID"), 0 if none; -1 when the URI is not the printer's.
int jobFromResource(const char *resource)
{
    const size_t length = strlen(Resource);
    if (strcmp(resource, Resource) == 0)
        return 0;
    if (strncmp(resource, Resource, length) != 0 || resource[length] != '/')
        return -1;
    bool ok = false;
    const int id = QByteArray(resource + length + 1).toInt(&ok);
    return ok && id > 0 ? id : -1;
}

} // namespace

void respond(IppExchange &x, ipp_status_t status, const QString &message)
{
    ippSetStatusCode(x.response, status);
    if (message.isEmpty())
        return;
    if (ipp_attribute_t *old = ippFindAttribute(x.response, "status-message", IPP_TAG_TEXT))
        ippDeleteAttribute(x.response, old);
    // status-message belongs to the operation group, which comes first: a client (libcups) refuses
    // a response whose groups are out of order (found by fuzz_ipp). libcups only appends, so the
    // later groups an operation already added (unsupported, subscription, job) move behind it.
    IppPtr later(ippNew());
    std::vector<ipp_attribute_t *> moved;
    for (ipp_attribute_t *attr = ippFirstAttribute(x.response); attr; attr = ippNextAttribute(x.response)) {
        if (ippGetGroupTag(attr) != IPP_TAG_OPERATION)
            moved.push_back(attr);
    }
    for (ipp_attribute_t *attr : moved) {
        if (ippGetName(attr))
            ippCopyAttribute(later.get(), attr, 0);
        else
            ippAddSeparator(later.get());
        ippDeleteAttribute(x.response, attr);
    }
    ippAddString(x.response, IPP_TAG_OPERATION, IPP_TAG_TEXT, "status-message", nullptr,
                 message.toUtf8().constData());
    for (ipp_attribute_t *attr = ippFirstAttribute(later.get()); attr; attr = ippNextAttribute(later.get())) {
        if (ippGetName(attr))
            ippCopyAttribute(x.response, attr, 0);
        else
            ippAddSeparator(x.response);
    }
}

void respondUnsupported(IppExchange &x, ipp_attribute_t *attr)
{
    respond(x, IPP_STATUS_ERROR_ATTRIBUTES_OR_VALUES,
            QCoreApplication::translate("pv::ipp", "Unsupported %1 value.")
                .arg(QString::fromUtf8(ippGetName(attr))));
    addUnsupported(x, attr);
}

void addUnsupported(IppExchange &x, ipp_attribute_t *attr)
{
    echoAttribute(x, attr, IPP_TAG_UNSUPPORTED_GROUP);
}

void echoAttribute(IppExchange &x, ipp_attribute_t *attr, ipp_tag_t group)
{
    IppPtr alone(ippNew());
    ippCopyAttribute(alone.get(), attr, 0);
    if (encodesAsCounted(alone.get())) {
        ipp_attribute_t *copy = ippCopyAttribute(x.response, attr, 0);
        ippSetGroupTag(x.response, &copy, group);
    } else {
        // RFC 8011 4.1.7: an attribute whose syntax the printer does not support comes back
        // with the out-of-band value 'unsupported'.
        ippAddOutOfBand(x.response, group, IPP_TAG_UNSUPPORTED_VALUE, ippGetName(attr));
    }
}

namespace {

bool validateTarget(IppExchange &x);

// ippeveprinter's order: version, request-id, group order, charset, language, target.
bool validateRequest(IppExchange &x)
{
    int minor = 0;
    const int major = ippGetVersion(x.request, &minor);
    if (major < 1 || major > 2) {
        respond(x, IPP_STATUS_ERROR_VERSION_NOT_SUPPORTED,
                QCoreApplication::translate("pv::ipp", "Bad request version number %1.%2.")
                    .arg(major)
                    .arg(minor));
        return false;
    }
    if (ippGetRequestId(x.request) <= 0) {
        respond(x, IPP_STATUS_ERROR_BAD_REQUEST, QCoreApplication::translate("pv::ipp", "Bad request-id."));
        return false;
    }
    ipp_tag_t group = IPP_TAG_ZERO;
    for (ipp_attribute_t *attr = ippFirstAttribute(x.request); attr; attr = ippNextAttribute(x.request)) {
        const ipp_tag_t g = ippGetGroupTag(attr);
        if (g != IPP_TAG_ZERO && g < group) {
            respond(x, IPP_STATUS_ERROR_BAD_REQUEST,
                    QCoreApplication::translate("pv::ipp", "Attribute groups are out of order."));
            return false;
        }
        if (g != IPP_TAG_ZERO)
            group = g;
        // A name starting with NUL reads as "", and echoed it would be written as a zero-length
        // name, an additional value no client can read (found by fuzz_ipp's long run).
        const char *name = ippGetName(attr);
        if (g != IPP_TAG_ZERO && name && !*name) {
            respond(x, IPP_STATUS_ERROR_BAD_REQUEST,
                    QCoreApplication::translate("pv::ipp", "An attribute has no name."));
            return false;
        }
    }
    ipp_attribute_t *charset = ippFirstAttribute(x.request);
    ipp_attribute_t *language = ippNextAttribute(x.request);
    const char *charsetName = charset ? ippGetName(charset) : nullptr;
    const char *languageName = language ? ippGetName(language) : nullptr;
    if (!charsetName || strcmp(charsetName, "attributes-charset") != 0 ||
        ippGetValueTag(charset) != IPP_TAG_CHARSET || !languageName ||
        strcmp(languageName, "attributes-natural-language") != 0 ||
        ippGetValueTag(language) != IPP_TAG_LANGUAGE) {
        respond(x, IPP_STATUS_ERROR_BAD_REQUEST,
                QCoreApplication::translate(
                    "pv::ipp", "Missing or bad attributes-charset or attributes-natural-language."));
        return false;
    }
    const char *charsetValue = ippGetString(charset, 0, nullptr);
    if (strcasecmp(charsetValue, "utf-8") != 0 && strcasecmp(charsetValue, "us-ascii") != 0) {
        respond(x, IPP_STATUS_ERROR_CHARSET, QCoreApplication::translate("pv::ipp", "Unsupported charset."));
        return false;
    }
    const char *user =
        ippGetString(ippFindAttribute(x.request, "requesting-user-name", IPP_TAG_NAME), 0, nullptr);
    x.requestingUser = user ? QString::fromUtf8(user) : x.printer->owner;
    return validateTarget(x);
}

// printer-uri (with job-id for job operations) or job-uri, naming this printer.
bool validateTarget(IppExchange &x)
{
    ipp_attribute_t *target = ippFindAttribute(x.request, "printer-uri", IPP_TAG_URI);
    if (!target)
        target = ippFindAttribute(x.request, "job-uri", IPP_TAG_URI);
    if (!target || ippGetGroupTag(target) != IPP_TAG_OPERATION) {
        respond(x, IPP_STATUS_ERROR_BAD_REQUEST,
                QCoreApplication::translate("pv::ipp", "Missing printer-uri or job-uri."));
        return false;
    }
    char scheme[32], userpass[256], host[256], resource[1024];
    int port = 0;
    if (httpSeparateURI(HTTP_URI_CODING_ALL, ippGetString(target, 0, nullptr), scheme, sizeof scheme,
                        userpass, sizeof userpass, host, sizeof host, &port, resource,
                        sizeof resource) < HTTP_URI_STATUS_OK) {
        respond(x, IPP_STATUS_ERROR_ATTRIBUTES_OR_VALUES,
                QCoreApplication::translate("pv::ipp", "Bad URI value."));
        return false;
    }
    const int job = jobFromResource(resource);
    if (job < 0 || (strcmp(ippGetName(target), "job-uri") == 0) != (job > 0)) {
        respond(x, IPP_STATUS_ERROR_NOT_FOUND,
                QCoreApplication::translate("pv::ipp", "No such printer or job."));
        return false;
    }
    x.targetJobId = job;
    if (ipp_attribute_t *id = ippFindAttribute(x.request, "job-id", IPP_TAG_ZERO)) {
        if (ippGetValueTag(id) != IPP_TAG_INTEGER || ippGetGroupTag(id) != IPP_TAG_OPERATION) {
            respond(x, IPP_STATUS_ERROR_BAD_REQUEST, QCoreApplication::translate("pv::ipp", "Bad job-id."));
            return false;
        }
        x.targetJobId = ippGetInteger(id, 0);
    }
    return true;
}

void dispatch(IppExchange &x)
{
    switch (ippGetOperation(x.request)) {
    case IPP_OP_PRINT_JOB:
        return ippop::printJob(x);
    case IPP_OP_VALIDATE_JOB:
        return ippop::validateJob(x);
    case IPP_OP_CREATE_JOB:
        return ippop::createJob(x);
    case IPP_OP_SEND_DOCUMENT:
        return ippop::sendDocument(x);
    case IPP_OP_CLOSE_JOB:
        return ippop::closeJob(x);
    case IPP_OP_CANCEL_JOB:
        return ippop::cancelJob(x);
    case IPP_OP_CANCEL_MY_JOBS:
        return ippop::cancelMyJobs(x);
    case IPP_OP_RELEASE_JOB:
        return ippop::releaseJob(x);
    case IPP_OP_GET_JOB_ATTRIBUTES:
        return ippop::getJobAttributes(x);
    case IPP_OP_GET_JOBS:
        return ippop::getJobs(x);
    case IPP_OP_GET_PRINTER_ATTRIBUTES:
        return ippop::getPrinterAttributes(x);
    case IPP_OP_IDENTIFY_PRINTER:
        return ippop::identifyPrinter(x);
    case IPP_OP_HOLD_JOB:
        return ippop::holdJob(x);
    case IPP_OP_RESTART_JOB:
        return ippop::restartJob(x);
    case IPP_OP_PAUSE_PRINTER:
        return ippop::pausePrinter(x);
    case IPP_OP_RESUME_PRINTER:
        return ippop::resumePrinter(x);
    case IPP_OP_ENABLE_PRINTER:
        return ippop::enablePrinter(x);
    case IPP_OP_DISABLE_PRINTER:
        return ippop::disablePrinter(x);
    case IPP_OP_PURGE_JOBS:
        return ippop::purgeJobs(x);
    case IPP_OP_SET_PRINTER_ATTRIBUTES:
        return ippop::setPrinterAttributes(x);
    case IPP_OP_SET_JOB_ATTRIBUTES:
        return ippop::setJobAttributes(x);
    case IPP_OP_GET_PRINTER_SUPPORTED_VALUES:
        return ippop::getPrinterSupportedValues(x);
    case IPP_OP_CREATE_PRINTER_SUBSCRIPTIONS:
        return ippop::createPrinterSubscriptions(x);
    case IPP_OP_CREATE_JOB_SUBSCRIPTIONS:
        return ippop::createJobSubscriptions(x);
    case IPP_OP_GET_SUBSCRIPTION_ATTRIBUTES:
        return ippop::getSubscriptionAttributes(x);
    case IPP_OP_GET_SUBSCRIPTIONS:
        return ippop::getSubscriptions(x);
    case IPP_OP_RENEW_SUBSCRIPTION:
        return ippop::renewSubscription(x);
    case IPP_OP_CANCEL_SUBSCRIPTION:
        return ippop::cancelSubscription(x);
    case IPP_OP_GET_NOTIFICATIONS:
        return ippop::getNotifications(x);
    default:
        respond(x, IPP_STATUS_ERROR_OPERATION_NOT_SUPPORTED,
                QCoreApplication::translate("pv::ipp", "Operation not supported."));
    }
}

} // namespace

void processIppRequest(IppExchange &x)
{
    if (validateRequest(x))
        dispatch(x);
    qCDebug(lcIpp) << ippOpString(ippGetOperation(x.request)) << "->"
                   << ippErrorString(ippGetStatusCode(x.response));
}

IppClientConnection::IppClientConnection(http_t *http, IppPrinter *printer, QString printerUri)
    : m_http(http)
    , m_printer(printer)
    , m_printerUri(std::move(printerUri))
{
    // A client that stops sending halfway is given up after half a minute.
    httpSetTimeout(m_http, 30.0, nullptr, nullptr);
}

IppClientConnection::~IppClientConnection()
{
    httpClose(m_http);
}

void IppClientConnection::run()
{
    while (waitForRequest() && handleRequest()) {
    }
}

// Short waits, so that a stopping printer is noticed within a fifth of a second.
bool IppClientConnection::waitForRequest()
{
    QElapsedTimer idle;
    idle.start();
    while (!m_printer->stopping) {
        if (httpWait(m_http, 200))
            return true;
        if (idle.elapsed() > IdleTimeoutMs)
            return false;
    }
    return false;
}

bool IppClientConnection::handleRequest()
{
    char uri[1024];
    const http_state_t method = httpReadRequest(m_http, uri, sizeof uri);
    if (method == HTTP_STATE_WAITING)
        return true;
    if (method == HTTP_STATE_ERROR)
        return false; // closed by the client, or garbage
    if (method == HTTP_STATE_UNKNOWN_METHOD || method == HTTP_STATE_UNKNOWN_VERSION) {
        sendHttp(HTTP_STATUS_BAD_REQUEST, "Bad request\n");
        return false;
    }
    http_status_t status;
    while ((status = httpUpdate(m_http)) == HTTP_STATUS_CONTINUE) {
    }
    if (status != HTTP_STATUS_OK) {
        sendHttp(HTTP_STATUS_BAD_REQUEST, "Bad request\n");
        return false;
    }
    if (method != HTTP_STATE_POST) {
        // No web interface: only IPP over POST.
        httpFlush(m_http);
        return sendHttp(method == HTTP_STATE_GET || method == HTTP_STATE_HEAD
                            ? HTTP_STATUS_NOT_FOUND
                            : HTTP_STATUS_METHOD_NOT_ALLOWED,
                        "PrintVault takes IPP requests only\n") &&
               httpGetKeepAlive(m_http) != HTTP_KEEPALIVE_OFF;
    }
    if (strcmp(uri, Resource) != 0 && jobFromResource(uri) < 0) {
        httpFlush(m_http);
        return sendHttp(HTTP_STATUS_NOT_FOUND, "Not found\n");
    }
    if (!handlePost())
        return false;
    return httpGetKeepAlive(m_http) != HTTP_KEEPALIVE_OFF;
}

bool IppClientConnection::handlePost()
{
    const char *type = httpGetField(m_http, HTTP_FIELD_CONTENT_TYPE);
    if (!type || strcmp(type, "application/ipp") != 0) {
        httpFlush(m_http);
        return sendHttp(HTTP_STATUS_BAD_REQUEST, "Content-Type must be application/ipp\n");
    }
    if (httpGetExpect(m_http) == HTTP_STATUS_CONTINUE) {
        httpClearFields(m_http);
        if (httpWriteResponse(m_http, HTTP_STATUS_CONTINUE) < 0)
            return false;
    }
    IppPtr request(ippNew());
    ipp_state_t state;
    while ((state = ippRead(m_http, request.get())) != IPP_STATE_DATA) {
        if (state == IPP_STATE_ERROR) {
            httpFlush(m_http);
            sendHttp(HTTP_STATUS_BAD_REQUEST, "Bad IPP request\n");
            return false;
        }
    }
    IppPtr response(ippNewResponse(request.get()));
    IppExchange x;
    x.http = m_http;
    x.request = request.get();
    x.response = response.get();
    x.printer = m_printer;
    x.printerUri = m_printerUri;
    processIppRequest(x);
    // What the client sent and the operation did not read (an unwanted document) goes first.
    if (httpGetState(m_http) != HTTP_STATE_POST_SEND)
        httpFlush(m_http);
    return sendResponse(response.get());
}

bool IppClientConnection::sendResponse(ipp_t *response)
{
    httpClearFields(m_http);
    httpSetField(m_http, HTTP_FIELD_CONTENT_TYPE, "application/ipp");
    httpSetLength(m_http, ippLength(response));
    if (httpWriteResponse(m_http, HTTP_STATUS_OK) < 0)
        return false;
    ippSetState(response, IPP_STATE_IDLE);
    ipp_state_t state;
    while ((state = ippWrite(m_http, response)) != IPP_STATE_DATA) {
        if (state == IPP_STATE_ERROR)
            return false;
    }
    return httpFlushWrite(m_http) >= 0;
}

bool IppClientConnection::sendHttp(http_status_t status, const char *text)
{
    httpClearFields(m_http);
    httpSetField(m_http, HTTP_FIELD_CONTENT_TYPE, "text/plain");
    httpSetLength(m_http, strlen(text));
    if (httpWriteResponse(m_http, status) < 0)
        return false;
    return httpWrite2(m_http, text, strlen(text)) >= 0 && httpFlushWrite(m_http) >= 0;
}

} // namespace pv
