#include "capture/IppEvents.h"

#include "capture/IppPrinter.h"
#include "capture/PrinterAttributes.h"

#include <QCoreApplication>

#include <cups/cups.h>

#include <algorithm>
#include <vector>

namespace pv::ippevent {

namespace {

bool wanted(cups_array_t *requested, const char *name)
{
    return !requested || cupsArrayFind(requested, const_cast<char *>(name));
}

IppEventSource printerSource(IppPrinter *printer)
{
    IppEventSource source;
    source.printerState = PrinterAttributes::printerState(printer->state, printer->jobs.activeCount());
    source.printerReason = QString::fromLatin1(PrinterAttributes::stateReason(printer->state));
    source.accepting = printer->state.accepting;
    return source;
}

QString stateText(ipp_jstate_t state)
{
    return QString::fromLatin1(ippEnumString("job-state", state));
}

} // namespace

void jobChanged(IppPrinter *printer, const CaptureJob *before, const CaptureJob &after)
{
    IppEventSource source = printerSource(printer);
    source.jobId = after.id;
    source.jobState = after.state;
    source.jobReason = after.reason;
    source.jobImpressions = after.state == IPP_JSTATE_COMPLETED ? after.impressions : 0;
    if (!before) {
        source.name = QStringLiteral("job-created");
        source.text = QCoreApplication::translate("pv::ipp", "Job %1 created.").arg(after.id);
        printer->subscriptions.notify(source);
    }
    source.name = QStringLiteral("job-state-changed");
    source.text =
        QCoreApplication::translate("pv::ipp", "Job %1 is %2.").arg(after.id).arg(stateText(after.state));
    printer->subscriptions.notify(source);
    if (after.isFinished() && (!before || !before->isFinished())) {
        source.name = QStringLiteral("job-completed");
        source.jobEnded = true;
        printer->subscriptions.notify(source);
    }
}

void printerChanged(IppPrinter *printer, const QString &text)
{
    IppEventSource source = printerSource(printer);
    source.name = QStringLiteral("printer-state-changed");
    source.text = text;
    printer->subscriptions.notify(source);
}

void addEvent(ipp_t *response, const IppSubscription &subscription, const IppEvent &event,
              const QString &printerUri, const PrinterState &state)
{
    ippAddSeparator(response);
    const ipp_tag_t g = IPP_TAG_EVENT_NOTIFICATION;
    ippAddString(response, g, IPP_TAG_CHARSET, "notify-charset", nullptr,
                 subscription.charset.toUtf8().constData());
    ippAddString(response, g, IPP_TAG_LANGUAGE, "notify-natural-language", nullptr,
                 subscription.language.toUtf8().constData());
    ippAddInteger(response, g, IPP_TAG_INTEGER, "notify-subscription-id", subscription.id);
    ippAddInteger(response, g, IPP_TAG_INTEGER, "notify-sequence-number", event.sequence);
    ippAddString(response, g, IPP_TAG_KEYWORD, "notify-subscribed-event", nullptr,
                 event.name.toUtf8().constData());
    ippAddString(response, g, IPP_TAG_TEXT, "notify-text", nullptr, event.text.toUtf8().constData());
    ippAddString(response, g, IPP_TAG_URI, "notify-printer-uri", nullptr, printerUri.toUtf8().constData());
    if (!subscription.userData.isEmpty())
        ippAddOctetString(response, g, "notify-user-data", subscription.userData.constData(),
                          int(subscription.userData.size()));
    ippAddInteger(response, g, IPP_TAG_INTEGER, "printer-up-time",
                  int(qMax<time_t>(1, event.at - state.started + 1)));
    ippAddInteger(response, g, IPP_TAG_ENUM, "printer-state", event.printerState);
    ippAddString(response, g, IPP_TAG_KEYWORD, "printer-state-reasons", nullptr,
                 event.printerReason.toUtf8().constData());
    ippAddBoolean(response, g, "printer-is-accepting-jobs", event.accepting);
    if (event.jobId > 0) {
        ippAddInteger(response, g, IPP_TAG_INTEGER, "notify-job-id", event.jobId);
        ippAddInteger(response, g, IPP_TAG_ENUM, "job-state", event.jobState);
        ippAddString(response, g, IPP_TAG_KEYWORD, "job-state-reasons", nullptr,
                     event.jobReason.toUtf8().constData());
        ippAddInteger(response, g, IPP_TAG_INTEGER, "job-impressions-completed", event.jobImpressions);
    }
}

void addSubscription(ipp_t *response, const IppSubscription &subscription, cups_array_t *requested,
                     const QString &printerUri, const PrinterState &state)
{
    const ipp_tag_t g = IPP_TAG_SUBSCRIPTION;
    if (wanted(requested, "notify-subscription-id"))
        ippAddInteger(response, g, IPP_TAG_INTEGER, "notify-subscription-id", subscription.id);
    if (wanted(requested, "notify-subscriber-user-name"))
        ippAddString(response, g, IPP_TAG_NAME, "notify-subscriber-user-name", nullptr,
                     subscription.user.toUtf8().constData());
    if (wanted(requested, "notify-events")) {
        QList<QByteArray> names;
        for (const QString &e : subscription.events)
            names.append(e.toUtf8());
        std::sort(names.begin(), names.end());
        std::vector<const char *> values;
        for (const QByteArray &n : names)
            values.push_back(n.constData());
        if (!values.empty())
            ippAddStrings(response, g, IPP_TAG_KEYWORD, "notify-events", int(values.size()), nullptr,
                          values.data());
    }
    if (wanted(requested, "notify-pull-method"))
        ippAddString(response, g, IPP_TAG_KEYWORD, "notify-pull-method", nullptr, "ippget");
    if (subscription.jobId > 0 && wanted(requested, "notify-job-id"))
        ippAddInteger(response, g, IPP_TAG_INTEGER, "notify-job-id", subscription.jobId);
    if (subscription.jobId == 0 && wanted(requested, "notify-lease-duration"))
        ippAddInteger(response, g, IPP_TAG_INTEGER, "notify-lease-duration", subscription.leaseDuration);
    if (wanted(requested, "notify-time-interval"))
        ippAddInteger(response, g, IPP_TAG_INTEGER, "notify-time-interval", subscription.timeInterval);
    if (!subscription.userData.isEmpty() && wanted(requested, "notify-user-data"))
        ippAddOctetString(response, g, "notify-user-data", subscription.userData.constData(),
                          int(subscription.userData.size()));
    if (wanted(requested, "notify-charset"))
        ippAddString(response, g, IPP_TAG_CHARSET, "notify-charset", nullptr,
                     subscription.charset.toUtf8().constData());
    if (wanted(requested, "notify-natural-language"))
        ippAddString(response, g, IPP_TAG_LANGUAGE, "notify-natural-language", nullptr,
                     subscription.language.toUtf8().constData());
    if (wanted(requested, "notify-printer-up-time"))
        ippAddInteger(response, g, IPP_TAG_INTEGER, "notify-printer-up-time",
                      PrinterAttributes::upTime(state));
    if (wanted(requested, "notify-printer-uri"))
        ippAddString(response, g, IPP_TAG_URI, "notify-printer-uri", nullptr,
                     printerUri.toUtf8().constData());
}

} // namespace pv::ippevent
