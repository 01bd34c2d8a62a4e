#pragma once

#include "common/Result.h"
#include "vault/Crypto.h"
#include "vault/SecureBytes.h"

#include <QByteArray>

class QIODevice;

namespace pv {

class WriteBehind;

// Encrypts a plaintext stream into the segmented AES-256-GCM format and writes it to a
// device. Holds at most one segment of plaintext. Not thread-safe; one thread at a time.
class SegmentWriter
{
public:
    SegmentWriter(QIODevice *out, SecureBytes key, QByteArray jobId, int segmentSize);
    ~SegmentWriter();

    // Off: no SHA-256 of the plaintext (an incoming document is hashed when it is held).
    // Before the first write.
    void setHashing(bool on) { m_hashing = on; }
    // Sealed segments go to `sink` (not owned), which writes them on its own thread, instead of
    // to the device. Before the first write; the sink's finish() follows finish().
    void setSink(WriteBehind *sink) { m_sink = sink; }
    [[nodiscard]] Status write(const char *data, qint64 size);
    // Writes the final (authenticated-as-last) segment. Nothing may be written afterwards.
    [[nodiscard]] Status finish();

    qint64 plaintextSize() const { return m_plainSize; }
    // SHA-256 of the plaintext, available after finish().
    QByteArray sha256() const { return m_sha256; }

private:
    Status writeHeader();
    Status flushSegment(bool final);
    Status sealSegment(const char *plain, int size, bool final);
    Status output(const char *bytes, qint64 size);

    QIODevice *m_out;
    WriteBehind *m_sink = nullptr;
    SecureBytes m_key;
    QByteArray m_header;
    int m_segmentSize;
    QByteArray m_buffer; // plaintext of the segment being filled
    QByteArray m_sealed; // nonce | ciphertext | tag of the segment being written
    quint64 m_index = 0;
    qint64 m_plainSize = 0;
    bool m_headerWritten = false;
    bool m_finished = false;
    bool m_hashing = true;
    crypto::Sha256 m_hash;
    QByteArray m_sha256;
};

} // namespace pv
