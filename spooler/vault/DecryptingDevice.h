#pragma once

#include "common/Result.h"
#include "vault/SecureBytes.h"

#include <QIODevice>

#include <memory>

namespace pv {

// A read-only, random-access QIODevice over an encrypted job document. It decrypts one
// segment at a time, so Poppler, the exporter and the MFP download stream a document of
// any size in bounded memory. Any authentication failure turns into a read error with
// errorString() set; unauthenticated bytes are never returned.
class DecryptingDevice : public QIODevice
{
    Q_OBJECT
public:
    // Takes ownership of source, which must be open for reading and seekable.
    DecryptingDevice(std::unique_ptr<QIODevice> source, SecureBytes key, QByteArray expectedJobId);
    ~DecryptingDevice() override;

    // Checks the header and authenticates the final segment, so truncation is found at open.
    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_plainSize; }
    bool seek(qint64 pos) override;
    void close() override;

    // Failure from the last read, or an empty status.
    Status lastError() const { return m_error; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool fail(const QString &code, const QString &message);
    bool loadSegment(qint64 index);

    std::unique_ptr<QIODevice> m_source;
    SecureBytes m_key;
    QByteArray m_expectedJobId;
    QByteArray m_header;
    int m_segmentSize = 0;
    qint64 m_segmentCount = 0;
    qint64 m_plainSize = 0;
    qint64 m_cachedIndex = -1;
    QByteArray m_cached;
    Status m_error;
};

} // namespace pv
