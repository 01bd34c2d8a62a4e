#include "vault/SegmentWriter.h"

#include "vault/Crypto.h"
#include "vault/SegmentFormat.h"
#include "vault/WriteBehind.h"

#include <QCoreApplication>
#include <QIODevice>

#include <openssl/crypto.h>

#include <cstring>

namespace pv {

namespace {
Error writeError(QIODevice *out)
{
    return Error{QStringLiteral("io"),
                 QCoreApplication::translate("pv::vault", "cannot write the encrypted document: %1")
                     .arg(out->errorString())};
}
} // namespace

SegmentWriter::SegmentWriter(QIODevice *out, SecureBytes key, QByteArray jobId, int segmentSize)
    : m_out(out)
    , m_key(std::move(key))
    , m_header(segment::header(segmentSize, jobId))
    , m_segmentSize(segmentSize)
{
    Q_ASSERT(jobId.size() == segment::JobIdSize);
    Q_ASSERT(segmentSize >= segment::MinSegmentSize && segmentSize <= segment::MaxSegmentSize);
    m_buffer.reserve(segmentSize);
    m_sealed.resize(segmentSize + segment::Overhead);
}

SegmentWriter::~SegmentWriter()
{
    // The buffer holds plaintext.
    if (!m_buffer.isEmpty())
        OPENSSL_cleanse(m_buffer.data(), size_t(m_buffer.size()));
}

Status SegmentWriter::writeHeader()
{
    if (m_headerWritten)
        return {};
    if (auto s = output(m_header.constData(), m_header.size()); !s)
        return s;
    m_headerWritten = true;
    return {};
}

Status SegmentWriter::write(const char *data, qint64 size)
{
    if (m_finished)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::vault", "write after finish")};
    if (auto s = writeHeader(); !s)
        return s;
    if (m_hashing)
        m_hash.addData(data, size);
    m_plainSize += size;
    while (size > 0) {
        // A full buffer is flushed only when more data follows, so the last segment is never empty
        // (except for an empty document) and is always the one marked final.
        if (m_buffer.size() == m_segmentSize) {
            if (auto s = flushSegment(false); !s)
                return s;
        }
        // Whole segments that more data follows go straight from the caller's memory.
        if (m_buffer.isEmpty() && size > m_segmentSize) {
            if (auto s = sealSegment(data, m_segmentSize, false); !s)
                return s;
            data += m_segmentSize;
            size -= m_segmentSize;
            continue;
        }
        const qint64 take = qMin<qint64>(size, m_segmentSize - m_buffer.size());
        m_buffer.append(data, take);
        data += take;
        size -= take;
    }
    return {};
}

Status SegmentWriter::finish()
{
    if (m_finished)
        return {};
    if (auto s = writeHeader(); !s)
        return s;
    if (auto s = flushSegment(true); !s)
        return s;
    m_finished = true;
    if (m_hashing)
        m_sha256 = m_hash.result();
    return {};
}

Status SegmentWriter::flushSegment(bool final)
{
    const Status s = sealSegment(m_buffer.constData(), int(m_buffer.size()), final);
    OPENSSL_cleanse(m_buffer.data(), size_t(m_buffer.size()));
    m_buffer.resize(0);
    return s;
}

// One segment, written with one write; with a sink, sealed straight into its block.
Status SegmentWriter::sealSegment(const char *plain, int size, bool final)
{
    const qint64 length = size + segment::Overhead;
    char *sealed = m_sealed.data();
    if (m_sink) {
        sealed = m_sink->room(length);
        if (!sealed)
            return m_sink->finish(); // why its writing stopped
    }
    const QByteArray nonce = crypto::randomBytes(crypto::NonceSize);
    memcpy(sealed, nonce.constData(), size_t(crypto::NonceSize));
    if (auto s = crypto::gcmSealInto(m_key, nonce, segment::aad(m_header, m_index, final), plain, size,
                                     sealed + crypto::NonceSize);
        !s)
        return s;
    if (m_sink)
        m_sink->filled(length);
    else if (m_out->write(sealed, length) != length)
        return writeError(m_out);
    ++m_index;
    return {};
}

Status SegmentWriter::output(const char *bytes, qint64 size)
{
    if (!m_sink)
        return m_out->write(bytes, size) == size ? Status{} : writeError(m_out);
    char *room = m_sink->room(size);
    if (!room)
        return m_sink->finish();
    memcpy(room, bytes, size_t(size));
    m_sink->filled(size);
    return {};
}

} // namespace pv
