// The segmented AES-256-GCM document format: round trips of every awkward size, and detection
// of tampering, truncation, reordering, a wrong key and a full device; the same through a writer
// thread (WriteBehind), to a real file and to /dev/full.
#include "Fakes.h"
#include "vault/Crypto.h"
#include "vault/DecryptingDevice.h"
#include "vault/SegmentFormat.h"
#include "vault/SegmentWriter.h"
#include "vault/WriteBehind.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using namespace pv;

namespace {
constexpr int Seg = 4096; // the smallest allowed segment keeps the tests quick
const QByteArray JobId = QByteArray::fromHex("00112233445566778899aabbccddeeff");

QByteArray noise(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char(rng.bounded(256));
    return out;
}

QByteArray encrypt(const QByteArray &plain, const SecureBytes &key, int seg = Seg)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    SegmentWriter w(&buf, key, JobId, seg);
    // Uneven write sizes exercise the segment boundary logic.
    qint64 pos = 0, step = 1;
    while (pos < plain.size()) {
        const qint64 n = qMin<qint64>(step, plain.size() - pos);
        if (!w.write(plain.constData() + pos, n))
            return {};
        pos += n;
        step = step * 3 + 1;
    }
    if (!w.finish())
        return {};
    return out;
}

// As encrypt(), but the ciphertext goes through a WriteBehind to a real file descriptor.
Result<QByteArray> encryptBehind(const QByteArray &plain, const SecureBytes &key, int fd, qint64 blockSize)
{
    QBuffer unused;
    unused.open(QIODevice::WriteOnly);
    WriteBehind sink(WriteBehind::Options{fd, blockSize, 2, 4 * Seg});
    SegmentWriter w(&unused, key, JobId, Seg);
    w.setSink(&sink);
    qint64 pos = 0, step = 1;
    Status s;
    while (s && pos < plain.size()) {
        const qint64 n = qMin<qint64>(step, plain.size() - pos);
        s = w.write(plain.constData() + pos, n);
        pos += n;
        step = step * 3 + 1;
    }
    if (s)
        s = w.finish();
    if (s)
        s = sink.finish();
    if (!s)
        return s.error();
    if (unused.size() != 0)
        return Error{QStringLiteral("device"), QStringLiteral("the device was written, not the sink")};
    QByteArray out;
    char chunk[8192];
    ssize_t n = 0;
    ::lseek(fd, 0, SEEK_SET);
    while ((n = ::read(fd, chunk, sizeof chunk)) > 0)
        out.append(chunk, n);
    return out;
}

// Decrypts everything; returns the error code on failure.
Result<QByteArray> decrypt(const QByteArray &sealed, const SecureBytes &key, const QByteArray &jobId = JobId)
{
    auto buf = std::make_unique<QBuffer>();
    buf->setData(sealed);
    buf->open(QIODevice::ReadOnly);
    DecryptingDevice dev(std::move(buf), key, jobId);
    if (!dev.open(QIODevice::ReadOnly))
        return dev.lastError().error();
    QByteArray out;
    char chunk[3000];
    for (;;) {
        const qint64 n = dev.read(chunk, sizeof chunk);
        if (n < 0)
            return dev.lastError().error();
        if (n == 0)
            break;
        out.append(chunk, n);
    }
    if (out.size() != dev.size())
        return Error{QStringLiteral("size"), QStringLiteral("short read")};
    return out;
}
} // namespace

class TstSegments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void randomAccess();
    void roundTripOver100MB();
    void bitFlipAnywhereIsDetected();
    void truncationIsDetected_data();
    void truncationIsDetected();
    void reorderIsDetected();
    void appendedSegmentIsDetected();
    void wrongKeyAndWrongJob();
    void fullDeviceIsAnError();
    void writeBehindRoundTrip_data();
    void writeBehindRoundTrip();
    void writeBehindFullDiskIsAnError();
};

void TstSegments::roundTrip_data()
{
    QTest::addColumn<qint64>("size");
    for (qint64 s : {0ll, 1ll, 15ll, Seg - 1ll, qint64(Seg), Seg + 1ll, 3ll * Seg, 3ll * Seg + 17, 1000003ll})
        QTest::newRow(qPrintable(QString::number(s))) << s;
}

