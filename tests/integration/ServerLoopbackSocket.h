#pragma once

#include <sys/types.h>

// The loopback TCP plumbing the test relays share (TcpRelay in front of the print server,
// SwitchingRelay in front of printers): blocking sockets on 127.0.0.1, close-on-exec.
namespace pv::test {

// A socket listening on 127.0.0.1 at a free port (written to *port), or -1.
int listenLoopback(int *port);
// A socket connected to 127.0.0.1:port, or -1.
int connectLoopback(int port);
// Writes all of data; false when the peer is gone (no SIGPIPE).
bool writeAll(int fd, const char *data, ssize_t size);
// Ends a relayed connection: when it failed on one side, both sockets are reset (RST), not
// closed in order, so the peer sees the failure. An orderly end in its place would be a lie the
// peer may act on: cupsd before 2.4.17 spins for ever on one in the middle of a TLS record.
void closeRelayed(int client, int server, bool failed);

} // namespace pv::test
