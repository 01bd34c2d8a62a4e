// The audit log on its own: the chain across rotated files, checkpoints and exports, and
// verification with nothing but the public key, after each kind of tampering.
#include "audit/AuditFormat.h"
#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "Fakes.h"
#include "vault/Crypto.h"
#include "vault/Signing.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace pv;
using namespace pv::audit;

namespace {

const char *const Marker = "MARKER-7f3a";

SecureBytes keyMaterial(char fill)
{
    SecureBytes k(AuditLog::KeyMaterialSize);
    std::memset(k.data(), fill, size_t(k.size()));
    return k;
}

QList<QByteArray> readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray &l : lines)
        f.write(l + '\n');
}

qint64 seqOf(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    return o.contains(QStringLiteral("prev")) ? o.value(QStringLiteral("seq")).toInteger() : -1;
}

// Where record `seq` is: the file and the line's index.
QPair<QString, int> locate(const QStringList &files, qint64 seq)
{
    for (const QString &f : files) {
        const QList<QByteArray> lines = readLines(f);
        for (int i = 0; i < lines.size(); ++i) {
            if (seqOf(lines[i]) == seq)
                return {f, i};
        }
    }
    return {};
}

QByteArray allBytes(const QString &dir)
{
    QByteArray out;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files)) {
        QFile f(fi.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out;
}

} // namespace

class TstAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void untouchedLogVerifies();
    void tamperingNamesTheFirstBadRecord_data();
    void tamperingNamesTheFirstBadRecord();
    void anotherKeyDoesNotVerify();
    void maskedLogHasNoTitle();
    void exportVerifiesAndShowsTampering();
    void retentionIsNotTampering();
    void tornLastLineIsRepairedAndRecorded();
    void verifierBinaryNeedsOnlyThePublicKey();

private:
    // A log of `records` job.held records (plus audit.started) rotated every few KB.
    QStringList writeLog(const QString &dir, int records, bool mask = true);
    VerifyReport verify(const QStringList &files) const { return verifyAudit({files, m_publicKey}); }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::FakeClock m_clock;
    QByteArray m_publicKey;
};

void TstAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto pub = crypto::ed25519PublicKey([] {
        SecureBytes seed(crypto::Ed25519SeedSize);
        std::memset(seed.data(), 'k', size_t(seed.size()));
        return seed;
    }());
    QVERIFY(pub);
    m_publicKey = pub.value();
}

QStringList TstAudit::writeLog(const QString &dir, int records, bool mask)
{
    AuditLog log(&m_clock);
    AuditOptions o;
    o.directory = dir;
    o.maxFileBytes = 3000;
    o.batchRecords = 4;
    o.maskNames = mask;
    if (!log.open(o))
        return {};
    if (!log.setKeys(keyMaterial('k')))
        return {};
    for (int i = 0; i < records; ++i) {
        AuditEvent e;
        e.event = QStringLiteral("job.held");
        e.actor.account = QStringLiteral("alice");
        e.jobId = QString::number(i, 16).rightJustified(32, QLatin1Char('0'));
        e.details = {
            {QStringLiteral("title"), QStringLiteral("%1 report %2").arg(QLatin1String(Marker)).arg(i)},
            {QStringLiteral("pages"), i + 1}};
        log.record(e);
        m_clock.advanceSecs(60);
    }
    if (!log.flush())
        return {};
    return log.files();
}

void TstAudit::untouchedLogVerifies()
{
    const QStringList files = writeLog(m_dir->path(), 60);
    QVERIFY(files.size() >= 5); // rotated files, audit.log and audit.head
    const VerifyReport r = verify(files);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.firstSeq, 1);
    QCOMPARE(r.lastSeq, 61); // audit.started, then the 60 records
    QCOMPARE(r.signedThrough, 61);
    QVERIFY(r.checkpoints >= 15);
    // The files in any order, as a shell glob or a user may give them.
    QStringList shuffled = files;
    std::reverse(shuffled.begin(), shuffled.end());
    QVERIFY(verify(shuffled).ok);
}

void TstAudit::tamperingNamesTheFirstBadRecord_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<qint64>("seq"); // the record tampered with
    QTest::addColumn<QString>("problem");
    QTest::newRow("one byte edited") << "edit" << qint64(23) << "edited";
    QTest::newRow("a record removed") << "remove" << qint64(23) << "missing";
    QTest::newRow("two records swapped") << "swap" << qint64(23) << "reordered";
    QTest::newRow("the tail cut") << "cut" << qint64(59) << "truncated";
    QTest::newRow("cut mid-line") << "cut-mid" << qint64(61) << "damaged";
    QTest::newRow("the last record edited") << "edit" << qint64(61) << "edited";
    QTest::newRow("a rotated file removed") << "remove-file" << qint64(0) << "missing";
    QTest::newRow("the first file removed") << "remove-first" << qint64(1) << "missing";
    QTest::newRow("a checkpoint edited") << "edit-checkpoint" << qint64(0) << "bad-signature";
}

