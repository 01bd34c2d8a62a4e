#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "vault/JobIndex.h"
#include "vault/JobRecord.h"
#include "vault/SecureBytes.h"

#include <QFile>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace pv {

class DecryptingDevice;
class JobDraft;

struct VaultOptions
{
    qint64 retentionSeconds = 72 * 3600;
    qint64 maxBytes = 0;                      // 0: no cap on the vault's size
    qint64 minFreeBytes = 64ll * 1024 * 1024; // refuse new jobs below this much free disk
    int segmentSize = 64 * 1024;
};

// The encrypted job store (docs/vault-format.md). Lives on one thread (the daemon's main
// thread): the index and the signals belong to it. Drafts may be filled on other threads.
class Vault : public QObject
{
    Q_OBJECT
public:
    Vault(QString directory, const Clock *clock, QObject *parent = nullptr);
    ~Vault() override;

    // Opens (creating if new) the folder and the index without a key; the vault id is readable then.
    [[nodiscard]] Status openIndex();
    QString vaultId() const { return m_vaultId; }
    // True once a master key has been bound to this vault.
    bool hasKeyCheck() const;
    // Verifies the master key (binding it if the vault is new), then removes leftovers of a crash.
    // A vault last opened before row MACs (schema < 6, key check 1) gets them now: its rows are
    // MAC'd as they are, and upgradingMacs() is true until finishMacUpgrade() replaces the old
    // key check with the new one, after which a row without a valid MAC is refused for good.
    [[nodiscard]] Status unlock(SecureBytes masterKey);
    // True between unlock() and finishMacUpgrade() of a vault written before row MACs: the other
    // stores opened with the same key (accounts.db) may then MAC their old rows too.
    bool upgradingMacs() const { return m_upgradingMacs; }
    [[nodiscard]] Status finishMacUpgrade();
    bool isUnlocked() const { return !m_masterKey.isEmpty(); }
    // Forgets the master key and the keys derived from it: the vault is locked again (a store
    // opened with the same key failed after unlock(), so the daemon is not ready).
    void lock();
    void setOptions(const VaultOptions &options) { m_options = options; }
    // Who the owner is in the organisation now (signin/), for the jobs committed from now on;
    // empty when signed out.
    void setOrgIdentity(const OrgIdentity &identity) { m_org = identity; }
    const VaultOptions &options() const { return m_options; }

    [[nodiscard]] Result<std::unique_ptr<JobDraft>> createDraft(const JobRequest &request);
    // A draft for the job converted from the incoming document `id`: the job keeps that id, so a
    // restart that finds both the job and its incoming document knows it is already held.
    [[nodiscard]] Result<std::unique_ptr<JobDraft>> createDraft(const JobRequest &request, const QString &id);

    // Incoming documents (VaultIncoming.cpp): what a client sent, encrypted as it arrives into
    // incoming/, with a sealed ticket (what it asked for) beside it. Durable once sealed; the
    // capture converts each into a job of the same id, then removes it. Any thread.
    [[nodiscard]] Result<std::unique_ptr<JobDraft>> createIncoming(const JobRequest &request);
    // Seals the ticket beside the document, fsyncs both and the folder: the document is
    // acknowledged only after this returns OK. The draft is spent either way.
    [[nodiscard]] Status sealIncoming(std::unique_ptr<JobDraft> draft, const QByteArray &ticket);
    // Sealed documents not yet converted, with their tickets (after a restart).
    [[nodiscard]] Result<QList<QPair<QString, QByteArray>>> incoming() const;
    [[nodiscard]] Result<std::unique_ptr<DecryptingDevice>> openIncoming(const QString &id) const;
    // The same document still sealed, for a converter worker: the encrypted file (close-on-exec,
    // read-only) and its data key, never the master key.
    struct SealedFile
    {
        std::unique_ptr<QFile> file;
        SecureBytes key;
        QByteArray jobId; // raw
    };
    [[nodiscard]] Result<SealedFile> openIncomingSealed(const QString &id) const;
    // How many conversions of the incoming document `id` were started and never ended with an
    // answer (the worker crashed, or the daemon died meanwhile). Kept beside the document, so
    // it survives restarts: a document that keeps killing its converter is given up.
    int incomingAttempts(const QString &id) const;
    [[nodiscard]] Status setIncomingAttempts(const QString &id, int attempts);
    void removeIncoming(const QString &id);
    // Moves a finished draft into place and indexes it: after this returns OK the job is durable.
    [[nodiscard]] Result<JobRecord> commit(std::unique_ptr<JobDraft> draft, const DocumentInfo &info);

