#include "common/SecureFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace pv::files {

void WritebackPacer::written(int fd, qint64 end)
{
    if (m_interval <= 0 || end - m_asked < m_interval)
        return;
#if defined(__linux__)
    ::sync_file_range(fd, m_asked, end - m_asked, SYNC_FILE_RANGE_WRITE);
#endif
    m_asked = end;
}

Error ioError(int errnum, const QString &what)
{
    const QString reason = QString::fromLocal8Bit(strerror(errnum));
    if (errnum == ENOSPC || errnum == EDQUOT)
        return Error{QStringLiteral("disk-full"),
                     QCoreApplication::translate("pv::files", "%1: the disk is full (%2)").arg(what, reason)};
    return Error{QStringLiteral("io"), QStringLiteral("%1: %2").arg(what, reason)};
}

Status ensurePrivateDir(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (lstat(native.constData(), &st) != 0) {
        if (errno != ENOENT)
            return ioError(errno,
                           QCoreApplication::translate("pv::files", "cannot inspect folder %1").arg(path));
        const QString parent = QFileInfo(path).absolutePath();
        if (parent != path && !QFileInfo::exists(parent) && !QDir().mkpath(parent))
            return Error{QStringLiteral("io"),
                         QCoreApplication::translate("pv::files", "cannot create folder %1").arg(parent)};
        if (mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return ioError(errno,
                           QCoreApplication::translate("pv::files", "cannot create folder %1").arg(path));
        if (lstat(native.constData(), &st) != 0)
            return ioError(errno,
                           QCoreApplication::translate("pv::files", "cannot inspect folder %1").arg(path));
    }
    if (!S_ISDIR(st.st_mode))
        return Error{
            QStringLiteral("unsafe-path"),
            QCoreApplication::translate("pv::files", "%1 is not a folder (symlinks are refused)").arg(path)};
    if (st.st_uid != geteuid()) {
        return Error{QStringLiteral("unsafe-path"),
                     QCoreApplication::translate(
                         "pv::files", "folder %1 belongs to uid %2, not to you (uid %3); refusing to use it")
                         .arg(path)
                         .arg(st.st_uid)
                         .arg(geteuid())};
    }
    if ((st.st_mode & 0077) != 0) {
        return Error{QStringLiteral("unsafe-path"),
                     QCoreApplication::translate(
                         "pv::files", "folder %1 has mode %2; it must be 0700 (run: chmod 700 '%1')")
                         .arg(path)
                         .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0'))};
    }
    return {};
}

static Result<std::unique_ptr<QFile>> wrapFd(int fd, const QString &path, QIODevice::OpenMode mode)
{
    // The name is set first so that error messages can say which file failed.
    auto file = std::make_unique<QFile>(path);
    if (!file->open(fd, mode, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{
            QStringLiteral("io"),
            QCoreApplication::translate("pv::files", "cannot open %1: %2").arg(path, file->errorString())};
    }
    return file;
}

Result<std::unique_ptr<QFile>> createPrivateFile(const QString &path)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(errno, QCoreApplication::translate("pv::files", "cannot create %1").arg(path));
    return wrapFd(fd, path, QIODevice::ReadWrite | QIODevice::Unbuffered);
}

Result<std::unique_ptr<QFile>> openPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return ioError(errno, QCoreApplication::translate("pv::files", "cannot open %1").arg(path));
    return wrapFd(fd, path, QIODevice::ReadOnly);
}

Status fsyncFile(QFile &file)
{
    if (!file.flush())
        return Error{QStringLiteral("io"), QCoreApplication::translate("pv::files", "cannot flush %1: %2")
                                               .arg(file.fileName(), file.errorString())};
    if (::fsync(file.handle()) != 0)
        return ioError(errno,
                       QCoreApplication::translate("pv::files", "cannot sync %1").arg(file.fileName()));
    return {};
}

Status fsyncDir(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(errno, QCoreApplication::translate("pv::files", "cannot open folder %1").arg(path));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return ioError(err, QCoreApplication::translate("pv::files", "cannot sync folder %1").arg(path));
    return {};
}

Status renameDurably(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return ioError(errno,
                       QCoreApplication::translate("pv::files", "cannot move %1 into place").arg(from));
    return fsyncDir(QFileInfo(to).absolutePath());
}

Status replaceFile(const QString &path, const QByteArray &contents, bool durable)
{
    const QString tmp = path + QStringLiteral(".tmp");
    QFile::remove(tmp); // a leftover of a crash
    auto file = createPrivateFile(tmp);
    if (!file)
        return file.error();
    if (file.value()->write(contents) != contents.size()) {
        const Error e = ioError(errno, QCoreApplication::translate("pv::files", "cannot write %1").arg(tmp));
        QFile::remove(tmp);
        return e;
    }
    if (!durable) {
        file.value()->close();
        if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0) {
            const Error e =
                ioError(errno, QCoreApplication::translate("pv::files", "cannot rename %1").arg(tmp));
            QFile::remove(tmp);
            return e;
        }
        return {};
    }
    if (auto s = fsyncFile(*file.value()); !s) {
        QFile::remove(tmp);
        return s;
    }
    file.value()->close();
    return renameDurably(tmp, path);
}

Status writeNewFileSynced(const QString &path, const QByteArray &contents)
{
    auto file = createPrivateFile(path);
    if (!file)
        return file.error();
    Status s;
    if (file.value()->write(contents) != contents.size())
        s = ioError(errno, QCoreApplication::translate("pv::files", "cannot write %1").arg(path));
    else
        s = fsyncFile(*file.value());
    if (!s)
        QFile::remove(path);
    return s;
}

Result<QByteArray> readFile(const QString &path)
{
    auto file = openPrivateFile(path);
    if (!file)
        return file.error();
    return file.value()->readAll();
}

DiskSpace diskSpace(const QString &path)
{
    struct statvfs s;
    if (statvfs(QFile::encodeName(path).constData(), &s) != 0)
        return {};
    return {qint64(s.f_bavail) * qint64(s.f_frsize), qint64(s.f_blocks) * qint64(s.f_frsize)};
}

} // namespace pv::files
