#include "release/GhostscriptPages.h"

namespace pv::release {

QString compactPageList(const QList<int> &pages)
{
    QStringList tokens;
    for (qsizetype i = 0; i < pages.size();) {
        const int step = i + 1 < pages.size() ? pages[i + 1] - pages[i] : 0;
        qsizetype end = i + 1; // one past the run
        if (step == 1 || step == 2) {
            while (end < pages.size() && pages[end] - pages[end - 1] == step)
                ++end;
        }
        const int first = pages[i], last = pages[end - 1];
        if (end - i == 1)
            tokens << QString::number(first);
        else if (step == 1)
            tokens << QStringLiteral("%1-%2").arg(first).arg(last);
        else
            tokens << (first % 2 ? QStringLiteral("odd:%1-%2") : QStringLiteral("even:%1-%2"))
                          .arg(first)
                          .arg(last);
        i = end;
    }
    return tokens.join(u',');
}

DrawingPlan planDrawing(const QList<int> &pages, int processes, qsizetype maxChars)
{
    DrawingPlan plan;
    for (int n = qBound(1, processes, qMax(1, int(pages.size()))); n >= 1; --n) {
        plan.pageLists.clear();
        bool fits = true;
        for (int i = 0; i < n && fits; ++i) {
            QList<int> own;
            for (qsizetype k = i; k < pages.size(); k += n)
                own.append(pages[k] + 1);
            plan.pageLists.append(compactPageList(own));
            fits = plan.pageLists.back().size() <= maxChars;
        }
        if (fits)
            return plan;
    }
    plan.superset = true;
    plan.pageLists = {pages.isEmpty() ? QStringLiteral("1")
                                      : QStringLiteral("%1-%2").arg(pages.first() + 1).arg(pages.last() + 1)};
    return plan;
}

} // namespace pv::release
