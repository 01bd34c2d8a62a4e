// The vault: commit and read back, encrypted index fields, crypto-shredding, retention with a
// fake clock, the size cap, crash leftovers and a wrong master key.
#include "Fakes.h"
#include "PdfBuilder.h"
#include "vault/Crypto.h"
#include "vault/DecryptingDevice.h"
#include "vault/JobDraft.h"
#include "vault/Vault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace pv;

namespace {
const QString Marker = QStringLiteral("VAULT-TITLE-MARKER-7f3e");

DocumentInfo info(int pages)
{
    DocumentInfo i;
    i.pages = pages;
    i.pageColors = QByteArray(pages, 'M');
    i.firstPageSizePt = QSizeF(595, 842);
    i.thumbnailPng = QByteArrayLiteral("\x89PNG fake thumbnail bytes");
    return i;
}

Result<JobRecord> store(Vault &vault, const QByteArray &data, const JobRequest &req, int pages = 2)
{
    auto draft = vault.createDraft(req);
    if (!draft)
        return draft.error();
    if (auto s = draft.value()->append(data); !s)
        return s.error();
    if (auto s = draft.value()->finish(); !s)
        return s.error();
    return vault.commit(std::move(draft.value()), info(pages));
}

Result<JobRecord> store(Vault &vault, const QByteArray &data, const QString &title = Marker)
{
    JobRequest req;
    req.title = title;
    req.fileName = title + QStringLiteral(".pdf");
    req.owner = QStringLiteral("alice");
    return store(vault, data, req);
}

QByteArray readAll(Vault &vault, const QString &id)
{
    auto dev = vault.openDocument(id);
    return dev ? dev.value()->readAll() : QByteArray();
}

int filesIn(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::Files | QDir::Hidden).size());
}

bool treeContains(const QString &root, const QByteArray &needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
// Runs statements on an index file directly, as an older PrintVault would have: the first
// value the last one gave, or an invalid QVariant when one fails.
QVariant runOnIndex(const QString &path, const QStringList &statements)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            value = QVariant(true);
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    value = QVariant();
                    break;
                }
                if (q.next())
                    value = q.value(0);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return value;
}

} // namespace

class TstVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void commitListExport();
    void personalFieldsAreEncrypted();
    void foldersAndFilesArePrivate();
    void deleteShredsKeyThenFile();
    void retentionExpiresWithFakeClock();
    void vaultCapRefusesAndKeepsStoredJobs();
    void crashLeftoversAreRemoved();
    void wrongMasterKeyIsRefused();
    void tamperedDocumentIsReported();
    void idPrefixes();
    void colorPlans();
    void overridesAreStoredAndOldIndexesUpgrade();
    void editedIndexRowsAreRefused_data();
    void editedIndexRowsAreRefused();
    void removedMacsAreNotAnUpgrade();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::FakeClock m_clock;
    SecureBytes m_key;
    std::unique_ptr<Vault> m_vault;
};

void TstVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = crypto::randomKey();
    m_vault = std::make_unique<Vault>(m_dir->path() + QStringLiteral("/vault"), &m_clock);
    VaultOptions o;
    o.minFreeBytes = 0;
    m_vault->setOptions(o);
    QVERIFY(m_vault->openIndex());
    QVERIFY(m_vault->unlock(m_key));
}

void TstVault::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TstVault::commitListExport()
{
    QSignalSpy added(m_vault.get(), &Vault::jobAdded);
    const QByteArray pdf = test::buildPdf(QStringLiteral("MM"), QStringLiteral("hello"));
    auto job = store(*m_vault, pdf);
    QVERIFY(job);
    QCOMPARE(added.size(), 1);
    QCOMPARE(job->size, pdf.size());
    QCOMPARE(job->sha256, QCryptographicHash::hash(pdf, QCryptographicHash::Sha256));
    QCOMPARE(job->expires, m_clock.now().addSecs(72 * 3600));
    auto jobs = m_vault->jobs();
    QVERIFY(jobs);
    QCOMPARE(jobs->size(), 1);
    QCOMPARE(jobs->first().request.title, Marker);
    QCOMPARE(jobs->first().request.owner, QStringLiteral("alice"));
    QCOMPARE(readAll(*m_vault, job->id), pdf);
    QCOMPARE(m_vault->thumbnail(job->id).value(), info(2).thumbnailPng);
}

