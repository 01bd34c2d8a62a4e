#pragma once

#include "localapi/MethodRegistry.h"

#include <QObject>

class QThreadPool;

namespace pv::release {

class PrinterStore;
class PrinterTrust;

// printers.list / add / refresh / remove / discover / trust (docs/local-api.md). `workers` runs
// the blocking libcups calls; `context` (on the main thread) receives their answers.
void addPrinterMethods(localapi::MethodRegistry &methods, PrinterStore *store, PrinterTrust *trust,
                       QThreadPool *workers, QObject *context);

} // namespace pv::release
