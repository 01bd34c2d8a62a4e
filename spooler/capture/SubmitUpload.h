#pragma once

#include "common/Result.h"
#include "vault/JobRecord.h"

#include <QByteArray>

#include <memory>

namespace pv {

class JobDraft;

// One submitted document on its way into its incoming draft (SubmitIntake), and the checks
// every byte passes there, whether it comes in the local API's D frames or is read from the
// client's own file (SubmitReader): the policy's size limit, and the PDF header.
struct SubmitUpload
{
    std::unique_ptr<JobDraft> draft; // null while discarding a refused upload
    JobRequest request;
    qint64 received = 0;
    int limitMb = 0;          // capture/max_job_mb
    QByteArray head;          // the first KiB, to refuse what is plainly not a PDF before storing it all
    bool storedReply = false; // the client asked for a reply once the document is durable

    // Encrypts the next bytes into the draft, after the checks.
    [[nodiscard]] Status take(const char *data, qint64 size);
    // The whole document is there: refused when empty.
    [[nodiscard]] Status complete() const;
    // The refusal of a document over the limit.
    Error tooLarge() const;
};

} // namespace pv