void TstAudit::tamperingNamesTheFirstBadRecord()
{
    QFETCH(QString, how);
    QFETCH(qint64, seq);
    QFETCH(QString, problem);
    const QStringList files = writeLog(m_dir->path(), 60);
    QVERIFY(verify(files).ok);
    const QStringList logs = files.filter(QStringLiteral(".log"));
    // Two records to swap must stand in one file: the nearest such pair at or before `seq`.
    while (how == QLatin1String("swap") && locate(logs, seq).first != locate(logs, seq + 1).first)
        --seq;
    const auto [file, index] = locate(logs, seq > 0 ? seq : 1);
    QList<QByteArray> lines = readLines(file);
    if (how == QLatin1String("edit")) {
        // One byte, inside the event name, so the line stays valid JSON.
        const int at = int(lines[index].indexOf("job.held") + 7);
        lines[index][at] = 'e';
        writeLines(file, lines);
    } else if (how == QLatin1String("remove")) {
        lines.removeAt(index);
        writeLines(file, lines);
    } else if (how == QLatin1String("swap")) {
        lines.swapItemsAt(index, locate(logs, seq + 1).second);
        writeLines(file, lines);
    } else if (how == QLatin1String("cut")) {
        // Records 59 to 61 and their checkpoints go; audit.head still names 61.
        writeLines(file, lines.mid(0, index));
    } else if (how == QLatin1String("cut-mid")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray all = f.readAll();
        QVERIFY(f.resize(all.indexOf(lines[index]) + lines[index].size() / 2));
    } else if (how == QLatin1String("remove-file") || how == QLatin1String("remove-first")) {
        const QString gone = how == QLatin1String("remove-file") ? logs.at(1) : logs.at(0);
        seq = seqOf(readLines(gone).first());
        QVERIFY(QFile::remove(gone));
    } else if (how == QLatin1String("edit-checkpoint")) {
        const QString log = logs.last();
        QList<QByteArray> all = readLines(log);
        int c = int(all.size()) - 1;
        while (seqOf(all[c]) >= 0)
            --c;
        const QJsonObject cp = QJsonDocument::fromJson(all[c]).object();
        seq = cp.value(QStringLiteral("checkpoint")).toObject().value(QStringLiteral("seq")).toInteger();
        const int at = int(all[c].indexOf("\"sig\":\"") + 7);
        all[c][at] = all[c][at] == 'A' ? 'B' : 'A';
        writeLines(log, all);
    }
    QStringList remaining;
    for (const QString &f : files) {
        if (QFile::exists(f))
            remaining.append(f);
    }
    const VerifyReport r = verify(remaining);
    QVERIFY(!r.ok);
    QCOMPARE(r.problem, problem);
    QCOMPARE(r.firstBadSeq, seq);
}

void TstAudit::anotherKeyDoesNotVerify()
{
    const QStringList files = writeLog(m_dir->path(), 10);
    SecureBytes other(crypto::Ed25519SeedSize);
    std::memset(other.data(), 'x', size_t(other.size()));
    const VerifyReport r = verifyAudit({files, crypto::ed25519PublicKey(other).value()});
    QVERIFY(!r.ok);
    QCOMPARE(r.problem, QStringLiteral("bad-signature"));
}

void TstAudit::maskedLogHasNoTitle()
{
    QTemporaryDir clear;
    writeLog(clear.path(), 5, false);
    // The search finds the marker where names are kept: it would find a leak.
    QVERIFY(allBytes(clear.path()).contains(Marker));
    QVERIFY(allBytes(clear.path()).contains("alice"));

    const QStringList files = writeLog(m_dir->path(), 5, true);
    const QByteArray bytes = allBytes(m_dir->path());
    QVERIFY(!bytes.contains(Marker));
    QVERIFY(!bytes.contains("alice"));
    QVERIFY(bytes.contains("\"title\":\"hmac:"));
    // The same name masks the same way, so records can be correlated with the key.
    AuditLog log(&m_clock);
    QVERIFY(log.open({m_dir->path()}));
    QVERIFY(log.setKeys(keyMaterial('k')));
    QVERIFY(bytes.contains(log.mask(QStringLiteral("alice")).toLatin1()));
}

