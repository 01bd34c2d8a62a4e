// libFuzzer target for the capture printer's IPP request handling: the input is what an IPP
// client POSTs to /ipp/print, an IPP message and the document after it. libcups parses the
// message (ippReadIO from memory, the same reader ippRead uses on the socket), then the
// daemon's own code answers it exactly as a connection thread does (processIppRequest:
// validation, dispatch, job-template and document-format checks, the job table, subscriptions)
// into an in-memory response, which must encode and parse again. A document goes into a real
// vault (a private folder, fixed key), is sealed and then removed again, so every input starts
// from the same state: a fresh printer with three jobs (waiting for its document, processing,
// completed) for Send-Document, Cancel-Job, Get-Job-Attributes and the like to find.
// No sockets and no threads. Not reached: libcups' HTTP layer and its gzip/deflate decoding
// (the document is read as sent; the compression value is still checked).
#include "capture/IppClientConnection.h"
#include "capture/IppPrinter.h"
#include "common/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cups/ipp.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

struct Memory
{
    const uint8_t *data;
    size_t size;
    size_t at = 0;

    // Both libcups' reader (ipp_iocb_t) and the document reader take from here.
    size_t take(void *into, size_t bytes)
    {
        const size_t n = std::min(bytes, size - at);
        std::memcpy(into, data + at, n);
        at += n;
        return n;
    }
};

ssize_t readMemory(void *context, ipp_uchar_t *buffer, size_t bytes)
{
    return ssize_t(static_cast<Memory *>(context)->take(buffer, bytes));
}

ssize_t writeMemory(void *context, ipp_uchar_t *buffer, size_t bytes)
{
    static_cast<QByteArray *>(context)->append(reinterpret_cast<const char *>(buffer), qsizetype(bytes));
    return ssize_t(bytes);
}

// The vault every input's document goes into: opened once, in a folder removed at exit.
pv::Vault *openVault()
{
    static int argc = 1;
    static char name[] = "fuzz_ipp";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("printvault.*=false")); // a line per job is slow
    // tmpfs where there is one: the vault fsyncs every sealed document.
    const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static QTemporaryDir *dir = new QTemporaryDir(base + QStringLiteral("/fuzz_ipp-XXXXXX"));
    std::atexit([] { QDir(dir->path()).removeRecursively(); });
    auto *vault = new pv::Vault(dir->path() + QStringLiteral("/vault"), new pv::SystemClock);
    pv::VaultOptions options;
    options.minFreeBytes = 0;
    vault->setOptions(options);
    if (!vault->openIndex() || !vault->unlock(pv::SecureBytes(QByteArray(32, 'k'))))
        std::abort();
    return vault;
}

void addJobs(pv::IppPrinter &printer)
{
    pv::CaptureJob waiting;
    waiting.name = QStringLiteral("waiting");
    waiting.user = QStringLiteral("fuzz");
    waiting.created = 1;
    printer.jobs.add(waiting);
    pv::CaptureJob processing = waiting;
    processing.name = QStringLiteral("processing");
    processing.state = IPP_JSTATE_PROCESSING;
    processing.hasDocument = true;
    processing.format = QStringLiteral("application/pdf");
    printer.jobs.add(processing);
    pv::CaptureJob completed = processing;
    completed.name = QStringLiteral("completed");
    completed.state = IPP_JSTATE_COMPLETED;
    completed.completed = 2;
    printer.jobs.add(completed);
}

// What the daemon answered, on stderr, before a failed check: the crash report says why.
[[noreturn]] void fail(ipp_t *response, const char *why)
{
    fprintf(stderr, "fuzz_ipp: %s; the response:\n", why);
    for (ipp_attribute_t *attr = ippFirstAttribute(response); attr; attr = ippNextAttribute(response)) {
        char value[256];
        ippAttributeString(attr, value, sizeof value);
        fprintf(stderr, "  group %s %s (%s) = %s\n", ippTagString(ippGetGroupTag(attr)),
                ippGetName(attr) ? ippGetName(attr) : "(separator)", ippTagString(ippGetValueTag(attr)),
                value);
    }
    __builtin_trap();
}

// The response as the connection would send it, and as a client would read it back.
void checkResponse(ipp_t *response)
{
    QByteArray wire;
    ippSetState(response, IPP_STATE_IDLE);
    ipp_state_t state;
    while ((state = ippWriteIO(&wire, writeMemory, 1, nullptr, response)) != IPP_STATE_DATA) {
        if (state == IPP_STATE_ERROR)
            fail(response, "the daemon built a response libcups cannot send");
    }
    if (size_t(wire.size()) != ippLength(response))
        fail(response, "ippLength differs from what was written: Content-Length would be wrong");
    Memory in{reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size())};
    ipp_t *back = ippNew();
    while ((state = ippReadIO(&in, readMemory, 1, nullptr, back)) != IPP_STATE_DATA) {
        if (state == IPP_STATE_ERROR)
            fail(response, "a client could not read the answer");
    }
    ippDelete(back);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static pv::Vault *vault = openVault();

    Memory input{data, size};
    ipp_t *request = ippNew();
    ipp_state_t state;
    while ((state = ippReadIO(&input, readMemory, 1, nullptr, request)) != IPP_STATE_DATA) {
        if (state == IPP_STATE_ERROR) { // the connection answers 400 Bad Request
            ippDelete(request);
            return 0;
        }
    }

    pv::IntakeLimits limits;
    limits.maxDocumentBytes = 1 << 20;
    pv::IppPrinter printer(QStringLiteral("PrintVault"), limits);
    printer.vault = vault;
    printer.owner = QStringLiteral("fuzz");
    printer.identify = [](const QString &) {
    };
    printer.setPaused = [&printer](bool paused) {
        printer.state.paused = paused;
    };
    printer.setAccepting = [&printer](bool accepting) {
        printer.state.accepting = accepting;
    };
    // An acknowledged document is sealed in incoming/; the next input must not find it there.
    bool converted = false;
    printer.convert = [&](int, pv::ConversionTask task) {
        converted = true;
        vault->removeIncoming(task.draftId);
    };
    addJobs(printer);

    ipp_t *response = ippNewResponse(request);
    pv::IppExchange x;
    x.request = request;
    x.response = response;
    x.printer = &printer;
    x.printerUri = QStringLiteral("ipp://localhost/ipp/print");
    x.readBody = [&input](char *buffer, size_t bytes) {
        return ssize_t(input.take(buffer, bytes));
    };
    pv::processIppRequest(x);

    if (converted && ippGetStatusCode(response) != IPP_STATUS_OK)
        __builtin_trap(); // a document handed on for conversion was acknowledged
    checkResponse(response);
    // Nothing of a refused document, nor of one acknowledged and handed on, stays behind.
    if (!QDir(vault->directory() + QStringLiteral("/incoming")).isEmpty())
        __builtin_trap();
    ippDelete(response);
    ippDelete(request);
    return 0;
}
