#include "convert/SealedInput.h"

#include "vault/DecryptingDevice.h"

#include <QIODevice>

#include <unistd.h>

namespace pv {

namespace {

// Random-access reads of an inherited descriptor with pread.
class FdReader : public QIODevice
{
public:
    explicit FdReader(int fd)
        : m_fd(fd)
    {}
    bool isSequential() const override { return false; }
    qint64 size() const override
    {
        const off_t end = ::lseek(m_fd, 0, SEEK_END);
        return end < 0 ? 0 : qint64(end);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const ssize_t n = ::pread(m_fd, data, size_t(maxSize), off_t(pos()));
        return n < 0 ? -1 : qint64(n);
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    int m_fd;
};

} // namespace

Result<std::unique_ptr<DecryptingDevice>> openSealed(const SealedStream &stream)
{
    auto source = std::make_unique<FdReader>(stream.fd);
    source->open(QIODevice::ReadOnly);
    auto device = std::make_unique<DecryptingDevice>(std::move(source), stream.key, stream.jobId);
    if (!device->open(QIODevice::ReadOnly))
        return device->lastError().error();
    return device;
}

} // namespace pv
