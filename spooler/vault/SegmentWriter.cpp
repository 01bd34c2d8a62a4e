#include "vault/SegmentWriter.h"

#include "vault/Crypto.h"
#include "vault/SegmentFormat.h"

#include <QCoreApplication>
#include <QIODevice>

#include <openssl/crypto.h>

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
    if (m_out->write(m_header) != m_header.size())
        return writeError(m_out);
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
    m_hash.addData(data, size);
    m_plainSize += size;
    while (size > 0) {
        // A full buffer is flushed only when more data follows, so the last segment is never empty
        // (except for an empty document) and is always the one marked final.
        if (m_buffer.size() == m_segmentSize) {
            if (auto s = flushSegment(false); !s)
                return s;
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
    m_sha256 = m_hash.result();
    return {};
}

Status SegmentWriter::flushSegment(bool final)
{
    const QByteArray nonce = crypto::randomBytes(crypto::NonceSize);
    auto sealed = crypto::gcmSeal(m_key, nonce, segment::aad(m_header, m_index, final), m_buffer.constData(),
                                  int(m_buffer.size()));
    OPENSSL_cleanse(m_buffer.data(), size_t(m_buffer.size()));
    m_buffer.resize(0);
    if (!sealed)
        return sealed.error();
    if (m_out->write(nonce) != nonce.size() || m_out->write(sealed.value()) != sealed->size())
        return writeError(m_out);
    ++m_index;
    return {};
}

} // namespace pv
