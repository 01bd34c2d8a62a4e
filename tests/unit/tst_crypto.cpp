// Known-answer tests for AES-256-GCM from NIST: the GCM specification's test cases 13-16
// (McGrew & Viega, as published by NIST) and CAVP gcmEncryptExtIV256.rsp vectors.
#include "vault/Crypto.h"

#include <QtTest>

using namespace pv;

class TstCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void tamperedVectorsFail_data() { knownAnswers_data(); }
    void tamperedVectorsFail();
    void boxRoundTripAndWrongKey();
    void boxRejectsShortInput();
    void hmacKnownAnswer();
    void hkdfKnownAnswers_data();
    void hkdfKnownAnswers();
    void fieldsMacSeparatesFields();
    void constantTimeEquals();
};

void TstCrypto::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("cipher");
    QTest::addColumn<QByteArray>("tag");

    const QByteArray zeroKey(32, '\0');
    const QByteArray specKey =
        QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray specIv = QByteArray::fromHex("cafebabefacedbaddecaf888");
    const QByteArray specPlain64 = QByteArray::fromHex(
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525"
        "b16aedf5aa0de657ba637b391aafd255");
    QTest::newRow("gcm-spec TC13 (empty)")
        << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray() << QByteArray()
        << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("gcm-spec TC14") << zeroKey << QByteArray(12, '\0') << QByteArray(16, '\0') << QByteArray()
                                   << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18")
                                   << QByteArray::fromHex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("gcm-spec TC15") << specKey << specIv << specPlain64 << QByteArray()
                                   << QByteArray::fromHex(
                                          "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1"
                                          "aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f66289"
                                          "8015ad")
                                   << QByteArray::fromHex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("gcm-spec TC16 (AAD)")
        << specKey << specIv << specPlain64.left(60)
        << QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << QByteArray::fromHex(
               "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1"
               "056828838c5f61e6393ba7a0abcc9f662")
        << QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
    QTest::newRow("CAVP 256/96/128/128")
        << QByteArray::fromHex("92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b")
        << QByteArray::fromHex("ac93a1a6145299bde902f21a")
        << QByteArray::fromHex("2d71bcfa914e4ac045b2aa60955fad24")
        << QByteArray::fromHex("1e0889016f67601c8ebea4943bc23ad6")
        << QByteArray::fromHex("8995ae2e6df3dbf96fac7b7137bae67f")
        << QByteArray::fromHex("eca5aa77d51d4a0a14d9c51e1da474ab");
    QTest::newRow("CAVP 256/96/128/160 count 0")
        << QByteArray::fromHex("83688deb4af8007f9b713b47cfa6c73e35ea7a3aa4ecdb414dded03bf7a0fd3a")
        << QByteArray::fromHex("0b459724904e010a46901cf3")
        << QByteArray::fromHex("33d893a2114ce06fc15d55e454cf90c3")
        << QByteArray::fromHex("794a14ccd178c8ebfd1379dc704c5e208f9d8424")
        << QByteArray::fromHex("cc66bee423e3fcd4c0865715e9586696")
        << QByteArray::fromHex("0fb291bd3dba94a1dfd8b286cfb97ac5");
    QTest::newRow("CAVP 256/96/128/160 count 1")
        << QByteArray::fromHex("013f549af9ecc2ee0259d5fc2311059cb6f10f6cd6ced3b543babe7438a88251")
        << QByteArray::fromHex("e45e759a3bfe4b652dc66d5b")
        << QByteArray::fromHex("79490d4d233ba594ece1142e310a9857")
        << QByteArray::fromHex("b5fe530a5bafce7ae79b3c15471fa68334ab378e")
        << QByteArray::fromHex("619443034e4437b893a45a4c89fad851")
        << QByteArray::fromHex("6da8a991b690ff6a442087a356f8e9e3");
    QTest::newRow("CAVP GMAC (no plaintext)")
        << QByteArray::fromHex("886cff5f3e6b8d0e1ad0a38fcdb26de97e8acbe79f6bed66959a598fa5047d65")
        << QByteArray::fromHex("3a8efa1cd74bbab5448f9945") << QByteArray()
        << QByteArray::fromHex("519fee519d25c7a304d6c6aa1897ee1eb8c59655") << QByteArray()
        << QByteArray::fromHex("f6d47505ec96c98a42dc3ae719877b87");
}

