// `printvault --screenshot` for every page, at 420x640 and at 2x, against a real daemon with
// held jobs, quota and the MFP API: the PNG has the right size and is not blank, and the texts
// the window shows (read from the QML tree) hold what that page is for.
#include "DaemonHarness.h"
#include "OidcTestProvider.h"
#include "PdfBuilder.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <QImage>
#include <QSet>
#include <QtTest>

using namespace pv::test;

class TstScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void page_data();
    void page();
    void germanAndJapanese();
    void emptyVault();
    void secondLaunchShowsTheFirst();
    void signInPages();
    void notConnectedToAnOrganisation();
    void serverSpoolingWaits();

private:
    struct Shot
    {
        int exitCode = -1;
        QImage image;
        QString texts;
        QByteArray err;
    };
    Shot shoot(DaemonHarness &h, const QString &page, const QStringList &extra = {},
               const QString &name = QString());
    // Every language at 1x and 2x, checking each shot shows `expected` (per language).
    void shootAll(DaemonHarness &h, const QString &state, const QString &page,
                  const QHash<QString, QStringList> &expected);

    std::unique_ptr<DaemonHarness> m_daemon;
};

namespace {

// Distinct colours in a grid of samples: a blank or single-colour image has one or two.
int sampledColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

TstScreenshots::Shot TstScreenshots::shoot(DaemonHarness &h, const QString &page, const QStringList &extra,
                                           const QString &name)
{
    // $PV_SHOTS keeps them for a person to look at; else the throw-away home.
    const QString dir = qEnvironmentVariable("PV_SHOTS", h.root());
    const QString base = name.isEmpty() ? page : name;
    const QString png = dir + QStringLiteral("/shot-%1.png").arg(base);
    const QString texts = h.root() + QStringLiteral("/shot-%1.txt").arg(base);
    QFile::remove(png);
    const AppRun run = runAppScreenshot(QStringLiteral(PV_APP), h, page, png, texts, extra);
    Shot shot;
    shot.exitCode = run.exitCode;
    shot.err = run.err;
    shot.image = QImage(png);
    QFile t(texts);
    if (t.open(QIODevice::ReadOnly))
        shot.texts = QString::fromUtf8(t.readAll());
    return shot;
}

void TstScreenshots::initTestCase()
{
    m_daemon = std::make_unique<DaemonHarness>();
    DaemonHarness &h = *m_daemon;
    h.enableMfp("[quota]\nmonthly_pages=500\nmonthly_color_pages=100\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    for (const auto &[title, colours] :
         {std::pair{"Quarterly report.pdf", "MCMMCM"}, std::pair{"Minutes", "MM"}}) {
        const QString file =
            h.writeFile(QStringLiteral("s.pdf"), buildPdf(QLatin1String(colours), QLatin1String(title)));
        QCOMPARE(
            h.cli({QStringLiteral("submit"), file, QStringLiteral("--title"), QLatin1String(title)}).exitCode,
            0);
    }
}

void TstScreenshots::cleanupTestCase()
{
    if (m_daemon)
        QCOMPARE(m_daemon->stop(), 0);
}

void TstScreenshots::page_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QStringList>("expected");
    const QStringList jobs{QStringLiteral("Quarterly report.pdf"), QStringLiteral("Minutes"),
                           QStringLiteral("6 pages · 2 in colour"), QStringLiteral("2 jobs held"),
                           QStringLiteral("Release…")};
    const QStringList quota{QStringLiteral("This month"),     QStringLiteral("0 / 500"),
                            QStringLiteral("0 / 100"),        QStringLiteral("500 pages left"),
                            QStringLiteral("Last 12 months"), QStringLiteral("Recent printing")};
    const QStringList devices{QStringLiteral("Certificate"), QStringLiteral("Pair an MFP"),
                              QStringLiteral("Paired MFPs"), QStringLiteral("Sign-in at the MFP")};
    const QStringList activity{QStringLiteral("Recent activity"), QStringLiteral("Held “Minutes”"),
                               QStringLiteral("Held “Quarterly report.pdf”"),
                               QStringLiteral("The vault was opened")};
    // The harness's policy sets the quota: shown as set by the organisation, with its value.
    const QStringList settings{QStringLiteral("Held jobs"),
                               QStringLiteral("Printers"),
                               QStringLiteral("Language"),
                               QStringLiteral("PrintVault 0.1.0"),
                               QStringLiteral("Set by your organisation"),
                               QStringLiteral("Pages per month (0: no limit)"),
                               QStringLiteral("Colour pages per month (0: no limit)")};
    for (int scale : {1, 2}) {
        QTest::addRow("jobs@%d", scale) << QStringLiteral("jobs") << scale << jobs;
        QTest::addRow("quota@%d", scale) << QStringLiteral("quota") << scale << quota;
        QTest::addRow("devices@%d", scale) << QStringLiteral("devices") << scale << devices;
        QTest::addRow("activity@%d", scale) << QStringLiteral("activity") << scale << activity;
        QTest::addRow("settings@%d", scale) << QStringLiteral("settings") << scale << settings;
    }
}

