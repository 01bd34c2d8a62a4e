#pragma once

#include <functional>

class QIODevice;

namespace pv {

struct WorkerHooks
{
    // Sees the decrypted document before it is converted (the test build's fault injection).
    std::function<void(QIODevice &document)> beforeConvert;
};

// The converter worker's whole job (printvault-worker, one process per document): reads the
// request from `control`, decrypts the incoming document from its inherited descriptor,
// converts it to PDF into the new job file through the encrypting writer, measures that PDF
// with Poppler, and writes the reply to `reply`. Returns the process exit code. Limits were
// set by the daemon before exec; this code adds none of its own.
int runConversionWorker(QIODevice &control, QIODevice &reply, const WorkerHooks &hooks = {});

} // namespace pv
