#pragma once

#include "common/Result.h"
#include "common/SqliteDb.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSizeF>
#include <QString>

namespace pv {

// One row of the SQLite index as stored: personal fields are still encrypted.
struct IndexRow
{
    QString id;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    qint64 size = 0;
    qint64 storedSize = 0;
    int pages = 0;
    int colorPages = 0;
    QByteArray pageColors;
    int copies = 1;
    QString sides;
    QString colorMode;
    QString colorOverrides; // JSON, see PageOverrides.h
    QString pageRanges;     // "1-3,5", see PageOverrides.h; empty: all pages
    QString format;
    QSizeF pageSizePt;
    QByteArray ownerTag;
    QByteArray wrappedKey;
    QByteArray encTitle;
    QByteArray encFileName;
    QByteArray encOwner;
    QByteArray encSha256;
    QByteArray encThumbnail;
    QByteArray encOrg; // the owner's organisational identity, sealed; empty: none
    // HMAC-SHA256 over every other column (vault/IndexMac.h); empty in rows written before
    // schema 6 until their first unlock with the key.
    QByteArray rowMac;
};

// A job's place in the server outbox (server/Outbox.h), kept beside its index row so that it
// survives restarts. Holds no personal data: the token is random, the server's job ID a number.
struct OutboxRow
{
    QString id;           // the vault job's ID
    QString state;        // waiting | uploading | held_on_server | over_quota
    QString reason;       // why it waits (an error code), empty when it has not been tried
    QString message;      // the last failure, for people
    qint64 nextTryMs = 0; // waiting, over_quota: when it is tried (checked) again
    int attempts = 0;     // uploads started
    QString token;        // unique per job, carried in the server job's job-name
    int serverJobId = 0;  // held_on_server: the server's job-id
    QString serverUri;    // the queue it was uploaded to
};

// The vault's SQLite index (Qt SQL, WAL, synchronous=FULL, secure_delete). Owned by and used
// from one thread only: Qt SQL connections are per-thread.
class JobIndex
{
public:
    JobIndex();
    ~JobIndex();
    JobIndex(const JobIndex &) = delete;
    JobIndex &operator=(const JobIndex &) = delete;

    [[nodiscard]] Status open(const QString &path);
    void close();

    [[nodiscard]] QByteArray meta(const QString &key) const;
    [[nodiscard]] Status setMeta(const QString &key, const QByteArray &value);
    [[nodiscard]] Status removeMeta(const QString &key);

    [[nodiscard]] Status insert(const IndexRow &row);
    // Deletes the row (and with it the wrapped key), then checkpoints the WAL so that no copy
    // of the wrapped key survives in the log.
    [[nodiscard]] Status remove(const QString &id);
    // Gives a row written before schema 6 its MAC (Vault::unlock's migration).
    [[nodiscard]] Status setRowMac(const QString &id, const QByteArray &mac);
    [[nodiscard]] Result<IndexRow> row(const QString &id) const;
    [[nodiscard]] Result<QList<IndexRow>> rows() const;
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] QStringList expiredIds(qint64 nowMs) const;
    [[nodiscard]] qint64 nextExpiryMs() const; // -1 when empty
    [[nodiscard]] qint64 totalStoredSize() const;
    [[nodiscard]] int count() const;

    // The server outbox (one row per job uploaded or to upload).
    [[nodiscard]] Status saveOutbox(const OutboxRow &row);
    [[nodiscard]] Result<QList<OutboxRow>> outboxRows() const;
    [[nodiscard]] Status removeOutbox(const QString &id);

private:
    Error sqlError(const QString &what) const;

    SqliteDb m_db;
};

} // namespace pv
