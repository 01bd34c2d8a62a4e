#pragma once

#include <QString>

namespace pv::cli {

// What install-printer adds to cupsd.conf, and uninstall-printer takes out again. Everything
// it adds sits between two marker lines; a PreserveJobFiles line of the administrator's own is
// commented out with a marker of its own, so that uninstalling restores it exactly.
struct CupsdConfEdit
{
    QString text;
    bool changed = false;
    bool policyAdded = false; // false when a <Policy printvault> of the administrator's exists
};

inline constexpr const char *PolicyName = "printvault";

// cupsd.conf with the printvault policy (when absent) and PreserveJobFiles No.
CupsdConfEdit withPrintVault(const QString &conf);
// cupsd.conf without what withPrintVault() added.
CupsdConfEdit withoutPrintVault(const QString &conf);

} // namespace pv::cli
