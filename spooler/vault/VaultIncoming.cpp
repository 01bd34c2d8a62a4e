// The vault's incoming documents: what a client sent, encrypted into incoming/ while it
// arrives, and the sealed ticket beside it. Files, per id:
//   <id>.part  the document while it arrives (removed at start: never acknowledged)
//   <id>.req   the ticket: the document's data key wrapped by the master key, and what the
//              client asked for, sealed with the data key
//   <id>.doc   the document, renamed from .part once .req is durable: the acknowledged state
//   <id>.tries conversions started and never answered (a number; no content), while .doc exists
// Called from the capture's connection and conversion threads; the master key and the folder
// names are fixed once the vault is unlocked, and each id's files belong to one thread at a time.
#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "vault/Crypto.h"
#include "vault/DecryptingDevice.h"
#include "vault/JobDraft.h"
#include "vault/SegmentWriter.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace pv {

namespace {

const QLatin1String PartSuffix(".part");
const QLatin1String TicketSuffix(".req");
const QLatin1String DocumentSuffix(".doc");
const QLatin1String AttemptsSuffix(".tries");

QByteArray ticketAad(const QString &id)
{
    return QByteArrayLiteral("pv-ticket1|") + id.toLatin1();
}

} // namespace

QString Vault::incomingDir() const
{
    return m_dir + QStringLiteral("/incoming");
}

Result<std::unique_ptr<JobDraft>> Vault::createIncoming(const JobRequest &request)
{
    const QByteArray rawId = crypto::randomBytes(16);
    auto draft = newDraft(request, rawId,
                          incomingDir() + QLatin1Char('/') + QString::fromLatin1(rawId.toHex()) + PartSuffix);
    // Its SHA-256 is taken when it is held, off the path to the acknowledgement.
    if (draft)
        draft.value()->m_writer->setHashing(false);
    return draft;
}

Status Vault::sealIncoming(std::unique_ptr<JobDraft> draft, const QByteArray &ticket)
{
    // The document first (sealed and fsynced), then its ticket (fsynced), then the rename that
    // makes the pair acknowledged, and one fsync of the folder for both new names. A crash before
    // it leaves at most a ticket without its document, removed at start (recoverIncoming).
    if (auto s = draft->finish(); !s)
        return s;
    const QString &id = draft->id();
    auto wrapped = crypto::boxSeal(m_masterKey, keyAad(id), draft->m_key.bytes());
    auto sealed = crypto::boxSeal(draft->m_key, ticketAad(id), ticket);
    if (!wrapped)
        return wrapped.error();
    if (!sealed)
        return sealed.error();
    const QJsonObject file{{QStringLiteral("key"), QString::fromLatin1(wrapped.value().toBase64())},
                           {QStringLiteral("ticket"), QString::fromLatin1(sealed.value().toBase64())}};
    const QString base = incomingDir() + QLatin1Char('/') + id;
    if (auto s = files::writeNewFileSynced(base + TicketSuffix,
                                           QJsonDocument(file).toJson(QJsonDocument::Compact));
        !s)
        return s;
    draft->m_file->close();
    if (auto s = files::renameDurably(draft->m_tmpPath, base + DocumentSuffix); !s) {
        // Not acknowledged: neither stays (the draft removes the document under its old name).
        QFile::remove(base + DocumentSuffix);
        QFile::remove(base + TicketSuffix);
        return s;
    }
    // The document now belongs to incoming/; the draft no longer deletes it. It stays counted
    // against the cap, as an incoming document, until it is held.
    draft->m_committed = true;
    m_incomingBytes.fetch_add(QFileInfo(base + DocumentSuffix).size());
    release(draft->m_reserved);
    draft->m_reserved = 0;
    return {};
}

Result<QList<QPair<QString, QByteArray>>> Vault::incoming() const
{
    if (!isUnlocked())
        return Error{QStringLiteral("vault-locked"), tr("the vault is locked")};
    QList<QPair<QString, QByteArray>> out;
    const QDir dir(incomingDir());
    for (const QString &name :
         dir.entryList({QStringLiteral("*") + DocumentSuffix}, QDir::Files, QDir::Name)) {
        const QString id = name.chopped(DocumentSuffix.size());
        auto file = files::readFile(dir.filePath(id + TicketSuffix));
        if (!file)
            return file.error();
        const QJsonObject json = QJsonDocument::fromJson(file.value()).object();
        auto key = crypto::boxOpenKey(
            m_masterKey, keyAad(id),
            QByteArray::fromBase64(json.value(QStringLiteral("key")).toString().toLatin1()));
        if (!key)
            return Error{QStringLiteral("integrity"), tr("the key of job %1 cannot be unwrapped").arg(id)};
        auto ticket = crypto::boxOpen(
            key.value(), ticketAad(id),
            QByteArray::fromBase64(json.value(QStringLiteral("ticket")).toString().toLatin1()));
        if (!ticket)
            return Error{QStringLiteral("integrity"), tr("the ticket of job %1 cannot be opened").arg(id)};
        out.append({id, ticket.value()});
    }
    return out;
}

