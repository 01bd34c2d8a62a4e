#pragma once

#include "capture/CaptureJobs.h"
#include "capture/IppSubscriptions.h"

#include <QString>

#include <array>

namespace pv {

struct IppPrinter;
struct PrinterState;

// The events of RFC 3995 the printer reports, and how they and subscriptions appear in IPP.
// Any thread: everything goes through the printer's thread-safe parts.
namespace ippevent {

inline constexpr std::array<const char *, 5> Names = {"job-completed", "job-created", "job-state-changed",
                                                      "printer-config-changed", "printer-state-changed"};

// The job events of a change in the job table (CaptureJobs' observer).
void jobChanged(IppPrinter *printer, const CaptureJob *before, const CaptureJob &after);
// printer-state-changed, with what changed as notify-text.
void printerChanged(IppPrinter *printer, const QString &text);

// One event-notification-attributes group (RFC 3996 Get-Notifications).
void addEvent(ipp_t *response, const IppSubscription &subscription, const IppEvent &event,
              const QString &printerUri, const PrinterState &state);
// One subscription-attributes group, filtered by requested (null: all).
void addSubscription(ipp_t *response, const IppSubscription &subscription, cups_array_t *requested,
                     const QString &printerUri, const PrinterState &state);

} // namespace ippevent
} // namespace pv
