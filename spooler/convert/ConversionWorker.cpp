// Runs in printvault-worker only. Everything the document touches happens here: the daemon
// reads back nothing but the reply line and the encrypted job file.
#include "convert/ConversionWorker.h"

#include "common/Renderers.h"
#include "convert/ConverterRegistry.h"
#include "convert/PdfInspector.h"
#include "convert/SealedInput.h"
#include "convert/WorkerProtocol.h"
#include "vault/DecryptingDevice.h"
#include "vault/SegmentWriter.h"

#include <QCoreApplication>
#include <QFile>

#include <new>
#include <unistd.h>

namespace pv {

namespace {

// A write-only device that encrypts into the segment format as the converter writes.
class EncryptingDevice : public QIODevice
{
public:
    explicit EncryptingDevice(SegmentWriter *writer)
        : m_writer(writer)
    {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (Status s = m_writer->write(data, size); !s) {
            setErrorString(s.message());
            return -1;
        }
        return size;
    }

private:
    SegmentWriter *m_writer;
};

// The converter's PDF, encrypted into the new job file; its size and hash go in the reply.
Status convertInto(const WorkerRequest &request, QIODevice &document, WorkerReply &reply)
{
    const ConverterRegistry registry = ConverterRegistry::withDefaults();
    const ConverterRegistry::Convert *convert =
        registry.find(request.format, QStringLiteral("application/pdf"));
    if (!convert)
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::capture", "unsupported format %1").arg(request.format)};
    QFile file;
    if (!file.open(request.output.fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        return Error{QStringLiteral("io"), file.errorString()};
    SegmentWriter writer(&file, request.output.key, request.output.jobId, request.output.segmentSize);
    EncryptingDevice out(&writer);
    out.open(QIODevice::WriteOnly);

    ConvertOptions options;
    options.mediaPt = request.mediaPt;
    options.tempDir = qEnvironmentVariable("TMPDIR");
    options.timeoutSeconds = request.timeoutSeconds;
    options.childLimits = request.childLimits;
    options.maxPages = request.limits.maxPages;
    options.maxRasterSide = request.limits.maxRasterSide;
    if (Status s = (*convert)(document, out, options); !s)
        return s;
    if (Status s = writer.finish(); !s)
        return s;
    if (!file.flush())
        return Error{QStringLiteral("io"), file.errorString()};
    reply.plaintextSize = writer.plaintextSize();
    reply.sha256 = writer.sha256();
    return {};
}

// Poppler reads the PDF back from the new job file, as the vault will serve it.
Result<DocumentInfo> inspect(const WorkerRequest &request)
{
    std::vector<std::unique_ptr<DecryptingDevice>> readers;
    std::vector<QIODevice *> devices;
    for (int i = 0; i < renderersPerDocument(); ++i) {
        auto device = openSealed(request.output);
        if (!device)
            return device.error();
        devices.push_back(device.value().get());
        readers.push_back(std::move(device.value()));
    }
    PdfInspector::Options options;
    options.maxPages = request.limits.maxPages;
    options.maxPageSidePt = request.limits.maxPageSideIn * 72.0;
    return PdfInspector(options).inspect(devices);
}

Status run(const WorkerRequest &request, const WorkerHooks &hooks, WorkerReply &reply)
{
    auto document = openSealed(request.input);
    if (!document)
        return document.error();
    if (hooks.beforeConvert) {
        hooks.beforeConvert(*document.value());
        document.value()->seek(0);
    }
    if (Status s = convertInto(request, *document.value(), reply); !s)
        return s;
    auto info = inspect(request);
    if (!info)
        return info.error();
    reply.info = info.value();
    return {};
}

// Out of memory (RLIMIT_AS): say so in one line (the daemon words it for the user), then leave.
[[noreturn]] void outOfMemory()
{
    static const char line[] = "{\"ok\":false,\"code\":\"out-of-memory\",\"message\":\"out of memory\"}\n";
    [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, line, sizeof line - 1);
    _exit(3);
}

} // namespace

int runConversionWorker(QIODevice &control, QIODevice &replyDevice, const WorkerHooks &hooks)
{
    std::set_new_handler(&outOfMemory);
    auto request = WorkerRequest::read(control);
    if (!request)
        return 2;
    WorkerReply reply;
    reply.outcome = run(request.value(), hooks, reply);
    const QByteArray line = reply.toJsonLine();
    const bool written = replyDevice.write(line) == line.size();
    if (auto *file = qobject_cast<QFileDevice *>(&replyDevice))
        file->flush();
    return written ? 0 : 1;
}

} // namespace pv
