// The capture printer's answers to requests that fuzz_ipp found it answered in a form no IPP
// client can read: each request goes through the daemon's own request handling
// (processIppRequest), and the answer is written and read back with libcups, as ipptool or
// CUPS's ipp backend would read it.
#include "capture/IppClientConnection.h"
#include "capture/IppPrinter.h"
#include "common/CupsHandles.h"

#include <QtTest>

#include <cups/ipp.h>

#include <cstring>
#include <memory>

using namespace pv;

namespace {

using Ipp = IppHandle;

struct Bytes
{
    QByteArray data;
    qsizetype at = 0;
};

ssize_t readBytes(void *context, ipp_uchar_t *buffer, size_t size)
{
    auto *in = static_cast<Bytes *>(context);
    const qsizetype n = qMin(qsizetype(size), in->data.size() - in->at);
    std::memcpy(buffer, in->data.constData() + in->at, size_t(n));
    in->at += n;
    return ssize_t(n);
}

ssize_t writeBytes(void *context, ipp_uchar_t *buffer, size_t size)
{
    static_cast<QByteArray *>(context)->append(reinterpret_cast<const char *>(buffer), qsizetype(size));
    return ssize_t(size);
}

// A message as libcups reads it off the wire; null when it refuses it.
Ipp parse(const QByteArray &wire)
{
    Bytes in{wire};
    Ipp message(ippNew());
    ipp_state_t state;
    while ((state = ippReadIO(&in, readBytes, 1, nullptr, message.get())) != IPP_STATE_DATA) {
        if (state == IPP_STATE_ERROR)
            return nullptr;
    }
    return message;
}

QByteArray encode(ipp_t *message)
{
    QByteArray wire;
    ippSetState(message, IPP_STATE_IDLE);
    ipp_state_t state;
    while ((state = ippWriteIO(&wire, writeBytes, 1, nullptr, message)) != IPP_STATE_DATA) {
        if (state == IPP_STATE_ERROR)
            return QByteArray();
    }
    return wire;
}

// One attribute, encoded by hand (RFC 8010 3.1.4), for value tags libcups would not write.
QByteArray attribute(quint8 tag, const QByteArray &name, const QByteArray &value)
{
    QByteArray out(1, char(tag));
    out += char(name.size() >> 8);
    out += char(name.size() & 0xff);
    out += name;
    out += char(value.size() >> 8);
    out += char(value.size() & 0xff);
    return out + value;
}

ipp_t *newRequest(ipp_op_t op)
{
    ipp_t *r = ippNewRequest(op);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, "ipp://localhost/ipp/print");
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, "tester");
    return r;
}

} // namespace

class TestHardeningIpp : public QObject
{
    Q_OBJECT

private:
    // The daemon's answer to the request `wire`, as a client reads it; the raw answer in *raw.
    Ipp answer(const QByteArray &wire, QByteArray *raw = nullptr)
    {
        Ipp request = parse(wire);
        if (!request)
            return nullptr;
        Ipp response(ippNewResponse(request.get()));
        IppExchange x;
        x.request = request.get();
        x.response = response.get();
        x.printer = m_printer.get();
        x.printerUri = QStringLiteral("ipp://localhost/ipp/print");
        processIppRequest(x);
        const QByteArray sent = encode(response.get());
        // What the connection sends as Content-Length must be what it writes.
        if (size_t(sent.size()) != ippLength(response.get()))
            return nullptr;
        if (raw)
            *raw = sent;
        return parse(sent);
    }

    // The message's groups in order, by tag; a separator is '-'.
    static QByteArray groupsOf(ipp_t *message)
    {
        QByteArray groups;
        for (ipp_attribute_t *a = ippFirstAttribute(message); a; a = ippNextAttribute(message)) {
            const char g = ippGetName(a) ? char('0' + ippGetGroupTag(a)) : '-';
            if (!groups.endsWith(g))
                groups += g;
        }
        return groups;
    }

