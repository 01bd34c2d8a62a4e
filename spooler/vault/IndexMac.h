#pragma once

#include "vault/JobIndex.h"
#include "vault/SecureBytes.h"

#include <QByteArray>

namespace pv {

// The label (HKDF info) of the key for the index's row MACs. Distinct from every other key
// derived from the master key, so a MAC can never be confused with a tag or a key check.
inline constexpr char IndexMacLabel[] = "printvault vault index row-mac v1";

// The MAC of one index row: HMAC-SHA256 over every column but the MAC itself, each
// length-prefixed, the job's ID first. So a row cannot be edited (copies, sides, colour mode,
// page colours, expiry, size...), nor take another row's fields, nor be moved to another ID,
// without the key. The sealed columns are in it too: their own AAD already names the job and
// the field, the MAC adds that they belong together in this row.
[[nodiscard]] QByteArray indexRowMac(const SecureBytes &macKey, const IndexRow &row);

} // namespace pv
