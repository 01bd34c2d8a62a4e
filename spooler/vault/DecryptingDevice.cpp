#include "vault/DecryptingDevice.h"

#include "vault/Crypto.h"
#include "vault/SegmentFormat.h"

#include <openssl/crypto.h>

namespace pv {

DecryptingDevice::DecryptingDevice(std::unique_ptr<QIODevice> source, SecureBytes key,
                                   QByteArray expectedJobId)
    : m_source(std::move(source))
    , m_key(std::move(key))
    , m_expectedJobId(std::move(expectedJobId))
{}

DecryptingDevice::~DecryptingDevice()
{
    close();
}

bool DecryptingDevice::fail(const QString &code, const QString &message)
{
    m_error = Error{code, message};
    setErrorString(message);
    return false;
}

bool DecryptingDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_source || !m_source->isOpen())
        return fail(QStringLiteral("internal"), tr("encrypted documents are read-only"));
    m_error = Status();

    // Header: magic, segment size, and the job it belongs to.
    if (!m_source->seek(0))
        return fail(QStringLiteral("io"), m_source->errorString());
    const QByteArray header = m_source->read(segment::HeaderSize);
    if (header.size() != segment::HeaderSize || !header.startsWith(segment::Magic))
        return fail(QStringLiteral("integrity"), tr("not a PrintVault encrypted document"));
    const int segmentSize = int(qFromBigEndian<quint32>(header.constData() + 8));
    if (segmentSize < segment::MinSegmentSize || segmentSize > segment::MaxSegmentSize)
        return fail(QStringLiteral("integrity"), tr("encrypted document has a bad segment size"));
    if (!crypto::constantTimeEquals(header.mid(12), m_expectedJobId))
        return fail(QStringLiteral("integrity"), tr("encrypted document belongs to another job"));

    // Segment count from the file size; the last segment may be short.
    const qint64 body = m_source->size() - segment::HeaderSize;
    const qint64 full = segmentSize + segment::Overhead;
    if (body < segment::Overhead)
        return fail(QStringLiteral("integrity"), tr("encrypted document is truncated"));
    m_segmentCount = (body + full - 1) / full;
    const qint64 lastSize = body - (m_segmentCount - 1) * full;
    if (lastSize < segment::Overhead)
        return fail(QStringLiteral("integrity"), tr("encrypted document is truncated"));
    m_header = header;
    m_segmentSize = segmentSize;
    m_plainSize = (m_segmentCount - 1) * qint64(segmentSize) + (lastSize - segment::Overhead);

    QIODevice::open(ReadOnly | Unbuffered);
    // Authenticating the last segment as final proves the document is complete.
    if (!loadSegment(m_segmentCount - 1)) {
        QIODevice::close();
        return false;
    }
    return true;
}

void DecryptingDevice::close()
{
    if (!m_cached.isEmpty())
        OPENSSL_cleanse(m_cached.data(), size_t(m_cached.size()));
    m_cached.clear();
    m_cachedIndex = -1;
    QIODevice::close();
}

bool DecryptingDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_plainSize)
        return false;
    return QIODevice::seek(pos);
}

bool DecryptingDevice::loadSegment(qint64 index)
{
    if (index == m_cachedIndex)
        return true;
    const qint64 full = m_segmentSize + segment::Overhead;
    const bool final = index == m_segmentCount - 1;
    const qint64 sealedSize = final ? (m_source->size() - segment::HeaderSize - index * full) : full;
    if (!m_source->seek(segment::HeaderSize + index * full))
        return fail(QStringLiteral("io"), m_source->errorString());
    const QByteArray sealed = m_source->read(sealedSize);
    if (sealed.size() != sealedSize)
        return fail(QStringLiteral("integrity"), tr("encrypted document is truncated"));
    auto plain =
        crypto::gcmOpen(m_key, sealed.left(crypto::NonceSize), segment::aad(m_header, quint64(index), final),
                        sealed.constData() + crypto::NonceSize, int(sealed.size()) - crypto::NonceSize);
    if (!plain) {
        return fail(QStringLiteral("integrity"),
                    tr("segment %1 of the encrypted document failed authentication: it was altered, "
                       "reordered or truncated")
                        .arg(index));
    }
    if (!m_cached.isEmpty())
        OPENSSL_cleanse(m_cached.data(), size_t(m_cached.size()));
    m_cached = std::move(plain.value());
    m_cachedIndex = index;
    return true;
}

qint64 DecryptingDevice::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 position = pos();
    while (done < maxSize && position < m_plainSize) {
        const qint64 index = position / m_segmentSize;
        if (!loadSegment(index))
            return done > 0 ? done : -1;
        const qint64 offset = position - index * m_segmentSize;
        const qint64 take = qMin(maxSize - done, qint64(m_cached.size()) - offset);
        if (take <= 0) {
            fail(QStringLiteral("integrity"), tr("segment is shorter than expected"));
            return -1;
        }
        memcpy(data + done, m_cached.constData() + offset, size_t(take));
        done += take;
        position += take;
    }
    return done;
}

} // namespace pv

// Its meta-object here, not in AUTOMOC's one file for the whole library: printvault-worker
// needs this class, and that file would pull every other class of the daemon into it.
#include "moc_DecryptingDevice.cpp"