void TstVault::personalFieldsAreEncrypted()
{
    QVERIFY(store(*m_vault, QByteArray("%PDF-1.4 body with ") + Marker.toLatin1()));
    // Neither the title, the file name, the owner nor the content is readable anywhere on disk.
    QVERIFY(!treeContains(m_dir->path(), Marker.toLatin1()));
    QVERIFY(!treeContains(m_dir->path(), QByteArrayLiteral("alice")));
    QVERIFY(!treeContains(m_dir->path(), QByteArrayLiteral("fake thumbnail")));
}

void TstVault::foldersAndFilesArePrivate()
{
    auto job = store(*m_vault, QByteArrayLiteral("%PDF-1.4 x"));
    QVERIFY(job);
    struct stat st;
    for (const QString &d :
         {QStringLiteral("/vault"), QStringLiteral("/vault/jobs"), QStringLiteral("/vault/tmp")}) {
        QCOMPARE(stat(QFile::encodeName(m_dir->path() + d).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
    }
    QCOMPARE(stat(QFile::encodeName(m_dir->path() + QStringLiteral("/vault/jobs/") + job->id +
                                    QStringLiteral(".pvj"))
                      .constData(),
                  &st),
             0);
    QCOMPARE(st.st_mode & 0777, 0600u);
}

void TstVault::deleteShredsKeyThenFile()
{
    auto job = store(*m_vault, QByteArrayLiteral("%PDF-1.4 doomed"));
    QVERIFY(job);
    const QString path = m_dir->path() + QStringLiteral("/vault/jobs/") + job->id + QStringLiteral(".pvj");
    // Read the wrapped key straight from the index: after the delete no copy may remain on disk.
    QByteArray wrapped;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_dir->path() + QStringLiteral("/vault/index.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT wrapped_key FROM jobs")) && q.next());
        wrapped = q.value(0).toByteArray();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    QCOMPARE(wrapped.size(), 12 + 32 + 16);
    QVERIFY(treeContains(m_dir->path(), wrapped));
    QSignalSpy removed(m_vault.get(), &Vault::jobRemoved);
    QVERIFY(m_vault->remove(job->id, QStringLiteral("deleted")));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_vault->jobCount(), 0);
    QCOMPARE(m_vault->openDocument(job->id).error().code, QStringLiteral("not-found"));
    QCOMPARE(m_vault->storedBytes(), 0);
    // The wrapped key is gone from the index file and its WAL (secure_delete + checkpoint).
    QVERIFY(!treeContains(m_dir->path(), wrapped));
}

void TstVault::retentionExpiresWithFakeClock()
{
    auto a = store(*m_vault, QByteArrayLiteral("%PDF-1.4 a"));
    m_clock.advanceSecs(3600);
    auto b = store(*m_vault, QByteArrayLiteral("%PDF-1.4 b"));
    QVERIFY(a && b);
    QCOMPARE(m_vault->nextExpiry(), a->expires);
    m_clock.advanceSecs(71 * 3600 - 1);
    QCOMPARE(m_vault->expireDue(), 0);
    m_clock.advanceSecs(1);
    QSignalSpy removed(m_vault.get(), &Vault::jobRemoved);
    QCOMPARE(m_vault->expireDue(), 1);
    QCOMPARE(removed.first().at(1).toString(), QStringLiteral("expired"));
    QCOMPARE(m_vault->jobCount(), 1);
    QCOMPARE(m_vault->job(b->id)->id, b->id);
    m_clock.advanceSecs(3600);
    QCOMPARE(m_vault->expireDue(), 1);
    QCOMPARE(filesIn(m_dir->path() + QStringLiteral("/vault/jobs")), 0);
}

