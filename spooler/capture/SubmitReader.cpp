#include "capture/SubmitReader.h"

#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "vault/JobDraft.h"

#include <QElapsedTimer>
#include <QThread>

#include <openssl/crypto.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pv {

namespace {
// Large enough that system calls and the per-block checks vanish next to the encryption,
// small enough to stay out of the daemon's peak memory (docs/capture.md).
constexpr qint64 BlockSize = 2 * 1024 * 1024;
} // namespace

SubmitReader::SubmitReader(int fd, SubmitUpload upload, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_upload(std::move(upload))
{}

SubmitReader::~SubmitReader()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
    if (m_fd >= 0)
        ::close(m_fd);
}

Status SubmitReader::check(int fd, const SubmitUpload &upload)
{
    struct stat st = {};
    const int mode = ::fcntl(fd, F_GETFL);
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || mode < 0 || (mode & O_ACCMODE) == O_WRONLY)
        return Error{QStringLiteral("bad-request"),
                     tr("The document's descriptor is not a regular file open for reading."),
                     {{QStringLiteral("param"), QStringLiteral("descriptor")}}};
    if (st.st_size > qint64(upload.limitMb) * 1024 * 1024)
        return upload.tooLarge();
    return {};
}

void SubmitReader::start()
{
    m_thread.reset(QThread::create([this]() { run(); }));
    connect(m_thread.get(), &QThread::finished, this, &SubmitReader::finished);
    m_thread->start();
}

// On the reading thread.
void SubmitReader::run()
{
    QElapsedTimer clock;
    clock.start();
    m_outcome = readAll();
    const qint64 readMs = clock.elapsed();
    // The client's file is not kept open a moment longer than needed.
    ::close(m_fd);
    m_fd = -1;
    if (m_outcome)
        m_outcome = m_upload.complete();
    if (m_outcome)
        m_outcome = m_upload.draft->finish();
    qCDebug(lcCapture) << "read and encrypted" << m_upload.received << "bytes in" << readMs
                       << "ms, fsynced in" << clock.elapsed() - readMs << "ms";
}

Status SubmitReader::readAll()
{
    ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    // Reading and encrypting on this thread, writing on another: both cores (docs/capture.md).
    if (m_upload.draft)
        m_upload.draft->useWriteBehind();
    QByteArray block(BlockSize, Qt::Uninitialized);
    Status status;
    while (status) {
        if (m_cancel) {
            status = Error{QStringLiteral("canceled"), tr("The client went away.")};
            break;
        }
        ssize_t n;
        do {
            n = ::read(m_fd, block.data(), size_t(block.size()));
        } while (n < 0 && errno == EINTR);
        if (n < 0) {
            status = files::ioError(errno, tr("cannot read the submitted document"));
            break;
        }
        if (n == 0)
            break;
        status = m_upload.take(block.constData(), n);
    }
    // The block held plaintext.
    OPENSSL_cleanse(block.data(), size_t(block.size()));
    return status;
}

} // namespace pv
