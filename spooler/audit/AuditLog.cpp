#include "audit/AuditLog.h"

#include "audit/AuditFormat.h"
#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "vault/Crypto.h"
#include "vault/Signing.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace pv::audit {

namespace {

QJsonObject parseLine(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

bool isRecord(const QJsonObject &o)
{
    return o.value(QStringLiteral("seq")).isDouble() && o.value(QStringLiteral("prev")).isString();
}

// The last record line of a file's contents, or an empty array.
QByteArray lastRecordLine(const QByteArray &contents)
{
    const QList<QByteArray> lines = contents.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->isEmpty() && isRecord(parseLine(*it)))
            return *it;
    }
    return {};
}

QJsonObject actorJson(const AuditActor &a)
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("account", a.account);
    put("identity", a.identity);
    put("device", a.deviceId);
    put("device_name", a.deviceName);
    return o;
}

} // namespace

AuditLog::AuditLog(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_head(genesisHash())
{
    m_batch.setSingleShot(true);
    connect(&m_batch, &QTimer::timeout, this, [this]() {
        drain();
        if (auto s = flush(); !s)
            qCWarning(lcAudit).noquote() << s.message();
    });
}

AuditLog::~AuditLog()
{
    drain();
    if (auto s = flush(); !s)
        qCWarning(lcAudit).noquote() << s.message();
    if (m_fd >= 0)
        ::close(m_fd);
}

QString AuditLog::currentPath() const
{
    return m_options.directory + QStringLiteral("/audit.log");
}

QString AuditLog::headPath() const
{
    return m_options.directory + QStringLiteral("/audit.head");
}

Status AuditLog::open(const AuditOptions &options)
{
    m_options = options;
    if (auto s = files::ensurePrivateDir(m_options.directory); !s)
        return s;
    if (auto s = findChainEnd(); !s)
        return s;
    if (auto s = openCurrent(); !s)
        return s;
    applyRetention();
    return {};
}

// Where the chain stands: the last record of audit.log, or of the newest rotated file. A last
// line without its newline was being written when the process died; it was never fsynced or
// signed, so it is cut off, and the cut is recorded once the keys come.
Status AuditLog::findChainEnd()
{
    QFile current(currentPath());
    QByteArray contents;
    if (current.exists()) {
        if (!current.open(QIODevice::ReadWrite))
            return Error{
                QStringLiteral("io"),
                tr("cannot open the audit log %1: %2").arg(current.fileName(), current.errorString())};
        contents = current.readAll();
        if (!contents.isEmpty() && !contents.endsWith('\n')) {
            const qint64 keep = contents.lastIndexOf('\n') + 1;
            m_openProblem = QStringLiteral("partial-line");
            qCWarning(lcAudit) << "cut" << contents.size() - keep << "bytes of a torn last line";
            contents.truncate(int(keep));
            if (!current.resize(keep))
                return Error{QStringLiteral("io"),
                             tr("cannot repair the audit log %1").arg(current.fileName())};
        }
    }
    m_fileBytes = contents.size();
    QByteArray last = lastRecordLine(contents);
    if (last.isEmpty()) {
        const auto rotated = rotatedFiles();
        if (!rotated.isEmpty()) {
            auto older = files::readFile(rotated.last().second);
            if (older)
                last = lastRecordLine(older.value());
        }
    }
    if (!last.isEmpty()) {
        m_seq = parseLine(last).value(QStringLiteral("seq")).toInteger();
        m_head = lineHash(last);
    }
    m_fileFirstSeq = m_seq + 1;
    for (const QByteArray &line : contents.split('\n')) {
        const QJsonObject o = parseLine(line);
        if (isRecord(o)) {
            m_fileFirstSeq = o.value(QStringLiteral("seq")).toInteger();
            break;
        }
    }
    // The signed head says how far the log went: a shorter log lost its tail.
    if (auto head = files::readFile(headPath()); head) {
        const QJsonObject c =
            parseLine(head.value().trimmed()).value(QStringLiteral("checkpoint")).toObject();
        const qint64 seq = c.value(QStringLiteral("seq")).toInteger();
        m_signedSeq = qMin(seq, m_seq);
        if (seq > m_seq)
            m_openProblem = QStringLiteral("log-shorter-than-head");
        else if (seq == m_seq && c.value(QStringLiteral("head")).toString().toLatin1() != m_head)
            m_openProblem = QStringLiteral("head-mismatch");
    }
    return {};
}

Status AuditLog::openCurrent()
{
    const QByteArray path = QFile::encodeName(currentPath());
    m_fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0)
        return files::ioError(errno, tr("cannot open the audit log %1").arg(currentPath()));
    return {};
}

