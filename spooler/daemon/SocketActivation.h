#pragma once

#include <QString>

namespace pv {

// Socket activation (the sd_listen_fds(3) protocol, without libsystemd): when systemd started
// us for printvaultd.socket, LISTEN_PID is our pid and LISTEN_FDS counts the sockets it passed
// from fd 3 on. Returns the listening AF_UNIX stream socket bound to `path`, or -1 when none
// was passed. Every passed fd is made close-on-exec and the variables are removed, so no child
// inherits them. Call it from main() before any thread starts (it changes the environment).
int takeInheritedListener(const QString &path);

} // namespace pv
