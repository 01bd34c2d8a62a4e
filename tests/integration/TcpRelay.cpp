#include "TcpRelay.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>

namespace pv::test {

namespace {

// How often the throttle hands out its budget: small steps keep the rate smooth.
constexpr int TickMs = 20;

bool writeAll(int fd, const char *data, ssize_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

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
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_listen, 16) != 0 ||
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return false;
    m_port = ntohs(addr.sin_port);
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

// Both directions of one connection; the client's bytes at most m_rate a second.
void TcpRelay::pump(int client)
{
    const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(uint16_t(m_target));
    if (server < 0 || ::connect(server, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(client);
        if (server >= 0)
            ::close(server);
        return;
    }
    char buffer[16384];
    long long budget = 0;
    auto lastTick = std::chrono::steady_clock::now();
    bool open = true;
    while (open && !m_stop) {
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
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::recv(server, buffer, sizeof buffer, 0);
            open = n > 0 && writeAll(client, buffer, n);
        }
        if (open && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
            const size_t want =
                rate <= 0 ? sizeof buffer : size_t(std::min<long long>(budget, sizeof buffer));
            const ssize_t n = ::recv(client, buffer, want, 0);
            open = n > 0 && writeAll(server, buffer, n);
            if (n > 0) {
                budget -= n;
                m_uploaded += n;
            }
        }
    }
    ::close(client);
    ::close(server);
}

} // namespace pv::test
