#pragma once

#include "vault/Crypto.h"

#include <QByteArray>
#include <QtEndian>

// The on-disk format of an encrypted job document (docs/vault-format.md):
//
//   header  = magic "PVSEG001" | u32 BE segment size | 16-byte job id
//   segment = 12-byte nonce | ciphertext (segment size bytes, less in the last) | 16-byte tag
//
// Every segment's AAD is header | u64 BE segment index | u8 final flag, so a
// segment moved, dropped, or a file cut at a segment boundary fails to authenticate.
namespace pv::segment {

constexpr int DefaultSegmentSize = 64 * 1024;
constexpr int MinSegmentSize = 4 * 1024;
constexpr int MaxSegmentSize = 4 * 1024 * 1024;
constexpr int JobIdSize = 16;
constexpr int HeaderSize = 8 + 4 + JobIdSize;
constexpr int Overhead = crypto::NonceSize + crypto::TagSize;
inline const QByteArray Magic = QByteArrayLiteral("PVSEG001");

inline QByteArray header(int segmentSize, const QByteArray &jobId)
{
    QByteArray h = Magic;
    char size[4];
    qToBigEndian<quint32>(quint32(segmentSize), size);
    h.append(size, 4);
    h.append(jobId);
    return h;
}

inline QByteArray aad(const QByteArray &header, quint64 index, bool final)
{
    QByteArray a = header;
    char idx[8];
    qToBigEndian<quint64>(index, idx);
    a.append(idx, 8);
    a.append(final ? '\1' : '\0');
    return a;
}

} // namespace pv::segment
