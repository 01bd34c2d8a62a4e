#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace pv::test {

// A loopback TCP relay that forwards each connection, bytes as they are, to the port that
// `backend` names when the connection is accepted. So a test can stand between a client and
// two servers and switch which one answers between connections, as a man in the middle
// would (TLS passes through untouched: the client sees the backend's own certificate). Its
// threads are its own and end with it.
class SwitchingRelay
{
public:
    explicit SwitchingRelay(std::function<quint16()> backend);
    ~SwitchingRelay();
    SwitchingRelay(const SwitchingRelay &) = delete;
    SwitchingRelay &operator=(const SwitchingRelay &) = delete;

    bool start(); // listens on 127.0.0.1, a free port
    quint16 port() const { return m_port; }
    int connections() const { return m_connections.load(); }
    // Resets every connection open now, on both sides, as a man in the middle can at will.
    void resetOpen() { ++m_generation; }

private:
    void acceptLoop();
    void pump(int client, int server, int generation);

    std::function<quint16()> m_backend;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_generation{0}; // a pump started before the current one resets its sockets
    std::thread m_acceptor;
    std::mutex m_mutex; // guards m_pumps
    std::vector<std::thread> m_pumps;
};

} // namespace pv::test
