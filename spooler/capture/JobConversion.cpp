// Threads: submit() and stop() on the IPP server's owner (the daemon's main thread) or a
// connection thread; convert() on this pool's threads; commits on the capture service's thread.
#include "capture/JobConversion.h"

#include "capture/CaptureService.h"
#include "common/Logging.h"
#include "convert/ConverterRegistry.h"
#include "vault/DecryptingDevice.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace pv {

ThreadPoolConversion::ThreadPoolConversion(Vault *vault, CaptureService *capture,
                                           const ConverterRegistry *converters, ConversionLimits limits)
    : m_vault(vault)
    , m_capture(capture)
    , m_converters(converters)
    , m_limits(std::move(limits))
{
    // Parallel: a slow document holds one thread, never the others' jobs.
    const int threads =
        m_limits.parallelJobs > 0 ? m_limits.parallelJobs : qMax(2, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(threads);
}

ThreadPoolConversion::~ThreadPoolConversion()
{
    stop();
}

void ThreadPoolConversion::submit(ConversionTask task, Done done)
{
    m_pool.start([this, task = std::move(task), done = std::move(done)]() {
        const Result<JobRecord> outcome = convert(task);
        done(task, outcome);
    });
}

void ThreadPoolConversion::stop()
{
    m_stopping = true;
    m_pool.waitForDone();
}

Result<JobRecord> ThreadPoolConversion::convert(const ConversionTask &task) const
{
    if (m_stopping)
        return Error{QStringLiteral("shutting-down"),
                     QCoreApplication::translate("pv::capture", "PrintVault is shutting down")};
    const ConverterRegistry::Convert *convert =
        m_converters->find(task.ticket.format, QStringLiteral("application/pdf"));
    if (!convert)
        return Error{
            QStringLiteral("bad-document"),
            QCoreApplication::translate("pv::capture", "unsupported format %1").arg(task.ticket.format)};
    auto in = m_vault->openIncoming(task.draftId);
    if (!in)
        return in.error();
    auto ingest = m_capture->beginAcknowledged(task.ticket.request, task.draftId);
    if (!ingest)
        return ingest.error();

    ConvertOptions options;
    options.mediaPt = task.ticket.mediaPt;
    options.tempDir = m_limits.scratchDir;
    options.timeoutSeconds = m_limits.timeoutSeconds;
    options.cancel = &m_stopping;
    QElapsedTimer timer;
    timer.start();
    {
        IngestDevice device(ingest.value().get());
        device.open(QIODevice::WriteOnly);
        Status written = (*convert)(*in.value(), device, options);
        if (!device.failure().isOk())
            written = device.failure(); // the vault's reason (disk full, too large) beats the converter's
        if (!written)
            return written.error();
    }
    // An in-process converter cannot be stopped midway; one that overran its limit loses its job.
    if (timer.elapsed() > qint64(m_limits.timeoutSeconds) * 1000)
        return Error{
            QStringLiteral("bad-document"),
            QCoreApplication::translate("pv::capture", "the document did not finish converting within %1 s")
                .arg(m_limits.timeoutSeconds)};
    qCDebug(lcCapture) << "job" << task.draftId << "converted in" << timer.elapsed() << "ms";
    return m_capture->commitBlocking(std::move(ingest.value()), m_stopping, task.abandoned);
}

} // namespace pv
