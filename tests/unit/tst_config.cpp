// Policy layering and validation, XDG paths, private folders and the single-instance lock.
#include "common/SecureFiles.h"
#include "config/InstanceLock.h"
#include "config/Paths.h"
#include "config/Policy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace pv;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}
} // namespace

class TstConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void adminPolicyOverridesAndLocks();
    void badValuesNameTheKey_data();
    void badValuesNameTheKey();
    void accountKeys();
    void dropInsReadInOrder();
    void everyProblemIsNamed();
    void validateChecksOneFile();
    void settingsListEveryKeyWithItsOrigin();
    void serverKeysAreTlsOnly();
    void xdgPaths();
    void missingRuntimeDirIsAnError();
    void privateDirChecks();
    void instanceLockIsExclusive();
};

void TstConfig::defaults()
{
    auto p = Policy::load(QString(), QStringLiteral("/nonexistent/policy.ini"));
    QVERIFY(p);
    QCOMPARE(p->retentionHours, 72);
    QCOMPARE(p->vaultMaxMb, 10240); // a cap by default; 0 turns it off
    QCOMPARE(p->maxPages, 5000);
    QCOMPARE(p->workerMaxCrashes, 3);
    QVERIFY(p->workerSeccomp);
    QVERIFY(p->locked.isEmpty());
}

void TstConfig::adminPolicyOverridesAndLocks()
{
    QTemporaryDir dir;
    const QString user =
        writeFile(dir, QStringLiteral("user.conf"), "[vault]\nretention_hours=24\nmax_size_mb=500\n");
    const QString admin = writeFile(dir, QStringLiteral("policy.ini"), "[vault]\nretention_hours=8\n");
    auto p = Policy::load(user, admin);
    QVERIFY(p);
    QCOMPARE(p->retentionHours, 8); // the administrator wins
    QCOMPARE(p->vaultMaxMb, 500);   // the user's own choice where policy is silent
    QCOMPARE(p->locked, QSet<QString>{QStringLiteral("vault/retention_hours")});
}

void TstConfig::badValuesNameTheKey_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::newRow("zero retention") << QByteArray("[vault]\nretention_hours=0\n")
                                    << QStringLiteral("vault/retention_hours");
    QTest::newRow("text") << QByteArray("[vault]\nmax_size_mb=lots\n") << QStringLiteral("vault/max_size_mb");
    QTest::newRow("negative") << QByteArray("[vault]\nmin_free_mb=-5\n")
                              << QStringLiteral("vault/min_free_mb");
    QTest::newRow("worker memory") << QByteArray("[capture]\nworker_memory_mb=16\n")
                                   << QStringLiteral("capture/worker_memory_mb");
    QTest::newRow("raster side") << QByteArray("[capture]\nmax_raster_side_pixels=1000000\n")
                                 << QStringLiteral("capture/max_raster_side_pixels");
    QTest::newRow("unknown key") << QByteArray("[vault]\nretension_hours=5\n")
                                 << QStringLiteral("vault/retension_hours");
    const QByteArray client("[account]\nclient_id=pv\n");
    QTest::newRow("issuer on http") << QByteArray("[account]\nissuer=http://idp.example\nclient_id=pv\n")
                                    << QStringLiteral("account/issuer");
    QTest::newRow("issuer with a query")
        << QByteArray("[account]\nissuer=https://idp.example/?x=1\nclient_id=pv\n")
        << QStringLiteral("account/issuer");
    QTest::newRow("issuer without client")
        << QByteArray("[account]\nissuer=https://idp.example\n") << QStringLiteral("account/client_id");
    QTest::newRow("client id with a space")
        << QByteArray("[account]\nclient_id=a b\n") << QStringLiteral("account/client_id");
    QTest::newRow("redirect host") << client + "redirect_host=0.0.0.0\n"
                                   << QStringLiteral("account/redirect_host");
    QTest::newRow("device flow") << client + "device_flow=maybe\n" << QStringLiteral("account/device_flow");
    QTest::newRow("idle logout") << client + "idle_logout_minutes=-1\n"
                                 << QStringLiteral("account/idle_logout_minutes");
    QTest::newRow("ca file") << client + "ca_file=relative.pem\n" << QStringLiteral("account/ca_file");
    QTest::newRow("scopes") << client + "scopes=\"openid \x01\"\n" << QStringLiteral("account/scopes");
    QTest::newRow("mfp audiences") << client + "mfp_audiences=mfp-app " + QByteArray(201, 'a') + "\n"
                                   << QStringLiteral("account/mfp_audiences");
}

