// Runs as root (mode 0700): CUPS starts it with the job's authenticated user in argv[2]. It
// opens the document while still root, then becomes that user for good before it connects,
// so the daemon only ever sees its own uid and no other account's socket can be reached.
#include "backend/Backend.h"

#include "backend/BackendJob.h"
#include "backend/Forwarder.h"

#include <cups/backend.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace pv::backend {

namespace {

struct Account
{
    std::string name;
    uid_t uid = 0;
    gid_t gid = 0;
};

int refuse(int code, const std::string &why)
{
    std::fputs(statusLine("ERROR:", why).c_str(), stderr);
    return code;
}

bool lookUp(const std::string &name, Account *account)
{
    struct passwd pw
    {
    };
    struct passwd *found = nullptr;
    char buffer[16384];
    if (getpwnam_r(name.c_str(), &pw, buffer, sizeof buffer, &found) != 0 || !found)
        return false;
    *account = {found->pw_name, found->pw_uid, found->pw_gid};
    return true;
}

// Irreversibly: groups, then gid, then uid, and a check that root cannot be regained.
bool becomeUser(const Account &a)
{
    if (geteuid() != 0)
        return getuid() == a.uid; // run by hand (or in a test) as the account itself
    if (initgroups(a.name.c_str(), a.gid) != 0 || setgid(a.gid) != 0 || setuid(a.uid) != 0)
        return false;
    return getuid() == a.uid && geteuid() == a.uid && setuid(0) != 0;
}

std::string runtimeRoot()
{
    const char *root = std::getenv(RuntimeRootVariable);
    return root && root[0] == '/' ? std::string(root) : std::string(DefaultRuntimeRoot);
}

// The account's own runtime folder: owned by it and writable by nobody else, or another
// account could have put a socket there to receive this account's jobs.
bool trustedRuntimeDir(const std::string &dir, uid_t uid)
{
    struct stat st
    {
    };
    if (lstat(dir.c_str(), &st) != 0)
        return errno == ENOENT; // no daemon yet: nothing to trust or distrust
    return S_ISDIR(st.st_mode) && st.st_uid == uid && (st.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

int exitCodeFor(const ForwardResult &r)
{
    switch (r.outcome) {
    case Outcome::Held:
        std::fputs(statusLine("INFO:", r.message).c_str(), stderr);
        return CUPS_BACKEND_OK;
    case Outcome::NotRunning:
    case Outcome::Temporary:
        std::fputs(statusLine("INFO:", r.message).c_str(), stderr);
        return CUPS_BACKEND_RETRY;
    case Outcome::Refused:
        return refuse(CUPS_BACKEND_CANCEL, r.message);
    case Outcome::Failed:
        break;
    }
    return refuse(CUPS_BACKEND_FAILED, r.message);
}

int forwardJob(const ParsedArguments &parsed)
{
    const JobTicket &t = parsed.ticket;
    for (const std::string &note : parsed.notes)
        std::fputs(
            statusLine("INFO:", "Ignoring the option " + note + ", which PrintVault does not take").c_str(),
            stderr);
    Account account;
    if (!lookUp(t.user, &account))
        return refuse(CUPS_BACKEND_CANCEL,
                      "No local account \"" + t.user + "\": the job has no vault to go to");
    if (account.uid == 0)
        return refuse(CUPS_BACKEND_CANCEL,
                      "Jobs of root are not held: print to PrintVault from your own account");

    // The document, opened with root's rights (CUPS's spool is not the user's to read).
    int fd = 0;
    if (!t.file.empty()) {
        fd = open(t.file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            return refuse(CUPS_BACKEND_FAILED, "Cannot open " + t.file + ": " + std::strerror(errno));
    }
    if (!becomeUser(account)) {
        return refuse(CUPS_BACKEND_FAILED, geteuid() == 0 ? "Cannot switch to the account \"" + t.user + "\""
                                                          : std::string("The printvault backend must run as "
                                                                        "root: install it with mode 0700"));
    }
    const std::string dir = runtimeRoot() + "/" + std::to_string(account.uid);
    if (!trustedRuntimeDir(dir, account.uid))
        return refuse(CUPS_BACKEND_RETRY, dir + " is not the private runtime folder of \"" + t.user +
                                              "\"; the job waits in CUPS");
    ForwardTarget target;
    target.socketPath = dir + "/printvault/ipp.sock";
    target.documentFd = fd;
    const int code = exitCodeFor(forward(t, target));
    if (fd > 0)
        close(fd);
    return code;
}

} // namespace

int run(int argc, char **argv)
{
    // A daemon that goes away mid-stream is an error to report, not a signal to die of.
    std::signal(SIGPIPE, SIG_IGN);
    if (argc == 1) {
        std::puts("direct printvault:/ \"PrintVault\" \"PrintVault secure hold\" \"MFG:PrintVault;MDL:Secure "
                  "Hold;CMD:PDF,PS;\" \"PrintVault\"");
        return CUPS_BACKEND_OK;
    }
    const char *contentType = std::getenv("FINAL_CONTENT_TYPE");
    if (!contentType || !*contentType)
        contentType = std::getenv("CONTENT_TYPE");
    const ParsedArguments parsed = parseArguments(argc, argv, contentType);
    if (!parsed.ok) {
        std::fputs(statusLine("ERROR:", parsed.error).c_str(), stderr);
        return CUPS_BACKEND_FAILED;
    }
    return forwardJob(parsed);
}

} // namespace pv::backend