void TstVault::vaultCapRefusesAndKeepsStoredJobs()
{
    VaultOptions o = m_vault->options();
    o.maxBytes = 300 * 1024;
    m_vault->setOptions(o);
    const QByteArray small = QByteArray("%PDF-1.4 ") + QByteArray(100 * 1024, 'a');
    auto first = store(*m_vault, small);
    QVERIFY(first);
    auto second = store(*m_vault, QByteArray("%PDF-1.4 ") + QByteArray(250 * 1024, 'b'));
    QVERIFY(!second);
    QCOMPARE(second.error().code, QStringLiteral("vault-full"));
    QVERIFY(second.error().message.contains(QStringLiteral("max_size_mb")));
    QCOMPARE(filesIn(m_dir->path() + QStringLiteral("/vault/tmp")), 0);
    QCOMPARE(readAll(*m_vault, first->id), small);
    // The reservation of the refused job was given back: a job that fits still goes in.
    QVERIFY(store(*m_vault, QByteArray("%PDF-1.4 ") + QByteArray(100 * 1024, 'c')));
}

void TstVault::crashLeftoversAreRemoved()
{
    auto kept = store(*m_vault, QByteArrayLiteral("%PDF-1.4 kept"));
    QVERIFY(kept);
    // A draft that was never finished, and a job file whose index row was never committed.
    QFile partial(m_dir->path() + QStringLiteral("/vault/tmp/deadbeef.part"));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write("half");
    partial.close();
    QFile orphan(m_dir->path() + QStringLiteral("/vault/jobs/0123456789abcdef0123456789abcdef.pvj"));
    QVERIFY(orphan.open(QIODevice::WriteOnly));
    orphan.write("orphan");
    orphan.close();

    m_vault = std::make_unique<Vault>(m_dir->path() + QStringLiteral("/vault"), &m_clock);
    QVERIFY(m_vault->openIndex());
    QVERIFY(m_vault->unlock(m_key));
    QVERIFY(!partial.exists());
    QVERIFY(!orphan.exists());
    QCOMPARE(m_vault->jobCount(), 1);
    QCOMPARE(readAll(*m_vault, kept->id), QByteArrayLiteral("%PDF-1.4 kept"));
}

void TstVault::wrongMasterKeyIsRefused()
{
    QVERIFY(store(*m_vault, QByteArrayLiteral("%PDF-1.4 x")));
    m_vault = std::make_unique<Vault>(m_dir->path() + QStringLiteral("/vault"), &m_clock);
    QVERIFY(m_vault->openIndex());
    Status s = m_vault->unlock(crypto::randomKey());
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("wrong-key"));
    QVERIFY(!m_vault->isUnlocked());
    QCOMPARE(m_vault->createDraft(JobRequest()).error().code, QStringLiteral("vault-locked"));
}