Result<Vault::SealedFile> Vault::openIncomingSealed(const QString &id) const
{
    const QString base = incomingDir() + QLatin1Char('/') + id;
    auto ticketFile = files::readFile(base + TicketSuffix);
    if (!ticketFile)
        return ticketFile.error();
    const QJsonObject json = QJsonDocument::fromJson(ticketFile.value()).object();
    auto key =
        crypto::boxOpenKey(m_masterKey, keyAad(id),
                           QByteArray::fromBase64(json.value(QStringLiteral("key")).toString().toLatin1()));
    if (!key)
        return Error{QStringLiteral("integrity"), tr("the key of job %1 cannot be unwrapped").arg(id)};
    auto file = files::openPrivateFile(base + DocumentSuffix);
    if (!file)
        return file.error();
    return SealedFile{std::move(file.value()), std::move(key.value()), QByteArray::fromHex(id.toLatin1())};
}

Result<std::unique_ptr<DecryptingDevice>> Vault::openIncoming(const QString &id) const
{
    auto sealed = openIncomingSealed(id);
    if (!sealed)
        return sealed.error();
    auto device =
        std::make_unique<DecryptingDevice>(std::move(sealed->file), std::move(sealed->key), sealed->jobId);
    if (!device->open(QIODevice::ReadOnly))
        return device->lastError().error();
    return device;
}

int Vault::incomingAttempts(const QString &id) const
{
    auto file = files::readFile(incomingDir() + QLatin1Char('/') + id + AttemptsSuffix);
    return file ? qMax(0, file.value().trimmed().toInt()) : 0;
}

// Durable: the count must be on disk before the attempt it counts can take the daemon down.
Status Vault::setIncomingAttempts(const QString &id, int attempts)
{
    const QString path = incomingDir() + QLatin1Char('/') + id + AttemptsSuffix;
    if (attempts <= 0) {
        QFile::remove(path);
        return {};
    }
    return files::replaceFile(path, QByteArray::number(attempts));
}

// The document goes before its ticket: a crash in between leaves a ticket alone, removed at start.
void Vault::removeIncoming(const QString &id)
{
    const QString base = incomingDir() + QLatin1Char('/') + id;
    const qint64 size = QFileInfo(base + DocumentSuffix).size();
    if (QFile::remove(base + DocumentSuffix))
        m_incomingBytes.fetch_sub(size);
    QFile::remove(base + TicketSuffix);
    QFile::remove(base + AttemptsSuffix);
    if (auto s = files::fsyncDir(incomingDir()); !s)
        qCWarning(lcVault) << "incoming folder not synced:" << s.message();
}

// At unlock: documents still arriving when the last run ended were never acknowledged, and go.
// A sealed document whose job is already indexed was converted just before the end: it is held
// already, so it goes too, and is held exactly once.
void Vault::recoverIncoming()
{
    const QStringList known = m_index.ids();
    const QDir dir(incomingDir());
    int removed = 0;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const QString id = name.section(QLatin1Char('.'), 0, 0);
        const bool document = name.endsWith(DocumentSuffix);
        const bool ticket = name.endsWith(TicketSuffix);
        const bool attempts = name.endsWith(AttemptsSuffix);
        const bool paired = document ? dir.exists(id + TicketSuffix)
                                     : (ticket || attempts) && dir.exists(id + DocumentSuffix);
        if ((document || ticket || attempts) && paired && !known.contains(id))
            continue;
        if (QFile::remove(dir.filePath(name)))
            ++removed;
    }
    if (removed > 0)
        qCInfo(lcVault) << "removed" << removed
                        << "incoming file(s) that were never acknowledged or are held";
    qint64 kept = 0;
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*") + DocumentSuffix}, QDir::Files))
        kept += f.size();
    m_incomingBytes = kept;
}

} // namespace pv