void TstScreenshots::page()
{
    QFETCH(QString, page);
    QFETCH(int, scale);
    QFETCH(QStringList, expected);
    const Shot shot = shoot(*m_daemon, page,
                            {QStringLiteral("--size"), QStringLiteral("420x640"), QStringLiteral("--scale"),
                             QString::number(scale)});
    QVERIFY2(shot.exitCode == 0, shot.err.constData());
    QCOMPARE(shot.image.size(), QSize(420 * scale, 640 * scale));
    QVERIFY2(sampledColours(shot.image) > 20, qPrintable(QString::number(sampledColours(shot.image))));
    for (const QString &text : expected)
        QVERIFY2(shot.texts.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + shot.texts));
    // The fingerprint the MFP pins is the daemon's.
    if (page == QLatin1String("devices")) {
        const QString fp =
            m_daemon->cli({QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("show")})
                .json()
                .value(QStringLiteral("fingerprint_sha256"))
                .toString();
        QVERIFY(!fp.isEmpty());
        QVERIFY(shot.texts.contains(fp.toUpper()));
    }
}

void TstScreenshots::germanAndJapanese()
{
    QFile::remove(m_daemon->configDir() + QStringLiteral("/tray.conf"));
    for (const auto &[lang, words] :
         {std::pair{"de", QStringList{QStringLiteral("Aufträge"), QStringLiteral("2 Aufträge angehalten"),
                                      QStringLiteral("Freigeben…")}},
          std::pair{"ja", QStringList{QStringLiteral("ジョブ"), QStringLiteral("2 件のジョブを保留中")}}}) {
        QFile conf(m_daemon->configDir() + QStringLiteral("/tray.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QByteArray("[ui]\nlanguage=") + lang + '\n');
        conf.close();
        const Shot shot = shoot(*m_daemon, QStringLiteral("jobs"));
        QVERIFY2(shot.exitCode == 0, shot.err.constData());
        for (const QString &w : words)
            QVERIFY2(shot.texts.contains(w), qPrintable(w + QStringLiteral(" not in:\n") + shot.texts));
    }
    QFile::remove(m_daemon->configDir() + QStringLiteral("/tray.conf"));
}

void TstScreenshots::emptyVault()
{
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const Shot shot = shoot(h, QStringLiteral("jobs"));
    QVERIFY2(shot.exitCode == 0, shot.err.constData());
    QVERIFY(shot.texts.contains(QStringLiteral("No jobs are waiting")));
    QVERIFY(shot.texts.contains(QStringLiteral("Print from any application to the printer “PrintVault”")));
    QVERIFY(!shot.texts.contains(QStringLiteral("Release…")));
    QCOMPARE(h.stop(), 0);
}

// One tray app per session: a second launch hands over to the first and exits.
void TstScreenshots::secondLaunchShowsTheFirst()
{
    QProcessEnvironment env = m_daemon->environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":fast_unwind_on_malloc=0"));
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(PV_APP), {QStringLiteral("--no-start-daemon")});
    QVERIFY(first.waitForStarted());
    const QString socket = m_daemon->runtimeDir() + QStringLiteral("/tray.sock");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 30000);

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(PV_APP), {QStringLiteral("--no-start-daemon")});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAllStandardError().contains("already running"), "no hand-over message");
    QCOMPARE(first.state(), QProcess::Running);

    first.terminate();
    QVERIFY(first.waitForFinished(30000));
}

