#include "vault/Vault.h"

#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "vault/Crypto.h"
#include "vault/DecryptingDevice.h"
#include "vault/IndexMac.h"
#include "vault/JobDraft.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace pv {

namespace {

// Key check 1: vaults from before row MACs. Key check 2: every row carries a MAC. The old one
// cannot be made without the key, so removing the new one from the file does not turn MACs off.
const QString KeyCheckMeta = QStringLiteral("key_check");
const QString KeyCheck2Meta = QStringLiteral("key_check2");
const QString VaultIdMeta = QStringLiteral("vault_id");
const QLatin1String JobSuffix(".pvj");
const QLatin1String DraftSuffix(".part");

QByteArray fieldAad(const QString &field, const QString &id)
{
    return QByteArrayLiteral("pv-field1|") + field.toLatin1() + '|' + id.toLatin1();
}

bool isJobId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(s).hasMatch();
}

Result<QByteArray> sealField(const SecureBytes &key, const QString &field, const QString &id,
                             const QByteArray &v)
{
    return crypto::boxSeal(key, fieldAad(field, id), v);
}

} // namespace

Vault::Vault(QString directory, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_dir(std::move(directory))
    , m_clock(clock)
{}

Vault::~Vault() = default;

QString Vault::tmpDir() const
{
    return m_dir + QStringLiteral("/tmp");
}
QString Vault::jobsDir() const
{
    return m_dir + QStringLiteral("/jobs");
}
QString Vault::jobPath(const QString &id) const
{
    return jobsDir() + QLatin1Char('/') + id + JobSuffix;
}

QByteArray Vault::keyAad(const QString &id) const
{
    return QByteArrayLiteral("pv-dek1|") + m_vaultId.toLatin1() + '|' + id.toLatin1();
}

QByteArray Vault::ownerTag(const QString &owner) const
{
    return crypto::hmacSha256(m_masterKey, QByteArrayLiteral("pv-owner1|") + owner.toUtf8());
}

Status Vault::openIndex()
{
    for (const QString &d : {m_dir, tmpDir(), jobsDir(), incomingDir()}) {
        if (auto s = files::ensurePrivateDir(d); !s)
            return s;
    }
    if (auto s = m_index.open(m_dir + QStringLiteral("/index.sqlite")); !s)
        return s;
    m_vaultId = QString::fromLatin1(m_index.meta(VaultIdMeta));
    if (m_vaultId.isEmpty()) {
        m_vaultId = QString::fromLatin1(crypto::randomBytes(16).toHex());
        if (auto s = m_index.setMeta(VaultIdMeta, m_vaultId.toLatin1()); !s)
            return s;
    }
    return {};
}

bool Vault::hasKeyCheck() const
{
    return !m_index.meta(KeyCheck2Meta).isEmpty() || !m_index.meta(KeyCheckMeta).isEmpty();
}

Status Vault::unlock(SecureBytes masterKey)
{
    if (masterKey.size() != crypto::KeySize)
        return Error{QStringLiteral("key"), tr("the master key has the wrong size")};
    const auto check = [&](const char *version) {
        return crypto::hmacSha256(masterKey, QByteArray(version) + '|' + m_vaultId.toLatin1());
    };
    const QByteArray stored2 = m_index.meta(KeyCheck2Meta);
    const QByteArray stored1 = m_index.meta(KeyCheckMeta);
    const bool legacy = stored2.isEmpty() && !stored1.isEmpty();
    const QByteArray stored = legacy ? stored1 : stored2;
    if (stored.isEmpty()) {
        if (auto s = m_index.setMeta(KeyCheck2Meta, check("pv-keycheck2")); !s)
            return s;
    } else if (!crypto::constantTimeEquals(stored, check(legacy ? "pv-keycheck1" : "pv-keycheck2"))) {
        return Error{QStringLiteral("wrong-key"),
                     tr("the master key in the keychain does not belong to this vault")};
    }
    m_masterKey = std::move(masterKey);
    m_macKey = crypto::hkdfSha256(m_masterKey, m_vaultId.toLatin1(), IndexMacLabel);
    m_upgradingMacs = legacy;
    if (legacy) {
        if (auto s = macOldRows(); !s) {
            // A vault whose rows cannot be authenticated is not open.
            m_masterKey = SecureBytes();
            m_macKey = SecureBytes();
            m_upgradingMacs = false;
            return s;
        }
    }
    recover();
    m_committedBytes = m_index.totalStoredSize();
    return {};
}

void Vault::lock()
{
    m_masterKey = SecureBytes();
    m_macKey = SecureBytes();
    m_upgradingMacs = false;
}

// The first unlock of a vault written before schema 6: its rows are taken as they are (nothing
// authenticated them before) and get their MAC now.
Status Vault::macOldRows()
{
    auto rows = m_index.rows();
    if (!rows)
        return rows.status();
    int added = 0;
    for (const IndexRow &row : rows.value()) {
        if (!row.rowMac.isEmpty())
            continue;
        if (auto s = m_index.setRowMac(row.id, indexRowMac(m_macKey, row)); !s)
            return s;
        ++added;
    }
    qCInfo(lcVault) << "gave" << added << "index row(s) written before schema 6 their MAC";
    return {};
}

Status Vault::finishMacUpgrade()
{
    if (!m_upgradingMacs)
        return {};
    const QByteArray check2 =
        crypto::hmacSha256(m_masterKey, QByteArrayLiteral("pv-keycheck2|") + m_vaultId.toLatin1());
    if (auto s = m_index.setMeta(KeyCheck2Meta, check2); !s)
        return s;
    if (auto s = m_index.removeMeta(KeyCheckMeta); !s)
        return s;
    m_upgradingMacs = false;
    return {};
}

Status Vault::verifyRow(const IndexRow &row) const
{
    if (!isUnlocked())
        return Error{QStringLiteral("vault-locked"), tr("the vault is locked")};
    if (!row.rowMac.isEmpty() && crypto::constantTimeEquals(row.rowMac, indexRowMac(m_macKey, row)))
        return {};
    qCWarning(lcVault) << "the index row of job" << row.id << "does not verify; refused";
    // Reading is const, but a refused row is news for the audit log.
    Q_EMIT const_cast<Vault *>(this)->integrityFailed(row.id);
    return Error{QStringLiteral("integrity"),
                 tr("the index entry of job %1 was changed outside PrintVault; it is refused").arg(row.id),
                 QJsonObject{{QStringLiteral("job_id"), row.id},
                             {QStringLiteral("store"), QStringLiteral("vault_index")}}};
}

// After a crash: drafts never acknowledged, and files moved into place whose index row was
// never committed, are removed. Committed jobs are untouched.
void Vault::recover()
{
    int removed = 0;
    const QDir tmp(tmpDir());
    for (const QString &name : tmp.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (QFile::remove(tmp.filePath(name)))
            ++removed;
    }
    const QStringList known = m_index.ids();
    const QDir jobs(jobsDir());
    for (const QString &name : jobs.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const QString id = name.endsWith(JobSuffix) ? name.chopped(JobSuffix.size()) : QString();
        if (!known.contains(id) && QFile::remove(jobs.filePath(name)))
            ++removed;
    }
    for (const QString &id : known) {
        if (!QFile::exists(jobPath(id)))
            qCWarning(lcVault) << "job" << id << "is indexed but its document is missing";
    }
    if (removed > 0)
        qCInfo(lcVault) << "removed" << removed << "unfinished file(s) left by an earlier run";
    recoverIncoming();
}

Status Vault::reserve(qint64 bytes, bool capped)
{
    if (m_options.maxBytes <= 0 || !capped) {
        m_pendingBytes.fetch_add(bytes);
        return {};
    }
    qint64 pending = m_pendingBytes.load();
    for (;;) {
        const qint64 used = m_committedBytes.load() + m_incomingBytes.load() + pending;
        if (used + bytes > m_options.maxBytes) {
            return Error{QStringLiteral("vault-full"),
                         tr("the vault is full: %1 MB of %2 MB used (policy vault/max_size_mb)")
                             .arg((used + (1 << 19)) >> 20)
                             .arg(m_options.maxBytes >> 20)};
        }
        if (m_pendingBytes.compare_exchange_weak(pending, pending + bytes))
            return {};
    }
}

Result<std::unique_ptr<JobDraft>> Vault::createDraft(const JobRequest &request)
{
    const QByteArray rawId = crypto::randomBytes(16);
    return newDraft(request, rawId,
                    tmpDir() + QLatin1Char('/') + QString::fromLatin1(rawId.toHex()) + DraftSuffix);
}

Result<std::unique_ptr<JobDraft>> Vault::createDraft(const JobRequest &request, const QString &id)
{
    if (!isJobId(id))
        return Error{QStringLiteral("internal"), tr("not a job id: %1").arg(id)};
    // The job of an acknowledged incoming document: already counted, and never refused by the cap.
    return newDraft(request, QByteArray::fromHex(id.toLatin1()),
                    tmpDir() + QLatin1Char('/') + id + DraftSuffix, false);
}

Result<std::unique_ptr<JobDraft>> Vault::newDraft(const JobRequest &request, const QByteArray &rawId,
                                                  const QString &path, bool capped)
{
    if (!isUnlocked())
        return Error{QStringLiteral("vault-locked"), tr("the vault is locked")};
    const qint64 free = files::freeBytes(tmpDir());
    if (free >= 0 && free < m_options.minFreeBytes) {
        return Error{QStringLiteral("disk-full"),
                     tr("the disk holding the vault is nearly full (%1 MB free, %2 MB kept in reserve)")
                         .arg(free >> 20)
                         .arg(m_options.minFreeBytes >> 20)};
    }
    auto file = files::createPrivateFile(path);
    if (!file)
        return file.error();
    const QString id = QString::fromLatin1(rawId.toHex());
    auto draft = std::unique_ptr<JobDraft>(new JobDraft(this, id, rawId, path, std::move(file.value()),
                                                        crypto::randomKey(), request, m_options.segmentSize));
    draft->m_capped = capped;
    return draft;
}

Result<JobRecord> Vault::commit(std::unique_ptr<JobDraft> draft, const DocumentInfo &info)
{
    if (!draft->m_finished)
        return Error{QStringLiteral("internal"), tr("the job is not finished")};
    const QString &id = draft->id();
    const JobRequest &req = draft->request();

    // Seal the personal fields and the data key before anything moves.
    IndexRow row;
    row.id = id;
    const QDateTime created = m_clock->now();
    row.createdMs = created.toMSecsSinceEpoch();
    row.expiresMs = created.addSecs(m_options.retentionSeconds).toMSecsSinceEpoch();
    row.size = draft->plaintextSize();
    row.storedSize = draft->m_file->size();
    row.pages = info.pages;
    row.colorPages = info.colorPages();
    row.pageColors = info.pageColors;
    row.copies = req.copies;
    row.sides = req.sides;
    row.colorMode = req.colorMode;
    row.colorOverrides = overridesToJson(req.overrides);
    row.pageRanges = pageRangesToText(req.pageRanges);
    row.format = info.format;
    row.pageSizePt = info.firstPageSizePt;
    row.ownerTag = ownerTag(req.owner);
    const QByteArray sha = draft->sha256();
    auto wrapped = crypto::boxSeal(m_masterKey, keyAad(id), draft->m_key.bytes());
    auto title = sealField(draft->m_key, QStringLiteral("title"), id, req.title.toUtf8());
    auto fileName = sealField(draft->m_key, QStringLiteral("file_name"), id, req.fileName.toUtf8());
    auto owner = sealField(draft->m_key, QStringLiteral("owner"), id, req.owner.toUtf8());
    auto digest = sealField(draft->m_key, QStringLiteral("sha256"), id, sha);
    auto thumb = sealField(draft->m_key, QStringLiteral("thumbnail"), id, info.thumbnailPng);
    const OrgIdentity org = req.org.isEmpty() ? m_org : req.org;
    Result<QByteArray> sealedOrg = QByteArray();
    if (!org.isEmpty())
        sealedOrg = sealField(draft->m_key, QStringLiteral("org"), id, orgIdentityBytes(org));
    for (const Status &s : {wrapped.status(), title.status(), fileName.status(), owner.status(),
                            digest.status(), thumb.status(), sealedOrg.status()}) {
        if (!s)
            return s.error();
    }
    row.wrappedKey = wrapped.value();
    row.encTitle = title.value();
    row.encFileName = fileName.value();
    row.encOwner = owner.value();
    row.encSha256 = digest.value();
    row.encThumbnail = thumb.value();
    row.encOrg = sealedOrg.value();
    row.rowMac = indexRowMac(m_macKey, row);

    // Move into place, then index: a crash in between leaves a file that recover() removes.
    draft->m_file->close();
    const QString finalPath = jobPath(id);
    if (auto s = files::renameDurably(draft->m_tmpPath, finalPath); !s)
        return s.error();
    draft->m_tmpPath = finalPath; // a failed insert below deletes it through the draft
    if (auto s = m_index.insert(row); !s)
        return s.error();
    draft->m_committed = true;
    release(draft->m_reserved);
    m_committedBytes.fetch_add(row.storedSize);

    auto record = decryptRow(row);
    if (!record)
        return record.error();
    qCInfo(lcVault) << "stored job" << id << "pages" << row.pages << "bytes" << row.size;
    Q_EMIT jobAdded(record.value());
    return record;
}

Result<SecureBytes> Vault::unwrapKey(const IndexRow &row) const
{
    if (!isUnlocked())
        return Error{QStringLiteral("vault-locked"), tr("the vault is locked")};
    auto key = crypto::boxOpenKey(m_masterKey, keyAad(row.id), row.wrappedKey);
    if (!key)
        return Error{QStringLiteral("integrity"), tr("the key of job %1 cannot be unwrapped").arg(row.id)};
    return key;
}

Result<JobRecord> Vault::decryptRow(const IndexRow &row) const
{
    if (auto s = verifyRow(row); !s)
        return s.error();
    auto key = unwrapKey(row);
    if (!key)
        return key.error();
    auto open = [&](const QString &field, const QByteArray &box) {
        return crypto::boxOpen(key.value(), fieldAad(field, row.id), box);
    };
    auto title = open(QStringLiteral("title"), row.encTitle);
    auto fileName = open(QStringLiteral("file_name"), row.encFileName);
    auto owner = open(QStringLiteral("owner"), row.encOwner);
    auto sha = open(QStringLiteral("sha256"), row.encSha256);
    for (const Status &s : {title.status(), fileName.status(), owner.status(), sha.status()}) {
        if (!s)
            return Error{QStringLiteral("integrity"), tr("the index entry of job %1 is damaged").arg(row.id)};
    }
    JobRecord r;
    r.id = row.id;
    r.request.title = QString::fromUtf8(title.value());
    r.request.fileName = QString::fromUtf8(fileName.value());
    r.request.owner = QString::fromUtf8(owner.value());
    r.request.copies = row.copies;
    r.request.sides = row.sides;
    r.request.colorMode = row.colorMode;
    r.request.overrides = overridesFromJson(row.colorOverrides);
    r.request.pageRanges = pageRangesFromText(row.pageRanges);
    if (!row.encOrg.isEmpty()) {
        auto org = open(QStringLiteral("org"), row.encOrg);
        if (!org)
            return Error{QStringLiteral("integrity"), tr("the index entry of job %1 is damaged").arg(row.id)};
        r.request.org = orgIdentityFromBytes(org.value());
    }
    r.info.pages = row.pages;
    r.info.pageColors = row.pageColors;
    r.info.format = row.format;
    r.info.firstPageSizePt = row.pageSizePt;
    r.created = QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC);
    r.expires = QDateTime::fromMSecsSinceEpoch(row.expiresMs, Qt::UTC);
    r.size = row.size;
    r.storedSize = row.storedSize;
    r.sha256 = sha.value();
    return r;
}

