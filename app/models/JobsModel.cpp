#include "models/JobsModel.h"

#include "core/DaemonConnection.h"

#include <QJsonArray>
#include <QLocale>

#include <utility>

namespace pv::app {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODate);
}

} // namespace

JobsModel::JobsModel(DaemonConnection *connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this]() {
        if (!m_jobs.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_jobs.size()) - 1), {AgeTextRole, ExpiresTextRole});
    });
    connect(m_connection, &DaemonConnection::connectedChanged, this, [this]() {
        if (m_connection->isConnected())
            reload();
    });
    connect(m_connection, &DaemonConnection::eventReceived, this, &JobsModel::onEvent);
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const QJsonObject &j = m_jobs.at(index.row());
    const QString id = str(j, "id");
    switch (role) {
    case IdRole:
        return id;
    case TitleRole: {
        const QString title = str(j, "title");
        return title.isEmpty() ? tr("Untitled") : title;
    }
    case FileNameRole:
        return str(j, "file_name");
    case OwnerRole:
        return str(j, "owner");
    case PagesRole:
        return j.value(QStringLiteral("pages")).toInt();
    case ColorPagesRole: // what prints in colour: the job's colour mode and overrides applied
        return j.value(QStringLiteral("color_pages_printed"))
            .toInt(j.value(QStringLiteral("color_pages")).toInt());
    case CopiesRole:
        return j.value(QStringLiteral("copies")).toInt(1);
    case DuplexRole:
        return str(j, "sides").startsWith(QLatin1String("two-sided"));
    case PaperSizeRole:
        return str(j, "paper_size");
    case SizeRole:
        return j.value(QStringLiteral("size")).toDouble();
    case SizeTextRole:
        return QLocale().formattedDataSize(qint64(j.value(QStringLiteral("size")).toDouble()), 1,
                                           QLocale::DataSizeSIFormat);
    case CreatedRole:
        return time(j, "created");
    case ExpiresRole:
        return time(j, "expires");
    case AgeTextRole:
        return relativeAge(time(j, "created"));
    case ExpiresTextRole:
        return relativeExpiry(time(j, "expires"));
    case ThumbnailRole:
        return QString(QStringLiteral("image://pvjobs/thumbnail/") + id);
    case SelectedRole:
        return m_selected.contains(id);
    case ReleasingRole:
        return id == m_releasingId;
    case LocationRole: {
        const QString where = str(j, "location");
        return where.isEmpty() ? QStringLiteral("local") : where;
    }
    case LocationTextRole:
        return locationText(j);
    case UploadProgressRole: {
        const double total = j.value(QStringLiteral("upload_total_bytes")).toDouble();
        return str(j, "location") == QLatin1String("uploading")
                   ? (total > 0 ? j.value(QStringLiteral("uploaded_bytes")).toDouble() / total : 0.0)
                   : -1.0;
    }
    case OnServerRole:
        return str(j, "location") == QLatin1String("server");
    default:
        return {};
    }
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    return {{IdRole, "jobId"},
            {TitleRole, "title"},
            {FileNameRole, "fileName"},
            {OwnerRole, "owner"},
            {PagesRole, "pages"},
            {ColorPagesRole, "colorPages"},
            {CopiesRole, "copies"},
            {DuplexRole, "duplex"},
            {PaperSizeRole, "paperSize"},
            {SizeRole, "size"},
            {SizeTextRole, "sizeText"},
            {CreatedRole, "created"},
            {ExpiresRole, "expires"},
            {AgeTextRole, "ageText"},
            {ExpiresTextRole, "expiresText"},
            {ThumbnailRole, "thumbnail"},
            {SelectedRole, "selected"},
            {ReleasingRole, "releasing"},
            {LocationRole, "location"},
            {LocationTextRole, "locationText"},
            {UploadProgressRole, "uploadProgress"},
            {OnServerRole, "onServer"}};
}

QStringList JobsModel::selectedIds() const
{
    QStringList ids;
    for (const QJsonObject &j : m_jobs) {
        if (m_selected.contains(str(j, "id")))
            ids.append(str(j, "id"));
    }
    return ids;
}

QJsonObject JobsModel::job(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QJsonObject() : m_jobs.at(row);
}

