#pragma once

#include "common/Result.h"
#include "release/IppClient.h"

#include <QByteArray>
#include <QString>

#include <functional>

// Printers reached at socket://host[:9100] (AppSocket / JetDirect): no IPP, so nothing to ask
// and no job to follow. The job is a PJL header (name, copies, duplex, colour, then PDF as the
// language), the PDF, and the universal exit. Blocking: call from a release thread.
namespace pv::release {

struct RawJob
{
    QString uri;
    QString user;
    QString jobName;
    int copies = 1;
    bool duplex = false;
    bool mono = false;
};

// What a raw printer is known to take: PDF (sent as it is), nothing else is told.
PrinterCapabilities rawCapabilities();
// Whether host:port answers at all, for saving such a printer.
[[nodiscard]] Status probeRaw(const QString &uri);
// Sends the job; `produce` writes the PDF through the writer it is given. Done once every byte
// is written and the printer closed its side or took the end of the job.
[[nodiscard]] Status sendRaw(const RawJob &job, const std::function<Status(const BodyWriter &)> &produce);
// The PJL that goes before the PDF, and the end of the job (public for the tests' byte checks).
QByteArray pjlHeader(const RawJob &job);
QByteArray pjlTrailer();

} // namespace pv::release
