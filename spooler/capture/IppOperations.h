#pragma once

#include "capture/IppPrinter.h"

namespace pv::ippop {

// One function per IPP operation, on a connection thread, after the request passed the
// connection's checks (version, request-id, group order, charset, language, target). Each
// ends in respond(), or in respondUnsupported() for a value the printer does not take.
void printJob(IppExchange &x);
void validateJob(IppExchange &x);
void createJob(IppExchange &x);
void sendDocument(IppExchange &x);
void closeJob(IppExchange &x);
void cancelJob(IppExchange &x);
void cancelMyJobs(IppExchange &x);
void releaseJob(IppExchange &x);
void getJobAttributes(IppExchange &x);
void getJobs(IppExchange &x);
void getPrinterAttributes(IppExchange &x);
void identifyPrinter(IppExchange &x);

} // namespace pv::ippop