void TstScreenshots::shootAll(DaemonHarness &h, const QString &state, const QString &page,
                              const QHash<QString, QStringList> &expected)
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
        QFile conf(h.configDir() + QStringLiteral("/tray.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[ui]\nlanguage=" + lang.toLatin1() + '\n');
        conf.close();
        for (int scale : {1, 2}) {
            const Shot shot = shoot(h, page,
                                    {QStringLiteral("--size"), QStringLiteral("420x640"),
                                     QStringLiteral("--scale"), QString::number(scale)},
                                    QStringLiteral("%1-%2@%3").arg(state, lang).arg(scale));
            QVERIFY2(shot.exitCode == 0, shot.err.constData());
            QCOMPARE(shot.image.size(), QSize(420 * scale, 640 * scale));
            QVERIFY(sampledColours(shot.image) > 20);
            for (const QString &text : expected.value(lang))
                QVERIFY2(shot.texts.contains(text),
                         qPrintable(QStringLiteral("%1 %2@%3: ").arg(state, lang).arg(scale) + text +
                                    QStringLiteral(" not in:\n") + shot.texts));
        }
    }
    QFile::remove(h.configDir() + QStringLiteral("/tray.conf"));
}

// With a provider in policy: the sign-in page, the wait for the browser, the device code with
// its countdown, and the account header once signed in, in English, German and Japanese.
void TstScreenshots::signInPages()
{
    OidcTestProvider::Options po;
    po.deviceCodeSeconds = 600; // the code outlives all of its shots
    OidcTestProvider provider(po);
    QVERIFY2(provider.start(), qPrintable(provider.error()));
    DaemonHarness h;
    h.writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[account]\nissuer=" +
                  provider.issuer().toUtf8() + "\nclient_id=" + provider.clientId().toUtf8() +
                  "\nca_file=" + provider.caFile().toUtf8() + "\ndevice_flow=true\n");
    h.environment().insert(QStringLiteral("BROWSER"), QStringLiteral("true"));
    QCOMPARE(h.start(), QStringLiteral("ready"));

    shootAll(h, QStringLiteral("signin"), QStringLiteral("jobs"),
             {{QStringLiteral("en"),
               {QStringLiteral("Sign in with your organisation account"), QStringLiteral("Sign in"),
                QStringLiteral("Sign in with a code instead"), QStringLiteral("Not now")}},
              {QStringLiteral("de"), {QStringLiteral("Mit dem Konto Ihrer Organisation anmelden")}},
              {QStringLiteral("ja"), {QStringLiteral("組織のアカウントでサインイン")}}});

    std::unique_ptr<QProcess> browserLogin(h.startCli({QStringLiteral("login")}));
    QTRY_VERIFY_WITH_TIMEOUT(h.cli({QStringLiteral("--json"), QStringLiteral("whoami")})
                                     .json()
                                     .value(QStringLiteral("account"))
                                     .toObject()
                                     .value(QStringLiteral("state")) == QLatin1String("signing_in"),
                             20000);
    shootAll(h, QStringLiteral("browser"), QStringLiteral("jobs"),
             {{QStringLiteral("en"), {QStringLiteral("Continue in your browser"), QStringLiteral("Cancel")}},
              {QStringLiteral("de"), {QStringLiteral("Weiter im Browser"), QStringLiteral("Abbrechen")}},
              {QStringLiteral("ja"), {QStringLiteral("ブラウザーで続行してください")}}});

    // A device sign-in replaces the browser's (that CLI then reports the cancellation).
    std::unique_ptr<QProcess> deviceLogin(h.startCli({QStringLiteral("login"), QStringLiteral("--device")}));
    QByteArray out;
    QTRY_VERIFY2_WITH_TIMEOUT((out += deviceLogin->readAllStandardOutput(), out.contains("Waiting")),
                              QByteArray(out + deviceLogin->readAllStandardError()).constData(), 20000);
    const QString code =
        QRegularExpression(QStringLiteral("\\n {4}(\\S+)\\n")).match(QString::fromUtf8(out)).captured(1);
    QVERIFY2(!code.isEmpty(), out.constData());
    QTRY_COMPARE_WITH_TIMEOUT(browserLogin->state(), QProcess::NotRunning, 20000);
    shootAll(h, QStringLiteral("device"), QStringLiteral("jobs"),
             {{QStringLiteral("en"),
               {QStringLiteral("Sign in on another device"), code,
                provider.issuer() + QStringLiteral("/device"), QStringLiteral("The code is valid for")}},
              {QStringLiteral("de"), {code, QStringLiteral("Auf einem anderen Gerät anmelden")}},
              {QStringLiteral("ja"), {code}}});
    HeadlessBrowser phone(provider.caFile());
    QCOMPARE(
        phone
            .approveDevice(QUrl(provider.issuer() + QStringLiteral("/device")), code, QStringLiteral("alice"))
            .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(deviceLogin->state(), QProcess::NotRunning, 40000);
    QCOMPARE(deviceLogin->exitCode(), 0);

    shootAll(h, QStringLiteral("signedin"), QStringLiteral("jobs"),
             {{QStringLiteral("en"),
               {QStringLiteral("Alice Example"), QStringLiteral("alice@example.test"),
                QStringLiteral("Sign out"), QStringLiteral("No jobs are waiting")}},
              {QStringLiteral("de"), {QStringLiteral("Alice Example"), QStringLiteral("Abmelden")}},
              {QStringLiteral("ja"), {QStringLiteral("Alice Example"), QStringLiteral("サインアウト")}}});
    QCOMPARE(h.cli({QStringLiteral("logout")}).exitCode, 0);
    QCOMPARE(h.stop(), 0);
}

