#pragma once

#include <QByteArray>

#include <optional>

namespace pv::worker {

// What a worker process is held to beyond its rlimits.
struct Enforced
{
    bool seccomp = false;      // the filter below is loaded
    bool ptraceDenied = false; // ptrace is in it (not in sanitizer builds)
};

// Installs the worker's seccomp filter (libseccomp), inherited by Ghostscript: no sockets of
// any family (so neither the network nor the session bus's socket, whose path is well known),
// no ptrace of others, no mounts, namespaces, keyrings, BPF, perf or module loading. A denied
// call fails with EACCES rather than killing the process, so a converter meets an ordinary
// error. Empty only when a filter that the kernel supports cannot be loaded.
// `disabled` (--no-seccomp, for the comparison benchmark) skips it.
std::optional<Enforced> confine(bool disabled);

// The JSON line `printvault-worker --probe` prints: what confine() enforced on this machine.
QByteArray probeJson(const Enforced &enforced);

} // namespace pv::worker
