#pragma once

#include "localapi/LocalApiServer.h"

class QThreadPool;

namespace pv::release {

class PrinterStore;
class PrinterTrust;

// printers.list / add / refresh / remove / discover / trust (docs/local-api.md). `workers` runs
// the blocking libcups calls; `context` (on the main thread) receives their answers.
void addPrinterMethods(QHash<QString, localapi::Method> &methods, PrinterStore *store, PrinterTrust *trust,
                       QThreadPool *workers, QObject *context);

} // namespace pv::release