// Without a provider: no sign-in page and no header, and Settings says so.
void TstScreenshots::notConnectedToAnOrganisation()
{
    const Shot jobs = shoot(*m_daemon, QStringLiteral("jobs"));
    QVERIFY2(jobs.exitCode == 0, jobs.err.constData());
    QVERIFY(!jobs.texts.contains(QStringLiteral("Sign in")));
    QVERIFY(jobs.texts.contains(QStringLiteral("Quarterly report.pdf")));
    const Shot settings = shoot(*m_daemon, QStringLiteral("settings"));
    QVERIFY(settings.texts.contains(QStringLiteral("This computer is not connected to an organisation.")));
}

// Server spooling while the print server cannot be reached: the job shows that it waits to be
// uploaded, why, and when it is tried next (the model's text; QML only shows it).
void TstScreenshots::serverSpoolingWaits()
{
    DaemonHarness h;
    h.writePolicy(
        QStringLiteral("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[server]\n"
                       "uri=ipps://127.0.0.1:%1/printers/hold\nmode=server\nretry_max_seconds=600\n")
            .arg(freeTcpPort())
            .toUtf8());
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString file =
        h.writeFile(QStringLiteral("s.pdf"), buildPdf(QStringLiteral("MM"), QStringLiteral("Board minutes")));
    QCOMPARE(
        h.cli({QStringLiteral("submit"), file, QStringLiteral("--title"), QStringLiteral("Board minutes")})
            .exitCode,
        0);
    QTRY_VERIFY_WITH_TIMEOUT(h.jobs().size() == 1 && h.jobs().first().toObject().value(QStringLiteral(
                                                         "reason")) == QLatin1String("server-unreachable"),
                             60000);
    const Shot shot = shoot(h, QStringLiteral("jobs"), {QStringLiteral("--size"), QStringLiteral("420x640")},
                            QStringLiteral("server-waiting"));
    QVERIFY2(shot.exitCode == 0, shot.err.constData());
    QVERIFY2(sampledColours(shot.image) > 20, "blank");
    for (const QString &text :
         {QStringLiteral("Board minutes"), QStringLiteral("Waiting to upload, next try at "),
          QStringLiteral("(Cannot reach the print server")})
        QVERIFY2(shot.texts.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + shot.texts));
    QCOMPARE(h.stop(), 0);
}

QTEST_GUILESS_MAIN(TstScreenshots)
#include "tst_screenshots.moc"
