#include "config/InstanceLock.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace pv {

InstanceLock::~InstanceLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Status InstanceLock::acquire(const QString &path)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{QStringLiteral("io"),
                     QCoreApplication::translate("pv::config", "cannot open the lock file %1: %2")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)))};
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char buf[32] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        ::close(fd);
        const QString pid = n > 0 ? QString::fromLatin1(buf, int(n)).trimmed() : QStringLiteral("unknown");
        return Error{QStringLiteral("already-running"),
                     QCoreApplication::translate(
                         "pv::config", "another printvaultd (pid %1) is already using this data folder")
                         .arg(pid)};
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
        ::close(fd);
        return Error{QStringLiteral("io"),
                     QCoreApplication::translate("pv::config", "cannot write the lock file %1").arg(path)};
    }
    m_fd = fd;
    return {};
}

} // namespace pv
