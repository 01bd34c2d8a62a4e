#pragma once

#include "common/Result.h"
#include "common/SecureFiles.h"
#include "vault/JobRecord.h"
#include "vault/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QFile;

namespace pv {

class SegmentWriter;
class DecryptingDevice;
class WriteBehind;
class Vault;

// A job being written: an encrypted temporary file under the vault's tmp/ folder with its own
// data key. It becomes visible only when Vault::commit() moves it into place and indexes it.
// append() and finish() may run on a worker thread, one thread at a time; the draft must be
// committed or destroyed on the vault's thread. Destroying an uncommitted draft deletes it.
class JobDraft
{
public:
    ~JobDraft();
    JobDraft(const JobDraft &) = delete;
    JobDraft &operator=(const JobDraft &) = delete;

    const QString &id() const { return m_id; }
    const JobRequest &request() const { return m_request; }

    // Before the first append(): the file is written on a thread of its own while the caller
    // encrypts the next block (vault/WriteBehind.h). For one large local document, where the
    // two cores are worth it; the virtual printer's many small streams stay on one thread each.
    void useWriteBehind();
    [[nodiscard]] Status append(const char *data, qint64 size);
    [[nodiscard]] Status append(const QByteArray &data) { return append(data.constData(), data.size()); }
    // Seals the last segment and fsyncs the file. The draft is durable but not yet a job.
    [[nodiscard]] Status finish();
    // Reads the finished draft back through the decrypting layer (for inspection by Poppler).
    [[nodiscard]] Result<std::unique_ptr<DecryptingDevice>> openForReading() const;

    qint64 plaintextSize() const;
    QByteArray sha256() const;

    // For a converter worker, which writes the encrypted file itself through the inherited
    // descriptor: what it needs, and nothing of the master key. The draft's own writer is
    // dropped; only adoptWritten() may follow, then finish().
    struct Target
    {
        int fd = -1; // read-write, close-on-exec: the launcher passes it on
        SecureBytes key;
        QByteArray jobId;
        int segmentSize = 0;
    };
    [[nodiscard]] Result<Target> handOver();
    // Takes what the worker wrote as this draft's content, once it has ended: the size it
    // reported, checked against the file and reserved against the vault's cap.
    [[nodiscard]] Status adoptWritten(qint64 plaintextSize, const QByteArray &sha256);

private:
    friend class Vault;
    JobDraft(Vault *vault, QString id, QByteArray rawId, QString tmpPath, std::unique_ptr<QFile> file,
             SecureBytes key, JobRequest request, int segmentSize);
    void discard();
    Status writeFailure(const Status &failure) const;

    Vault *m_vault;
    QString m_id;
    QByteArray m_rawId;
    QString m_tmpPath;
    std::unique_ptr<QFile> m_file;
    SecureBytes m_key;
    JobRequest m_request;
    std::unique_ptr<SegmentWriter> m_writer;
    std::unique_ptr<WriteBehind> m_writeBehind; // writes m_file's descriptor while it lives
    qint64 m_reserved = 0;
    files::WritebackPacer m_writeback;
    bool m_capped = true; // counts against the vault's size cap (see Vault::reserve)
    qint64 m_adoptedSize = -1;
    QByteArray m_adoptedSha256;
    bool m_handedOver = false;
    bool m_finished = false;
    bool m_committed = false;
};

} // namespace pv
