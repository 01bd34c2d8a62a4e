#include "worker/Confinement.h"

#include <QByteArray>

#include <cerrno>
#include <seccomp.h>
#include <sys/prctl.h>

namespace pv::worker {

namespace {

// Calls a document converter never needs, each failing with EACCES.
const int DeniedCalls[] = {
    SCMP_SYS(socket),
    SCMP_SYS(socketpair),
    SCMP_SYS(connect),
    SCMP_SYS(bind),
    SCMP_SYS(listen),
    SCMP_SYS(accept),
    SCMP_SYS(accept4),
    SCMP_SYS(process_vm_readv),
    SCMP_SYS(process_vm_writev),
    SCMP_SYS(mount),
    SCMP_SYS(umount2),
    SCMP_SYS(pivot_root),
    SCMP_SYS(chroot),
    SCMP_SYS(unshare),
    SCMP_SYS(setns),
    SCMP_SYS(keyctl),
    SCMP_SYS(add_key),
    SCMP_SYS(request_key),
    SCMP_SYS(bpf),
    SCMP_SYS(perf_event_open),
    SCMP_SYS(userfaultfd),
    SCMP_SYS(init_module),
    SCMP_SYS(finit_module),
    SCMP_SYS(delete_module),
    SCMP_SYS(kexec_load),
    SCMP_SYS(reboot),
    SCMP_SYS(swapon),
    SCMP_SYS(swapoff),
    SCMP_SYS(acct),
    SCMP_SYS(open_by_handle_at),
    SCMP_SYS(name_to_handle_at),
    SCMP_SYS(ioperm),
    SCMP_SYS(iopl),
#if !defined(__SANITIZE_ADDRESS__)
    // The leak checker of a sanitizer build stops the process's threads with ptrace at exit.
    SCMP_SYS(ptrace),
#endif
};

} // namespace

std::optional<Enforced> confine(bool disabled)
{
    if (disabled)
        return Enforced{};
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx)
        return std::nullopt;
    bool ok = true;
    for (int call : DeniedCalls) {
        if (seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), call, 0) != 0)
            ok = false;
    }
    // PR_SET_NO_NEW_PRIVS comes with the filter (libseccomp's default): no setuid gains either.
    const int loaded = ok ? seccomp_load(ctx) : -1;
    seccomp_release(ctx);
    if (loaded == -EINVAL || loaded == -ENOSYS)
        return Enforced{}; // a kernel without seccomp filters: run with the limits alone, and say so
    if (loaded != 0)
        return std::nullopt;
    Enforced enforced;
    enforced.seccomp = true;
#if !defined(__SANITIZE_ADDRESS__)
    enforced.ptraceDenied = true;
#endif
    return enforced;
}

QByteArray probeJson(const Enforced &enforced)
{
    const bool noNewPrivs = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1;
    const auto flag = [](bool on) {
        return on ? "true" : "false";
    };
    return QByteArray("{\"seccomp\":")
        .append(flag(enforced.seccomp))
        .append(",\"no_new_privs\":")
        .append(flag(noNewPrivs))
        .append(",\"ptrace_denied\":")
        .append(flag(enforced.ptraceDenied))
        .append("}\n");
}

} // namespace pv::worker
