#include "release/IppClient.h"

#include "common/CupsHandles.h"
#include "common/Logging.h"
#include "common/ReconnectCheck.h"
#include "release/PrinterTrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QThread>

#include <cups/cups.h>

#include <memory>
#include <optional>
#include <vector>

namespace pv::release {

namespace {

using Http = HttpHandle;
using Ipp = IppHandle;

Error printerError(const QString &code, const QString &message)
{
    return Error{code, message};
}

// The SHA-256 (hex) of the certificate the peer of a TLS connection showed.
Result<QString> peerCertificate(http_t *http, const QString &uri)
{
    cups_array_t *credentials = nullptr;
    if (httpCopyCredentials(http, &credentials) != 0 || !credentials)
        return Error{
            QStringLiteral("printer-unreachable"),
            QCoreApplication::translate("pv::release", "the printer at %1 showed no certificate").arg(uri)};
    const auto *leaf = static_cast<http_credential_t *>(cupsArrayFirst(credentials));
    const QByteArray der =
        leaf ? QByteArray(static_cast<const char *>(leaf->data), qsizetype(leaf->datalen)) : QByteArray();
    httpFreeCredentials(credentials);
    if (der.isEmpty())
        return Error{
            QStringLiteral("printer-unreachable"),
            QCoreApplication::translate("pv::release", "the printer at %1 showed no certificate").arg(uri)};
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

// Checks the certificate the connection shows now against the pin for host:port. Called after
// every answer too: libcups reconnects on its own (keep-alive closed, a poll after a reset),
// and a new connection may be to someone else, who must not be believed about the job.
Status checkPeer(http_t *http, const QString &uri, PrinterTrust *trust)
{
    if (!trust || !uri.startsWith(QLatin1String("ipps://"), Qt::CaseInsensitive))
        return {};
    // The pin's key as connectTo() makes it: the URI's host and port.
    char scheme[32], user[256], host[256], resource[1024];
    int port = 0;
    const QByteArray u = uri.toUtf8();
    if (httpSeparateURI(HTTP_URI_CODING_ALL, u.constData(), scheme, sizeof scheme, user, sizeof user, host,
                        sizeof host, &port, resource, sizeof resource) < HTTP_URI_STATUS_OK)
        return Error{QStringLiteral("bad-request"),
                     QCoreApplication::translate("pv::release", "'%1' is not a printer URI").arg(uri)};
    auto presented = peerCertificate(http, uri);
    if (!presented)
        return presented.error();
    return trust->check(QStringLiteral("%1:%2").arg(QString::fromUtf8(host)).arg(port), presented.value());
}

// A connection to a printer, and the resource to post to.
struct PrinterConnection
{
    Http http;
    QByteArray resource;
    Status refused;                      // why a reconnect libcups made by itself was shut
    std::optional<ReconnectCheck> check; // after http: unregistered before it is closed
};
using Connection = std::unique_ptr<PrinterConnection>;

// A connection to the printer behind `uri`. An ipps:// printer's certificate is checked against
// `trust` before anything is sent, and again on every reconnect libcups makes by itself inside a
// request (common/ReconnectCheck.h), before the request goes out on it.
Result<Connection> connectTo(const QString &uri, PrinterTrust *trust)
{
    char scheme[32], user[256], host[256], resource[1024];
    int port = 0;
    const QByteArray u = uri.toUtf8();
    if (httpSeparateURI(HTTP_URI_CODING_ALL, u.constData(), scheme, sizeof scheme, user, sizeof user, host,
                        sizeof host, &port, resource, sizeof resource) < HTTP_URI_STATUS_OK)
        return printerError(QStringLiteral("bad-request"),
                            QStringLiteral("'%1' is not a printer URI").arg(uri));
    const QByteArray s(scheme);
    if (s != "ipp" && s != "ipps")
        return printerError(
            QStringLiteral("bad-request"),
            QStringLiteral("'%1': only ipp://, ipps:// and socket:// printers are supported").arg(uri));
    const http_encryption_t encryption = s == "ipps" ? HTTP_ENCRYPTION_ALWAYS : HTTP_ENCRYPTION_IF_REQUESTED;
    auto c = std::make_unique<PrinterConnection>();
    c->http.reset(httpConnect2(host, port, nullptr, AF_UNSPEC, encryption, 1, 15000, nullptr));
    if (!c->http)
        return printerError(QStringLiteral("printer-unreachable"),
                            QStringLiteral("cannot reach the printer at %1: %2")
                                .arg(uri, QString::fromUtf8(cupsLastErrorString())));
    httpSetTimeout(c->http.get(), 30.0, nullptr, nullptr);
    c->resource = resource;
    if (s == "ipps" && trust) {
        if (Status pinned = checkPeer(c->http.get(), uri, trust); !pinned)
            return pinned.error();
        PrinterConnection *raw = c.get();
        c->check.emplace(c->http.get(), [raw, uri, trust](http_t *http) {
            raw->refused = checkPeer(http, uri, trust);
            return raw->refused.isOk();
        });
    }
    return Result<Connection>(std::move(c));
}

QStringList strings(ipp_t *response, const char *name)
{
    QStringList out;
    if (ipp_attribute_t *a = ippFindAttribute(response, name, IPP_TAG_ZERO)) {
        for (int i = 0; i < ippGetCount(a); ++i)
            out.append(QString::fromUtf8(ippGetString(a, i, nullptr)));
    }
    return out;
}

Error ippFailure(const QString &what)
{
    const ipp_status_t status = cupsLastError();
    const QString code =
        status == IPP_STATUS_ERROR_BUSY || status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE
            ? QStringLiteral("printer-busy")
        : status >= IPP_STATUS_ERROR_INTERNAL || status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE
            ? QStringLiteral("printer-unreachable")
            : QStringLiteral("printer-refused");
    return Error{code, QCoreApplication::translate("pv::release", "%1: %2")
                           .arg(what, QString::fromUtf8(cupsLastErrorString()))};
}

} // namespace

Result<QString> presentedCertificate(const QString &uri)
{
    if (!uri.startsWith(QLatin1String("ipps://")))
        return Error{QStringLiteral("bad-request"),
                     QCoreApplication::translate("pv::release", "'%1' is not an ipps:// printer").arg(uri)};
    auto conn = connectTo(uri, nullptr);
    if (!conn)
        return conn.error();
    return peerCertificate(conn.value()->http.get(), uri);
}

Result<PrinterCapabilities> queryPrinter(const QString &uri, PrinterTrust *trust)
{
    auto conn = connectTo(uri, trust);
    if (!conn)
        return conn.error();
    static const char *const wanted[] = {"document-format-supported",
                                         "sides-supported",
                                         "print-color-mode-supported",
                                         "copies-supported",
                                         "printer-make-and-model",
                                         "printer-name",
                                         "operations-supported",
                                         "media-default",
                                         "pwg-raster-document-resolution-supported",
                                         "pwg-raster-document-type-supported",
                                         "pwg-raster-document-sheet-back",
                                         "urf-supported",
                                         "overrides-supported"};
    ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.toUtf8().constData());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", int(std::size(wanted)),
                  nullptr, wanted);
    const PrinterConnection &c = *conn.value();
    Ipp response(cupsDoRequest(c.http.get(), request, c.resource.constData()));
    if (!c.refused)
        return c.refused.error();
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return ippFailure(QStringLiteral("the printer did not describe itself"));
    PrinterCapabilities caps;
    caps.formats = strings(response.get(), "document-format-supported");
    caps.sides = strings(response.get(), "sides-supported");
    caps.colorModes = strings(response.get(), "print-color-mode-supported");
    const QStringList model = strings(response.get(), "printer-make-and-model");
    caps.name = model.isEmpty() ? strings(response.get(), "printer-name").value(0) : model.first();
    if (ipp_attribute_t *a = ippFindAttribute(response.get(), "copies-supported", IPP_TAG_RANGE)) {
        int upper = 1;
        ippGetRange(a, 0, &upper);
        caps.maxCopies = upper;
    }
    caps.defaultMedia = strings(response.get(), "media-default").value(0);
    caps.pwgTypes = strings(response.get(), "pwg-raster-document-type-supported");
    caps.pwgSheetBack = strings(response.get(), "pwg-raster-document-sheet-back").value(0);
    caps.urf = strings(response.get(), "urf-supported");
    caps.overrides = strings(response.get(), "overrides-supported");
    if (ipp_attribute_t *a = ippFindAttribute(response.get(), "pwg-raster-document-resolution-supported",
                                              IPP_TAG_RESOLUTION)) {
        for (int i = 0; i < ippGetCount(a); ++i) {
            int y = 0;
            ipp_res_t units;
            const int x = ippGetResolution(a, i, &y, &units);
            if (x == y && units == IPP_RES_PER_INCH)
                caps.pwgResolutions.append(x);
        }
    }
    if (ipp_attribute_t *a = ippFindAttribute(response.get(), "operations-supported", IPP_TAG_ENUM)) {
        for (int i = 0; i < ippGetCount(a); ++i)
            caps.operations.append(QString::fromUtf8(ippOpString(ipp_op_t(ippGetInteger(a, i)))));
    }
    return caps;
}