Status AuditLog::setKeys(const SecureBytes &material)
{
    if (material.size() != KeyMaterialSize)
        return Error{QStringLiteral("integrity"), tr("the audit keys in the keychain are damaged")};
    SecureBytes seed(crypto::Ed25519SeedSize);
    SecureBytes mask(KeyMaterialSize - crypto::Ed25519SeedSize);
    std::memcpy(seed.data(), material.data(), size_t(seed.size()));
    std::memcpy(mask.data(), material.data() + seed.size(), size_t(mask.size()));
    auto publicKey = crypto::ed25519PublicKey(seed);
    if (!publicKey)
        return publicKey.error();
    m_signingSeed = std::move(seed);
    m_maskKey = std::move(mask);
    m_publicKey = publicKey.value();
    // The public half beside the log, for `audit verify` on this machine (a copy kept elsewhere
    // is what proves the log was not rewritten with another key).
    if (auto pem = crypto::ed25519PublicPem(m_publicKey); pem)
        (void)files::replaceFile(m_options.directory + QStringLiteral("/audit-public.pem"), pem.value());
    AuditEvent started{QStringLiteral("audit.started"), {}, {}, QStringLiteral("ok"), {}, {}};
    if (!m_openProblem.isEmpty()) {
        started.outcome = QStringLiteral("failed");
        started.reason = m_openProblem;
    }
    m_waiting.prepend(Waiting{m_clock->now(), started});
    drain();
    return {};
}

void AuditLog::record(const AuditEvent &event)
{
    if (m_waiting.size() >= m_options.maxWaiting) {
        m_waiting.removeFirst();
        ++m_dropped;
    }
    m_waiting.append(Waiting{m_clock->now(), event});
    drain();
}

// Writes what waits, in order, once there are keys; a failed write stays first in line.
void AuditLog::drain()
{
    if (!hasKeys() || m_fd < 0)
        return;
    if (m_dropped > 0) {
        AuditEvent lost{QStringLiteral("audit.dropped"),
                        {},
                        {},
                        QStringLiteral("failed"),
                        QStringLiteral("keychain-unavailable"),
                        {{QStringLiteral("records"), m_dropped}}};
        m_dropped = 0;
        m_waiting.prepend(Waiting{m_clock->now(), lost});
    }
    while (!m_waiting.isEmpty()) {
        const Waiting next = m_waiting.first(); // write() may queue a retention record behind it
        if (auto s = write(next); !s) {
            qCWarning(lcAudit).noquote() << s.message();
            m_batch.start(m_options.batchMs);
            return;
        }
        m_waiting.removeFirst();
    }
}

QString AuditLog::mask(const QString &value) const
{
    if (m_maskKey.isEmpty() || value.isEmpty())
        return QString();
    const QByteArray mac = crypto::hmacSha256(m_maskKey, "printvault-audit-mask-v1:" + value.toUtf8());
    return QLatin1String(MaskPrefix) + QString::fromLatin1(mac.left(16).toHex());
}

QJsonObject AuditLog::maskedCopy(QJsonObject record) const
{
    for (const auto &[object, key] : maskedFields()) {
        QJsonObject inner = record.value(object).toObject();
        const QString value = inner.value(key).toString();
        if (value.isEmpty() || value.startsWith(QLatin1String(MaskPrefix)))
            continue;
        inner.insert(key, mask(value));
        record.insert(object, inner);
    }
    return record;
}

Status AuditLog::write(const Waiting &waiting)
{
    const AuditEvent &e = waiting.event;
    QJsonObject o{{QStringLiteral("v"), FormatVersion},
                  {QStringLiteral("seq"), m_seq + 1},
                  {QStringLiteral("time"), waiting.time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("event"), e.event},
                  {QStringLiteral("outcome"), e.outcome},
                  {QStringLiteral("prev"), QString::fromLatin1(m_head)}};
    if (const QJsonObject actor = actorJson(e.actor); !actor.isEmpty())
        o.insert(QStringLiteral("actor"), actor);
    if (!e.jobId.isEmpty())
        o.insert(QStringLiteral("job_id"), e.jobId);
    if (!e.reason.isEmpty())
        o.insert(QStringLiteral("reason"), e.reason);
    if (!e.details.isEmpty())
        o.insert(QStringLiteral("details"), e.details);
    if (m_options.maskNames)
        o = maskedCopy(o);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (m_fileBytes > 0 && m_fileBytes + line.size() + 1 > m_options.maxFileBytes) {
        if (auto s = rotate(); !s)
            return s;
    }
    if (auto s = appendBytes(line + '\n'); !s)
        return s;
    if (m_fileBytes == line.size() + 1)
        m_fileFirstSeq = m_seq + 1;
    ++m_seq;
    m_head = lineHash(line);
    if (++m_unsynced >= m_options.batchRecords)
        return flush();
    if (!m_batch.isActive())
        m_batch.start(m_options.batchMs);
    return {};
}

