#include "worker/FaultInjection.h"

#include <QIODevice>
#include <QThread>

#include <csignal>
#include <cstring>
#include <vector>

namespace pv::worker {

#if defined(PV_WORKER_FAULTS)
namespace {

void injectFault(QIODevice &document, const QByteArray &tag)
{
    const QByteArray head = document.peek(128);
    const qsizetype at = head.indexOf(tag);
    if (at < 0)
        return;
    const QByteArray mode = head.mid(at + tag.size()).split('\n').value(0).trimmed();
    if (mode == "crash") {
        std::signal(SIGSEGV, SIG_DFL); // a real death by signal, even under a sanitizer's handler
        std::raise(SIGSEGV);
    } else if (mode == "hang") {
        for (;;)
            QThread::sleep(1);
    } else if (mode == "spin") {
        for (volatile unsigned long i = 0;; i = i + 1) {
        }
    } else if (mode == "memory") {
        // 4 MB at a time, touched (so it counts as resident too), at about 400 MB/s: a
        // sanitizer build's RSS cap, checked ten times a second, stops it close to its limit.
        std::vector<char *> blocks;
        for (;;) {
            char *block = new char[4 << 20];
            std::memset(block, 1, 4 << 20);
            blocks.push_back(block);
            QThread::msleep(10);
        }
    }
}

} // namespace
#endif

std::function<void(QIODevice &)> faultHook(const QByteArray &tag)
{
#if defined(PV_WORKER_FAULTS)
    return [tag](QIODevice &document) {
        injectFault(document, tag);
    };
#else
    Q_UNUSED(tag);
    return {};
#endif
}

} // namespace pv::worker
