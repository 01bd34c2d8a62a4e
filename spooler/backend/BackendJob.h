#pragma once

#include <string>
#include <utility>
#include <vector>

namespace pv::backend {

// One CUPS job as the capture printer is to receive it: what CUPS passed the backend
// (job-id user title copies options [file]) in the capture printer's IPP terms.
struct JobTicket
{
    int cupsJobId = 0;
    std::string user; // the account CUPS authenticated (the queue's policy)
    std::string title;
    int copies = 1;
    std::string file; // empty: the document comes on standard input
    std::string documentFormat = "application/octet-stream";
    // Empty when the job did not ask: the capture printer's defaults apply.
    std::string sides;
    std::string colorMode;
    std::string media;
    std::string holdUntil;
    std::vector<std::pair<int, int>> pageRanges;
};

struct ParsedArguments
{
    bool ok = false;
    JobTicket ticket;
    std::string error;              // when !ok: why, for an ERROR: line
    std::vector<std::string> notes; // options that were given but ignored, for INFO: lines
};

// argv as CUPS gives it to a backend: argv[1..5] (and argv[6], the file, when no filter ran).
// contentType is FINAL_CONTENT_TYPE (or CONTENT_TYPE) from CUPS's environment, may be null.
ParsedArguments parseArguments(int argc, const char *const *argv, const char *contentType);

// The document-format to announce for CUPS's content type: printer/… and raw jobs are
// application/octet-stream, which the capture printer detects by itself.
std::string documentFormatFor(const char *contentType);

// One status line for CUPS (PREFIX is "INFO:", "ERROR:", "STATE:" …), newline included. cupsd
// reads the backend's stderr line by line into a 2 KiB buffer and parses each line's prefix, so
// text that comes from elsewhere (the daemon's job-state-message, a job title, an option name)
// must not start a line of its own: every control character becomes a space, and the text is
// cut (at a UTF-8 character boundary) to StatusTextMax bytes. The prefixes and STATE: keywords
// are protocol and stay as they are; the text is for people.
constexpr size_t StatusTextMax = 1024;
std::string statusLine(const char *prefix, const std::string &text);

// "1-3,5,7-" in ascending, non-overlapping ranges; false for anything else.
bool parsePageRanges(const std::string &text, std::vector<std::pair<int, int>> *ranges);

} // namespace pv::backend
