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

    [[nodiscard]] Status insert(const IndexRow &row);
    // Deletes the row (and with it the wrapped key), then checkpoints the WAL so that no copy
    // of the wrapped key survives in the log.
    [[nodiscard]] Status remove(const QString &id);
    [[nodiscard]] Result<IndexRow> row(const QString &id) const;
    [[nodiscard]] Result<QList<IndexRow>> rows() const;
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] QStringList expiredIds(qint64 nowMs) const;
    [[nodiscard]] qint64 nextExpiryMs() const; // -1 when empty
    [[nodiscard]] qint64 totalStoredSize() const;
    [[nodiscard]] int count() const;

private:
    Error sqlError(const QString &what) const;

    SqliteDb m_db;
};

} // namespace pv