Result<int> sendJob(const PrintRequest &r, qint64 length,
                    const std::function<Status(const BodyWriter &)> &produce)
{
    auto conn = connectTo(r.uri, r.trust);
    if (!conn)
        return conn.error();
    const PrinterConnection &c = *conn.value();
    http_t *http = c.http.get();
    ipp_t *request = ippNewRequest(IPP_OP_PRINT_JOB);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, r.uri.toUtf8().constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 r.user.toUtf8().constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr,
                 r.jobName.toUtf8().constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr,
                 r.format.toUtf8().constData());
    if (r.copies > 1)
        ippAddInteger(request, IPP_TAG_JOB, IPP_TAG_INTEGER, "copies", r.copies);
    ippAddString(request, IPP_TAG_JOB, IPP_TAG_KEYWORD, "sides", nullptr, r.sides.toUtf8().constData());
    if (!r.colorMode.isEmpty())
        ippAddString(request, IPP_TAG_JOB, IPP_TAG_KEYWORD, "print-color-mode", nullptr,
                     r.colorMode.toUtf8().constData());
    if (!r.monochromePages.isEmpty()) {
        // One "overrides" member: these pages of the one document, in monochrome.
        ipp_t *member = ippNew();
        std::vector<int> lower, upper;
        for (const auto &[first, last] : r.monochromePages) {
            lower.push_back(first);
            upper.push_back(last);
        }
        ippAddRange(member, IPP_TAG_ZERO, "document-numbers", 1, 1);
        ippAddRanges(member, IPP_TAG_ZERO, "pages", int(lower.size()), lower.data(), upper.data());
        ippAddString(member, IPP_TAG_ZERO, IPP_TAG_KEYWORD, "print-color-mode", nullptr, "monochrome");
        ippAddCollection(request, IPP_TAG_JOB, "overrides", member);
        ippDelete(member);
    }

    // The HTTP body is the IPP request followed by the document: its length counts both.
    const size_t bodyLength = length < 0 ? CUPS_LENGTH_VARIABLE : ippLength(request) + size_t(length);
    const http_status_t started = cupsSendRequest(http, request, c.resource.constData(), bodyLength);
    ippDelete(request);
    if (!c.refused)
        return c.refused.error();
    if (started != HTTP_STATUS_CONTINUE)
        return ippFailure(QStringLiteral("the printer did not take the job"));
    const BodyWriter writer = [http](const char *data, size_t n) {
        return cupsWriteRequestData(http, data, n) == HTTP_STATUS_CONTINUE;
    };
    if (Status s = produce(writer); !s)
        return s.error();
    Ipp response(cupsGetResponse(http, c.resource.constData()));
    if (Status pinned = checkPeer(http, r.uri, r.trust); !pinned)
        return pinned.error();
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return ippFailure(QStringLiteral("the printer refused the job"));
    ipp_attribute_t *id = ippFindAttribute(response.get(), "job-id", IPP_TAG_INTEGER);
    if (!id)
        return Error{QStringLiteral("printer-refused"),
                     QCoreApplication::translate("pv::release", "the printer gave the job no ID")};
    return ippGetInteger(id, 0);
}