void TstSegments::roundTrip()
{
    QFETCH(qint64, size);
    const SecureBytes key = crypto::randomKey();
    const QByteArray plain = noise(size, quint32(size));
    const QByteArray sealed = encrypt(plain, key);
    QVERIFY(!sealed.isEmpty());
    const qint64 segments = qMax<qint64>(1, (size + Seg - 1) / Seg);
    QCOMPARE(sealed.size(), segment::HeaderSize + size + segments * segment::Overhead);
    auto back = decrypt(sealed, key);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back.value(), plain);
}

void TstSegments::randomAccess()
{
    const SecureBytes key = crypto::randomKey();
    const QByteArray plain = noise(5 * Seg + 123, 7);
    auto buf = std::make_unique<QBuffer>();
    buf->setData(encrypt(plain, key));
    buf->open(QIODevice::ReadOnly);
    DecryptingDevice dev(std::move(buf), key, JobId);
    QVERIFY(dev.open(QIODevice::ReadOnly));
    QCOMPARE(dev.size(), plain.size());
    for (qint64 pos : {qint64(plain.size()) - 10, 0ll, 2ll * Seg - 5, 4ll * Seg + 1}) {
        QVERIFY(dev.seek(pos));
        QCOMPARE(dev.read(40), plain.mid(pos, 40));
    }
}

void TstSegments::roundTripOver100MB()
{
    // Streams through a real file with the production segment size; only one segment is ever in memory.
    const SecureBytes key = crypto::randomKey();
    QTemporaryFile file;
    QVERIFY(file.open());
    SegmentWriter w(&file, key, JobId, segment::DefaultSegmentSize);
    QCryptographicHash in(QCryptographicHash::Sha256);
    const QByteArray block = noise(1 << 20, 99);
    const qint64 total = 101ll * (1 << 20) + 12345;
    for (qint64 done = 0; done < total;) {
        const qint64 n = qMin<qint64>(block.size(), total - done);
        QVERIFY(w.write(block.constData(), n));
        in.addData(QByteArrayView(block.constData(), n));
        done += n;
    }
    QVERIFY(w.finish());
    QCOMPARE(w.sha256(), in.result());
    file.close();

    auto src = std::make_unique<QFile>(file.fileName());
    QVERIFY(src->open(QIODevice::ReadOnly));
    DecryptingDevice dev(std::move(src), key, JobId);
    QVERIFY(dev.open(QIODevice::ReadOnly));
    QCOMPARE(dev.size(), total);
    QCryptographicHash out(QCryptographicHash::Sha256);
    QVERIFY(out.addData(&dev));
    QCOMPARE(out.result().toHex(), in.result().toHex());
}

void TstSegments::bitFlipAnywhereIsDetected()
{
    const SecureBytes key = crypto::randomKey();
    const QByteArray sealed = encrypt(noise(2 * Seg + 100, 3), key);
    // Header, first nonce, ciphertext of each segment, each tag, the short last segment.
    const QList<int> positions = {0,
                                  9,
                                  20,
                                  segment::HeaderSize + 3,
                                  segment::HeaderSize + 12 + 50,
                                  segment::HeaderSize + 12 + Seg + 5,
                                  segment::HeaderSize + Seg + 28 + 700,
                                  int(sealed.size()) - 1,
                                  int(sealed.size()) - 30};
    for (int pos : positions) {
        QByteArray bad = sealed;
        bad[pos] = char(bad[pos] ^ 0x80);
        auto r = decrypt(bad, key);
        QVERIFY2(!r, qPrintable(QStringLiteral("flip at %1 went unnoticed").arg(pos)));
        QCOMPARE(r.error().code, QStringLiteral("integrity"));
    }
}

void TstSegments::truncationIsDetected_data()
{
    QTest::addColumn<int>("cut");
    const int full = Seg + segment::Overhead;
    QTest::newRow("whole last segment") << 77 + segment::Overhead; // ends on a segment boundary
    QTest::newRow("mid last segment") << 20;
    QTest::newRow("last two segments") << 77 + segment::Overhead + full;
    QTest::newRow("tag only") << 16;
    QTest::newRow("one byte") << 1;
    QTest::newRow("header only") << int(3 * Seg + 77 + 4 * segment::Overhead);
}

void TstSegments::truncationIsDetected()
{
    QFETCH(int, cut);
    const SecureBytes key = crypto::randomKey();
    const QByteArray sealed = encrypt(noise(3 * Seg + 77, 5), key);
    auto r = decrypt(sealed.left(sealed.size() - cut), key);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("integrity"));
}

