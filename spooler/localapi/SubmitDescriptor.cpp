#include "localapi/SubmitDescriptor.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace pv::localapi {

namespace {

Error connectError(const QString &path, int err)
{
    return Error{QStringLiteral("unreachable"),
                 QCoreApplication::translate("pv::localapi", "cannot connect to %1: %2")
                     .arg(path, QString::fromLocal8Bit(strerror(err))),
                 {{QStringLiteral("path"), path}}};
}

// Sends the mark with the descriptor attached: one byte, one SCM_RIGHTS message.
bool sendMark(int socketFd, int documentFd)
{
    char mark = DescriptorMark;
    iovec iov{&mark, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    cmsg->cmsg_level = SOL_SOCKET;
    cmsg->cmsg_type = SCM_RIGHTS;
    cmsg->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cmsg), &documentFd, sizeof(int));
    ssize_t n;
    do {
        n = ::sendmsg(socketFd, &msg, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    return n == 1;
}

// Takes the mark and its one descriptor; any other descriptors that came with it are closed.
StartPeek takeMark(int socketFd)
{
    char mark = 0;
    iovec iov{&mark, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * 4)] = {};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    ssize_t n;
    do {
        n = ::recvmsg(socketFd, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
    } while (n < 0 && errno == EINTR);
    QList<int> fds;
    for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        const size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < count; ++i) {
            int fd = -1;
            memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof(int));
            fds.append(fd);
        }
    }
    if (n == 1 && mark == DescriptorMark && fds.size() == 1 && !(msg.msg_flags & MSG_CTRUNC))
        return StartPeek{ConnectionStart::Descriptor, fds.first()};
    for (int fd : std::as_const(fds))
        ::close(fd);
    return StartPeek{ConnectionStart::Closed, -1};
}

} // namespace

Result<int> connectWithDescriptor(const QString &path, int documentFd)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (native.size() >= int(sizeof address.sun_path))
        return connectError(path, ENAMETOOLONG);
    memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return connectError(path, errno);
    int rc;
    do {
        rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0 || !sendMark(fd, documentFd)) {
        const int err = errno;
        ::close(fd);
        return connectError(path, err);
    }
    return fd;
}

StartPeek peekConnectionStart(int socketFd)
{
    char first = 0;
    ssize_t n;
    do {
        n = ::recv(socketFd, &first, 1, MSG_PEEK | MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return StartPeek{};
    if (n <= 0)
        return StartPeek{ConnectionStart::Closed, -1};
    if (first != DescriptorMark)
        return StartPeek{ConnectionStart::Frames, -1};
    return takeMark(socketFd);
}

bool peerIsSameUser(int socketFd)
{
    ucred cred{};
    socklen_t length = sizeof cred;
    if (::getsockopt(socketFd, SOL_SOCKET, SO_PEERCRED, &cred, &length) != 0)
        return false;
    return cred.uid == ::geteuid();
}

} // namespace pv::localapi
