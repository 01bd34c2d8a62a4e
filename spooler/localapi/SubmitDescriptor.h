#pragma once

#include "common/Result.h"

// Handing a document's open file to the daemon (docs/local-api.md, "Descriptor connections"):
// instead of streaming a regular file through `D` frames, printvault-cli opens its connection
// with one byte, DescriptorMark, that carries the file's descriptor (SCM_RIGHTS). The daemon
// reads the file itself in large blocks on a worker thread. Ordinary connections start with a
// frame, whose first byte (the high byte of a length of at most 128 KiB) is always 0.
namespace pv::localapi {

constexpr char DescriptorMark = 'F';

// Client side: a new connection to the socket at `path` whose first byte carries `documentFd`.
// Answers the connected socket (close-on-exec), ready for the ordinary frames.
[[nodiscard]] Result<int> connectWithDescriptor(const QString &path, int documentFd);

// Daemon side, on a connection nothing has been read from yet.
enum class ConnectionStart {
    Pending,    // nothing to read yet
    Frames,     // an ordinary connection: its first byte is left for the frame reader
    Descriptor, // the mark was taken, with its descriptor
    Closed,     // the peer went away, or sent a mark without exactly one descriptor
};
struct StartPeek
{
    ConnectionStart start = ConnectionStart::Pending;
    int documentFd = -1; // with Descriptor: owned by the caller, close-on-exec
};
// Looks at the first byte without blocking; takes it (and its descriptor) only if it is the mark.
StartPeek peekConnectionStart(int socketFd);

// Whether the connection's peer runs as this process's user (the kernel's peer credentials).
bool peerIsSameUser(int socketFd);

} // namespace pv::localapi
