// The printvault backend's reading of what CUPS passes it: argv, options (IPP names and the
// PPD's), and the content type.
#include "backend/BackendJob.h"

#include <QtTest>

using pv::backend::parseArguments;
using pv::backend::statusLine;

class TstBackendArgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageRanges_data();
    void pageRanges();
    void documentFormat_data();
    void documentFormat();
    void options_data();
    void options();
    void badArguments_data();
    void badArguments();
    void statusLinesStayOneLine_data();
    void statusLinesStayOneLine();
    void longStatusIsCutAtACharacter();
};

void TstBackendArgs::pageRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ranges"); // "lower-upper;…", empty: refused
    QTest::newRow("one page") << "3"
                              << "3-3";
    QTest::newRow("list") << "1-3,5,7-9"
                          << "1-3;5-5;7-9";
    QTest::newRow("open end") << "4-"
                              << "4-2147483647";
    QTest::newRow("descending") << "5,2"
                                << "";
    QTest::newRow("overlap") << "1-4,3-6"
                             << "";
    QTest::newRow("reversed") << "6-2"
                              << "";
    QTest::newRow("zero") << "0-2"
                          << "";
    QTest::newRow("words") << "all"
                           << "";
    QTest::newRow("empty part") << "1,,2"
                                << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TstBackendArgs::pageRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, ranges);
    std::vector<std::pair<int, int>> out;
    const bool ok = pv::backend::parsePageRanges(text.toStdString(), &out);
    QCOMPARE(ok, !ranges.isEmpty());
    QStringList parts;
    for (const auto &[lower, upper] : out)
        parts << QStringLiteral("%1-%2").arg(lower).arg(upper);
    QCOMPARE(parts.join(QLatin1Char(';')), ok ? ranges : QString());
}

void TstBackendArgs::documentFormat_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << "application/pdf"
                         << "application/pdf";
    QTest::newRow("postscript") << "application/postscript"
                                << "application/postscript";
    QTest::newRow("cups pdf") << "application/vnd.cups-pdf"
                              << "application/pdf";
    QTest::newRow("raw") << "application/vnd.cups-raw"
                         << "application/octet-stream";
    QTest::newRow("printer type") << "printer/PrintVault"
                                  << "application/octet-stream";
    QTest::newRow("none") << ""
                          << "application/octet-stream";
}

void TstBackendArgs::documentFormat()
{
    QFETCH(QString, contentType);
    QFETCH(QString, format);
    const QByteArray type = contentType.toLatin1();
    QCOMPARE(
        QString::fromStdString(pv::backend::documentFormatFor(type.isEmpty() ? nullptr : type.constData())),
        format);
}

void TstBackendArgs::options_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("sides");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("media");
    QTest::addColumn<QString>("hold");
    QTest::addColumn<int>("ignored");
    QTest::newRow("none") << ""
                          << ""
                          << ""
                          << ""
                          << "" << 0;
    QTest::newRow("ipp names")
        << "sides=two-sided-short-edge print-color-mode=monochrome media=iso_a5_148x210mm"
        << "two-sided-short-edge"
        << "monochrome"
        << "iso_a5_148x210mm"
        << "" << 0;
    QTest::newRow("ppd names") << "Duplex=DuplexNoTumble ColorModel=RGB PageSize=Letter"
                               << "two-sided-long-edge"
                               << "color"
                               << "na_letter_8.5x11in"
                               << "" << 0;
    QTest::newRow("ipp wins") << "sides=one-sided Duplex=DuplexTumble"
                              << "one-sided"
                              << ""
                              << ""
                              << "" << 0;
    QTest::newRow("legacy media with tray") << "media=A4,Tray1"
                                            << ""
                                            << ""
                                            << "iso_a4_210x297mm"
                                            << "" << 0;
    QTest::newRow("hold") << "job-hold-until=indefinite"
                          << ""
                          << ""
                          << ""
                          << "indefinite" << 0;
    QTest::newRow("unknown values") << "sides=sideways Duplex=Maybe media=nonsense job-hold-until=weekend "
                                       "page-ranges=9-1"
                                    << ""
                                    << ""
                                    << ""
                                    << "" << 5;
}