void TstConfig::accountKeys()
{
    QTemporaryDir dir;
    const QString ca = writeFile(dir, QStringLiteral("ca.pem"), "x");
    const QString admin = writeFile(dir, QStringLiteral("policy.ini"),
                                    "[account]\nissuer=https://login.microsoftonline.com/{tenantid}/v2.0\n"
                                    "client_id=3f2a-11\nscopes=openid, profile offline_access\n"
                                    "redirect_host=localhost\ndevice_flow=true\nidle_logout_minutes=30\n"
                                    "mfp_audiences=mfp-app other-app\nca_file=" +
                                        ca.toUtf8() + "\n");
    auto p = Policy::load(QString(), admin);
    QVERIFY2(p, p ? "" : qPrintable(p.error().message));
    QCOMPARE(p->accountIssuer, QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0"));
    QCOMPARE(p->accountClientId, QStringLiteral("3f2a-11"));
    QCOMPARE(p->accountScopes, QStringLiteral("openid profile offline_access"));
    QCOMPARE(p->accountRedirectHost, QStringLiteral("localhost"));
    QVERIFY(p->accountDeviceFlow);
    QCOMPARE(p->accountIdleLogoutMinutes, 30);
    QCOMPARE(p->accountMfpAudiences, (QStringList{QStringLiteral("mfp-app"), QStringLiteral("other-app")}));
    QCOMPARE(p->accountCaFile, ca);
    auto none = Policy::load(QString(), QStringLiteral("/nonexistent/policy.ini"));
    QVERIFY(none && none->accountIssuer.isEmpty()); // no provider: not connected to an organisation
}

void TstConfig::badValuesNameTheKey()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QTemporaryDir dir;
    const QString admin = writeFile(dir, QStringLiteral("policy.ini"), content);
    auto p = Policy::load(QString(), admin);
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(key), qPrintable(p.error().message));
    QVERIFY(p.error().message.contains(admin));
}

void TstConfig::dropInsReadInOrder()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("policy.d")));
    const QString admin =
        writeFile(dir, QStringLiteral("policy.ini"), "[vault]\nretention_hours=48\n[mfp]\nport=6000\n");
    const QString b = writeFile(dir, QStringLiteral("policy.d/20-site.ini"), "[vault]\nretention_hours=6\n");
    const QString a = writeFile(dir, QStringLiteral("policy.d/10-fleet.ini"),
                                "[vault]\nretention_hours=12\n[quota]\nmonthly_pages=300\n");
    // Not read: other suffixes, as dpkg leaves them, and folders.
    writeFile(dir, QStringLiteral("policy.d/30-old.ini.dpkg-old"), "[vault]\nretention_hours=1\n");
    writeFile(dir, QStringLiteral("policy.d/README"), "not ini");
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("policy.d/40-dir.ini")));
    QCOMPARE(Policy::adminFiles(admin), (QStringList{admin, a, b}));

    const QString user = writeFile(dir, QStringLiteral("user.conf"), "[vault]\nretention_hours=100\n");
    auto p = Policy::load(user, admin);
    QVERIFY2(p, p ? "" : qPrintable(p.error().message));
    QCOMPARE(p->retentionHours, 6); // the last drop-in wins
    QCOMPARE(p->origin.value(QStringLiteral("vault/retention_hours")), b);
    QCOMPARE(p->quotaMonthlyPages, 300);
    QCOMPARE(p->origin.value(QStringLiteral("quota/monthly_pages")), a);
    QCOMPARE(p->mfpPort, 6000);
    QCOMPARE(p->origin.value(QStringLiteral("mfp/port")), admin);
    QCOMPARE(p->locked, (QSet<QString>{QStringLiteral("vault/retention_hours"), QStringLiteral("mfp/port"),
                                       QStringLiteral("quota/monthly_pages")}));

    // Drop-ins apply without a policy.ini of their own.
    QVERIFY(QFile::remove(admin));
    auto q = Policy::load(QString(), admin);
    QVERIFY(q);
    QCOMPARE(q->retentionHours, 6);
    QCOMPARE(q->mfpPort, 5571);
}