void TstVault::tamperedDocumentIsReported()
{
    const QByteArray pdf = QByteArray("%PDF-1.4 ") + QByteArray(200 * 1024, 'z');
    auto job = store(*m_vault, pdf);
    QVERIFY(job);
    QFile f(m_dir->path() + QStringLiteral("/vault/jobs/") + job->id + QStringLiteral(".pvj"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(100000);
    const char c = f.read(1).at(0);
    f.seek(100000);
    f.write(QByteArray(1, char(c ^ 1)));
    f.close();
    auto dev = m_vault->openDocument(job->id);
    QVERIFY(dev);
    QByteArray got;
    char buf[65536];
    qint64 n = 0;
    while ((n = dev.value()->read(buf, sizeof buf)) > 0)
        got.append(buf, n);
    QCOMPARE(n, -1); // reported, not silently short
    QCOMPARE(dev.value()->lastError().error().code, QStringLiteral("integrity"));
    QVERIFY(got.size() < pdf.size());
    QVERIFY(pdf.startsWith(got)); // only authenticated bytes came out
}

void TstVault::idPrefixes()
{
    auto job = store(*m_vault, QByteArrayLiteral("%PDF-1.4 x"));
    QVERIFY(job);
    QCOMPARE(m_vault->resolveId(job->id.left(6)).value(), job->id);
    QCOMPARE(m_vault->resolveId(job->id.toUpper()).value(), job->id);
    QCOMPARE(m_vault->resolveId(QStringLiteral("../etc")).error().code, QStringLiteral("not-found"));
    QCOMPARE(m_vault->resolveId(QStringLiteral("abc")).error().code, QStringLiteral("not-found"));
}

void TstVault::colorPlans()
{
    const ColorOverrides overrides{{{{2, 3}, {6, 100}}, QStringLiteral("monochrome")},
                                   {{{3, 4}}, QStringLiteral("color")}};
    // The first override naming a page decides it: page 3 stays monochrome.
    constexpr PrintColor M = PrintColor::Monochrome, C = PrintColor::AsIs;
    QCOMPARE(monochromePlan(7, QStringLiteral("color"), overrides, false), (PrintPlan{C, M, M, C, C, M, M}));
    QCOMPARE(monochromePlan(4, QStringLiteral("monochrome"), {}, false), (PrintPlan{M, M, M, M}));
    QCOMPARE(
        monochromePlan(4, QStringLiteral("auto"), {{{{4, 4}}, QStringLiteral("process-monochrome")}}, false),
        (PrintPlan{C, C, C, M}));
    QCOMPARE(monochromePlan(3, QStringLiteral("color"), overrides, true), (PrintPlan{M, M, M}));
    // A measured mono page stays mono; the text form is read the same way.
    const PageColors measured{PageColor::Color, PageColor::Color, PageColor::Mono, PageColor::Color};
    QCOMPARE(colorPagesPrinted(measured, {C, M, C, C}), 2);
    QCOMPARE(colorPagesPrinted(QByteArray("CCMC"), {C, M, C, C}), 2);
    QCOMPARE(pageColorsFromText("CCMC"), measured);
    QCOMPARE(pageColorsToText(measured), QByteArray("CCMC"));
    QCOMPARE(monochromeRuns({M, M, C, M, C, C, M}), (QList<QPair<int, int>>{{1, 2}, {4, 4}, {7, 7}}));
    QVERIFY(printsMonochromeOnly({M, M}));
    QVERIFY(printsMonochromeOnly({}));
    QVERIFY(!printsMonochromeOnly({M, C}));
    QVERIFY(isMixed({M, C}));
    QVERIFY(!isMixed({C, C}));
    QCOMPARE(overridesFromJson(overridesToJson(overrides)), overrides);
    QCOMPARE(overridesToJson({}), QString());
    QVERIFY(overridesToJson(overrides).contains(QLatin1String("\"print_color_mode\"")));
    // Index rows written before protocol 2 spell the member as the IPP attribute does.
    QCOMPARE(overridesFromJson(QStringLiteral(R"([{"pages":[[2,3]],"print-color-mode":"monochrome"}])")),
             (ColorOverrides{{{{2, 3}}, QStringLiteral("monochrome")}}));
    // What cannot be a page range is dropped, not guessed at.
    QCOMPARE(
        overridesFromJson(QStringLiteral(R"([{"pages":[[3,1],[0,2]],"print-color-mode":"monochrome"}])")),
        ColorOverrides());
}

void TstVault::overridesAreStoredAndOldIndexesUpgrade()
{
    JobRequest req;
    req.title = QStringLiteral("mixed");
    req.owner = QStringLiteral("alice");
    req.colorMode = QStringLiteral("color");
    req.overrides = {{{{2, 2}}, QStringLiteral("monochrome")}};
    auto mixed = store(*m_vault, QByteArrayLiteral("%PDF-1.4 mixed"), req, 3);
    QVERIFY(mixed);
    auto plain = store(*m_vault, QByteArrayLiteral("%PDF-1.4 plain"));
    QVERIFY(plain);

    // Reopened, the overrides are read back from the index.
    const QString indexPath = m_dir->path() + QStringLiteral("/vault/index.sqlite");
    m_vault = std::make_unique<Vault>(m_dir->path() + QStringLiteral("/vault"), &m_clock);
    QVERIFY(m_vault->openIndex());
    QVERIFY(m_vault->unlock(m_key));
    QCOMPARE(m_vault->job(mixed->id)->request.overrides, req.overrides);
    m_vault.reset();

    // An index as PrintVault wrote it before overrides (schema 1: neither that column nor the
    // organisational identity of schema 3, nor the server outbox of schema 4, nor the page
    // ranges of schema 5, nor the row MACs of schema 6 and their key check).
    const QString vaultId =
        runOnIndex(indexPath, {QStringLiteral("SELECT value FROM meta WHERE key = 'vault_id'")}).toString();
    const QByteArray check1 =
        crypto::hmacSha256(m_key, QByteArrayLiteral("pv-keycheck1|") + vaultId.toLatin1());
    QVERIFY(runOnIndex(indexPath, {QStringLiteral("ALTER TABLE jobs DROP COLUMN color_overrides"),
                                   QStringLiteral("ALTER TABLE jobs DROP COLUMN enc_org"),
                                   QStringLiteral("DROP TABLE outbox"),
                                   QStringLiteral("ALTER TABLE jobs DROP COLUMN page_ranges"),
                                   QStringLiteral("ALTER TABLE jobs DROP COLUMN row_mac"),
                                   QStringLiteral("DELETE FROM meta WHERE key = 'key_check2'"),
                                   QStringLiteral("INSERT INTO meta(key, value) VALUES('key_check', x'%1')")
                                       .arg(QString::fromLatin1(check1.toHex())),
                                   QStringLiteral("PRAGMA user_version=1")})
                .isValid());
    m_vault = std::make_unique<Vault>(m_dir->path() + QStringLiteral("/vault"), &m_clock);
    QVERIFY(m_vault->openIndex());
    QVERIFY(m_vault->unlock(m_key));
    // The first unlock gave the old rows their MACs; finishing makes them required.
    QVERIFY(m_vault->upgradingMacs());
    QVERIFY(m_vault->finishMacUpgrade());
    QVERIFY(!m_vault->upgradingMacs());
    QCOMPARE(
        runOnIndex(indexPath, {QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'key_check'")}).toInt(),
        0);
    QCOMPARE(m_vault->jobCount(), 2);
    QCOMPARE(m_vault->job(mixed->id)->request.overrides, ColorOverrides());
    QCOMPARE(m_vault->job(plain->id)->request.title, Marker);
    QCOMPARE(readAll(*m_vault, plain->id), QByteArrayLiteral("%PDF-1.4 plain"));
    // Upgraded: new jobs keep their overrides again.
    req.title = QStringLiteral("after the upgrade");
    auto later = store(*m_vault, QByteArrayLiteral("%PDF-1.4 later"), req, 3);
    QVERIFY(later);
    QCOMPARE(m_vault->job(later->id)->request.overrides, req.overrides);
    // ... and the outbox is there: a row is kept and read back as written.
    OutboxRow row;
    row.id = later->id;
    row.state = QStringLiteral("waiting");
    row.reason = QStringLiteral("server-unreachable");
    row.nextTryMs = 1234;
    row.attempts = 2;
    row.token = QStringLiteral("0123456789abcdef0123456789abcdef");
    QVERIFY(m_vault->saveOutbox(row));
    const auto rows = m_vault->outboxRows();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().reason, row.reason);
    QCOMPARE(rows->first().nextTryMs, row.nextTryMs);
    QCOMPARE(rows->first().attempts, 2);
    QCOMPARE(rows->first().token, row.token);
    // and their page ranges.
    req.pageRanges = {{2, 3}, {5, 5}};
    auto ranged = store(*m_vault, QByteArrayLiteral("%PDF-1.4 ranged"), req, 5);
    QVERIFY(ranged);
    QCOMPARE(m_vault->job(ranged->id)->request.pageRanges, req.pageRanges);
    m_vault.reset();
    QCOMPARE(runOnIndex(indexPath, {QStringLiteral("PRAGMA user_version")}).toInt(), 6);
    // Reopened after the upgrade: every row verifies, the upgraded ones too.
    m_vault = std::make_unique<Vault>(m_dir->path() + QStringLiteral("/vault"), &m_clock);
    QVERIFY(m_vault->openIndex());
    QVERIFY(m_vault->unlock(m_key));
    QVERIFY(!m_vault->upgradingMacs());
    QCOMPARE(m_vault->jobs()->size(), 4);
    QCOMPARE(m_vault->job(plain->id)->request.title, Marker);
}

// Changes one job's unencrypted index fields with SQL, as anyone who can write the file can.
void TstVault::editedIndexRowsAreRefused_data()
{
    QTest::addColumn<QString>("sql"); // %1: the victim's id, %2: the other job's id
    QTest::newRow("copies") << QStringLiteral("UPDATE jobs SET copies = 99 WHERE id = '%1'");
    QTest::newRow("sides") << QStringLiteral("UPDATE jobs SET sides = 'two-sided-long-edge' WHERE id = '%1'");
    QTest::newRow("color_mode") << QStringLiteral(
        "UPDATE jobs SET color_mode = 'monochrome' WHERE id = '%1'");
    QTest::newRow("page_colors") << QStringLiteral("UPDATE jobs SET page_colors = 'CC' WHERE id = '%1'");
    QTest::newRow("expires_ms") << QStringLiteral(
        "UPDATE jobs SET expires_ms = expires_ms + 1 WHERE id = '%1'");
    QTest::newRow("size") << QStringLiteral("UPDATE jobs SET size = 1 WHERE id = '%1'");
    QTest::newRow("page_ranges") << QStringLiteral("UPDATE jobs SET page_ranges = '1' WHERE id = '%1'");
    QTest::newRow("owner_tag from the other job") << QStringLiteral(
        "UPDATE jobs SET owner_tag = (SELECT owner_tag FROM jobs WHERE id = '%2') WHERE id = '%1'");
    QTest::newRow("row_mac from the other job") << QStringLiteral(
        "UPDATE jobs SET row_mac = (SELECT row_mac FROM jobs WHERE id = '%2') WHERE id = '%1'");
    QTest::newRow("row_mac removed") << QStringLiteral("UPDATE jobs SET row_mac = NULL WHERE id = '%1'");
}

void TstVault::editedIndexRowsAreRefused()
{
    QFETCH(QString, sql);
    JobRequest req;
    req.title = QStringLiteral("victim");
    req.owner = QStringLiteral("alice");
    req.colorMode = QStringLiteral("color");
    auto victim = store(*m_vault, QByteArrayLiteral("%PDF-1.4 victim"), req, 2);
    req.title = QStringLiteral("other");
    req.owner = QStringLiteral("bob");
    req.copies = 3;
    auto other = store(*m_vault, QByteArrayLiteral("%PDF-1.4 other"), req, 2);
    QVERIFY(victim && other);
    m_vault.reset();
    const QString indexPath = m_dir->path() + QStringLiteral("/vault/index.sqlite");
    sql.replace(QLatin1String("%1"), victim->id).replace(QLatin1String("%2"), other->id);
    QVERIFY(runOnIndex(indexPath, {sql}).isValid());

    m_vault = std::make_unique<Vault>(m_dir->path() + QStringLiteral("/vault"), &m_clock);
    QVERIFY(m_vault->openIndex());
    QVERIFY(m_vault->unlock(m_key));
    QSignalSpy refused(m_vault.get(), &Vault::integrityFailed);
    const auto job = m_vault->job(victim->id);
    QVERIFY(!job);
    QCOMPARE(job.error().code, QStringLiteral("integrity"));
    QCOMPARE(job.error().details.value(QStringLiteral("job_id")).toString(), victim->id);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(), victim->id);
    // Its document cannot be opened either, and the list leaves it out; the other job is intact.
    QCOMPARE(m_vault->openDocument(victim->id).error().code, QStringLiteral("integrity"));
    QCOMPARE(m_vault->thumbnail(victim->id).error().code, QStringLiteral("integrity"));
    const auto jobs = m_vault->jobs();
    QCOMPARE(jobs->size(), 1);
    QCOMPARE(jobs->first().id, other->id);
    QCOMPARE(jobs->first().request.copies, 3);
}

// Removing the new key check and the MACs does not make the vault an old one again: the old
// key check cannot be made without the key, and a vault with neither is new, so MACs are due.
void TstVault::removedMacsAreNotAnUpgrade()
{
    auto job = store(*m_vault, QByteArrayLiteral("%PDF-1.4 j"));
    QVERIFY(job);
    m_vault.reset();
    const QString indexPath = m_dir->path() + QStringLiteral("/vault/index.sqlite");
    QVERIFY(runOnIndex(indexPath, {QStringLiteral("DELETE FROM meta WHERE key = 'key_check2'"),
                                   QStringLiteral("UPDATE jobs SET copies = 50, row_mac = NULL")})
                .isValid());
    m_vault = std::make_unique<Vault>(m_dir->path() + QStringLiteral("/vault"), &m_clock);
    QVERIFY(m_vault->openIndex());
    QVERIFY(m_vault->unlock(m_key));
    QVERIFY(!m_vault->upgradingMacs());
    QCOMPARE(m_vault->job(job->id).error().code, QStringLiteral("integrity"));
}

QTEST_GUILESS_MAIN(TstVault)
#include "tst_vault.moc"
