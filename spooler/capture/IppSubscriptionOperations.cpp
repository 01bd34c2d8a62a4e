// Subscriptions and their events (RFC 3995, pull method ippget of RFC 3996), as IPP/2.1
// requires them. Threads: every function runs on the connection thread of its request.
#include "capture/IppEvents.h"
#include "capture/IppOperations.h"

#include <QCoreApplication>

#include <cups/cups.h>

#include <algorithm>
#include <memory>

namespace pv::ippop {

namespace {

struct RequestedDeleter
{
    void operator()(cups_array_t *a) const { cupsArrayDelete(a); }
};
using Requested = std::unique_ptr<cups_array_t, RequestedDeleter>;

// One subscription-attributes group of a create request, read into a subscription, or the
// status (notify-status-code) that says why it was ignored.
struct Template
{
    IppSubscription subscription;
    ipp_status_t status = IPP_STATUS_OK;
};

Template readTemplate(const IppExchange &x, const QList<ipp_attribute_t *> &group, int jobId)
{
    Template t;
    IppSubscription &s = t.subscription;
    s.user = x.requestingUser;
    s.jobId = jobId;
    s.leaseDuration = jobId > 0 ? 0 : IppSubscriptions::DefaultLease;
    bool pull = false;
    ipp_attribute_t *supported =
        ippFindAttribute(x.printer->attributes.fixed(), "notify-events-supported", IPP_TAG_KEYWORD);
    for (ipp_attribute_t *attr : group) {
        const QByteArray name = ippGetName(attr);
        const ipp_tag_t tag = ippGetValueTag(attr);
        if (name == "notify-recipient-uri") {
            t.status = IPP_STATUS_ERROR_URI_SCHEME; // push delivery: nowhere to push to
        } else if (name == "notify-pull-method") {
            pull = tag == IPP_TAG_KEYWORD && strcmp(ippGetString(attr, 0, nullptr), "ippget") == 0;
            if (!pull)
                t.status = IPP_STATUS_ERROR_ATTRIBUTES_OR_VALUES;
        } else if (name == "notify-events") {
            for (int i = 0; i < ippGetCount(attr); ++i) {
                const char *event = ippGetString(attr, i, nullptr);
                if (tag != IPP_TAG_KEYWORD || !ippContainsString(supported, event))
                    t.status = IPP_STATUS_ERROR_ATTRIBUTES_OR_VALUES;
                else
                    s.events.insert(QString::fromUtf8(event));
            }
        } else if (name == "notify-lease-duration" && jobId == 0) {
            if (tag != IPP_TAG_INTEGER || ippGetInteger(attr, 0) < 0)
                t.status = IPP_STATUS_ERROR_ATTRIBUTES_OR_VALUES;
            else
                s.leaseDuration = qMin(ippGetInteger(attr, 0), int(IppSubscriptions::MaxLease));
        } else if (name == "notify-time-interval") {
            s.timeInterval = tag == IPP_TAG_INTEGER ? qMax(0, ippGetInteger(attr, 0)) : 0;
        } else if (name == "notify-user-data") {
            int length = 0;
            const void *data = ippGetOctetString(attr, 0, &length);
            if (tag != IPP_TAG_STRING || length > 63)
                t.status = IPP_STATUS_ERROR_ATTRIBUTES_OR_VALUES;
            else
                s.userData = QByteArray(static_cast<const char *>(data), length);
        } else if (name == "notify-charset" && tag == IPP_TAG_CHARSET) {
            s.charset = QString::fromUtf8(ippGetString(attr, 0, nullptr));
        } else if (name == "notify-natural-language" && tag == IPP_TAG_LANGUAGE) {
            s.language = QString::fromUtf8(ippGetString(attr, 0, nullptr));
        }
    }
    if (t.status == IPP_STATUS_OK && !pull)
        t.status = IPP_STATUS_ERROR_ATTRIBUTES_OR_VALUES; // neither pull nor push: nothing to deliver by
    if (s.events.isEmpty())
        s.events.insert(QStringLiteral("job-completed")); // notify-events-default
    return t;
}

// The request's subscription-attributes groups, each as its list of attributes.
QList<QList<ipp_attribute_t *>> templateGroups(ipp_t *request)
{
    QList<QList<ipp_attribute_t *>> groups;
    bool open = false;
    for (ipp_attribute_t *attr = ippFirstAttribute(request); attr; attr = ippNextAttribute(request)) {
        if (ippGetGroupTag(attr) != IPP_TAG_SUBSCRIPTION || !ippGetName(attr)) {
            open = false; // a separator or another group ends the current one
            continue;
        }
        if (!open)
            groups.append(QList<ipp_attribute_t *>());
        open = true;
        groups.last().append(attr);
    }
    return groups;
}

void createSubscriptions(IppExchange &x, int jobId)
{
    const QList<QList<ipp_attribute_t *>> groups = templateGroups(x.request);
    if (groups.isEmpty()) {
        respond(x, IPP_STATUS_ERROR_BAD_REQUEST,
                QCoreApplication::translate("pv::ipp", "No subscription attributes in the request."));
        return;
    }
    int created = 0;
    bool first = true;
    for (const QList<ipp_attribute_t *> &group : groups) {
        Template t = readTemplate(x, group, jobId);
        if (!first)
            ippAddSeparator(x.response);
        first = false;
        const int id = t.status == IPP_STATUS_OK ? x.printer->subscriptions.add(t.subscription) : 0;
        if (t.status == IPP_STATUS_OK && id == 0)
            t.status = IPP_STATUS_ERROR_TOO_MANY_SUBSCRIPTIONS;
        if (id > 0) {
            ++created;
            ippAddInteger(x.response, IPP_TAG_SUBSCRIPTION, IPP_TAG_INTEGER, "notify-subscription-id", id);
            if (jobId == 0)
                ippAddInteger(x.response, IPP_TAG_SUBSCRIPTION, IPP_TAG_INTEGER, "notify-lease-duration",
                              t.subscription.leaseDuration);
        } else {
            ippAddInteger(x.response, IPP_TAG_SUBSCRIPTION, IPP_TAG_ENUM, "notify-status-code", t.status);
        }
    }
    if (created == 0)
        respond(x, IPP_STATUS_ERROR_IGNORED_ALL_SUBSCRIPTIONS,
                QCoreApplication::translate("pv::ipp", "No subscription was created."));
    else
        respond(x, created == groups.size() ? IPP_STATUS_OK : IPP_STATUS_OK_IGNORED_SUBSCRIPTIONS);
}

// notify-subscription-id of the request's operation attributes; responds when it is missing
// or names no subscription.
std::optional<IppSubscription> targetSubscription(IppExchange &x)
{
    ipp_attribute_t *attr = ippFindAttribute(x.request, "notify-subscription-id", IPP_TAG_ZERO);
    if (!attr || ippGetValueTag(attr) != IPP_TAG_INTEGER || ippGetCount(attr) != 1 ||
        ippGetGroupTag(attr) != IPP_TAG_OPERATION) {
        respond(x, IPP_STATUS_ERROR_BAD_REQUEST,
                QCoreApplication::translate("pv::ipp", "Missing or bad notify-subscription-id."));
        return std::nullopt;
    }
    auto s = x.printer->subscriptions.find(ippGetInteger(attr, 0));
    if (!s)
        respond(x, IPP_STATUS_ERROR_NOT_FOUND,
                QCoreApplication::translate("pv::ipp", "Subscription %1 does not exist.")
                    .arg(ippGetInteger(attr, 0)));
    return s;
}

} // namespace

void createPrinterSubscriptions(IppExchange &x)
{
    createSubscriptions(x, 0);
}

void createJobSubscriptions(IppExchange &x)
{
    ipp_attribute_t *attr = ippFindAttribute(x.request, "notify-job-id", IPP_TAG_ZERO);
    if (!attr || ippGetValueTag(attr) != IPP_TAG_INTEGER || ippGetGroupTag(attr) != IPP_TAG_OPERATION) {
        respond(x, IPP_STATUS_ERROR_BAD_REQUEST,
                QCoreApplication::translate("pv::ipp", "Missing notify-job-id."));
        return;
    }
    const auto job = x.printer->jobs.find(ippGetInteger(attr, 0));
    if (!job) {
        respond(x, IPP_STATUS_ERROR_NOT_FOUND,
                QCoreApplication::translate("pv::ipp", "Job %1 does not exist.").arg(ippGetInteger(attr, 0)));
        return;
    }
    if (job->isFinished()) {
        respond(x, IPP_STATUS_ERROR_NOT_POSSIBLE,
                QCoreApplication::translate("pv::ipp", "Job %1 has already ended.").arg(job->id));
        return;
    }
    createSubscriptions(x, job->id);
}

void getSubscriptionAttributes(IppExchange &x)
{
    auto s = targetSubscription(x);
    if (!s)
        return;
    Requested requested(ippCreateRequestedArray(x.request));
    respond(x, IPP_STATUS_OK);
    ippevent::addSubscription(x.response, *s, requested.get(), x.printerUri, x.printer->state);
}

void getSubscriptions(IppExchange &x)
{
    const int jobId = ippGetInteger(ippFindAttribute(x.request, "notify-job-id", IPP_TAG_INTEGER), 0);
    const int limit = ippGetInteger(ippFindAttribute(x.request, "limit", IPP_TAG_INTEGER), 0);
    const bool mine = ippGetBoolean(ippFindAttribute(x.request, "my-subscriptions", IPP_TAG_BOOLEAN), 0);
    Requested requested(ippCreateRequestedArray(x.request));
    respond(x, IPP_STATUS_OK);
    bool first = true;
    for (const IppSubscription &s :
         x.printer->subscriptions.list(jobId, mine ? x.requestingUser : QString(), limit)) {
        if (!first)
            ippAddSeparator(x.response);
        first = false;
        ippevent::addSubscription(x.response, s, requested.get(), x.printerUri, x.printer->state);
    }
}

void renewSubscription(IppExchange &x)
{
    auto s = targetSubscription(x);
    if (!s)
        return;
    if (s->jobId > 0) {
        respond(x, IPP_STATUS_ERROR_NOT_POSSIBLE,
                QCoreApplication::translate("pv::ipp", "A job's subscription lasts as long as its job."));
        return;
    }
    ipp_attribute_t *lease = ippFindAttribute(x.request, "notify-lease-duration", IPP_TAG_ZERO);
    if (lease && (ippGetValueTag(lease) != IPP_TAG_INTEGER || ippGetInteger(lease, 0) < 0)) {
        respondUnsupported(x, lease);
        return;
    }
    const int duration = lease ? qMin(ippGetInteger(lease, 0), int(IppSubscriptions::MaxLease))
                               : int(IppSubscriptions::DefaultLease);
    if (!x.printer->subscriptions.renew(s->id, duration)) {
        respond(x, IPP_STATUS_ERROR_NOT_FOUND,
                QCoreApplication::translate("pv::ipp", "Subscription %1 does not exist.").arg(s->id));
        return;
    }
    respond(x, IPP_STATUS_OK);
    ippAddInteger(x.response, IPP_TAG_SUBSCRIPTION, IPP_TAG_INTEGER, "notify-lease-duration", duration);
}

void cancelSubscription(IppExchange &x)
{
    auto s = targetSubscription(x);
    if (!s)
        return;
    x.printer->subscriptions.cancel(s->id);
    respond(x, IPP_STATUS_OK);
}

// Never waits (notify-wait is answered with notify-get-interval): the events so far, then when
// to ask again.
void getNotifications(IppExchange &x)
{
    ipp_attribute_t *ids = ippFindAttribute(x.request, "notify-subscription-ids", IPP_TAG_ZERO);
    if (!ids || ippGetValueTag(ids) != IPP_TAG_INTEGER || ippGetGroupTag(ids) != IPP_TAG_OPERATION) {
        respond(x, IPP_STATUS_ERROR_BAD_REQUEST,
                QCoreApplication::translate("pv::ipp", "Missing notify-subscription-ids."));
        return;
    }
    ipp_attribute_t *sequences = ippFindAttribute(x.request, "notify-sequence-numbers", IPP_TAG_INTEGER);
    struct Found
    {
        IppSubscription subscription;
        QList<IppEvent> events;
    };
    QList<Found> found;
    for (int i = 0; i < ippGetCount(ids); ++i) {
        const int id = ippGetInteger(ids, i);
        const int from = i < ippGetCount(sequences) ? ippGetInteger(sequences, i) : 1;
        auto s = x.printer->subscriptions.find(id);
        auto events = x.printer->subscriptions.events(id, from);
        if (!s || !events) {
            respond(x, IPP_STATUS_ERROR_NOT_FOUND,
                    QCoreApplication::translate("pv::ipp", "Subscription %1 does not exist.").arg(id));
            return;
        }
        found.append({*s, *events});
    }
    const bool complete =
        std::all_of(found.cbegin(), found.cend(), [](const Found &f) { return f.subscription.ended; });
    respond(x, complete ? IPP_STATUS_OK_EVENTS_COMPLETE : IPP_STATUS_OK);
    if (!complete)
        ippAddInteger(x.response, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-get-interval",
                      IppSubscriptions::GetInterval);
    ippAddInteger(x.response, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "printer-up-time",
                  PrinterAttributes::upTime(x.printer->state));
    for (const Found &f : found) {
        for (const IppEvent &e : f.events)
            ippevent::addEvent(x.response, f.subscription, e, x.printerUri, x.printer->state);
    }
}

} // namespace pv::ippop
