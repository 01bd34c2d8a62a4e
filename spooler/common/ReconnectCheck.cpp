#include "common/ReconnectCheck.h"

#include <dlfcn.h>

#include <mutex>
#include <unordered_map>

namespace pv {

namespace {

using ReconnectFn = int (*)(http_t *, int, int *);

// The connections with a check, process-wide: libcups calls the interposed function with
// nothing but the connection. The one piece of global state here, because an interposed C
// function has no other place to look.
struct Registry
{
    std::mutex mutex;
    std::unordered_map<http_t *, const PeerCheck *> checks;
};

Registry &registry()
{
    static Registry r;
    return r;
}

ReconnectFn realReconnect()
{
    static const ReconnectFn fn = [] {
        ReconnectFn f = nullptr;
        // POSIX's way to turn dlsym's object pointer into a function pointer.
        *reinterpret_cast<void **>(&f) = ::dlsym(RTLD_NEXT, "httpReconnect2");
        return f;
    }();
    return fn;
}

// The connection's check, copied so that it runs without the lock.
PeerCheck checkFor(http_t *http)
{
    Registry &r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    const auto it = r.checks.find(http);
    return it == r.checks.end() ? PeerCheck() : *it->second;
}

} // namespace

ReconnectCheck::ReconnectCheck(http_t *http, PeerCheck check)
    : m_http(http)
    , m_check(std::move(check))
{
    Registry &r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    r.checks[m_http] = &m_check;
}

ReconnectCheck::~ReconnectCheck()
{
    Registry &r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    r.checks.erase(m_http);
}

bool reconnectChecksActive()
{
    ReconnectFn global = nullptr;
    *reinterpret_cast<void **>(&global) = ::dlsym(RTLD_DEFAULT, "httpReconnect2");
    return global == &::httpReconnect2 && realReconnect() != nullptr && realReconnect() != &::httpReconnect2;
}

} // namespace pv

// The interposer (see ReconnectCheck.h). Same contract as libcups's: 0 when connected.
extern "C" int httpReconnect2(http_t *http, int msec, int *cancel)
{
    const pv::ReconnectFn real = pv::realReconnect();
    if (!real)
        return -1;
    if (const int failed = real(http, msec, cancel); failed != 0)
        return failed;
    const pv::PeerCheck check = pv::checkFor(http);
    if (check && !check(http)) {
        httpShutdown(http); // nothing more goes out on it; the caller's request fails
        return -1;
    }
    return 0;
}
