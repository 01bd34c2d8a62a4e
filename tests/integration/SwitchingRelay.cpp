#include "SwitchingRelay.h"

#include "ServerLoopbackSocket.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pv::test {

SwitchingRelay::SwitchingRelay(std::function<quint16()> backend)
    : m_backend(std::move(backend))
{}

SwitchingRelay::~SwitchingRelay()
{
    m_stop = true;
    if (m_listen >= 0)
        ::shutdown(m_listen, SHUT_RDWR);
    if (m_acceptor.joinable())
        m_acceptor.join();
    if (m_listen >= 0)
        ::close(m_listen);
    std::lock_guard<std::mutex> lock(m_mutex);
    for (std::thread &t : m_pumps)
        t.join();
}

bool SwitchingRelay::start()
{
    int port = 0;
    m_listen = listenLoopback(&port);
    if (m_listen < 0)
        return false;
    m_port = quint16(port);
    m_acceptor = std::thread([this]() { acceptLoop(); });
    return true;
}

void SwitchingRelay::acceptLoop()
{
    while (!m_stop) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        ++m_connections;
        const int server = connectLoopback(m_backend());
        if (server < 0) {
            ::close(client);
            continue;
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        const int generation = m_generation.load();
        m_pumps.emplace_back([this, client, server, generation]() { pump(client, server, generation); });
    }
}

// Both directions until both are closed; a half-close is passed on as one, and a failure on
// either side (a reset, say) as a reset of both; so is resetOpen().
void SwitchingRelay::pump(int client, int server, int generation)
{
    pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
    bool open[2] = {true, true};
    bool failed = false;
    char buf[16384];
    while (!m_stop && !failed && (open[0] || open[1])) {
        if (m_generation.load() != generation) {
            failed = true;
            break;
        }
        if (::poll(fds, 2, 20) <= 0)
            continue;
        for (int i = 0; i < 2 && !failed; ++i) {
            if (!open[i] || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::recv(fds[i].fd, buf, sizeof buf, 0);
            if (n < 0 || (n > 0 && !writeAll(fds[1 - i].fd, buf, n))) {
                failed = true;
            } else if (n == 0) {
                open[i] = false;
                fds[i].events = 0;
                ::shutdown(fds[1 - i].fd, SHUT_WR);
            }
        }
    }
    closeRelayed(client, server, failed);
}

} // namespace pv::test
