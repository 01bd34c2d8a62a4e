#include "vault/JobDraft.h"

#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "vault/DecryptingDevice.h"
#include "vault/SegmentFormat.h"
#include "vault/SegmentWriter.h"
#include "vault/Vault.h"
#include "vault/WriteBehind.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>

namespace pv {

namespace {
// How often, in plaintext bytes, a growing draft re-checks the free space on the disk.
constexpr qint64 FreeSpaceCheckInterval = 16ll * 1024 * 1024;
// How often, in encrypted bytes, the kernel is asked to start writing the draft to disk.
constexpr qint64 WritebackInterval = 8ll * 1024 * 1024;
} // namespace

JobDraft::JobDraft(Vault *vault, QString id, QByteArray rawId, QString tmpPath, std::unique_ptr<QFile> file,
                   SecureBytes key, JobRequest request, int segmentSize)
    : m_vault(vault)
    , m_id(std::move(id))
    , m_rawId(std::move(rawId))
    , m_tmpPath(std::move(tmpPath))
    , m_file(std::move(file))
    , m_key(std::move(key))
    , m_request(std::move(request))
    , m_writer(std::make_unique<SegmentWriter>(m_file.get(), m_key, m_rawId, segmentSize))
    , m_writeback(WritebackInterval)
{}

JobDraft::~JobDraft()
{
    if (!m_committed)
        discard();
}

void JobDraft::discard()
{
    m_writer.reset();
    m_writeBehind.reset(); // its last writes end before the file closes
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
    if (!m_tmpPath.isEmpty() && QFile::exists(m_tmpPath)) {
        if (!QFile::remove(m_tmpPath))
            qCWarning(lcVault) << "could not remove the unfinished job" << m_id
                               << "; it is removed on next start";
    }
    m_vault->release(m_reserved);
    m_reserved = 0;
}

void JobDraft::useWriteBehind()
{
    if (!m_writer || m_writeBehind || m_writer->plaintextSize() > 0)
        return;
    WriteBehind::Options options;
    options.fd = m_file->handle();
    options.blockSize = qMax<qint64>(1 << 20, m_vault->options().segmentSize + segment::Overhead);
    options.writebackInterval = WritebackInterval;
    m_writeBehind = std::make_unique<WriteBehind>(options);
    m_writer->setSink(m_writeBehind.get());
}

Status JobDraft::append(const char *data, qint64 size)
{
    if (m_finished || !m_writer)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::vault", "the job is already finished")};
    // Reserve the encrypted growth against the vault's cap before writing it.
    const int segmentSize = m_vault->options().segmentSize;
    const qint64 growth = size + segment::Overhead * (size / segmentSize + 1);
    if (auto s = m_vault->reserve(growth, m_capped); !s)
        return s;
    const qint64 before = m_writer->plaintextSize();
    m_reserved += growth;
    if (before / FreeSpaceCheckInterval != (before + size) / FreeSpaceCheckInterval) {
        const qint64 free = files::freeBytes(m_vault->tmpDir());
        if (free >= 0 && free < m_vault->options().minFreeBytes + size) {
            return Error{QStringLiteral("disk-full"),
                         QCoreApplication::translate("pv::vault",
                                                     "the disk holding the vault is nearly full (%1 MB free)")
                             .arg(free >> 20)};
        }
    }
    if (auto s = m_writer->write(data, size); !s)
        return writeFailure(s);
    if (!m_writeBehind)
        m_writeback.written(m_file->handle(), m_file->pos()); // the writer thread paces its own
    return {};
}

// Turns a failed write into "disk-full" when that is what happened, whatever errno says by now.
Status JobDraft::writeFailure(const Status &failure) const
{
    const int err = errno;
    const qint64 free = files::freeBytes(m_vault->tmpDir());
    if (err == ENOSPC || err == EDQUOT || (free >= 0 && free < m_vault->options().segmentSize * 2))
        return files::ioError(ENOSPC, QCoreApplication::translate("pv::vault", "cannot store the job"));
    return failure;
}

Result<JobDraft::Target> JobDraft::handOver()
{
    if (m_finished || !m_writer || !m_file || m_writer->plaintextSize() > 0 || m_writeBehind)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::vault", "the job is already being written")};
    m_writer.reset();
    m_handedOver = true;
    return Target{m_file->handle(), m_key, m_rawId, m_vault->options().segmentSize};
}

Status JobDraft::adoptWritten(qint64 plaintextSize, const QByteArray &sha256)
{
    if (!m_handedOver || m_finished || plaintextSize < 0 || sha256.size() != 32)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::vault", "the converted job cannot be taken over")};
    // The file's size is what the segment format makes of the reported plaintext; anything
    // else means the worker and its report disagree.
    const qint64 fullSegments = plaintextSize / m_vault->options().segmentSize;
    const qint64 least = segment::HeaderSize + plaintextSize + fullSegments * segment::Overhead;
    const qint64 onDisk = m_file->size();
    if (onDisk < least || onDisk > least + segment::Overhead)
        return Error{QStringLiteral("worker"),
                     QCoreApplication::translate("pv::vault", "the converted job does not match its report")};
    if (auto s = m_vault->reserve(onDisk, m_capped); !s)
        return s;
    m_reserved += onDisk;
    m_adoptedSize = plaintextSize;
    m_adoptedSha256 = sha256;
    return {};
}

Status JobDraft::finish()
{
    if (m_finished)
        return {};
    if (m_handedOver && m_adoptedSize < 0)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::vault", "the converted job was not taken over")};
    if (!m_writer && !m_handedOver)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::vault", "the job was discarded")};
    if (m_writer) {
        if (auto s = m_writer->finish(); !s)
            return writeFailure(s);
    }
    if (m_writeBehind) {
        if (auto s = m_writeBehind->finish(); !s)
            return writeFailure(s);
    }
    if (auto s = files::fsyncFile(*m_file); !s)
        return s;
    m_finished = true;
    return {};
}

Result<std::unique_ptr<DecryptingDevice>> JobDraft::openForReading() const
{
    if (!m_finished)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::vault", "the job is not finished")};
    auto file = files::openPrivateFile(m_tmpPath);
    if (!file)
        return file.error();
    auto device = std::make_unique<DecryptingDevice>(std::move(file.value()), m_key, m_rawId);
    if (!device->open(QIODevice::ReadOnly))
        return device->lastError().error();
    return device;
}

qint64 JobDraft::plaintextSize() const
{
    if (m_handedOver)
        return qMax<qint64>(0, m_adoptedSize);
    return m_writer ? m_writer->plaintextSize() : 0;
}

QByteArray JobDraft::sha256() const
{
    if (m_handedOver)
        return m_adoptedSha256;
    return m_writer ? m_writer->sha256() : QByteArray();
}

} // namespace pv
