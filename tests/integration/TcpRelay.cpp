#include "TcpRelay.h"

#include "ServerLoopbackSocket.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace pv::test {

namespace {

// How often the throttle hands out its budget: small steps keep the rate smooth.
constexpr int TickMs = 20;

} // namespace

TcpRelay::TcpRelay(int targetPort)
    : m_target(targetPort)
{}

TcpRelay::~TcpRelay()
{
    m_stop = true;
    if (m_wake[1] >= 0 && ::write(m_wake[1], "x", 1) < 0) {
        // the acceptor wakes within its poll interval anyway
    }
    if (m_acceptor.joinable())
        m_acceptor.join();
    std::vector<std::thread> pumps;
    {
        std::lock_guard<std::mutex> guard(m_lock);
        pumps.swap(m_pumps);
    }
    for (std::thread &t : pumps)
        t.join();
    for (int fd : {m_listen, m_wake[0], m_wake[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool TcpRelay::start()
{
    if (::pipe(m_wake) != 0)
        return false;
    m_listen = listenLoopback(&m_port);
    if (m_listen < 0)
        return false;
    m_acceptor = std::thread([this]() { acceptLoop(); });
    return true;
}

void TcpRelay::acceptLoop()
{
    while (!m_stop) {
        pollfd fds[2] = {{m_listen, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        if (::poll(fds, 2, 200) <= 0 || !(fds[0].revents & POLLIN))
            continue;
        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        std::lock_guard<std::mutex> guard(m_lock);
        m_pumps.emplace_back([this, client]() { pump(client); });
    }
}

// Both directions of one connection; the client's bytes at most m_rate a second. A side that
// fails (a reset, say) is passed on as a reset, an orderly end as an orderly end.
void TcpRelay::pump(int client)
{
    const int server = connectLoopback(m_target);
    if (server < 0) {
        ::close(client);
        return;
    }
    char buffer[16384];
    long long budget = 0;
    auto lastTick = std::chrono::steady_clock::now();
    // What ended the connection: nothing yet, an orderly end, or a failure.
    enum class End { Open, Orderly, Failed } end = End::Open;
    const auto forward = [&](int from, int to, size_t want) {
        const ssize_t n = ::recv(from, buffer, want, 0);
        if (n == 0)
            end = End::Orderly;
        else if (n < 0 || !writeAll(to, buffer, n))
            end = End::Failed;
        return n;
    };
    while (end == End::Open && !m_stop) {
        if (m_stalled) {
            std::this_thread::sleep_for(std::chrono::milliseconds(TickMs));
            continue;
        }
        const long long rate = m_rate;
        const auto now = std::chrono::steady_clock::now();
        const auto elapsedMs = std::chrono::duration_cast<std::chrono::milliseconds>(now - lastTick).count();
        if (elapsedMs >= TickMs) {
            budget = rate * elapsedMs / 1000;
            lastTick = now;
        }
        const bool mayRead = rate <= 0 || budget > 0;
        pollfd fds[2] = {{client, short(mayRead ? POLLIN : 0), 0}, {server, POLLIN, 0}};
        if (::poll(fds, 2, TickMs) < 0)
            break;
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR))
            forward(server, client, sizeof buffer);
        if (end == End::Open && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
            // Never a read of 0 bytes: it answers 0 even for a reset, which would be passed on as
            // an orderly end, in the middle of a TLS record (docs/server-setup.md).
            const size_t want =
                rate <= 0 ? sizeof buffer : size_t(std::clamp<long long>(budget, 1, sizeof buffer));
            const ssize_t n = forward(client, server, want);
            if (n > 0) {
                budget -= n;
                m_uploaded += n;
            }
        }
    }
    closeRelayed(client, server, end == End::Failed);
}

} // namespace pv::test
