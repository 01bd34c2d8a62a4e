#include "accounts/PinRules.h"

#include <QCoreApplication>

namespace pv::accounts {

Status checkPin(const QString &pin)
{
    // The reasons are marked for lupdate where they are written and translated here.
    const auto refuse = [](const char *why) {
        return Error{QStringLiteral("weak-pin"), QCoreApplication::translate("pv::accounts", why)};
    };
    if (pin.size() < 4 || pin.size() > 12)
        return refuse(QT_TRANSLATE_NOOP("pv::accounts", "A PIN has 4 to 12 digits."));
    for (QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return refuse(QT_TRANSLATE_NOOP("pv::accounts", "A PIN has digits only."));
    }
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same)
        return refuse(
            QT_TRANSLATE_NOOP("pv::accounts", "That PIN is too easy to guess: it repeats one digit."));
    if (up || down)
        return refuse(
            QT_TRANSLATE_NOOP("pv::accounts", "That PIN is too easy to guess: it is a run of digits."));
    return {};
}

} // namespace pv::accounts