void TstAudit::exportVerifiesAndShowsTampering()
{
    writeLog(m_dir->path(), 30, false);
    AuditLog log(&m_clock);
    QVERIFY(log.open({m_dir->path()}));
    QVERIFY(log.setKeys(keyMaterial('k')));
    // The 11th to the 21st job.held: records 12 to 22 (audit.started is first).
    const QDateTime start = m_clock.now().addSecs(-60 * 30);
    ExportRange range{start.addSecs(60 * 10), start.addSecs(60 * 20), true};
    auto data = log.exportRecords(range);
    QVERIFY2(data, data ? "" : qPrintable(data.error().message));
    QVERIFY(!data->contains(Marker)); // --masked masks what the log kept in clear
    const QString path = m_dir->filePath(QStringLiteral("export.jsonl"));
    writeLines(path, data->trimmed().split('\n'));
    VerifyReport r = verify({path});
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.isExport);
    QCOMPARE(r.firstSeq, 12);
    QCOMPARE(r.lastSeq, 22);

    QList<QByteArray> lines = readLines(path);
    lines.removeLast();
    writeLines(path, lines);
    r = verify({path});
    QVERIFY(!r.ok);
    QCOMPARE(r.problem, QStringLiteral("truncated"));
    QCOMPARE(r.firstBadSeq, 22);
}

void TstAudit::retentionIsNotTampering()
{
    QStringList files = writeLog(m_dir->path(), 60);
    const int rotated = int(files.filter(QRegularExpression(QStringLiteral("audit-\\d+\\.log$"))).size());
    m_clock.advanceSecs(400 * 24 * 3600);
    {
        AuditLog log(&m_clock);
        AuditOptions o;
        o.directory = m_dir->path();
        o.retentionDays = 365;
        QVERIFY(log.open(o));
        QVERIFY(log.setKeys(keyMaterial('k')));
        QVERIFY(log.flush());
        files = log.files();
    }
    QCOMPARE(files.filter(QRegularExpression(QStringLiteral("audit-\\d+\\.log$"))).size(), 0);
    QVERIFY(rotated > 0);
    const VerifyReport r = verify(files);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.firstSeq > 1);
}

void TstAudit::tornLastLineIsRepairedAndRecorded()
{
    QStringList files = writeLog(m_dir->path(), 3);
    {
        QFile f(m_dir->filePath(QStringLiteral("audit.log")));
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"seq\":99,\"prev\":\"tor");
    }
    AuditLog log(&m_clock);
    QVERIFY(log.open({m_dir->path()}));
    QVERIFY(log.setKeys(keyMaterial('k')));
    QVERIFY(log.flush());
    const VerifyReport r = verify(log.files());
    QVERIFY2(r.ok, qPrintable(r.message));
    const QList<QByteArray> lines = readLines(m_dir->filePath(QStringLiteral("audit.log")));
    const QByteArray started = *std::find_if(lines.crbegin(), lines.crend(),
                                             [](const QByteArray &l) { return l.contains("audit.started"); });
    QVERIFY(started.contains("\"reason\":\"partial-line\""));
}

// The real command, on a copy of the files in another folder, with only the PEM public key.
void TstAudit::verifierBinaryNeedsOnlyThePublicKey()
{
    const QStringList files = writeLog(m_dir->path(), 20);
    QTemporaryDir elsewhere;
    QStringList copies;
    for (const QString &f : files) {
        const QString to = elsewhere.filePath(QFileInfo(f).fileName());
        QVERIFY(QFile::copy(f, to));
        copies.append(to);
    }
    const QString pem = elsewhere.filePath(QStringLiteral("key.pem"));
    {
        QFile out(pem);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(crypto::ed25519PublicPem(m_publicKey).value());
    }
    const auto run = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")); // no HOME, no keychain
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PV_BIN_DIR "/printvault-audit-verify"), args);
        p.waitForFinished(60000);
        return qMakePair(p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object());
    };
    auto [code, report] = run(QStringList{QStringLiteral("--json"), QStringLiteral("--key"), pem} + copies);
    QCOMPARE(code, 0);
    QCOMPARE(report.value(QStringLiteral("last_seq")).toInteger(), 21);
    // Without a key it says it cannot verify, rather than trusting anything.
    QCOMPARE(run(copies).first, 1);

    const auto [file, index] = locate(copies.filter(QStringLiteral(".log")), 9);
    QList<QByteArray> lines = readLines(file);
    lines.removeAt(index);
    writeLines(file, lines);
    std::tie(code, report) =
        run(QStringList{QStringLiteral("--json"), QStringLiteral("--key"), pem} + copies);
    QCOMPARE(code, 1);
    QCOMPARE(report.value(QStringLiteral("first_bad_seq")).toInteger(), 9);
}

QTEST_GUILESS_MAIN(TstAudit)
#include "tst_audit.moc"
