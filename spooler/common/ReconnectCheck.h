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
// process's libcups calls ours; tests/integration/tst_reconnectcheck.cpp shows it does.
//
// It also keeps the connection's own way of waiting (httpSetTimeout: how long a wait on the
// socket lasts before the callback is asked) during the TLS handshake, where libcups would wait
// 10 s at a time with no callback: a stall limit below 10 s, and a stop request, take effect
// there too. That part interposes gnutls_handshake, which libcups also calls through its PLT.
using PeerCheck = std::function<bool(http_t *)>;

struct SocketWait
{
    double seconds = 0.0;
    http_timeout_cb_t callback = nullptr; // none: libcups's handshake waits as it would
    void *data = nullptr;
};

class ReconnectCheck
{
public:
    ReconnectCheck(http_t *http, PeerCheck check, SocketWait wait = {});
    ~ReconnectCheck();
    ReconnectCheck(const ReconnectCheck &) = delete;
    ReconnectCheck &operator=(const ReconnectCheck &) = delete;

private:
    http_t *m_http;
    PeerCheck m_check;
};

// True when the interposers are the ones this process's libcups calls, its calls from inside
// libcups included (tried with a connect that fails at once).
bool reconnectChecksActive();

} // namespace pv
