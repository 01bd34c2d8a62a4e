// accounts.db's integrity: every row carries a MAC under a key derived from the master key,
// so rows edited with sqlite3 (a PIN hash copied to another user, the iteration count set to
// 1, a badge or a sealed name moved, a revoked device restored) are refused, not obeyed; and
// a file from before the MACs gets them at its first open with the key.
#include "accounts/AccountStore.h"
#include "Fakes.h"
#include "vault/Crypto.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pv;
using accounts::AccountStore;
using accounts::PinHash;

namespace {

// Runs statements on the file directly, as anyone who can write it can; false when one fails.
bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return ok;
}

// The SQL that picks a user's row: the tag is the HMAC the store computes.
QString userRow(const SecureBytes &master, const QString &user)
{
    const QByteArray tag =
        crypto::hmacSha256(crypto::deriveKey(master, "printvault accounts user-tag v1"), user.toUtf8());
    return QStringLiteral("user_tag = x'%1'").arg(QString::fromLatin1(tag.toHex()));
}

} // namespace

class TstAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void untouchedRowsVerify();
    void editedUserRowsAreRefused_data();
    void editedUserRowsAreRefused();
    void editedDeviceRowsAreRefused_data();
    void editedDeviceRowsAreRefused();
    void oldRowsGetMacsOnlyWhenUpgrading();

private:
    void reopen(bool macOldRows = false);

    test::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    SecureBytes m_master;
    std::unique_ptr<AccountStore> m_store;
    QStringList m_tampered;
    PinHash m_alicePin;
    PinHash m_bobPin;
};

void TstAccounts::initTestCase()
{
    // Slow on purpose (600,000 rounds): made once for every test.
    m_alicePin = PinHash::make(QStringLiteral("1357"));
    m_bobPin = PinHash::make(QStringLiteral("8642"));
}

void TstAccounts::reopen(bool macOldRows)
{
    AccountStore::OpenOptions options;
    options.macOldRows = macOldRows;
    m_store = std::make_unique<AccountStore>(&m_clock);
    m_store->setTamperHandler([this](const QString &table) { m_tampered.append(table); });
    QVERIFY(m_store->open(m_path, m_master, options));
}

void TstAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("accounts.db"));
    m_master = crypto::randomKey();
    m_tampered.clear();
    reopen();
    QVERIFY(m_store->setPin(QStringLiteral("alice"), m_alicePin));
    QVERIFY(m_store->setPin(QStringLiteral("bob"), m_bobPin));
    QVERIFY(m_store->setCard(QStringLiteral("alice"), QStringLiteral("04A1B2C3")));
    QVERIFY(m_store->setCard(QStringLiteral("bob"), QStringLiteral("0999FFEE")));
    QVERIFY(m_store->addDevice(QStringLiteral("00112233aabbccdd"), QStringLiteral("Lobby MFP"),
                               crypto::sha256("secret one")));
    QVERIFY(m_store->addDevice(QStringLiteral("44556677eeff0011"), QStringLiteral("3rd floor"),
                               crypto::sha256("secret two")));
    QVERIFY(m_store->revokeDevice(QStringLiteral("44556677eeff0011")));
    m_store.reset();
}

void TstAccounts::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TstAccounts::untouchedRowsVerify()
{
    reopen();
    QVERIFY(m_store->pin(QStringLiteral("alice"))->matches(QStringLiteral("1357")));
    QVERIFY(m_store->pin(QStringLiteral("bob"))->matches(QStringLiteral("8642")));
    QCOMPARE(m_store->userForCard(QStringLiteral("04a1b2c3")).value(), QStringLiteral("alice"));
    QCOMPARE(m_store->userForCard(QStringLiteral("0999FFEE")).value(), QStringLiteral("bob"));
    QCOMPARE(m_store->pin(QStringLiteral("carol")).error().code, QStringLiteral("not-found"));
    QCOMPARE(m_store->devices()->size(), 2);
    QVERIFY(m_store->device(QStringLiteral("44556677eeff0011"))->isRevoked());
    // A badge taken over and a PIN changed keep their rows valid.
    QVERIFY(m_store->setCard(QStringLiteral("bob"), QStringLiteral("04A1B2C3")));
    QCOMPARE(m_store->userForCard(QStringLiteral("04A1B2C3")).value(), QStringLiteral("bob"));
    QCOMPARE(m_store->userForCard(QStringLiteral("0999FFEE")).error().code, QStringLiteral("not-found"));
    QVERIFY(m_store->pin(QStringLiteral("alice")));
    QVERIFY(m_tampered.isEmpty());
}

