#pragma once

#include "capture/IppPrinter.h"

namespace pv::ippop {

// One function per IPP operation, on a connection thread, after the request passed the
// connection's checks (version, request-id, group order, charset, language, target). Each
// ends in respond(), or in respondUnsupported() for a value the printer does not take.
// The job the request names (job-id or job-uri); responds not-found (or bad-request) when
// there is none.
std::optional<CaptureJob> targetJob(IppExchange &x);

void printJob(IppExchange &x);
void validateJob(IppExchange &x);
void createJob(IppExchange &x);
void sendDocument(IppExchange &x);
void closeJob(IppExchange &x);
void cancelJob(IppExchange &x);
void cancelMyJobs(IppExchange &x);
void getJobAttributes(IppExchange &x);
void getJobs(IppExchange &x);
void getPrinterAttributes(IppExchange &x);
void identifyPrinter(IppExchange &x);

// IppPrinterOperations.cpp
void holdJob(IppExchange &x);
void releaseJob(IppExchange &x);
void restartJob(IppExchange &x);
void pausePrinter(IppExchange &x);
void resumePrinter(IppExchange &x);
void enablePrinter(IppExchange &x);
void disablePrinter(IppExchange &x);
void purgeJobs(IppExchange &x);
void setPrinterAttributes(IppExchange &x);
void setJobAttributes(IppExchange &x);
void getPrinterSupportedValues(IppExchange &x);

// IppSubscriptionOperations.cpp
void createPrinterSubscriptions(IppExchange &x);
void createJobSubscriptions(IppExchange &x);
void getSubscriptionAttributes(IppExchange &x);
void getSubscriptions(IppExchange &x);
void renewSubscription(IppExchange &x);
void cancelSubscription(IppExchange &x);
void getNotifications(IppExchange &x);

} // namespace pv::ippop
