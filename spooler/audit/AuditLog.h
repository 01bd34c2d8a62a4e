#pragma once

#include "audit/AuditEvent.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "vault/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

namespace pv::audit {

struct AuditOptions
{
    QString directory;
    qint64 maxFileBytes = 4ll * 1024 * 1024; // then audit.log is rotated
    int retentionDays = 365;                 // rotated files older than this are removed
    bool maskNames = true;                   // titles, user and printer names as keyed hashes
    int batchRecords = 32;                   // fsync and sign after this many records...
    int batchMs = 1000;                      // ...or this long after the first unsynced one
    int maxWaiting = 10000;                  // records held while the keychain is not yet open
};

// A date range for export, inclusive; an invalid end is open.
struct ExportRange
{
    QDateTime from;
    QDateTime to;
    bool masked = false;
};

// The tamper-evident audit log (docs/audit.md): JSON lines appended with O_APPEND to
// audit.log, fsynced and signed (a checkpoint, and audit.head beside it) in batches, rotated to
// audit-<first seq>.log by size and removed by age. Main thread.
//
// Records wait in memory until setKeys() brings the signing and masking keys from the
// keychain, so that nothing is written unmasked or unsigned, and nothing said before is lost.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int KeyMaterialSize = 64; // Ed25519 seed, then the mask key

    explicit AuditLog(const Clock *clock, QObject *parent = nullptr);
    ~AuditLog() override; // flushes and signs what was written

    // Makes the folder private, finds where the chain stands, and repairs a torn last line.
    [[nodiscard]] Status open(const AuditOptions &options);
    [[nodiscard]] Status setKeys(const SecureBytes &material);
    bool hasKeys() const { return !m_signingSeed.isEmpty(); }
    bool masksNames() const { return m_options.maskNames; }

    // Stamps the time now; the seq is given when it is written.
    void record(const AuditEvent &event);
    // Makes everything written durable and signs the chain's head.
    [[nodiscard]] Status flush();

    // The masked form of a name ("hmac:..."), as the log writes it; empty without keys.
    QString mask(const QString &value) const;
    QByteArray publicKey() const { return m_publicKey; }
    QString directory() const { return m_options.directory; }
    // The rotated files oldest first, audit.log, then audit.head: what `audit verify` reads.
    QStringList files() const;
    qint64 lastSeq() const { return m_seq; }

    // AuditReader.cpp: the newest records first (at most `limit`), and a signed export.
    [[nodiscard]] Result<QList<QJsonObject>> recent(int limit) const;
    [[nodiscard]] Result<QByteArray> exportRecords(const ExportRange &range) const;

private:
    struct Waiting
    {
        QDateTime time;
        AuditEvent event;
    };

    QString currentPath() const;
    QString headPath() const;
    Status findChainEnd();
    Status openCurrent();
    void drain();
    Status write(const Waiting &waiting);
    QJsonObject maskedCopy(QJsonObject record) const;
    Status appendBytes(const QByteArray &bytes);
    Status checkpoint();
    Status rotate();
    void applyRetention();
    QList<QPair<qint64, QString>> rotatedFiles() const;

    const Clock *m_clock;
    AuditOptions m_options;
    SecureBytes m_signingSeed;
    SecureBytes m_maskKey;
    QByteArray m_publicKey;
    int m_fd = -1;
    qint64 m_fileBytes = 0;
    qint64 m_fileFirstSeq = 1;
    qint64 m_seq = 0;
    QByteArray m_head;
    qint64 m_signedSeq = 0;
    int m_unsynced = 0;
    qint64 m_dropped = 0;
    QString m_openProblem; // what open() found wrong, recorded once the keys come
    QList<Waiting> m_waiting;
    QTimer m_batch;
};

} // namespace pv::audit
