#pragma once

#include "capture/IppPrinter.h"

#include <QString>

namespace pv {

// One IPP request that libcups has read (x.request), answered into x.response: validate (version,
// request-id, group order, charset, language, target), then one function per operation. The
// document, if any, is read with x.readBody. Blocks; the connection thread, or fuzz_ipp.
void processIppRequest(IppExchange &x);

// One client connection, served on a thread of its own (started by IppServer): HTTP requests
// are read and answered one after the other with libcups, each through validate → dispatch →
// the one reply path. Everything here blocks, which is why it never runs on the Qt main thread.
class IppClientConnection
{
public:
    IppClientConnection(http_t *http, IppPrinter *printer, QString printerUri);
    ~IppClientConnection();
    IppClientConnection(const IppClientConnection &) = delete;
    IppClientConnection &operator=(const IppClientConnection &) = delete;

    // Serves requests until the client closes, goes quiet for a minute, or the printer stops.
    void run();

private:
    bool waitForRequest();
    bool handleRequest();
    bool handlePost();
    bool sendResponse(ipp_t *response);
    bool sendHttp(http_status_t status, const char *text);

    http_t *m_http;
    IppPrinter *m_printer;
    QString m_printerUri;
};

} // namespace pv
