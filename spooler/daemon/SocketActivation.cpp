#include "daemon/SocketActivation.h"

#include "common/Logging.h"

#include <QFile>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace pv {

namespace {

constexpr int FirstListenFd = 3; // SD_LISTEN_FDS_START

// A listening Unix stream socket whose bound path is `path`.
bool isListenerAt(int fd, const QByteArray &path)
{
    int type = 0;
    int listening = 0;
    socklen_t length = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
        return false;
    length = sizeof listening;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) != 0 || !listening)
        return false;
    sockaddr_un addr = {};
    length = sizeof addr;
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length) != 0 || addr.sun_family != AF_UNIX)
        return false;
    return qstrncmp(addr.sun_path, path.constData(), sizeof addr.sun_path) == 0;
}

} // namespace

int takeInheritedListener(const QString &path)
{
    const QByteArray pid = qgetenv("LISTEN_PID");
    const QByteArray count = qgetenv("LISTEN_FDS");
    // Only for us: a child of a socket-activated process may see its parent's variables.
    const bool forUs = !pid.isEmpty() && pid.toLongLong() == qint64(getpid());
    unsetenv("LISTEN_PID");
    unsetenv("LISTEN_FDS");
    unsetenv("LISTEN_FDNAMES");
    if (!forUs)
        return -1;
    const int n = count.toInt();
    const QByteArray wanted = QFile::encodeName(path);
    int found = -1;
    for (int fd = FirstListenFd; fd < FirstListenFd + n; ++fd) {
        if (fcntl(fd, F_SETFD, FD_CLOEXEC) != 0)
            continue;
        if (found < 0 && isListenerAt(fd, wanted))
            found = fd;
        else
            qCWarning(lcDaemon) << "ignoring socket" << fd << "passed by systemd: it is not" << path;
    }
    if (found >= 0)
        qCInfo(lcDaemon) << "socket-activated: using the listening socket systemd passed for" << path;
    return found;
}

} // namespace pv
