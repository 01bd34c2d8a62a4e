// printvault-worker: converts and measures one untrusted document for printvaultd, or with
// --render rasterises a held one for a release to a raster printer, or with --preview draws
// one page of a held one for the tray, in a process of its own
// with the limits the daemon gave it (docs/containment.md). Started only by the daemon, with
// the job on stdin; see ConversionWorker.h and release/RenderJob.h.
#include "common/HeapTuning.h"
#include "convert/ConversionWorker.h"
#include "convert/PreviewWorker.h"
#include "i18n/Translations.h"
#include "release/RenderJob.h"
#include "worker/Confinement.h"
#include "worker/FaultInjection.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    // Pages are drawn here (inspection measures colour by rendering every page; --render
    // rasterises for release), so their buffers stay in this process's heap, not the daemon's.
    pv::keepPageBuffersInHeap();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("printvault-worker"));
    // The user's language comes from the daemon: this process has no environment of the user's.
    const QStringList args = QCoreApplication::arguments();
    const qsizetype language = args.indexOf(QStringLiteral("--language"));
    pv::Translations translations;
    translations.install(
        QLocale(language > 0 && language + 1 < args.size() ? args.at(language + 1) : QStringLiteral("en")));
    const auto enforced = pv::worker::confine(args.contains(QStringLiteral("--no-seccomp")));
    if (!enforced)
        return 4;

    QFile control;
    QFile reply;
    if (!control.open(stdin, QIODevice::ReadOnly) || !reply.open(stdout, QIODevice::WriteOnly))
        return 2;
    if (args.contains(QStringLiteral("--probe"))) {
        reply.write(pv::worker::probeJson(*enforced));
        return 0;
    }
    if (args.contains(QStringLiteral("--preview")))
        return pv::runPreviewWorker(control, reply, pv::worker::faultHook(pv::worker::RenderFaultTag));
    if (args.contains(QStringLiteral("--render")))
        return pv::release::runRenderWorker(control, reply,
                                            pv::worker::faultHook(pv::worker::RenderFaultTag));
    pv::WorkerHooks hooks;
    hooks.beforeConvert = pv::worker::faultHook(pv::worker::CaptureFaultTag);
    return pv::runConversionWorker(control, reply, hooks);
}