void TstBackendArgs::options()
{
    QFETCH(QString, options);
    const QByteArray o = options.toUtf8();
    const char *const argv[] = {"printvault", "12", "alice", "Report", "3", o.constData()};
    const auto parsed = parseArguments(6, argv, "application/pdf");
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.ticket.cupsJobId, 12);
    QCOMPARE(QString::fromStdString(parsed.ticket.user), QStringLiteral("alice"));
    QCOMPARE(QString::fromStdString(parsed.ticket.title), QStringLiteral("Report"));
    QCOMPARE(parsed.ticket.copies, 3);
    QVERIFY(parsed.ticket.file.empty());
    QTEST(QString::fromStdString(parsed.ticket.sides), "sides");
    QTEST(QString::fromStdString(parsed.ticket.colorMode), "color");
    QTEST(QString::fromStdString(parsed.ticket.media), "media");
    QTEST(QString::fromStdString(parsed.ticket.holdUntil), "hold");
    QTEST(int(parsed.notes.size()), "ignored");
}

void TstBackendArgs::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("too few") << QStringList{QStringLiteral("1"), QStringLiteral("alice")};
    QTest::newRow("job id") << QStringList{QStringLiteral("x"), QStringLiteral("alice"), QStringLiteral("t"),
                                           QStringLiteral("1"), QString()};
    QTest::newRow("no user") << QStringList{QStringLiteral("1"), QString(), QStringLiteral("t"),
                                            QStringLiteral("1"), QString()};
    QTest::newRow("copies 0") << QStringList{QStringLiteral("1"), QStringLiteral("alice"),
                                             QStringLiteral("t"), QStringLiteral("0"), QString()};
    QTest::newRow("copies 1000") << QStringList{QStringLiteral("1"), QStringLiteral("alice"),
                                                QStringLiteral("t"), QStringLiteral("1000"), QString()};
}

void TstBackendArgs::badArguments()
{
    QFETCH(QStringList, args);
    std::vector<QByteArray> bytes{QByteArrayLiteral("printvault")};
    for (const QString &a : args)
        bytes.push_back(a.toUtf8());
    std::vector<const char *> argv;
    for (const QByteArray &b : bytes)
        argv.push_back(b.constData());
    const auto parsed = parseArguments(int(argv.size()), argv.data(), nullptr);
    QVERIFY(!parsed.ok);
    QVERIFY(!parsed.error.empty());
}

void TstBackendArgs::statusLinesStayOneLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain") << QByteArray("Held in PrintVault as job 3")
                           << QByteArray("INFO: Held in PrintVault as job 3\n");
    // A title or a daemon's message with a newline must not become a line CUPS parses
    // (here an ATTR: line that would set the queue's attributes).
    QTest::newRow("newline") << QByteArray("Report\nATTR: marker-levels=0\r")
                             << QByteArray("INFO: Report ATTR: marker-levels=0 \n");
    QTest::newRow("controls") << QByteArray("a\tb\x1b[2Jc\x7f") << QByteArray("INFO: a b [2Jc \n");
    QTest::newRow("utf-8 kept") << QByteArray("Gedruckt \xc3\xbc\xe3\x81\x82")
                                << QByteArray("INFO: Gedruckt \xc3\xbc\xe3\x81\x82\n");
}

void TstBackendArgs::statusLinesStayOneLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, line);
    QCOMPARE(QByteArray::fromStdString(statusLine("INFO:", text.toStdString())), line);
}

// cupsd parses at most a 2 KiB line: longer text is cut, and never inside a UTF-8 character.
void TstBackendArgs::longStatusIsCutAtACharacter()
{
    std::string utf8 = "x";
    for (int i = 0; i < 1000; ++i)
        utf8 += "\xc3\xbc"; // 2001 bytes: byte 1024 starts a character, 1023 is inside one
    const std::string line = statusLine("ERROR:", utf8);
    QCOMPARE(line.size(), std::string("ERROR: ").size() + 1023 + 1);
    QVERIFY(QString::fromUtf8(QByteArray::fromStdString(line)).toUtf8() == QByteArray::fromStdString(line));
    QCOMPARE(line.back(), '\n');
}

QTEST_GUILESS_MAIN(TstBackendArgs)
#include "tst_backendargs.moc"