    [[nodiscard]] Result<QList<JobRecord>> jobs() const;
    [[nodiscard]] Result<JobRecord> job(const QString &id) const;
    // Resolves a unique ID prefix (at least 4 characters) to a full ID.
    [[nodiscard]] Result<QString> resolveId(const QString &idOrPrefix) const;
    [[nodiscard]] Result<std::unique_ptr<DecryptingDevice>> openDocument(const QString &id) const;
    // A held job's document still sealed, for a release's render worker: its encrypted file
    // (close-on-exec, read-only) and its data key, never the master key.
    [[nodiscard]] Result<SealedFile> openDocumentSealed(const QString &id) const;
    [[nodiscard]] Result<QByteArray> thumbnail(const QString &id) const;
    // Crypto-shredding: the index row with the wrapped key goes first, then the file.
    [[nodiscard]] Status remove(const QString &id, const QString &reason);
    // Removes every job whose expiry has passed; returns how many.
    int expireDue();
    QDateTime nextExpiry() const;

    // The server outbox's rows, in the same index (server/Outbox.h owns their meaning).
    [[nodiscard]] Status saveOutbox(const OutboxRow &row) { return m_index.saveOutbox(row); }
    [[nodiscard]] Result<QList<OutboxRow>> outboxRows() const { return m_index.outboxRows(); }
    [[nodiscard]] Status removeOutbox(const QString &id) { return m_index.removeOutbox(id); }

    int jobCount() const { return m_index.count(); }
    qint64 storedBytes() const { return m_committedBytes.load(); }
    QString directory() const { return m_dir; }

Q_SIGNALS:
    void jobAdded(const pv::JobRecord &job);
    void jobRemoved(const QString &id, const QString &reason);
    // An index row whose MAC does not verify: it was changed outside PrintVault. Refused.
    void integrityFailed(const QString &id);

private:
    friend class JobDraft;
    QString jobPath(const QString &id) const;
    QString tmpDir() const;
    QString jobsDir() const;
    QString incomingDir() const;
    QByteArray keyAad(const QString &id) const;
    void recoverIncoming();
    Result<std::unique_ptr<JobDraft>> newDraft(const JobRequest &request, const QByteArray &rawId,
                                               const QString &path, bool capped = true);
    // Counts bytes a draft is about to write against the cap (vault/max_size_mb): held jobs,
    // drafts being written and incoming documents not yet held. `capped` false: an acknowledged
    // document's conversion, which the cap never refuses (it was admitted when it arrived).
    Status reserve(qint64 bytes, bool capped = true);
    void release(qint64 bytes) { m_pendingBytes.fetch_sub(bytes); }
    void recover();
    Result<JobRecord> decryptRow(const IndexRow &row) const;
    Status verifyRow(const IndexRow &row) const;
    Status macOldRows();
    Result<SecureBytes> unwrapKey(const IndexRow &row) const;
    struct KeyedRow
    {
        IndexRow row;
        SecureBytes key;
    };
    Result<KeyedRow> keyedRow(const QString &id) const;
    QByteArray ownerTag(const QString &owner) const;

    QString m_dir;
    const Clock *m_clock;
    VaultOptions m_options;
    OrgIdentity m_org;
    JobIndex m_index;
    QString m_vaultId;
    SecureBytes m_masterKey;
    SecureBytes m_macKey; // the index's row MACs (IndexMac.h)
    bool m_upgradingMacs = false;
    std::atomic<qint64> m_committedBytes{0};
    std::atomic<qint64> m_pendingBytes{0};
    std::atomic<qint64> m_incomingBytes{0}; // sealed incoming documents, on disk until held
};

} // namespace pv
