#include "audit/AuditVerifier.h"

#include "audit/AuditFormat.h"
#include "vault/Signing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace pv::audit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pv::audit", text);
}

enum class Kind { Record, Checkpoint, Export, Broken };

struct Line
{
    QString file;
    int number = 0;
    QByteArray bytes;
    QJsonObject json;
    Kind kind = Kind::Broken;
    qint64 seq() const { return json.value(QStringLiteral("seq")).toInteger(); }
};

struct LoadedFile
{
    QString path;
    QList<Line> lines;
    bool isHead = false;
    bool isExport = false;
    std::optional<QString> error;
    qint64 firstSeq() const
    {
        for (const Line &l : lines) {
            if (l.kind == Kind::Record)
                return l.seq();
        }
        return std::numeric_limits<qint64>::max();
    }
};

Kind kindOf(const QJsonObject &o)
{
    if (o.value(QStringLiteral("checkpoint")).isObject())
        return Kind::Checkpoint;
    if (o.value(QStringLiteral("export")).isObject())
        return Kind::Export;
    if (o.value(QStringLiteral("seq")).isDouble() && o.value(QStringLiteral("prev")).isString())
        return Kind::Record;
    return Kind::Broken;
}

// Every line, the last one too when the file does not end in a newline (a cut tail).
LoadedFile load(const QString &path)
{
    LoadedFile f;
    f.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        f.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return f;
    }
    const QByteArray all = file.readAll();
    QList<QByteArray> parts = all.split('\n');
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    int number = 0;
    for (const QByteArray &part : parts) {
        Line line;
        line.file = path;
        line.number = ++number;
        line.bytes = part;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(part, &error);
        line.json = doc.object();
        line.kind =
            error.error == QJsonParseError::NoError && doc.isObject() ? kindOf(line.json) : Kind::Broken;
        f.lines.append(line);
    }
    f.isExport = !f.lines.isEmpty() && f.lines.first().kind == Kind::Export;
    f.isHead = path.endsWith(QLatin1String(".head")) &&
               std::all_of(f.lines.cbegin(), f.lines.cend(),
                           [](const Line &l) { return l.kind == Kind::Checkpoint; });
    return f;
}

QByteArray signatureOf(const QJsonObject &o)
{
    return QByteArray::fromBase64(o.value(QStringLiteral("sig")).toString().toLatin1());
}

// Walks records in order, keeping the chain's head; the first problem ends the walk.
class Walker
{
public:
    Walker(VerifyReport *report, const QByteArray &publicKey)
        : m_report(report)
        , m_key(publicKey)
    {}

    // The chain starts here: `prev` is what the first record must carry.
    void start(qint64 firstSeq, const QByteArray &prev)
    {
        m_expected = firstSeq;
        m_head = prev;
    }
    bool started() const { return m_expected > 0; }
    bool failed() const { return !m_report->problem.isEmpty(); }
    qint64 expected() const { return m_expected; }
    qint64 last() const { return m_expected - 1; }
    QByteArray hashAt(qint64 seq) const { return m_hashes.value(seq); }
    bool signedBy(const QByteArray &message, const QByteArray &signature) const
    {
        return crypto::ed25519Verify(m_key, message, signature);
    }

    void fail(qint64 seq, const char *problem, const QString &message, const Line *line = nullptr)
    {
        if (failed())
            return;
        m_report->firstBadSeq = qMax<qint64>(1, seq);
        m_report->problem = QLatin1String(problem);
        m_report->message = message;
        if (line) {
            m_report->file = line->file;
            m_report->line = line->number;
        }
    }

    void record(const Line &line, const QSet<qint64> &present)
    {
        const qint64 seq = line.seq();
        if (seq != m_expected) {
            if (present.contains(m_expected))
                fail(m_expected, "reordered",
                     tr("record %1 is out of order: record %2 stands in its place").arg(m_expected).arg(seq),
                     &line);
            else
                fail(m_expected, "missing",
                     tr("record %1 is missing (the next one is %2)").arg(m_expected).arg(seq), &line);
            return;
        }
        const QByteArray prev = line.json.value(QStringLiteral("prev")).toString().toLatin1();
        if (prev != m_head) {
            if (seq == 1)
                fail(1, "edited", tr("record 1 does not start the chain: it was changed"), &line);
            else
                fail(seq - 1, "edited",
                     tr("record %1 was changed: its hash is not the one record %2 carries")
                         .arg(seq - 1)
                         .arg(seq),
                     &line);
            return;
        }
        m_head = lineHash(line.bytes);
        m_hashes.insert(seq, m_head);
        ++m_expected;
        ++m_report->records;
        m_report->lastSeq = seq;
    }

    // A checkpoint (in a log, or the signed head beside it) vouches for the chain up to its seq.
    void checkpoint(const Line &line)
    {
        const QJsonObject c = line.json.value(QStringLiteral("checkpoint")).toObject();
        const qint64 seq = c.value(QStringLiteral("seq")).toInteger();
        const QByteArray head = c.value(QStringLiteral("head")).toString().toLatin1();
        if (!signedBy(checkpointMessage(seq, head), signatureOf(line.json))) {
            fail(seq, "bad-signature",
                 tr("the checkpoint at record %1 is not signed by this key (changed, or another log's)")
                     .arg(seq),
                 &line);
            return;
        }
        if (seq > last()) {
            fail(last() + 1, "truncated",
                 tr("records %1 to %2 are missing: the log ends at %3, but a signed checkpoint names %2")
                     .arg(last() + 1)
                     .arg(seq)
                     .arg(last()),
                 &line);
            return;
        }
        if (m_hashes.value(seq) != head) {
            fail(seq, "edited", tr("record %1 was changed: it does not match its signed checkpoint").arg(seq),
                 &line);
            return;
        }
        m_report->signedThrough = qMax(m_report->signedThrough, seq);
        ++m_report->checkpoints;
    }

private:
    VerifyReport *m_report;
    QByteArray m_key;
    qint64 m_expected = 0;
    QByteArray m_head;
    QHash<qint64, QByteArray> m_hashes;
};

