#pragma once

#include "common/Result.h"

#include <QFile>
#include <QString>

#include <memory>

// File-system helpers that keep the spool and vault private: 0700 folders, 0600 files opened
// with O_NOFOLLOW | O_CLOEXEC, and fsync of files and their folders for durability.
namespace pv::files {

// Creates the folder (and parents) 0700 if missing. An existing folder must be owned by the
// effective user and have no group or other permission bits, or an error names what is wrong.
[[nodiscard]] Status ensurePrivateDir(const QString &path);
// Opens a new file exclusively, 0600, without following symlinks.
[[nodiscard]] Result<std::unique_ptr<QFile>> createPrivateFile(const QString &path);
// Opens an existing file read-only without following symlinks.
[[nodiscard]] Result<std::unique_ptr<QFile>> openPrivateFile(const QString &path);
[[nodiscard]] Status fsyncFile(QFile &file);
[[nodiscard]] Status fsyncDir(const QString &path);
[[nodiscard]] Status renameDurably(const QString &from, const QString &to);
// Replaces a small file atomically and durably: a private temporary file, fsync, rename.
// Without `durable`, no fsync: readers still see the old or the new file whole, and it
// survives the process being killed, but not the machine losing power.
[[nodiscard]] Status replaceFile(const QString &path, const QByteArray &contents, bool durable = true);
// Writes a new private file and fsyncs it; its folder is the caller's to fsync (so that
// several new names can share one folder fsync).
[[nodiscard]] Status writeNewFileSynced(const QString &path, const QByteArray &contents);
// Reads a whole small private file.
[[nodiscard]] Result<QByteArray> readFile(const QString &path);
// Space on the file system holding path: free to unprivileged users, and in all (-1 when unknown).
struct DiskSpace
{
    qint64 free = -1;
    qint64 total = -1;
};
DiskSpace diskSpace(const QString &path);
// Free bytes on the file system holding path, or -1.
inline qint64 freeBytes(const QString &path)
{
    return diskSpace(path).free;
}
// Maps errno values that mean "out of space" onto a stable error code.
Error ioError(int errnum, const QString &what);

// Asks the kernel to start writing a growing file to disk every `interval` bytes, without
// waiting for it, so that the final fsync has only the last stretch left to wait for.
class WritebackPacer
{
public:
    explicit WritebackPacer(qint64 interval, qint64 start = 0)
        : m_interval(interval)
        , m_asked(start)
    {}
    // The file `fd` now holds `end` bytes.
    void written(int fd, qint64 end);

private:
    qint64 m_interval; // 0: never
    qint64 m_asked;    // bytes the kernel was asked to write
};

} // namespace pv::files
