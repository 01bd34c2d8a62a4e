#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QQmlEngine>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace pv::app {

class DaemonConnection;

// The held jobs, as the daemon reports them: listed once on connect, then kept current by the
// job.added, job.removed and job.outbox_changed events; with server spooling, the user's jobs
// held on the print server too (jobs.list's server_jobs), listed again when an upload lands and when the
// server answers again (server.changed). Selection, delete and release act through the daemon. Main thread.
class JobsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the jobs model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
    Q_PROPERTY(bool releasing READ isReleasing NOTIFY releasingChanged)
    Q_PROPERTY(QString releaseStatus READ releaseStatus NOTIFY releasingChanged)
    Q_PROPERTY(double releaseProgress READ releaseProgress NOTIFY releasingChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        FileNameRole,
        OwnerRole,
        PagesRole,
        ColorPagesRole,
        CopiesRole,
        DuplexRole,
        PaperSizeRole,
        SizeRole,
        SizeTextRole,
        CreatedRole,
        ExpiresRole,
        AgeTextRole,
        ExpiresTextRole,
        ThumbnailRole,
        SelectedRole,
        ReleasingRole,
        // Server spooling (docs/server-setup.md): "local" (held here), "waiting", "over_quota"
        // (refused over the server's quota, checked again later), "uploading", "held_on_server"
        // (confirmed, about to leave here), or "server" (a job held on the print server, its ID
        // "server-N"); the same said for people; upload progress 0-1, or -1.
        LocationRole,
        LocationTextRole,
        UploadProgressRole,
        OnServerRole,
    };
    Q_ENUM(Role)

    explicit JobsModel(DaemonConnection *connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int selectedCount() const { return int(m_selected.size()); }
    bool isLoaded() const { return m_loaded; }
    bool isReleasing() const { return !m_releaseQueue.isEmpty() || !m_releasingId.isEmpty(); }
    QString releaseStatus() const { return m_releaseStatus; }
    double releaseProgress() const { return m_releaseProgress; }
    QStringList selectedIds() const;
    QJsonObject job(const QString &id) const;

    // id, title and pages of the first selected job, for the preview; empty when none is.
    Q_INVOKABLE QVariantMap firstSelected() const;
    Q_INVOKABLE void setSelected(int row, bool selected);
    Q_INVOKABLE void toggleSelected(int row);
    Q_INVOKABLE void selectOnly(int row);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE void deleteSelected();
    // Releases the selected jobs, one after another, to a saved printer (by name) or a URI.
    Q_INVOKABLE void releaseSelected(const QString &printer, int copies, bool duplex, bool mono,
                                     bool watermark = false);
    Q_INVOKABLE void releaseAll(const QString &printer);
    // Releases again the jobs `printer` (ipps://) refused because its certificate changed, once
    // the user has trusted the new one, as they were asked for the first time; or forgets them.
    Q_INVOKABLE void releaseRefusedAgain(const QString &printer);
    Q_INVOKABLE void forgetRefused();
    // Relative times ("5 min ago") are refreshed once a minute, only while someone looks.
    Q_INVOKABLE void setClockRunning(bool running);

Q_SIGNALS:
    void countChanged();
    void selectionChanged();
    void loadedChanged();
    void releasingChanged();
    // A job arrived in the vault while the app was connected.
    void jobCaptured(const QString &title, int pages);
    // One job's release ended; `message` says how, for people.
    void releaseFinished(bool ok, const QString &title, const QString &printer, const QString &message);
    // An ipps:// printer shows another certificate than the one trusted on first use: the job
    // was kept. The SHA-256 fingerprints of both, when the daemon's message names them (else
    // empty, and `message` says what happened).
    void certificateChanged(const QString &title, const QString &printer, const QString &trusted,
                            const QString &presented, const QString &message);
    void errorOccurred(const QString &what, const QString &message);

private:
    struct Release
    {
        QString id;
        QString printer;
        int copies = 0;
        bool duplex = false;
        bool mono = false;
        bool watermark = false;
    };

    void reload();
    void onEvent(const QJsonObject &event);
    void addJob(const QJsonObject &job);
    void removeJob(const QString &id);
    void updateOutbox(const QString &id, const QJsonObject &outbox);
    QString locationText(const QJsonObject &job) const;
    int rowOf(const QString &id) const;
    void queueRelease(const QStringList &ids, const Release &how);
    void startNextRelease();
    void setReleaseStatus(const QString &status, double progress);
    QString relativeAge(const QDateTime &t) const;
    QString relativeExpiry(const QDateTime &t) const;

    DaemonConnection *m_connection;
    QList<QJsonObject> m_jobs;
    QSet<QString> m_selected;
    bool m_loaded = false;
    QString m_serverConnection; // server.changed's last connection state
    QList<Release> m_releaseQueue;
    QList<Release> m_refused; // releases a changed certificate stopped
    QString m_releasingId;
    QString m_releaseStatus;
    double m_releaseProgress = 0;
    QTimer m_clock;
};

} // namespace pv::app