// One write(2) per line on an O_APPEND descriptor; a short or failed write is cut back off, so
// the file never keeps half a line.
Status AuditLog::appendBytes(const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            if (::ftruncate(m_fd, m_fileBytes) != 0)
                qCWarning(lcAudit) << "cannot cut a failed write off the audit log";
            return files::ioError(error, tr("cannot write the audit log %1").arg(currentPath()));
        }
        done += n;
    }
    m_fileBytes += bytes.size();
    return {};
}

Status AuditLog::flush()
{
    if (m_fd < 0 || (m_unsynced == 0 && m_signedSeq == m_seq))
        return {};
    m_batch.stop();
    if (hasKeys() && m_seq > m_signedSeq && m_seq > 0) {
        auto sig = crypto::ed25519Sign(m_signingSeed, checkpointMessage(m_seq, m_head));
        if (!sig)
            return sig.error();
        const QJsonObject c{
            {QStringLiteral("checkpoint"),
             QJsonObject{{QStringLiteral("seq"), m_seq},
                         {QStringLiteral("head"), QString::fromLatin1(m_head)},
                         {QStringLiteral("time"), m_clock->now().toUTC().toString(Qt::ISODateWithMs)}}},
            {QStringLiteral("sig"), QString::fromLatin1(sig->toBase64())}};
        const QByteArray line = QJsonDocument(c).toJson(QJsonDocument::Compact) + '\n';
        if (auto s = appendBytes(line); !s)
            return s;
        if (::fsync(m_fd) != 0)
            return files::ioError(errno, tr("cannot sync the audit log %1").arg(currentPath()));
        if (auto s = files::replaceFile(headPath(), line); !s)
            return s;
        m_signedSeq = m_seq;
    } else if (::fsync(m_fd) != 0) {
        return files::ioError(errno, tr("cannot sync the audit log %1").arg(currentPath()));
    }
    m_unsynced = 0;
    return {};
}

// audit.log becomes audit-<its first seq>.log, signed to its end; the chain goes on in a new one.
Status AuditLog::rotate()
{
    if (auto s = flush(); !s)
        return s;
    ::close(m_fd);
    m_fd = -1;
    const QString rotated =
        m_options.directory + QStringLiteral("/audit-%1.log").arg(m_fileFirstSeq, 12, 10, QLatin1Char('0'));
    if (auto s = files::renameDurably(currentPath(), rotated); !s)
        return s;
    m_fileFirstSeq = m_seq + 1;
    m_fileBytes = 0;
    if (auto s = openCurrent(); !s)
        return s;
    qCInfo(lcAudit) << "rotated the audit log at seq" << m_seq;
    applyRetention();
    return {};
}

QList<QPair<qint64, QString>> AuditLog::rotatedFiles() const
{
    static const QRegularExpression name(QStringLiteral("^audit-(\\d{12})\\.log$"));
    QList<QPair<qint64, QString>> out;
    const QDir dir(m_options.directory);
    for (const QString &file : dir.entryList({QStringLiteral("audit-*.log")}, QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (m.hasMatch())
            out.append({m.captured(1).toLongLong(), dir.filePath(file)});
    }
    return out;
}

// Rotated files whose newest record is older than the policy's days go, oldest first; the log
// then records how far it was cut, so that verification knows the missing start is retention.
void AuditLog::applyRetention()
{
    if (m_options.retentionDays <= 0)
        return;
    const QDateTime cutoff = m_clock->now().addDays(-m_options.retentionDays);
    const auto rotated = rotatedFiles();
    qint64 removedThrough = 0;
    int removed = 0;
    for (int i = 0; i < rotated.size(); ++i) {
        auto contents = files::readFile(rotated[i].second);
        const QByteArray last = contents ? lastRecordLine(contents.value()) : QByteArray();
        const QDateTime newest = QDateTime::fromString(
            parseLine(last).value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (!newest.isValid() || newest >= cutoff || !QFile::remove(rotated[i].second))
            break;
        removedThrough = i + 1 < rotated.size() ? rotated[i + 1].first - 1 : m_fileFirstSeq - 1;
        ++removed;
    }
    if (removed == 0)
        return;
    qCInfo(lcAudit) << "retention removed" << removed << "audit file(s) through seq" << removedThrough;
    m_waiting.append(
        Waiting{m_clock->now(), AuditEvent{QStringLiteral("audit.retention"),
                                           {},
                                           {},
                                           QStringLiteral("ok"),
                                           QStringLiteral("policy"),
                                           {{QStringLiteral("removed_through_seq"), removedThrough},
                                            {QStringLiteral("files"), removed},
                                            {QStringLiteral("retention_days"), m_options.retentionDays}}}});
}

QStringList AuditLog::files() const
{
    QStringList out;
    for (const auto &r : rotatedFiles())
        out.append(r.second);
    for (const QString &path : {currentPath(), headPath()}) {
        if (QFile::exists(path))
            out.append(path);
    }
    return out;
}

} // namespace pv::audit