Result<QList<JobRecord>> Vault::jobs() const
{
    auto rows = m_index.rows();
    if (!rows)
        return rows.error();
    QList<JobRecord> out;
    for (const IndexRow &row : rows.value()) {
        auto r = decryptRow(row);
        if (!r) {
            qCWarning(lcVault) << "skipping job" << row.id << ":" << r.error().message;
            continue;
        }
        out.append(r.value());
    }
    return out;
}

Result<JobRecord> Vault::job(const QString &id) const
{
    auto row = m_index.row(id);
    if (!row)
        return row.error();
    return decryptRow(row.value());
}

Result<QString> Vault::resolveId(const QString &idOrPrefix) const
{
    const QString wanted = idOrPrefix.toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{4,32}$"));
    if (!hex.match(wanted).hasMatch())
        return Error{QStringLiteral("not-found"), tr("'%1' is not a job ID").arg(idOrPrefix)};
    if (isJobId(wanted))
        return wanted;
    QStringList matches;
    for (const QString &id : m_index.ids()) {
        if (id.startsWith(wanted))
            matches.append(id);
    }
    if (matches.isEmpty())
        return Error{QStringLiteral("not-found"), tr("no job with ID %1").arg(idOrPrefix)};
    if (matches.size() > 1)
        return Error{QStringLiteral("ambiguous"),
                     tr("ID prefix %1 matches %n jobs", nullptr, int(matches.size())).arg(idOrPrefix)};
    return matches.first();
}

