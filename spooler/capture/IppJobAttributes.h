#pragma once

#include "capture/CaptureJobs.h"
#include "capture/CaptureTicket.h"
#include "capture/IppPrinter.h"

#include <QByteArray>

namespace pv {

// Job template and operation attributes of Print-Job, Validate-Job, Create-Job and
// Send-Document: checked against what the printer supports (responding with the reason when
// not), turned into the job's ticket, and the job's attributes as clients read them back.
// Connection threads.
namespace ippjob {

// Checks the job's attributes; responds and returns false when one is not supported.
bool validate(IppExchange &x);
// Checks document-format and compression (Print-Job, Validate-Job, Send-Document).
bool validateDocument(IppExchange &x);
// What the client asked for, for the sealed ticket; the format may still be auto-typed.
CaptureTicket ticket(const IppExchange &x);
// document-format as sent, or the default (application/octet-stream).
QString documentFormat(const IppExchange &x);
// The format of application/octet-stream documents, from their first bytes.
QString detectFormat(const QByteArray &head);
// Asks libcups to decompress the document as it is read (compression gzip or deflate).
void startDecompression(IppExchange &x);

// The job's attributes, filtered by requested (null: all).
void addAttributes(ipp_t *out, const CaptureJob &job, const IppExchange &x, cups_array_t *requested);

} // namespace ippjob
} // namespace pv
