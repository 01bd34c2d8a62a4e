#include "common/Transient.h"

#include <QLatin1String>

#include <algorithm>
#include <iterator>

namespace pv {

namespace {

// Every code that may clear by itself, with why. Anything else (a refused or broken document, a
// printer that refused the job, a changed certificate) stays as it is however often it is tried.
constexpr const char *TransientCodes[] = {
    "printer-busy",        // the printer said busy or service-unavailable
    "printer-unreachable", // no answer, or the connection broke before the printer had the job
    "vault-full",          // the vault's size limit: jobs expire or are deleted
    "disk-full",           // the disk fills and empties
    "io",                  // a file that cannot be read or written now (permissions, a full disk)
    "vault-locked",        // the vault is locked until the keychain answers
    "key",                 // the keychain is not up yet
    "paused",              // the vault is paused by the user or the administrator
    "busy",                // something else holds the resource for now
};

} // namespace

bool isTransient(const Error &error)
{
    return std::any_of(std::begin(TransientCodes), std::end(TransientCodes),
                       [&](const char *code) { return error.code == QLatin1String(code); });
}

} // namespace pv