void JobsModel::reload()
{
    m_connection->request(QStringLiteral("jobs.list"), {}, [this](Result<QJsonObject> r) {
        if (!r) {
            // A locked vault lists nothing; the connection's state already says why.
            if (r.error().code != QLatin1String("vault-locked"))
                Q_EMIT errorOccurred(tr("List jobs"), r.error().message);
            return;
        }
        beginResetModel();
        m_jobs.clear();
        for (const QJsonValue &v : r->value(QStringLiteral("jobs")).toArray())
            m_jobs.append(v.toObject());
        for (const QJsonValue &v : r->value(QStringLiteral("server_jobs")).toArray())
            m_jobs.append(v.toObject());
        // A selection survives a reconnect only for jobs that are still there.
        QSet<QString> still;
        for (const QJsonObject &j : std::as_const(m_jobs)) {
            if (m_selected.contains(str(j, "id")))
                still.insert(str(j, "id"));
        }
        m_selected = still;
        endResetModel();
        Q_EMIT countChanged();
        Q_EMIT selectionChanged();
        if (!m_loaded) {
            m_loaded = true;
            Q_EMIT loadedChanged();
        }
    });
}

void JobsModel::onEvent(const QJsonObject &event)
{
    const QString name = str(event, "event");
    if (name == QLatin1String("job.added")) {
        const QJsonObject job = event.value(QStringLiteral("job")).toObject();
        addJob(job);
        Q_EMIT jobCaptured(str(job, "title"), job.value(QStringLiteral("pages")).toInt());
    } else if (name == QLatin1String("job.removed")) {
        removeJob(str(event, "id"));
    } else if (name == QLatin1String("job.outbox_changed")) {
        updateOutbox(str(event, "id"), event.value(QStringLiteral("outbox")).toObject());
    } else if (name == QLatin1String("release.progress") && str(event, "id") == m_releasingId) {
        const double total = event.value(QStringLiteral("total")).toDouble();
        const double done = event.value(QStringLiteral("done")).toDouble();
        setReleaseStatus(m_releaseStatus, total > 0 ? done / total : 0);
    } else if (name == QLatin1String("release.retrying") && str(event, "id") == m_releasingId) {
        setReleaseStatus(tr("The printer is not ready (%1); trying again in %n s…", nullptr,
                            event.value(QStringLiteral("seconds")).toInt())
                             .arg(str(event, "message")),
                         m_releaseProgress);
    } else if (name == QLatin1String("server.changed")) {
        // The print server answers again: while it was away the list held no jobs from it.
        const QString connection = str(event.value(QStringLiteral("server")).toObject(), "connection");
        if (connection == QLatin1String("connected") && m_serverConnection != connection && m_loaded)
            reload();
        m_serverConnection = connection;
    } else if (name == QLatin1String("status.changed") && !m_loaded) {
        // The vault opened after we connected: now there is something to list.
        if (str(event.value(QStringLiteral("status")).toObject(), "state") == QLatin1String("ready"))
            reload();
    }
}

void JobsModel::addJob(const QJsonObject &job)
{
    if (rowOf(str(job, "id")) >= 0)
        return;
    // Oldest first, as jobs.list gives them: a new job goes last.
    beginInsertRows(QModelIndex(), int(m_jobs.size()), int(m_jobs.size()));
    m_jobs.append(job);
    endInsertRows();
    Q_EMIT countChanged();
}

void JobsModel::removeJob(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_jobs.removeAt(row);
    endRemoveRows();
    if (m_selected.remove(id))
        Q_EMIT selectionChanged();
    Q_EMIT countChanged();
}

// A local job's outbox state changed. Once the server holds it, the list is read again: the
// vault lets the job go (job.removed) and the server's job takes its place.
void JobsModel::updateOutbox(const QString &id, const QJsonObject &outbox)
{
    const int row = rowOf(id);
    if (row >= 0) {
        QJsonObject &j = m_jobs[row];
        for (const char *key : {"location", "reason", "message", "next_try", "uploaded_bytes",
                                "upload_total_bytes", "server_job_id", "upload_attempts"})
            j.remove(QLatin1String(key));
        for (auto it = outbox.begin(); it != outbox.end(); ++it)
            j.insert(it.key(), it.value());
        Q_EMIT dataChanged(index(row), index(row), {LocationRole, LocationTextRole, UploadProgressRole});
    }
    if (str(outbox, "location") == QLatin1String("held_on_server"))
        reload();
}