// How far retention has removed the log's beginning, as the log itself records it.
qint64 removedThrough(const QList<LoadedFile> &files)
{
    qint64 through = 0;
    for (const LoadedFile &f : files) {
        for (const Line &l : f.lines) {
            if (l.kind == Kind::Record &&
                l.json.value(QStringLiteral("event")).toString() == QLatin1String("audit.retention"))
                through = qMax(through, l.json.value(QStringLiteral("details"))
                                            .toObject()
                                            .value(QStringLiteral("removed_through_seq"))
                                            .toInteger());
        }
    }
    return through;
}

void verifyLog(QList<LoadedFile> files, Walker &walk, VerifyReport &report)
{
    QList<LoadedFile> heads;
    for (auto it = files.begin(); it != files.end();) {
        if (it->isHead) {
            heads.append(*it);
            it = files.erase(it);
        } else {
            ++it;
        }
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const LoadedFile &a, const LoadedFile &b) { return a.firstSeq() < b.firstSeq(); });
    QSet<qint64> present;
    for (const LoadedFile &f : files) {
        for (const Line &l : f.lines) {
            if (l.kind == Kind::Record)
                present.insert(l.seq());
        }
    }
    const qint64 retained = removedThrough(files);
    for (const LoadedFile &f : files) {
        for (const Line &l : f.lines) {
            if (walk.failed())
                return;
            if (l.kind == Kind::Broken || l.kind == Kind::Export) {
                walk.fail(walk.started() ? walk.expected() : 1, "damaged",
                          tr("line %1 of %2 is not a whole record: it was changed or cut off")
                              .arg(l.number)
                              .arg(QFileInfo(l.file).fileName()),
                          &l);
                return;
            }
            if (l.kind == Kind::Checkpoint) {
                walk.checkpoint(l);
                continue;
            }
            if (!walk.started()) {
                const qint64 first = l.seq();
                if (first != 1 && first - 1 > retained) {
                    walk.fail(retained + 1, "missing",
                              tr("records %1 to %2 are missing from the start of the log")
                                  .arg(retained + 1)
                                  .arg(first - 1),
                              &l);
                    return;
                }
                report.firstSeq = first;
                walk.start(first, first == 1 ? genesisHash()
                                             : l.json.value(QStringLiteral("prev")).toString().toLatin1());
            }
            walk.record(l, present);
        }
    }
    for (const LoadedFile &h : heads) {
        for (const Line &l : h.lines)
            walk.checkpoint(l);
    }
}

void verifyExport(const LoadedFile &file, Walker &walk, VerifyReport &report)
{
    report.isExport = true;
    const Line &first = file.lines.first();
    const ExportHeader header = exportFromJson(first.json.value(QStringLiteral("export")).toObject());
    report.firstSeq = header.firstSeq;
    if (!walk.signedBy(exportMessage(header), signatureOf(first.json))) {
        walk.fail(header.firstSeq, "bad-signature",
                  tr("the export's header is not signed by this key (changed, or another log's)"), &first);
        return;
    }
    walk.start(header.firstSeq, header.prev);
    QSet<qint64> present;
    for (const Line &l : file.lines) {
        if (l.kind == Kind::Record)
            present.insert(l.seq());
    }
    for (const Line &l : file.lines.mid(1)) {
        if (walk.failed())
            return;
        if (l.kind != Kind::Record) {
            walk.fail(walk.expected(), "damaged",
                      tr("line %1 of %2 is not a whole record: it was changed or cut off")
                          .arg(l.number)
                          .arg(QFileInfo(l.file).fileName()),
                      &l);
            return;
        }
        walk.record(l, present);
    }
    if (walk.failed())
        return;
    if (walk.last() < header.lastSeq) {
        walk.fail(walk.last() + 1, "truncated",
                  tr("records %1 to %2 are missing from the end of the export")
                      .arg(walk.last() + 1)
                      .arg(header.lastSeq));
        return;
    }
    if (walk.last() > header.lastSeq || walk.hashAt(header.lastSeq) != header.head) {
        walk.fail(header.lastSeq, "edited",
                  tr("record %1 does not match the export's signed head").arg(header.lastSeq));
        return;
    }
    report.signedThrough = header.lastSeq;
}

} // namespace

VerifyReport verifyAudit(const VerifyInput &input)
{
    VerifyReport report;
    QList<LoadedFile> files;
    for (const QString &path : input.files) {
        LoadedFile f = load(path);
        if (f.error) {
            report.problem = QStringLiteral("unreadable");
            report.message = *f.error;
            report.file = path;
            return report;
        }
        files.append(f);
    }
    Walker walk(&report, input.publicKey);
    const auto exportFile =
        std::find_if(files.cbegin(), files.cend(), [](const LoadedFile &f) { return f.isExport; });
    if (exportFile != files.cend()) {
        if (files.size() != 1) {
            report.problem = QStringLiteral("usage");
            report.message = tr("an exported file is verified on its own");
            return report;
        }
        verifyExport(*exportFile, walk, report);
    } else {
        verifyLog(files, walk, report);
    }
    if (!walk.failed() && report.records == 0)
        walk.fail(1, "empty", tr("there are no records to verify"));
    report.ok = !walk.failed();
    return report;
}

} // namespace pv::audit
