#pragma once

#include "localapi/MethodRegistry.h"

namespace pv {
class Vault;
namespace release {
class PrinterStore;
}
} // namespace pv

namespace pv::audit {

class AuditLog;

struct AuditMethodContext
{
    AuditLog *log = nullptr;
    const Vault *vault = nullptr;                    // job titles, to name masked ones in the Activity list
    const release::PrinterStore *printers = nullptr; // likewise printer names
    QString owner;
};

// audit.activity, audit.export, audit.public_key and audit.mask (docs/local-api.md).
void addAuditMethods(localapi::MethodRegistry &methods, const AuditMethodContext &context);

} // namespace pv::audit
