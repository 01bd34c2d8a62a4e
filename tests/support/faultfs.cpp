// A fault-injecting file layer for the durability tests, preloaded into printvaultd
// (LD_PRELOAD): fsync and fdatasync of files and folders whose path contains
// PV_FAULTFS_MATCH either fail with EIO (PV_FAULTFS_MODE=fail) or wait at a gate
// (PV_FAULTFS_MODE=gate): call N writes the path it syncs to $PV_FAULTFS_GATE/N.waiting and
// blocks until $PV_FAULTFS_GATE/N.go exists, or $PV_FAULTFS_GATE/open lets everything through.
// Everything else goes straight to libc. Built without sanitizers: it sits before their runtime.
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <string>
#include <unistd.h>

namespace {

using SyncFn = int (*)(int);

std::atomic<int> g_calls{0};

bool exists(const std::string &path)
{
    return access(path.c_str(), F_OK) == 0;
}

std::string pathOf(int fd)
{
    char link[64];
    char target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, target, sizeof target - 1);
    return n > 0 ? std::string(target, size_t(n)) : std::string();
}

// 0: go on to libc; -1 with errno set: fail the call.
int inject(int fd)
{
    const char *match = getenv("PV_FAULTFS_MATCH");
    const char *mode = getenv("PV_FAULTFS_MODE");
    if (!match || !mode)
        return 0;
    const std::string path = pathOf(fd);
    if (path.find(match) == std::string::npos)
        return 0;
    if (strcmp(mode, "fail") == 0) {
        errno = EIO;
        return -1;
    }
    const char *gate = getenv("PV_FAULTFS_GATE");
    if (strcmp(mode, "gate") != 0 || !gate || exists(std::string(gate) + "/open"))
        return 0;
    const int n = ++g_calls;
    const std::string base = std::string(gate) + '/' + std::to_string(n);
    if (FILE *f = fopen((base + ".waiting.tmp").c_str(), "w")) {
        fputs(path.c_str(), f);
        fclose(f);
        rename((base + ".waiting.tmp").c_str(), (base + ".waiting").c_str());
    }
    while (!exists(base + ".go") && !exists(std::string(gate) + "/open"))
        usleep(5000);
    return 0;
}

int forward(const char *name, int fd)
{
    if (inject(fd) != 0)
        return -1;
    auto real = reinterpret_cast<SyncFn>(dlsym(RTLD_NEXT, name));
    return real ? real(fd) : (errno = ENOSYS, -1);
}

} // namespace

extern "C" int fsync(int fd)
{
    return forward("fsync", fd);
}

extern "C" int fdatasync(int fd)
{
    return forward("fdatasync", fd);
}