void TstConfig::everyProblemIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("policy.d")));
    const QString admin = writeFile(dir, QStringLiteral("policy.ini"), "[vault]\nretention_hours=0\n");
    const QString dropIn =
        writeFile(dir, QStringLiteral("policy.d/50-x.ini"), "[mfp]\nport=70000\n[quota]\nmonthy_pages=5\n");
    auto p = Policy::load(QString(), admin);
    QVERIFY(!p);
    const QString m = p.error().message;
    QVERIFY2(m.contains(admin + QStringLiteral(": key 'vault/retention_hours'")), qPrintable(m));
    QVERIFY2(m.contains(dropIn + QStringLiteral(": key 'mfp/port'")), qPrintable(m));
    QVERIFY2(m.contains(dropIn + QStringLiteral(": unknown key 'quota/monthy_pages'")), qPrintable(m));
    QCOMPARE(p.error().details.value(QStringLiteral("bad_keys")).toArray().size(), 3);
}

void TstConfig::validateChecksOneFile()
{
    QTemporaryDir dir;
    const QString good = writeFile(dir, QStringLiteral("good.ini"),
                                   "[vault]\nretention_hours=24\n[account]\nissuer=https://idp.example\n");
    QVERIFY(Policy::validate(good));
    const QString bad = writeFile(dir, QStringLiteral("bad.ini"),
                                  "[vault]\nretention_hours=forever\n[release]\nforce_mono=perhaps\n"
                                  "[tray]\nidle_lock=5\n");
    const Status s = Policy::validate(bad);
    QVERIFY(!s);
    QCOMPARE(s.message().count(QLatin1Char('\n')), 2); // one line per key
    for (const char *key : {"vault/retention_hours", "release/force_mono", "tray/idle_lock"})
        QVERIFY2(s.message().contains(QLatin1String(key)), qPrintable(s.message()));
    const Status missing = Policy::validate(dir.filePath(QStringLiteral("absent.ini")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("not-found"));
}

void TstConfig::settingsListEveryKeyWithItsOrigin()
{
    QTemporaryDir dir;
    const QString user = writeFile(dir, QStringLiteral("user.conf"), "[quota]\nreset_day=5\n");
    const QString admin = writeFile(dir, QStringLiteral("policy.ini"),
                                    "[release]\nforce_duplex=yes\n[account]\nmfp_audiences=a, b\n");
    auto p = Policy::load(user, admin);
    QVERIFY(p);
    const QList<PolicySetting> all = p->settings();
    QHash<QString, PolicySetting> byKey;
    for (const PolicySetting &s : all)
        byKey.insert(s.key, s);
    // Every key is a row of docs/policy.md, and every row a key.
    QFile doc(QStringLiteral(PV_SOURCE_DIR "/docs/policy.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QRegularExpression row(QStringLiteral("^\\| `([a-z_]+/[a-z_]+)`"),
                                 QRegularExpression::MultilineOption);
    QSet<QString> documented;
    for (auto it = row.globalMatch(QString::fromUtf8(doc.readAll())); it.hasNext();)
        documented.insert(it.next().captured(1));
    QCOMPARE(documented, QSet<QString>(byKey.keyBegin(), byKey.keyEnd()));
    QCOMPARE(all.size(), byKey.size());
    QCOMPARE(byKey.value(QStringLiteral("vault/retention_hours")).value.toInt(), 72);
    QVERIFY(byKey.value(QStringLiteral("vault/retention_hours")).file.isEmpty());
    QCOMPARE(byKey.value(QStringLiteral("quota/reset_day")).value.toInt(), 5);
    QCOMPARE(byKey.value(QStringLiteral("quota/reset_day")).file, user);
    QVERIFY(!byKey.value(QStringLiteral("quota/reset_day")).locked);
    QCOMPARE(byKey.value(QStringLiteral("release/force_duplex")).value, QVariant(true));
    QVERIFY(byKey.value(QStringLiteral("release/force_duplex")).locked);
    QCOMPARE(byKey.value(QStringLiteral("account/mfp_audiences")).value.toString(), QStringLiteral("a b"));
    QCOMPARE(byKey.value(QStringLiteral("mfp/listen_address")).value.toString(), QStringLiteral("0.0.0.0"));
}

// The print server is reached over TLS only; a pinned fingerprint is kept as lower-case hex.
void TstConfig::serverKeysAreTlsOnly()
{
    QTemporaryDir dir;
    const QString plain =
        writeFile(dir, QStringLiteral("plain.ini"), "[server]\nuri=ipp://print.example.com/printers/hold\n");
    const auto refused = Policy::load(QString(), plain);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("server/uri")),
             qPrintable(refused.error().message));
    const QString noUri = writeFile(dir, QStringLiteral("nouri.ini"), "[server]\nmode=server\n");
    const auto needsUri = Policy::load(QString(), noUri);
    QVERIFY(!needsUri);
    QCOMPARE(needsUri.error().details.value(QStringLiteral("bad_keys")).toArray().first().toString(),
             QStringLiteral("server/uri"));
    const QByteArray pin(32, '\xAB');
    QStringList colons;
    for (char c : pin)
        colons.append(QString::fromLatin1(QByteArray(1, c).toHex().toUpper()));
    const QString good = writeFile(dir, QStringLiteral("good.ini"),
                                   "[server]\nuri=ipps://print.example.com/printers/hold\nmode=server\n"
                                   "auth=basic\nretry_max_seconds=60\nfingerprint=" +
                                       colons.join(QLatin1Char(':')).toLatin1() + "\n");
    const auto p = Policy::load(QString(), good);
    QVERIFY2(p, p ? "" : qPrintable(p.error().message));
    QCOMPARE(p->serverMode, QStringLiteral("server"));
    QCOMPARE(p->serverFingerprint, QString::fromLatin1(pin.toHex()));
    QCOMPARE(p->serverRetryMaxSeconds, 60);
    const QString badMode = writeFile(dir, QStringLiteral("mode.ini"), "[server]\nmode=cloud\n");
    QVERIFY(!Policy::load(QString(), badMode));
}

