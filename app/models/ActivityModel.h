#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QQmlEngine>
#include <QTimer>

namespace pv::app {

class DaemonConnection;

// The user's own recent events from the audit log (audit.activity), newest first, read-only:
// "Released to 3rd floor, 4 pages", "Downloaded by Lobby MFP". The daemon sends structured
// records; the sentences are made here, through tr(). Main thread.
class ActivityModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the activity model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { TextRole = Qt::UserRole + 1, TimeRole, EventRole, RefusedRole };

    explicit ActivityModel(DaemonConnection *connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // True once the daemon has answered (the screenshot waits for it).
    bool isLoaded() const { return m_loaded; }
    Q_INVOKABLE void refresh();
    // The sentence for one activity item (public for the view-model tests).
    static QString describe(const QJsonObject &item);

Q_SIGNALS:
    void countChanged();

private:
    DaemonConnection *m_connection;
    QList<QJsonObject> m_items;
    QTimer m_settle; // a burst of events (a release, a sign-in) asks once
    bool m_loaded = false;
};

} // namespace pv::app