void TstCrypto::knownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, cipher);
    QFETCH(QByteArray, tag);
    const SecureBytes k(key);
    auto sealed = crypto::gcmSeal(k, iv, aad, plain.constData(), int(plain.size()));
    QVERIFY(sealed);
    QCOMPARE(sealed->toHex(), QByteArray(cipher + tag).toHex());
    auto opened = crypto::gcmOpen(k, iv, aad, sealed->constData(), int(sealed->size()));
    QVERIFY(opened);
    QCOMPARE(opened.value(), plain);
}

void TstCrypto::tamperedVectorsFail()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, cipher);
    QFETCH(QByteArray, tag);
    // Flip one bit in each position of ciphertext||tag, and in the AAD: every one must fail.
    const QByteArray sealed = QByteArray(cipher + tag);
    for (int i = 0; i < sealed.size(); ++i) {
        QByteArray bad = sealed;
        bad[i] = char(bad[i] ^ 0x01);
        auto r = crypto::gcmOpen(SecureBytes(key), iv, aad, bad.constData(), int(bad.size()));
        QVERIFY2(!r, qPrintable(QStringLiteral("flip at %1 was accepted").arg(i)));
        QCOMPARE(r.error().code, QStringLiteral("integrity"));
    }
    auto wrongAad = crypto::gcmOpen(SecureBytes(key), iv, aad + 'x', sealed.constData(), int(sealed.size()));
    QVERIFY(!wrongAad);
}

void TstCrypto::boxRoundTripAndWrongKey()
{
    const SecureBytes key = crypto::randomKey();
    const QByteArray plain = QByteArrayLiteral("Quarterly report.pdf");
    auto box = crypto::boxSeal(key, "aad", plain);
    QVERIFY(box);
    QVERIFY(!box->contains(plain));
    auto back = crypto::boxOpen(key, "aad", box.value());
    QVERIFY(back);
    QCOMPARE(back.value(), plain);
    QVERIFY(!crypto::boxOpen(crypto::randomKey(), "aad", box.value()));
    QVERIFY(!crypto::boxOpen(key, "other", box.value()));
    // Two boxes of the same plaintext differ: fresh nonce each time.
    QVERIFY(crypto::boxSeal(key, "aad", plain).value() != box.value());
}

void TstCrypto::boxRejectsShortInput()
{
    auto r = crypto::boxOpen(crypto::randomKey(), QByteArray(), QByteArray(10, 'x'));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("integrity"));
}

void TstCrypto::hmacKnownAnswer()
{
    // RFC 4231 test case 2.
    const QByteArray mac = crypto::hmacSha256(SecureBytes(QByteArrayLiteral("Jefe")),
                                              QByteArrayLiteral("what do ya want for nothing?"));
    QCOMPARE(mac.toHex(),
             QByteArrayLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TstCrypto::hkdfKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm"); // the first 32 bytes of the RFC's OKM
    // RFC 5869 appendix A, test cases 1 and 3 (SHA-256).
    QTest::newRow("A.1") << QByteArray(22, '\x0b') << QByteArray::fromHex("000102030405060708090a0b0c")
                         << QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9")
                         << QByteArray::fromHex(
                                "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
    QTest::newRow("A.3") << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
                         << QByteArray::fromHex(
                                "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d");
}

void TstCrypto::hkdfKnownAnswers()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);
    QCOMPARE(crypto::hkdfSha256(SecureBytes(ikm), salt, info).bytes().toHex(), okm.toHex());
    // Another label gives another key.
    QVERIFY(crypto::hkdfSha256(SecureBytes(ikm), salt, info + 'x').bytes() != okm);
}

void TstCrypto::fieldsMacSeparatesFields()
{
    const SecureBytes key(QByteArray(32, 'k'));
    QCOMPARE(crypto::fieldsMac(key, {"ab", "c"}), crypto::fieldsMac(key, {"ab", "c"}));
    QVERIFY(crypto::fieldsMac(key, {"ab", "c"}) != crypto::fieldsMac(key, {"a", "bc"}));
    QVERIFY(crypto::fieldsMac(key, {"ab", "c"}) != crypto::fieldsMac(key, {"abc"}));
    QVERIFY(crypto::fieldsMac(key, {"", "c"}) != crypto::fieldsMac(key, {"c", ""}));
}

void TstCrypto::constantTimeEquals()
{
    QVERIFY(crypto::constantTimeEquals("abc", "abc"));
    QVERIFY(!crypto::constantTimeEquals("abc", "abd"));
    QVERIFY(!crypto::constantTimeEquals("abc", "abcd"));
}

QTEST_GUILESS_MAIN(TstCrypto)
#include "tst_crypto.moc"