void TstSegments::reorderIsDetected()
{
    const SecureBytes key = crypto::randomKey();
    const QByteArray sealed = encrypt(noise(3 * Seg, 11), key);
    const int full = Seg + segment::Overhead;
    const QByteArray h = sealed.left(segment::HeaderSize);
    const QByteArray s0 = sealed.mid(segment::HeaderSize, full);
    const QByteArray s1 = sealed.mid(segment::HeaderSize + full, full);
    const QByteArray s2 = sealed.mid(segment::HeaderSize + 2 * full);
    for (const QByteArray &order :
         {QByteArray(h + s1 + s0 + s2), QByteArray(h + s0 + s2 + s1), QByteArray(h + s0 + s0 + s2)}) {
        auto r = decrypt(order, key);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("integrity"));
    }
}

void TstSegments::appendedSegmentIsDetected()
{
    const SecureBytes key = crypto::randomKey();
    const QByteArray a = encrypt(noise(Seg, 1), key);
    // A complete segment copied from elsewhere after the final one no longer sits at the end.
    auto r = decrypt(a + a.mid(segment::HeaderSize), key);
    QVERIFY(!r);
}

void TstSegments::wrongKeyAndWrongJob()
{
    const SecureBytes key = crypto::randomKey();
    const QByteArray sealed = encrypt(noise(Seg * 2, 8), key);
    auto wrongKey = decrypt(sealed, crypto::randomKey());
    QVERIFY(!wrongKey);
    QCOMPARE(wrongKey.error().code, QStringLiteral("integrity"));
    auto wrongJob = decrypt(sealed, key, QByteArray(16, 'x'));
    QVERIFY(!wrongJob);
    QVERIFY(wrongJob.error().message.contains(QStringLiteral("another job")));
}

void TstSegments::fullDeviceIsAnError()
{
    test::FailingDevice device(3 * Seg);
    SegmentWriter w(&device, crypto::randomKey(), JobId, Seg);
    const QByteArray plain = noise(10 * Seg, 4);
    Status s = w.write(plain.constData(), plain.size());
    if (s)
        s = w.finish();
    QVERIFY(!s);
    QVERIFY(s.message().contains(QStringLiteral("No space left")));
    QVERIFY(device.written.size() <= 3 * Seg);
}

void TstSegments::writeBehindRoundTrip_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("blockSize");
    const qint64 oneSegment = Seg + segment::Overhead;
    // Blocks of one segment each make the writer wait for its two blocks at every segment.
    QTest::newRow("empty") << 0ll << oneSegment;
    QTest::newRow("1") << 1ll << oneSegment;
    QTest::newRow("3 segments + 17, one per block") << 3ll * Seg + 17 << oneSegment;
    QTest::newRow("1 MB, one per block") << 1000003ll << oneSegment;
    QTest::newRow("5 MB, 1 MiB blocks") << 5000011ll << qint64(1 << 20);
}

void TstSegments::writeBehindRoundTrip()
{
    QFETCH(qint64, size);
    QFETCH(qint64, blockSize);
    QTemporaryFile file;
    QVERIFY(file.open());
    const SecureBytes key = crypto::randomKey();
    const QByteArray plain = noise(size, quint32(size) ^ 0x5a5a);
    auto sealed = encryptBehind(plain, key, file.handle(), blockSize);
    QVERIFY2(sealed, sealed ? "" : qPrintable(sealed.error().message));
    // The same layout as without the writer thread: every byte went, in order.
    const qint64 segments = qMax<qint64>(1, (size + Seg - 1) / Seg);
    QCOMPARE(sealed->size(), segment::HeaderSize + size + segments * segment::Overhead);
    auto back = decrypt(sealed.value(), key);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QVERIFY(back.value() == plain);
}

void TstSegments::writeBehindFullDiskIsAnError()
{
    const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    const SecureBytes key = crypto::randomKey();
    auto sealed = encryptBehind(noise(40 * Seg, 9), key, fd, Seg + segment::Overhead);
    ::close(fd);
    QVERIFY(!sealed);
    QCOMPARE(sealed.error().code, QStringLiteral("disk-full"));
    QVERIFY2(sealed.error().message.contains(QStringLiteral("No space left")),
             qPrintable(sealed.error().message));
}

QTEST_GUILESS_MAIN(TstSegments)
#include "tst_segments.moc"