void TstAccounts::editedUserRowsAreRefused_data()
{
    // %1: alice's row, %2: bob's row. Checked: what alice's PIN and badge give afterwards.
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("pinRefused");
    QTest::addColumn<bool>("cardRefused");
    QTest::newRow("bob's PIN hash copied to alice")
        << QStringLiteral(
               "UPDATE users SET (pin_salt, pin_hash) = (SELECT pin_salt, pin_hash FROM users WHERE %2)"
               " WHERE %1")
        << true << true;
    QTest::newRow("iterations set to 1")
        << QStringLiteral("UPDATE users SET pin_iterations = 1 WHERE %1") << true << true;
    QTest::newRow("pin hash changed")
        << QStringLiteral("UPDATE users SET pin_hash = randomblob(32) WHERE %1") << true << true;
    // Swapping the sealed names: alice's badge would sign in as bob.
    QTest::newRow("sealed names swapped")
        << QStringLiteral("CREATE TEMP TABLE t AS SELECT (SELECT enc_user FROM users WHERE %1) a,"
                          " (SELECT enc_user FROM users WHERE %2) b;"
                          "UPDATE users SET enc_user = (SELECT b FROM t) WHERE %1;"
                          "UPDATE users SET enc_user = (SELECT a FROM t) WHERE %2")
        << true << true;
    // Moving alice's badge to bob's row: her badge would sign in as bob (both rows changed).
    QTest::newRow("badge moved to bob")
        << QStringLiteral("CREATE TEMP TABLE t AS SELECT card_tag c FROM users WHERE %1;"
                          "UPDATE users SET card_tag = NULL WHERE %1;"
                          "UPDATE users SET card_tag = (SELECT c FROM t) WHERE %2")
        << true << true;
    QTest::newRow("row MAC removed") << QStringLiteral("UPDATE users SET row_mac = NULL WHERE %1") << true
                                     << true;
    QTest::newRow("row MACs swapped")
        << QStringLiteral("CREATE TEMP TABLE t AS SELECT (SELECT row_mac FROM users WHERE %1) a,"
                          " (SELECT row_mac FROM users WHERE %2) b;"
                          "UPDATE users SET row_mac = (SELECT b FROM t) WHERE %1;"
                          "UPDATE users SET row_mac = (SELECT a FROM t) WHERE %2")
        << true << true;
}

void TstAccounts::editedUserRowsAreRefused()
{
    QFETCH(QString, sql);
    QFETCH(bool, pinRefused);
    QFETCH(bool, cardRefused);
    QVERIFY(runSql(
        m_path, sql.arg(userRow(m_master, QStringLiteral("alice")), userRow(m_master, QStringLiteral("bob")))
                    .split(QLatin1Char(';'))));
    reopen();
    const auto pin = m_store->pin(QStringLiteral("alice"));
    if (pinRefused) {
        QVERIFY(!pin);
        QCOMPARE(pin.error().code, QStringLiteral("integrity"));
        QCOMPARE(pin.error().details.value(QStringLiteral("table")).toString(), QStringLiteral("users"));
    } else {
        QVERIFY(pin);
        QVERIFY(pin->matches(QStringLiteral("1357")));
    }
    // Whoever's row it lands in, alice's badge never signs anyone in.
    const auto card = m_store->userForCard(QStringLiteral("04A1B2C3"));
    QCOMPARE(!card, cardRefused);
    if (!card)
        QCOMPARE(card.error().code, QStringLiteral("integrity"));
    QVERIFY(m_tampered.contains(QStringLiteral("users")));
}