    std::unique_ptr<IppPrinter> m_printer;

private Q_SLOTS:
    void init()
    {
        m_printer = std::make_unique<IppPrinter>(QStringLiteral("PrintVault"), IntakeLimits{});
        m_printer->owner = QStringLiteral("tester");
        CaptureJob job;
        job.name = QStringLiteral("waiting");
        job.user = QStringLiteral("tester");
        m_printer->jobs.add(job);
    }

    // Set-Job-Attributes and Set-Printer-Attributes: nothing is settable. The status message
    // came after the unsupported group, and libcups refused the whole answer.
    void notSettableIsReadable_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("group");
        QTest::newRow("set-job-attributes") << int(IPP_OP_SET_JOB_ATTRIBUTES) << int(IPP_TAG_JOB);
        QTest::newRow("set-printer-attributes") << int(IPP_OP_SET_PRINTER_ATTRIBUTES) << int(IPP_TAG_PRINTER);
    }
    void notSettableIsReadable()
    {
        QFETCH(int, op);
        QFETCH(int, group);
        Ipp request(newRequest(ipp_op_t(op)));
        if (op == IPP_OP_SET_JOB_ATTRIBUTES)
            ippAddInteger(request.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", 1);
        ippAddString(request.get(), ipp_tag_t(group), IPP_TAG_NAME, "job-name", nullptr, "renamed");
        Ipp response = answer(encode(request.get()));
        QVERIFY2(response, "libcups cannot read the answer");
        QCOMPARE(ippGetStatusCode(response.get()), IPP_STATUS_ERROR_ATTRIBUTES_NOT_SETTABLE);
        QCOMPARE(groupsOf(response.get()), QByteArray("15")); // operation, then unsupported
        QVERIFY(ippFindAttribute(response.get(), "status-message", IPP_TAG_TEXT));
        ipp_attribute_t *echoed = ippFindAttribute(response.get(), "job-name", IPP_TAG_NAME);
        QVERIFY(echoed);
        QCOMPARE(ippGetGroupTag(echoed), IPP_TAG_UNSUPPORTED_GROUP);
        QCOMPARE(ippGetString(echoed, 0, nullptr), "renamed");
    }

    // Create-Printer-Subscriptions whose every subscription is ignored: the notify-status-code
    // group came before the status message.
    void ignoredSubscriptionsAreReadable()
    {
        Ipp request(newRequest(IPP_OP_CREATE_PRINTER_SUBSCRIPTIONS));
        ippAddString(request.get(), IPP_TAG_SUBSCRIPTION, IPP_TAG_URI, "notify-recipient-uri", nullptr,
                     "rss://example.com/feed");
        ippAddSeparator(request.get());
        ippAddString(request.get(), IPP_TAG_SUBSCRIPTION, IPP_TAG_KEYWORD, "notify-pull-method", nullptr,
                     "none");
        Ipp response = answer(encode(request.get()));
        QVERIFY2(response, "libcups cannot read the answer");
        QCOMPARE(ippGetStatusCode(response.get()), IPP_STATUS_ERROR_IGNORED_ALL_SUBSCRIPTIONS);
        QCOMPARE(groupsOf(response.get()), QByteArray("16-6")); // operation, two subscription groups
        QVERIFY(ippFindAttribute(response.get(), "status-message", IPP_TAG_TEXT));
        int codes = 0;
        for (ipp_attribute_t *a = ippFirstAttribute(response.get()); a; a = ippNextAttribute(response.get()))
            codes += ippGetName(a) && strcmp(ippGetName(a), "notify-status-code") == 0;
        QCOMPARE(codes, 2);
    }

    // A value of a syntax libcups does not know (tag 0xc4) comes back as 'unsupported': echoed
    // as it came, libcups wrote it in more bytes than its Content-Length said.
    void unknownSyntaxComesBackUnsupported_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("group"); // of the request
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("answered"); // the group it comes back in
        QTest::newRow("print-color-mode")
            << QByteArray("print-color-mode") << QByteArray("monochrome") << int(IPP_TAG_JOB)
            << int(IPP_STATUS_ERROR_ATTRIBUTES_OR_VALUES) << int(IPP_TAG_UNSUPPORTED_GROUP);
        QTest::newRow("document-format")
            << QByteArray("document-format") << QByteArray("application/pdf") << int(IPP_TAG_OPERATION)
            << int(IPP_STATUS_ERROR_DOCUMENT_FORMAT_NOT_SUPPORTED) << int(IPP_TAG_OPERATION);
    }
    void unknownSyntaxComesBackUnsupported()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(int, group);
        QFETCH(int, status);
        QFETCH(int, answered);
        QByteArray wire("\x02\x00\x00\x04\x00\x00\x00\x07\x01", 9); // IPP/2.0 Validate-Job, id 7
        wire += attribute(0x47, "attributes-charset", "utf-8");
        wire += attribute(0x48, "attributes-natural-language", "en");
        wire += attribute(0x45, "printer-uri", "ipp://localhost/ipp/print");
        if (group != IPP_TAG_OPERATION)
            wire += char(group);
        wire += attribute(0xc4, name, value);
        wire += '\x03';
        QByteArray raw;
        Ipp response = answer(wire, &raw);
        QVERIFY2(response, "the answer's length or encoding is wrong");
        QCOMPARE(int(ippGetStatusCode(response.get())), status);
        ipp_attribute_t *echoed = ippFindAttribute(response.get(), name.constData(), IPP_TAG_ZERO);
        QVERIFY(echoed);
        QCOMPARE(int(ippGetGroupTag(echoed)), answered);
        QCOMPARE(ippGetValueTag(echoed), IPP_TAG_UNSUPPORTED_VALUE);
        QVERIFY(!raw.contains(value));
    }

    // A name that starts with a NUL byte: libcups keeps it as an attribute named "", and an
    // answer that echoed it wrote a zero-length name, an "additional value" of nothing, which no
    // client can read. From fuzz_ipp's 30-minute run.
    void unnamedAttributeIsABadRequest()
    {
        QByteArray wire("\x02\x00\x00\x14\x00\x00\x00\x13\x01", 9); // Set-Job-Attributes, id 19
        wire += attribute(0x47, "attributes-charset", "utf-8");
        wire += attribute(0x48, "attributes-natural-language", "en");
        wire += attribute(0x45, "printer-uri", "ipp://localhost/ipp/print");
        wire += attribute(0x42, "requesting-user-name", "tester");
        wire += attribute(0x21, "job-id", QByteArray("\0\0\0\1", 4));
        wire += '\x02'; // job attributes
        wire += attribute(0x42, QByteArray("\0ob-name", 8), "renamed");
        wire += '\x03';
        Ipp response = answer(wire);
        QVERIFY2(response, "libcups cannot read the answer");
        QCOMPARE(ippGetStatusCode(response.get()), IPP_STATUS_ERROR_BAD_REQUEST);
        for (ipp_attribute_t *a = ippFirstAttribute(response.get()); a; a = ippNextAttribute(response.get()))
            QVERIFY(!ippGetName(a) || *ippGetName(a));
    }

    // Still echoed as sent when it can be: an unsupported sides value.
    void supportedSyntaxIsEchoed()
    {
        Ipp request(newRequest(IPP_OP_VALIDATE_JOB));
        ippAddString(request.get(), IPP_TAG_JOB, IPP_TAG_KEYWORD, "sides", nullptr, "three-sided");
        Ipp response = answer(encode(request.get()));
        QVERIFY(response);
        QCOMPARE(ippGetStatusCode(response.get()), IPP_STATUS_ERROR_ATTRIBUTES_OR_VALUES);
        ipp_attribute_t *echoed = ippFindAttribute(response.get(), "sides", IPP_TAG_KEYWORD);
        QVERIFY(echoed);
        QCOMPARE(ippGetGroupTag(echoed), IPP_TAG_UNSUPPORTED_GROUP);
        QCOMPARE(ippGetString(echoed, 0, nullptr), "three-sided");
    }
};

QTEST_GUILESS_MAIN(TestHardeningIpp)
#include "tst_hardening_ipp.moc"
