// A German session sees the daemon's messages in German: printvaultd and printvault-cli run
// with the environment of a German desktop, and an error made in the daemon (the vault's
// "no job with ID") reaches the CLI's output as the German catalogue has it.
#include "DaemonHarness.h"

#include <QTranslator>
#include <QtTest>

using namespace pv::test;

class TstI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void daemonErrorReachesAGermanUserInGerman();
};

namespace {

// A German desktop session as Qt on Linux reads it: LANGUAGE names the UI languages
// (QLocale::uiLanguages), LANG a UTF-8 locale that every machine has; LC_ALL and LC_MESSAGES
// would win over both, so they go.
void speakGerman(QProcessEnvironment &env)
{
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
}

} // namespace

void TstI18n::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this test through ctest (tests/with-keyring.sh)");
}

void TstI18n::daemonErrorReachesAGermanUserInGerman()
{
    // What the catalogue says, not a copy of it here: the test follows the translators.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/printvault_de.qm")));
    const QString id = QStringLiteral("abcd1234");
    const QString source = QStringLiteral("no job with ID %1");
    const QString expected = german.translate("pv::Vault", "no job with ID %1").arg(id);
    QVERIFY2(!expected.isEmpty() && expected != source.arg(id), "the German catalogue lacks the message");

    DaemonHarness h;
    speakGerman(h.environment());
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const CliResult r = h.cli({QStringLiteral("jobs"), QStringLiteral("show"), id});
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(expected), qPrintable(err));
    // The JSON keeps the stable code, whatever the language.
    const CliResult json =
        h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("show"), id});
    const QJsonObject error = json.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), expected);
    QCOMPARE(h.stop(), 0);
}

QTEST_GUILESS_MAIN(TstI18n)
#include "tst_i18n.moc"