// Where the job is, for people: nothing for a job simply held here.
QString JobsModel::locationText(const QJsonObject &j) const
{
    const QString where = str(j, "location");
    if (where == QLatin1String("over_quota")) {
        const QDateTime next = time(j, "next_try").toLocalTime();
        return next.isValid()
                   ? tr("Not uploaded: over the print server's quota; checked again at %1. Release it "
                        "here or delete it.")
                         .arg(QLocale().toString(next.time(), QLocale::ShortFormat))
                   : tr("Not uploaded: over the print server's quota. Release it here or delete it.");
    }
    if (where == QLatin1String("waiting")) {
        const QDateTime next = time(j, "next_try").toLocalTime();
        const QString why = str(j, "message");
        if (!next.isValid())
            return why.isEmpty() ? tr("Waiting to upload") : tr("Waiting to upload: %1").arg(why);
        // The time first: a narrow window cuts the end of the line, and the reason is the long part.
        return tr("Waiting to upload, next try at %1 (%2)")
            .arg(QLocale().toString(next.time(), QLocale::ShortFormat),
                 why.isEmpty() ? tr("not tried yet") : why);
    }
    if (where == QLatin1String("uploading")) {
        const double total = j.value(QStringLiteral("upload_total_bytes")).toDouble();
        const int percent =
            total > 0 ? int(100 * j.value(QStringLiteral("uploaded_bytes")).toDouble() / total) : 0;
        return tr("Uploading to the print server… %1 %").arg(percent);
    }
    if (where == QLatin1String("held_on_server") || where == QLatin1String("server")) {
        const QString state = str(j, "server_state");
        return state.isEmpty() || state == QLatin1String("held") ? tr("Held on the print server")
                                                                 : tr("On the print server: %1").arg(state);
    }
    return QString();
}

int JobsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (str(m_jobs.at(i), "id") == id)
            return i;
    }
    return -1;
}

QVariantMap JobsModel::firstSelected() const
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return {};
    const int row = rowOf(ids.first());
    return {{QStringLiteral("id"), ids.first()},
            {QStringLiteral("title"), data(index(row), TitleRole)},
            {QStringLiteral("pages"), data(index(row), PagesRole)}};
}

void JobsModel::setSelected(int row, bool selected)
{
    if (row < 0 || row >= m_jobs.size())
        return;
    const QString id = str(m_jobs.at(row), "id");
    if (selected == m_selected.contains(id))
        return;
    if (selected)
        m_selected.insert(id);
    else
        m_selected.remove(id);
    Q_EMIT dataChanged(index(row), index(row), {SelectedRole});
    Q_EMIT selectionChanged();
}

void JobsModel::toggleSelected(int row)
{
    if (row >= 0 && row < m_jobs.size())
        setSelected(row, !m_selected.contains(str(m_jobs.at(row), "id")));
}

void JobsModel::selectOnly(int row)
{
    for (int i = 0; i < m_jobs.size(); ++i)
        setSelected(i, i == row);
}

void JobsModel::selectAll()
{
    for (int i = 0; i < m_jobs.size(); ++i)
        setSelected(i, true);
}

void JobsModel::clearSelection()
{
    for (int i = 0; i < m_jobs.size(); ++i)
        setSelected(i, false);
}

void JobsModel::deleteSelected()
{
    // The rows go when the daemon's job.removed events arrive, once each key is destroyed.
    for (const QString &id : selectedIds()) {
        m_connection->request(QStringLiteral("jobs.delete"), QJsonObject{{QStringLiteral("id"), id}},
                              [this, id](Result<QJsonObject> r) {
                                  if (!r)
                                      Q_EMIT errorOccurred(tr("Delete"), r.error().message);
                                  else if (id.startsWith(QLatin1String("server-")))
                                      removeJob(id); // cancelled on the server: no job.removed comes
                              });
    }
}

void JobsModel::releaseSelected(const QString &printer, int copies, bool duplex, bool mono, bool watermark)
{
    queueRelease(selectedIds(), Release{QString(), printer, copies, duplex, mono, watermark});
}

void JobsModel::releaseAll(const QString &printer)
{
    QStringList ids;
    for (const QJsonObject &j : std::as_const(m_jobs))
        ids.append(str(j, "id"));
    queueRelease(ids, Release{QString(), printer});
}

void JobsModel::queueRelease(const QStringList &ids, const Release &how)
{
    if (how.printer.isEmpty() || ids.isEmpty())
        return;
    for (const QString &id : ids) {
        const bool queued = std::any_of(m_releaseQueue.cbegin(), m_releaseQueue.cend(),
                                        [&](const Release &r) { return r.id == id; });
        if (!queued && id != m_releasingId) {
            Release one = how;
            one.id = id;
            m_releaseQueue.append(one);
        }
    }
    if (m_releasingId.isEmpty())
        startNextRelease();
}

