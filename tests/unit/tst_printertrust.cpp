// Trust on first use from many release threads at once: the first-use check and its pin are
// one step, so of several threads meeting a new printer with different certificates exactly
// one pins (and one `trusted` is emitted), and every other one is refused; pins for many
// printers written at once are all kept.
#include "release/PrinterTrust.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace pv;
using release::PrinterTrust;

namespace {

constexpr int Threads = 8;

// Runs body(i) on Threads threads released at the same moment.
void together(const std::function<void(int)> &body)
{
    QSemaphore ready, go;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.emplace_back(QThread::create([&, i]() {
            ready.release();
            go.acquire();
            body(i);
        }));
        threads.back()->start();
    }
    ready.acquire(Threads);
    go.release(Threads);
    for (auto &t : threads)
        t->wait();
}

QString fingerprint(int i)
{
    return QString::fromLatin1(QByteArray(32, char('a' + i)).toHex());
}

} // namespace

class TstPrinterTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstUseIsOneStep();
    void concurrentPinsAreAllKept();
};

void TstPrinterTrust::firstUseIsOneStep()
{
    QTemporaryDir dir;
    PrinterTrust trust(dir.filePath(QStringLiteral("printer-trust.conf")));
    QAtomicInt trusted;
    connect(
        &trust, &PrinterTrust::trusted, &trust, [&]() { trusted.ref(); }, Qt::DirectConnection);
    // Many rounds, each a new printer met by every thread at once with its own certificate.
    for (int round = 0; round < 40; ++round) {
        const QString host = QStringLiteral("printer-%1:631").arg(round);
        QAtomicInt accepted, refused;
        std::vector<int> winner(Threads, 0);
        together([&](int i) {
            const Status s = trust.check(host, fingerprint(i));
            if (s) {
                accepted.ref();
                winner[size_t(i)] = 1;
            } else if (s.error().code == QLatin1String("printer-certificate-changed")) {
                refused.ref();
            }
        });
        QCOMPARE(accepted.loadRelaxed(), 1);
        QCOMPARE(refused.loadRelaxed(), Threads - 1);
        const int i = int(std::find(winner.begin(), winner.end(), 1) - winner.begin());
        QCOMPARE(trust.pinned(host), fingerprint(i));
    }
    QCOMPARE(trusted.loadRelaxed(), 40);
}

void TstPrinterTrust::concurrentPinsAreAllKept()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("printer-trust.conf"));
    {
        PrinterTrust trust(file);
        QAtomicInt failed;
        together([&](int i) {
            for (int k = 0; k < 10; ++k) {
                if (!trust.check(QStringLiteral("p%1-%2:631").arg(i).arg(k), fingerprint(i)))
                    failed.ref();
            }
        });
        QCOMPARE(failed.loadRelaxed(), 0);
    }
    // Read back by a new instance, from the file: no write lost another's.
    PrinterTrust again(file);
    for (int i = 0; i < Threads; ++i) {
        for (int k = 0; k < 10; ++k)
            QCOMPARE(again.pinned(QStringLiteral("p%1-%2:631").arg(i).arg(k)), fingerprint(i));
    }
}

QTEST_GUILESS_MAIN(TstPrinterTrust)
#include "tst_printertrust.moc"
