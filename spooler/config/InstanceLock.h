#pragma once

#include "common/Result.h"

#include <QString>

namespace pv {

// An exclusive flock() on a file in the data folder, so that a second printvaultd on the same
// data is refused instead of corrupting it. Released by the kernel if the process dies.
class InstanceLock
{
public:
    InstanceLock() = default;
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    [[nodiscard]] Status acquire(const QString &path);

private:
    int m_fd = -1;
};

} // namespace pv