void TstAccounts::editedDeviceRowsAreRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("device");
    QTest::newRow("revocation undone")
        << QStringLiteral("UPDATE devices SET revoked_ms = NULL WHERE id = '%1'")
        << QStringLiteral("44556677eeff0011");
    QTest::newRow("secret hash replaced")
        << QStringLiteral("UPDATE devices SET secret_hash = randomblob(32) WHERE id = '%1'")
        << QStringLiteral("00112233aabbccdd");
    QTest::newRow("renamed") << QStringLiteral("UPDATE devices SET name = 'Evil' WHERE id = '%1'")
                             << QStringLiteral("00112233aabbccdd");
    QTest::newRow("id changed") << QStringLiteral(
                                       "UPDATE devices SET id = '%1' WHERE id = '00112233aabbccdd'")
                                << QStringLiteral("ffffffffffffffff");
}

void TstAccounts::editedDeviceRowsAreRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, device);
    QVERIFY(runSql(m_path, {sql.arg(device)}));
    reopen();
    const auto d = m_store->device(device);
    QVERIFY(!d);
    QCOMPARE(d.error().code, QStringLiteral("integrity"));
    QCOMPARE(m_store->devices()->size(), 1); // the list leaves it out
    QVERIFY(m_tampered.contains(QStringLiteral("devices")));
    // last_seen is not authenticated on purpose: touching a device keeps it valid.
    QVERIFY(runSql(m_path, {QStringLiteral("UPDATE devices SET last_seen_ms = 5")}));
    QCOMPARE(m_store->devices()->size(), 1);
}

void TstAccounts::oldRowsGetMacsOnlyWhenUpgrading()
{
    // A file as schema 1 wrote it: no MACs, names sealed with the constant AAD "user".
    const SecureBytes seal = crypto::deriveKey(m_master, "printvault accounts seal v1");
    QStringList sql;
    for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        const QByteArray old = crypto::boxSeal(seal, "user", user.toUtf8()).value();
        sql << QStringLiteral("UPDATE users SET enc_user = x'%1' WHERE %2")
                   .arg(QString::fromLatin1(old.toHex()), userRow(m_master, user));
    }
    sql << QStringLiteral("ALTER TABLE users DROP COLUMN row_mac")
        << QStringLiteral("ALTER TABLE devices DROP COLUMN row_mac")
        << QStringLiteral("PRAGMA user_version=1");
    QVERIFY(runSql(m_path, sql));

    // Opened without the vault's upgrade (only the file says it is old): refused.
    reopen();
    QCOMPARE(m_store->pin(QStringLiteral("alice")).error().code, QStringLiteral("integrity"));
    QCOMPARE(m_store->devices()->size(), 0);
    // In the run that upgrades the vault: every old row is taken and MAC'd.
    reopen(true);
    QVERIFY(m_store->pin(QStringLiteral("alice"))->matches(QStringLiteral("1357")));
    QCOMPARE(m_store->userForCard(QStringLiteral("0999FFEE")).value(), QStringLiteral("bob"));
    QCOMPARE(m_store->devices()->size(), 2);
    QVERIFY(m_store->device(QStringLiteral("44556677eeff0011"))->isRevoked());
    // From then on the rows verify in an ordinary open, and edits are refused again.
    reopen();
    QVERIFY(m_store->pin(QStringLiteral("bob"))->matches(QStringLiteral("8642")));
    QVERIFY(runSql(m_path, {QStringLiteral("UPDATE users SET pin_iterations = 1")}));
    QCOMPARE(m_store->pin(QStringLiteral("bob")).error().code, QStringLiteral("integrity"));
}

QTEST_GUILESS_MAIN(TstAccounts)
#include "tst_accounts.moc"