Result<JobOutcome> waitForJob(const QString &uri, int printerJobId, int timeoutSeconds,
                              const std::atomic<bool> &cancel, PrinterTrust *trust)
{
    static const char *const wanted[] = {"job-state", "job-state-reasons", "job-state-message",
                                         "job-impressions-completed"};
    JobOutcome out;
    out.printerJobId = printerJobId;
    int step = 10;
    // One connection for all the questions (over IPPS, one handshake); libcups reconnects it
    // if the printer closed it in between.
    auto conn = connectTo(uri, trust);
    if (!conn)
        return conn.error();
    for (int waitedMs = 0; waitedMs < timeoutSeconds * 1000 && !cancel.load();) {
        ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                     uri.toUtf8().constData());
        ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", printerJobId);
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                      int(std::size(wanted)), nullptr, wanted);
        PrinterConnection &c = *conn.value();
        Ipp response(cupsDoRequest(c.http.get(), request, c.resource.constData()));
        if (!c.refused)
            return c.refused.error();
        // Before believing a word of it ("completed" deletes and charges the job).
        if (Status pinned = checkPeer(c.http.get(), uri, trust); !pinned)
            return pinned.error();
        if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
            return ippFailure(QStringLiteral("the printer lost track of the job"));
        const int state = ippGetInteger(ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM), 0);
        out.reasons = strings(response.get(), "job-state-reasons").join(QLatin1Char(','));
        out.message = strings(response.get(), "job-state-message").value(0);
        if (ipp_attribute_t *a =
                ippFindAttribute(response.get(), "job-impressions-completed", IPP_TAG_INTEGER))
            out.impressions = ippGetInteger(a, 0);
        if (state >= IPP_JSTATE_CANCELED) {
            out.state = state == IPP_JSTATE_COMPLETED ? QStringLiteral("completed")
                        : state == IPP_JSTATE_ABORTED ? QStringLiteral("aborted")
                                                      : QStringLiteral("canceled");
            return out;
        }
        // Quick at first (most jobs finish a moment after their last byte), then doubling up to
        // every two seconds: 20, 40, 80 ... 1280, 2000 ms.
        step = qMin(step * 2, 2000);
        QThread::msleep(unsigned(step));
        waitedMs += step;
    }
    return Error{QStringLiteral("printer-timeout"),
                 QCoreApplication::translate(
                     "pv::release", "the printer did not finish job %1 in time; it is still in the vault")
                     .arg(printerJobId)};
}

} // namespace pv::release
