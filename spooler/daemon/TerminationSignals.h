#pragma once

#include <QObject>

class QSocketNotifier;

namespace pv {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal through signalfd(2), so shutdown runs on
// the event loop with no global state. Construct it before any thread starts: it blocks the
// signals for the whole process.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signal);

private:
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pv
