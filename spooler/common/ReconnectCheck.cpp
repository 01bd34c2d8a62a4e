#include "common/ReconnectCheck.h"

#include "common/CupsHandles.h"

#include <dlfcn.h>
#include <sys/socket.h>

#include <cerrno>

#include <mutex>
#include <unordered_map>

namespace pv {
// GnuTLS's session, opaque here: libcups's sessions carry their http_t as the transport pointer.
struct GnutlsSession;
} // namespace pv

// The interposers, defined at the end.
extern "C" int httpReconnect2(http_t *http, int msec, int *cancel);
extern "C" int gnutls_handshake(pv::GnutlsSession *session);

namespace pv {

namespace {

using ReconnectFn = int (*)(http_t *, int, int *);
using HandshakeFn = int (*)(GnutlsSession *);
using TransportPtrFn = void *(*)(GnutlsSession *);

struct Registered
{
    const PeerCheck *check = nullptr;
    SocketWait wait;
};

// The connections with a check, process-wide: libcups calls the interposed functions with
// nothing but the connection. The one piece of global state here, because an interposed C
// function has no other place to look.
struct Registry
{
    std::mutex mutex;
    std::unordered_map<http_t *, Registered> connections;
};

// Never destroyed: threads may still be inside libcups while the process exits.
Registry &registry()
{
    static Registry *r = new Registry;
    return *r;
}

// How many times this thread's calls went through the interposer (reconnectChecksActive()).
thread_local int interposedCalls = 0;

// The next definition of `name` after ours (RTLD_NEXT: libcups's, GnuTLS's), or the one the
// process uses (RTLD_DEFAULT).
template<typename Fn> Fn resolve(void *handle, const char *name)
{
    Fn f = nullptr;
    // POSIX's way to turn dlsym's object pointer into a function pointer.
    *reinterpret_cast<void **>(&f) = ::dlsym(handle, name);
    return f;
}

ReconnectFn realReconnect()
{
    static const auto fn = resolve<ReconnectFn>(RTLD_NEXT, "httpReconnect2");
    return fn;
}

HandshakeFn realHandshake()
{
    static const auto fn = resolve<HandshakeFn>(RTLD_NEXT, "gnutls_handshake");
    return fn;
}

// What is registered for the connection; its check copied out, to run without the lock.
Registered registeredFor(http_t *http, PeerCheck *check)
{
    Registry &r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    const auto it = r.connections.find(http);
    if (it == r.connections.end())
        return {};
    if (check)
        *check = *it->second.check;
    return it->second;
}

int reconnectChecked(http_t *http, int msec, int *cancel)
{
    ++interposedCalls;
    const ReconnectFn real = realReconnect();
    if (!real)
        return -1;
    if (const int failed = real(http, msec, cancel); failed != 0)
        return failed;
    PeerCheck check;
    registeredFor(http, &check);
    if (check && !check(http)) {
        // Nothing more goes out on it: httpShutdown ends TLS and reading only, and a later
        // request on this handle would otherwise be written to the socket in the clear.
        const int fd = httpGetFd(http);
        httpShutdown(http);
        if (fd >= 0)
            ::shutdown(fd, SHUT_RDWR);
        return -1;
    }
    return 0;
}

int handshakeWithOwnWait(GnutlsSession *session)
{
    static const auto transport = resolve<TransportPtrFn>(RTLD_DEFAULT, "gnutls_transport_get_ptr");
    const HandshakeFn real = realHandshake();
    if (!real)
        return -1;
    if (transport) {
        // Only looked up among registered connections, never read through.
        auto *http = static_cast<http_t *>(transport(session));
        if (const Registered r = registeredFor(http, nullptr); r.wait.callback)
            httpSetTimeout(http, r.wait.seconds, r.wait.callback, r.wait.data); // libcups restores it after
    }
    // libcups's read callback fails without setting errno, and GnuTLS takes a stale EAGAIN or
    // EINTR left there for "try again": a give-up must end the handshake.
    errno = 0;
    return real(session);
}

} // namespace

ReconnectCheck::ReconnectCheck(http_t *http, PeerCheck check, SocketWait wait)
    : m_http(http)
    , m_check(std::move(check))
{
    Registry &r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    r.connections.insert_or_assign(m_http, Registered{&m_check, wait});
}

ReconnectCheck::~ReconnectCheck()
{
    Registry &r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    // Only our own registration: a handle's address may have been taken over by a newer one.
    if (const auto it = r.connections.find(m_http); it != r.connections.end() && it->second.check == &m_check)
        r.connections.erase(it);
}

bool reconnectChecksActive()
{
    if (resolve<HandshakeFn>(RTLD_DEFAULT, "gnutls_handshake") != &::gnutls_handshake || !realHandshake() ||
        realHandshake() == &::gnutls_handshake || !realReconnect() || realReconnect() == &::httpReconnect2)
        return false;
    // What matters is whether libcups's calls from inside reach ours (a libcups linked with
    // -Bsymbolic-functions would bypass them): its httpReconnect calls httpReconnect2. Port 0
    // of the loopback address cannot be connected to, so this fails at once.
    HttpHandle http(httpConnect2("127.0.0.1", 0, nullptr, AF_INET, HTTP_ENCRYPTION_NEVER, 1, 0, nullptr));
    if (!http)
        return false;
    const int before = interposedCalls;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    (void)httpReconnect(http.get());
#pragma GCC diagnostic pop
    return interposedCalls > before;
}

} // namespace pv

// Same contract as libcups's: 0 when connected.
extern "C" int httpReconnect2(http_t *http, int msec, int *cancel)
{
    return pv::reconnectChecked(http, msec, cancel);
}

// Same contract as GnuTLS's.
extern "C" int gnutls_handshake(pv::GnutlsSession *session)
{
    return pv::handshakeWithOwnWait(session);
}
