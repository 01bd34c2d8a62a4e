#pragma once

#include "backend/BackendJob.h"

#include <string>

namespace pv::backend {

// How a forwarding ended, in CUPS's terms (the backend's exit code follows from it).
enum class Outcome {
    Held,       // the daemon acknowledged the job (durable), and held or will hold it
    NotRunning, // no daemon on the socket: CUPS keeps the job and retries later
    Temporary,  // the daemon could not take it now (paused, vault full, connection lost)
    Refused,    // the daemon refused the document for good (bad format, aborted)
    Failed,     // reading the document failed
};

struct ForwardResult
{
    Outcome outcome = Outcome::Failed;
    std::string message; // for the INFO:/ERROR: line
};

struct ForwardTarget
{
    std::string socketPath;  // the account's $XDG_RUNTIME_DIR/printvault/ipp.sock
    int documentFd = 0;      // opened before privileges were dropped
    int connectAttempts = 4; // a daemon that is just starting gets this many tries
    int waitSeconds = 1800;  // after the acknowledgement, how long to watch for "held"
};

// ipp://%2F…%2Fipp.sock/ipp/print: the name libcups clients give a printer on a Unix socket.
std::string socketPrinterUri(const std::string &socketPath);

// Streams the document to the capture printer with Print-Job (no temporary file), then waits
// until the job is held or aborted there, so that CUPS completes the job only once it is held.
// Runs as the job's owner: the daemon sees its own uid on the socket.
ForwardResult forward(const JobTicket &ticket, const ForwardTarget &target);

} // namespace pv::backend
