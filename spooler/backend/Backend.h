#pragma once

namespace pv::backend {

// Where each account's runtime folder is: ROOT/UID, as systemd-logind makes /run/user/UID.
// PRINTVAULT_RUNTIME_ROOT (set for CUPS with `SetEnv` in cupsd.conf) overrides it for hosts
// without logind, and for tests.
inline constexpr const char *RuntimeRootVariable = "PRINTVAULT_RUNTIME_ROOT";
inline constexpr const char *DefaultRuntimeRoot = "/run/user";

// The printvault CUPS backend: with no arguments the discovery line; with CUPS's
// job-id user title copies options [file] it forwards the job to the user's own daemon.
// Returns a CUPS_BACKEND_* exit code.
int run(int argc, char **argv);

} // namespace pv::backend
