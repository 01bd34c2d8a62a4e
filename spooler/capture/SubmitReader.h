#pragma once

#include "capture/SubmitUpload.h"
#include "common/Result.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace pv {

// Reads a submitted document from the client's own open file (handed over with SCM_RIGHTS,
// docs/local-api.md) into its incoming draft, in large blocks on a thread of its own, and
// fsyncs it (JobDraft::finish): all of the way to the durable point but the ticket, which
// SubmitIntake::seal writes on the main thread. The daemon's main thread stays free meanwhile.
// Threads: made, started, read and destroyed on the main thread; finished() comes there too.
// Destroying it while it reads stops it and waits (at most one block); the draft is discarded.
class SubmitReader : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `fd`, a regular file open for reading.
    SubmitReader(int fd, SubmitUpload upload, QObject *parent = nullptr);
    ~SubmitReader() override;

    // Whether `fd` is what a reader takes: a regular file open for reading, within the
    // upload's size limit.
    [[nodiscard]] static Status check(int fd, const SubmitUpload &upload);

    void start();
    // After finished(): whether the whole document is encrypted and fsynced, and the upload.
    const Status &outcome() const { return m_outcome; }
    SubmitUpload takeUpload() { return std::move(m_upload); }

Q_SIGNALS:
    void finished();

private:
    void run();
    Status readAll();

    int m_fd;
    SubmitUpload m_upload; // the reading thread's until finished()
    Status m_outcome;
    std::atomic_bool m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace pv
