#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pv::test {

// A loopback TCP relay that forwards every connection to 127.0.0.1:target, passing TLS through
// untouched, and throttles what the client sends (the upload direction) to a rate the test sets
// and changes at any time: a slow link, so that a test can act while an upload is under way.
// Threads of its own (one per connection), so it works while the test blocks.
class TcpRelay
{
public:
    explicit TcpRelay(int targetPort);
    ~TcpRelay();
    TcpRelay(const TcpRelay &) = delete;
    TcpRelay &operator=(const TcpRelay &) = delete;

    bool start();
    int port() const { return m_port; }
    // Bytes a second from client to server; 0: as fast as they come.
    void setUploadRate(long long bytesPerSecond) { m_rate = bytesPerSecond; }
    // Stalled: nothing is forwarded either way, on every connection, old and new (they are
    // still accepted), as when a link dies or a server stops reading without closing. The
    // bytes wait in the sockets and go on when the stall ends.
    void setStalled(bool stalled) { m_stalled = stalled; }
    // Bytes passed from clients to the server so far.
    long long uploaded() const { return m_uploaded; }

private:
    void acceptLoop();
    void pump(int client);

    int m_target;
    int m_port = 0;
    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    std::atomic<bool> m_stop{false};
    std::atomic<long long> m_rate{0};
    std::atomic<bool> m_stalled{false};
    std::atomic<long long> m_uploaded{0};
    std::thread m_acceptor;
    std::mutex m_lock;
    std::vector<std::thread> m_pumps;
};

} // namespace pv::test
