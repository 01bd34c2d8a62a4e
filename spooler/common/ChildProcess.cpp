// Everything in the lambda of prepareChild() runs in the forked child before exec, where only
// async-signal-safe calls are allowed: no allocation, no locks, no Qt. What it needs is
// computed before the fork and captured by value.
#include "common/ChildProcess.h"

#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <fcntl.h>
#include <linux/close_range.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <vector>

namespace pv {

namespace {

// Every child's PATH: the system's programs only.
constexpr const char *ChildPath = "/usr/bin:/bin";

struct Limit
{
    int resource;
    rlim_t value;
};

void setLimitOrExit(const Limit &limit)
{
    const struct rlimit r = {limit.value, limit.value};
    if (setrlimit(limit.resource, &r) != 0)
        _exit(126); // fail closed: a child without its limits does not run
}

// Marks every descriptor from 3 up close-on-exec, then clears the flag on the inherited ones.
// Marking (not closing) keeps QProcess's own exec-status pipe working.
void closeOtherDescriptors(const std::vector<int> &keep)
{
    if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
        struct rlimit r = {};
        const int last = getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur < 65536 ? int(r.rlim_cur) : 65536;
        for (int fd = 3; fd < last; ++fd)
            fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    for (int fd : keep)
        fcntl(fd, F_SETFD, 0);
}

void resetSignals()
{
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int sig = 1; sig < NSIG; ++sig) {
        if (sig != SIGKILL && sig != SIGSTOP)
            signal(sig, SIG_DFL);
    }
}

} // namespace

void prepareChild(QProcess &process, const ChildOptions &options)
{
    std::vector<Limit> limits{{RLIMIT_CORE, 0}};
    const ChildLimits &l = options.limits;
    if (l.addressSpaceBytes > 0)
        limits.push_back({RLIMIT_AS, rlim_t(l.addressSpaceBytes)});
    if (l.cpuSeconds > 0)
        limits.push_back({RLIMIT_CPU, rlim_t(l.cpuSeconds)});
    if (l.fileSizeBytes > 0)
        limits.push_back({RLIMIT_FSIZE, rlim_t(l.fileSizeBytes)});
    if (l.openFiles > 0)
        limits.push_back({RLIMIT_NOFILE, rlim_t(l.openFiles)});
    const std::vector<int> keep(options.inheritedFds.begin(), options.inheritedFds.end());
    const pid_t parent = getpid();
    const bool group = options.ownProcessGroup;

    process.setProcessEnvironment(options.environment);
    process.setChildProcessModifier([limits, keep, parent, group]() {
        resetSignals();
        // SIGKILL when the parent dies; if it died before this line, nobody would send it.
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
            _exit(126);
        if (group && setpgid(0, 0) != 0)
            _exit(126);
        for (const Limit &limit : limits)
            setLimitOrExit(limit);
        closeOtherDescriptors(keep);
    });
}

void killChild(QProcess &process, bool ownProcessGroup)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(ownProcessGroup ? -pid_t(pid) : pid_t(pid), SIGKILL);
    process.waitForFinished(5000);
}

QString childExecutable(const QString &name)
{
    for (const QString &dir : QString::fromLatin1(ChildPath).split(u':')) {
        const QString path = dir + u'/' + name;
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

QStringList allowedEnvironmentKeys()
{
    QStringList keys{QStringLiteral("PATH"), QStringLiteral("LANG"), QStringLiteral("LC_ALL"),
                     QStringLiteral("HOME"), QStringLiteral("TMPDIR")};
#if defined(__SANITIZE_ADDRESS__)
    keys << QStringLiteral("ASAN_OPTIONS") << QStringLiteral("LSAN_OPTIONS")
         << QStringLiteral("UBSAN_OPTIONS");
#endif
    return keys;
}

QProcessEnvironment minimalEnvironment(const QString &scratchDir)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QString::fromLatin1(ChildPath));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), scratchDir);
    env.insert(QStringLiteral("TMPDIR"), scratchDir);
#if defined(__SANITIZE_ADDRESS__)
    // A sanitizer build's children report through the same options as the tests set.
    const QProcessEnvironment own = QProcessEnvironment::systemEnvironment();
    for (const char *key : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"}) {
        if (own.contains(QLatin1String(key)))
            env.insert(QLatin1String(key), own.value(QLatin1String(key)));
    }
#endif
    return env;
}

} // namespace pv