// One job at a time, in the order they were listed: the printer receives them in that order.
void JobsModel::startNextRelease()
{
    const int oldRow = rowOf(m_releasingId);
    m_releasingId.clear();
    if (oldRow >= 0)
        Q_EMIT dataChanged(index(oldRow), index(oldRow), {ReleasingRole});
    if (m_releaseQueue.isEmpty()) {
        setReleaseStatus(QString(), 0);
        return;
    }
    const Release next = m_releaseQueue.takeFirst();
    const int row = rowOf(next.id);
    if (row < 0) { // deleted or expired meanwhile
        startNextRelease();
        return;
    }
    m_releasingId = next.id;
    const QString title = data(index(row), TitleRole).toString();
    Q_EMIT dataChanged(index(row), index(row), {ReleasingRole});
    setReleaseStatus(tr("Releasing “%1” to %2…").arg(title, next.printer), 0);
    // A job held on the print server is released there; its printer is the server's queue.
    const bool onServer = data(index(row), OnServerRole).toBool();
    if (onServer)
        setReleaseStatus(tr("Releasing “%1” on the print server…").arg(title), 0);
    QJsonObject params{{QStringLiteral("id"), next.id},
                       {QStringLiteral("printer"), onServer ? QString() : next.printer},
                       {QStringLiteral("duplex"), next.duplex},
                       {QStringLiteral("mono"), next.mono},
                       {QStringLiteral("watermark"), next.watermark}};
    if (next.copies > 0)
        params.insert(QStringLiteral("copies"), next.copies);
    m_connection->request(
        QStringLiteral("jobs.release"), params, [this, title, next, onServer](Result<QJsonObject> r) {
            if (r && onServer) {
                // The notification follows the server's final state of the job.
                const QString state = str(r.value(), "state");
                const int impressions = r->value(QStringLiteral("impressions")).toInt();
                if (state == QLatin1String("completed"))
                    Q_EMIT releaseFinished(
                        true, title, tr("the print server"),
                        tr("The print server printed %n impression(s).", nullptr, impressions));
                else
                    Q_EMIT releaseFinished(false, title, tr("the print server"),
                                           tr("The print server ended the job: %1.").arg(state));
                removeJob(next.id); // no longer held there, however it ended
            } else if (r) {
                QString message =
                    tr("Printed %n impression(s).", nullptr, r->value(QStringLiteral("impressions")).toInt());
                const QString warning = str(r.value(), "warning");
                if (!warning.isEmpty())
                    message += QLatin1Char(' ') + warning;
                Q_EMIT releaseFinished(true, title, next.printer, message);
            } else {
                Q_EMIT releaseFinished(false, title, next.printer, r.error().message);
                if (r.error().code == QLatin1String("printer-certificate-changed")) {
                    m_refused.append(next);
                    const QJsonObject &d = r.error().details;
                    Q_EMIT certificateChanged(title, next.printer, str(d, "trusted_fingerprint"),
                                              str(d, "presented_fingerprint"), r.error().message);
                }
            }
            startNextRelease();
        });
}

void JobsModel::releaseRefusedAgain(const QString &printer)
{
    QList<Release> again;
    for (auto it = m_refused.begin(); it != m_refused.end();) {
        if (it->printer == printer) {
            again.append(*it);
            it = m_refused.erase(it);
        } else {
            ++it;
        }
    }
    for (const Release &r : std::as_const(again))
        queueRelease({r.id}, r);
}

void JobsModel::forgetRefused()
{
    m_refused.clear();
}

void JobsModel::setReleaseStatus(const QString &status, double progress)
{
    m_releaseStatus = status;
    m_releaseProgress = progress;
    Q_EMIT releasingChanged();
}

void JobsModel::setClockRunning(bool running)
{
    if (running && !m_clock.isActive()) {
        m_clock.start();
        if (!m_jobs.isEmpty()) // the ages may be stale after a while hidden
            Q_EMIT dataChanged(index(0), index(int(m_jobs.size()) - 1), {AgeTextRole, ExpiresTextRole});
    } else if (!running) {
        m_clock.stop();
    }
}

QString JobsModel::relativeAge(const QDateTime &t) const
{
    const qint64 minutes = t.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h ago", nullptr, int(minutes / 60));
    return tr("%n days ago", nullptr, int(minutes / (24 * 60)));
}

QString JobsModel::relativeExpiry(const QDateTime &t) const
{
    if (!t.isValid()) // a job on the print server: the server's own rules keep it
        return QString();
    const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(t) / 60;
    if (minutes < 1)
        return tr("expires now");
    if (minutes < 60)
        return tr("expires in %n min", nullptr, int(minutes));
    return tr("expires in %n h", nullptr, int(minutes / 60));
}

} // namespace pv::app
