#pragma once

#include <cups/http.h>

#include <functional>

namespace pv {

// libcups reconnects by itself inside a request: when a write fails on a connection the server
// (or someone on the path) reset, after a "Connection: close" answer, after an error status. It
// then sends the request on the new connection at once, its Authorization header included,
// before the caller could look at the certificate. A ReconnectCheck registered for a connection
// runs after every connect libcups makes for it, before a byte of any request: a peer it refuses
// gets the connection shut down, and the request fails unsent.
//
// It works by interposing httpReconnect2, which libcups calls through its PLT for every connect
// and reconnect (its TLS handshake runs inside). reconnectChecksActive() says whether this
// process's libcups calls ours; tests/server/tst_reconnect_check proves it does in practice.
using PeerCheck = std::function<bool(http_t *)>;

class ReconnectCheck
{
public:
    ReconnectCheck(http_t *http, PeerCheck check);
    ~ReconnectCheck();
    ReconnectCheck(const ReconnectCheck &) = delete;
    ReconnectCheck &operator=(const ReconnectCheck &) = delete;

private:
    http_t *m_http;
    PeerCheck m_check;
};

// True when libcups's httpReconnect2 resolves to the checking one in this process.
bool reconnectChecksActive();

} // namespace pv
