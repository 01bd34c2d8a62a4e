#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace pv::app {

// One tray app per user session: the first listens on a user-only socket beside the daemon's;
// a second launch asks it to show its window and exits. Main thread.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QString socketPath, QObject *parent = nullptr);

    // True when this is the first instance (listening from now on); false when another one
    // answered and was asked to show its window.
    bool claim();

Q_SIGNALS:
    void showRequested();

private:
    QString m_path;
    QLocalServer m_server;
};

} // namespace pv::app