Result<Vault::KeyedRow> Vault::keyedRow(const QString &id) const
{
    auto row = m_index.row(id);
    if (!row)
        return row.error();
    if (auto s = verifyRow(row.value()); !s)
        return s.error();
    auto key = unwrapKey(row.value());
    if (!key)
        return key.error();
    return KeyedRow{std::move(row.value()), std::move(key.value())};
}

Result<std::unique_ptr<DecryptingDevice>> Vault::openDocument(const QString &id) const
{
    auto sealed = openDocumentSealed(id);
    if (!sealed)
        return sealed.error();
    auto device =
        std::make_unique<DecryptingDevice>(std::move(sealed->file), std::move(sealed->key), sealed->jobId);
    if (!device->open(QIODevice::ReadOnly))
        return device->lastError().error();
    return device;
}

Result<Vault::SealedFile> Vault::openDocumentSealed(const QString &id) const
{
    auto keyed = keyedRow(id);
    if (!keyed)
        return keyed.error();
    auto file = files::openPrivateFile(jobPath(id));
    if (!file)
        return file.error();
    return SealedFile{std::move(file.value()), std::move(keyed->key), QByteArray::fromHex(id.toLatin1())};
}

Result<QByteArray> Vault::thumbnail(const QString &id) const
{
    auto keyed = keyedRow(id);
    if (!keyed)
        return keyed.error();
    return crypto::boxOpen(keyed->key, fieldAad(QStringLiteral("thumbnail"), id), keyed->row.encThumbnail);
}

Status Vault::remove(const QString &id, const QString &reason)
{
    auto row = m_index.row(id);
    if (!row)
        return row.status();
    if (auto s = m_index.remove(id); !s)
        return s;
    m_committedBytes.fetch_sub(row->storedSize);
    if (!QFile::remove(jobPath(id)))
        qCWarning(lcVault) << "job" << id
                           << "was shredded but its file could not be removed; it goes on next start";
    qCInfo(lcVault) << "removed job" << id << "reason" << reason;
    Q_EMIT jobRemoved(id, reason);
    return {};
}

int Vault::expireDue()
{
    int n = 0;
    for (const QString &id : m_index.expiredIds(m_clock->now().toMSecsSinceEpoch())) {
        if (remove(id, QStringLiteral("expired")))
            ++n;
    }
    return n;
}

QDateTime Vault::nextExpiry() const
{
    const qint64 ms = m_index.nextExpiryMs();
    return ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace pv
