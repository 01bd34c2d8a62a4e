#include "vault/WriteBehind.h"

#include "common/SecureFiles.h"

#include <QCoreApplication>

#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace pv {

WriteBehind::WriteBehind(Options options)
    : m_options(options)
    , m_written(qMax<qint64>(0, ::lseek(options.fd, 0, SEEK_CUR)))
    , m_writeback(options.writebackInterval, m_written)
{
    Q_ASSERT(options.fd >= 0 && options.blockSize > 0 && options.depth >= 2);
    for (int i = 0; i < m_options.depth; ++i) {
        void *bytes = ::mmap(nullptr, size_t(m_options.blockSize), PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (bytes == MAP_FAILED) {
            m_errno = errno; // room() answers null, finish() says why
            break;
        }
        m_free.push_back(Block{static_cast<char *>(bytes), 0});
    }
    m_depth = int(m_free.size());
    m_thread = std::thread([this]() { run(); });
}

WriteBehind::~WriteBehind()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
    for (const Block &block : m_free)
        ::munmap(block.bytes, size_t(m_options.blockSize));
}

char *WriteBehind::room(qint64 length)
{
    Q_ASSERT(length <= m_options.blockSize);
    if (m_haveCurrent && m_current.used + length > m_options.blockSize)
        queueCurrent();
    if (!m_haveCurrent) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this]() { return !m_free.empty() || m_errno != 0; });
        if (m_errno != 0)
            return nullptr;
        m_current = std::move(m_free.back());
        m_free.pop_back();
        m_current.used = 0;
        m_haveCurrent = true;
    }
    return m_current.bytes + m_current.used;
}

void WriteBehind::filled(qint64 length)
{
    Q_ASSERT(m_haveCurrent && m_current.used + length <= m_options.blockSize);
    m_current.used += length;
}

void WriteBehind::queueCurrent()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_current.used > 0)
            m_queue.push_back(std::move(m_current));
        else
            m_free.push_back(std::move(m_current));
        m_haveCurrent = false;
    }
    m_changed.notify_all();
}

Status WriteBehind::finish()
{
    if (m_haveCurrent)
        queueCurrent();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this]() { return m_free.size() == size_t(m_depth); });
    if (m_errno == 0)
        return {};
    // The caller's checks (a full disk?) read errno, as after a write of their own.
    errno = m_errno;
    return files::ioError(m_errno,
                          QCoreApplication::translate("pv::vault", "cannot write the encrypted document"));
}

// On the writing thread.
void WriteBehind::run()
{
    for (;;) {
        Block block;
        bool failed = false;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this]() { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            block = std::move(m_queue.front());
            m_queue.pop_front();
            failed = m_errno != 0;
        }
        // After a failure the rest is dropped: the file is given up anyway.
        const int err = failed ? 0 : writeBlock(block);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (err != 0)
                m_errno = err;
            block.used = 0;
            m_free.push_back(std::move(block));
        }
        m_changed.notify_all();
    }
}

// 0, or the errno of the failed write.
int WriteBehind::writeBlock(const Block &block)
{
    const char *data = block.bytes;
    qint64 left = block.used;
    while (left > 0) {
        const ssize_t n = ::write(m_options.fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : ENOSPC;
        data += n;
        left -= n;
        m_written += n;
    }
    m_writeback.written(m_options.fd, m_written);
    return 0;
}

} // namespace pv
