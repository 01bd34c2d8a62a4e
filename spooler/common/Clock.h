#pragma once

#include <QDateTime>

namespace pv {

// Wall-clock source. Retention, lockouts and quotas read the time through this
// interface so that tests can move time forward without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace pv