void TstConfig::xdgPaths()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/d"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("relative/ignored"));
    auto p = Paths::fromEnvironment(env);
    QVERIFY(p);
    QCOMPARE(p->dataDir, QStringLiteral("/d/printvault"));
    QCOMPARE(p->configDir, QStringLiteral("/home/u/.config/printvault"));
    QCOMPARE(p->socketPath(), QStringLiteral("/run/user/1000/printvault/api.sock"));
}

void TstConfig::missingRuntimeDirIsAnError()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
    auto p = Paths::fromEnvironment(env);
    QVERIFY(!p);
    QVERIFY(p.error().message.contains(QStringLiteral("XDG_RUNTIME_DIR")));
}

void TstConfig::privateDirChecks()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("a/b"));
    QVERIFY(files::ensurePrivateDir(fresh));
    struct stat st;
    QCOMPARE(stat(QFile::encodeName(fresh).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);

    QVERIFY(chmod(QFile::encodeName(fresh).constData(), 0755) == 0);
    Status loose = files::ensurePrivateDir(fresh);
    QVERIFY(!loose);
    QVERIFY2(loose.message().contains(QStringLiteral("0755")), qPrintable(loose.message()));

    const QString link = dir.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(dir.path(), link));
    QVERIFY(!files::ensurePrivateDir(link));
}

void TstConfig::instanceLockIsExclusive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lock"));
    {
        InstanceLock first;
        QVERIFY(first.acquire(path));
        InstanceLock second;
        Status s = second.acquire(path);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QString::number(QCoreApplication::applicationPid())));
    }
    InstanceLock again; // released when the holder went away
    QVERIFY(again.acquire(path));
}

QTEST_GUILESS_MAIN(TstConfig)
#include "tst_config.moc"
