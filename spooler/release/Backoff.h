#pragma once

#include <QtGlobal>

namespace pv::release {

// Retry delays for a printer that is busy or out of reach: 1 s, 2 s, 4 s ... at most 30 s, and
// no try starts after `budgetMs` has passed since the first. Plain arithmetic, so it is tested
// without waiting.
class Backoff
{
public:
    explicit Backoff(qint64 budgetMs)
        : m_budgetMs(budgetMs)
    {}

    // The delay before the next try, or -1 when the budget does not allow another. `elapsedMs`
    // is the time since the first try began.
    qint64 next(qint64 elapsedMs)
    {
        const qint64 delay = qMin<qint64>(MaxDelayMs, FirstDelayMs << qMin(m_tries, 5));
        if (elapsedMs + delay > m_budgetMs)
            return -1;
        ++m_tries;
        return delay;
    }
    int retries() const { return m_tries; }

private:
    static constexpr qint64 FirstDelayMs = 1000;
    static constexpr qint64 MaxDelayMs = 30000;
    qint64 m_budgetMs;
    int m_tries = 0;
};

} // namespace pv::release
