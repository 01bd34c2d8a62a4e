// The tray's page previews run in printvault-worker --preview (convert/PreviewInWorker.h): a
// hostile held document that crashes its previewer, hangs past the time limit, or eats memory
// past the worker's limit fails only its own preview, with a clear error; the same daemon keeps
// serving, leaves no previewer behind, and draws the next preview. The worker's fault switch
// (test builds, worker/FaultInjection.h) stands in for a real exploit. Real printvaultd, worker,
// printvault-cli, gnome-keyring, and the local API's own client.
#include "DaemonHarness.h"
#include "localapi/LocalApiClient.h"
#include "PdfBuilder.h"

#include <QRegularExpression>
#include <QtTest>

#include <optional>

using namespace pv;
using namespace pv::test;

namespace {

constexpr int MemoryMb = 512;
constexpr int TimeoutSeconds = 5;

QList<qint64> previewers(const DaemonHarness &h)
{
    QList<qint64> out;
    for (qint64 pid : descendants(h.pid())) {
        if (readFile(QStringLiteral("/proc/%1/cmdline").arg(pid)).contains("--preview"))
            out << pid;
    }
    return out;
}

} // namespace

class TstPreviewHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostileDocumentFailsOnlyItsPreview_data();
    void hostileDocumentFailsOnlyItsPreview();

private:
    Result<QJsonObject> call(const QString &method, const QJsonObject &params);
    Result<QJsonObject> preview(const QString &id);

    std::unique_ptr<DaemonHarness> m_h;
    std::unique_ptr<localapi::LocalApiClient> m_client;
    QString m_good;
};

void TstPreviewHostile::initTestCase()
{
    m_h = std::make_unique<DaemonHarness>();
    m_h->writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\nconvert_timeout_seconds=" +
                     QByteArray::number(TimeoutSeconds) +
                     "\nworker_memory_mb=" + QByteArray::number(MemoryMb) + "\n[mfp]\nport=0\n");
    QCOMPARE(m_h->start(), QStringLiteral("ready"));
    m_good = m_h->submit(buildPdf(QStringLiteral("MCM"), QStringLiteral("good")));
    QVERIFY(!m_good.isEmpty());
    m_client = std::make_unique<localapi::LocalApiClient>();
    m_client->connectToDaemon(m_h->runtimeDir() + QStringLiteral("/api.sock"));
    QTRY_VERIFY(m_client->isConnected());
    QVERIFY(call(QStringLiteral("hello"), {{QStringLiteral("protocol"), localapi::ProtocolVersion}}));
    // The good job previews before any hostile one.
    const auto first = preview(m_good);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
}

void TstPreviewHostile::cleanupTestCase()
{
    m_client.reset();
    if (m_h)
        QCOMPARE(m_h->stop(), 0);
}

Result<QJsonObject> TstPreviewHostile::call(const QString &method, const QJsonObject &params)
{
    std::optional<Result<QJsonObject>> out;
    m_client->request(method, params, [&](Result<QJsonObject> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&]() { return out.has_value(); }, 60000))
        return Error{QStringLiteral("timeout"), method};
    return *out;
}

Result<QJsonObject> TstPreviewHostile::preview(const QString &id)
{
    auto r = call(QStringLiteral("jobs.preview"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("page"), 2}, {QStringLiteral("width"), 120}});
    if (!r)
        return r;
    // A PNG of page 2 of 3, 120 pixels wide.
    const QByteArray png = QByteArray::fromBase64(r->value(QStringLiteral("png")).toString().toLatin1());
    if (!png.startsWith("\x89PNG\r\n\x1a\n") || r->value(QStringLiteral("page")).toInt() != 2 ||
        r->value(QStringLiteral("pages")).toInt() != 3)
        return Error{QStringLiteral("test"), QStringLiteral("not the page's PNG")};
    return r;
}

void TstPreviewHostile::hostileDocumentFailsOnlyItsPreview_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // a regular expression the error's message matches
    QTest::newRow("crashes its previewer")
        << QByteArray("crash") << QStringLiteral("bad-document") << QStringLiteral("its previewer stopped");
    QTest::newRow("hangs") << QByteArray("hang") << QStringLiteral("bad-document")
                           << QStringLiteral("did not finish drawing within %1 s").arg(TimeoutSeconds);
    // Sanitizer builds bound memory by ASan's RSS cap, which ends the worker like a crash.
    QTest::newRow("exhausts memory")
        << QByteArray("memory") << QStringLiteral("limit-exceeded|bad-document")
        << QStringLiteral("more than %1 MB of memory|its previewer stopped").arg(MemoryMb);
}

void TstPreviewHostile::hostileDocumentFailsOnlyItsPreview()
{
    QFETCH(QByteArray, mode);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const qint64 daemon = m_h->pid();
    const QByteArray pdf = renderFault(mode.constData());
    const QString hostile = m_h->submit(pdf); // held: conversion does not draw with the switch
    QVERIFY(!hostile.isEmpty());

    const auto failed = call(QStringLiteral("jobs.preview"),
                             {{QStringLiteral("id"), hostile}, {QStringLiteral("width"), 120}});
    QVERIFY(!failed);
    QVERIFY2(QRegularExpression(QStringLiteral("^(%1)$").arg(code)).match(failed.error().code).hasMatch(),
             qPrintable(failed.error().code));
    QVERIFY2(QRegularExpression(message).match(failed.error().message).hasMatch(),
             qPrintable(failed.error().message));

    // Only that preview failed: same daemon, no previewer left, the job still held and intact,
    // and the next preview is drawn.
    QCOMPARE(m_h->pid(), daemon);
    QTRY_VERIFY_WITH_TIMEOUT(previewers(*m_h).isEmpty(), 3000);
    QVERIFY(call(QStringLiteral("status"), {}));
    QCOMPARE(sha256(m_h->exportJob(hostile)), sha256(pdf));
    const auto next = preview(m_good);
    QVERIFY2(next, next ? "" : qPrintable(next.error().message));
    QCOMPARE(m_h->cli({QStringLiteral("jobs"), QStringLiteral("delete"), hostile}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TstPreviewHostile)
#include "tst_preview_hostile.moc"
