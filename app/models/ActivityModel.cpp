#include "models/ActivityModel.h"

#include "core/DaemonConnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace pv::app {

namespace {

QString quoted(const QString &title)
{
    return ActivityModel::tr("“%1”").arg(title);
}

QString deviceOr(const QJsonObject &item)
{
    const QString name = item.value(QStringLiteral("device_name")).toString();
    return name.isEmpty() ? ActivityModel::tr("an MFP") : name;
}

QString jobSentence(const QString &event, const QJsonObject &item)
{
    const QString title = item.value(QStringLiteral("title")).toString();
    const QString printer = item.value(QStringLiteral("printer")).toString();
    const int impressions = item.value(QStringLiteral("impressions")).toInt();
    const bool ok = item.value(QStringLiteral("outcome")).toString() == QLatin1String("ok");
    if (event == QLatin1String("job.held")) {
        const int pages = item.value(QStringLiteral("pages")).toInt();
        return title.isEmpty() ? ActivityModel::tr("Held a job, %n page(s)", "", pages)
                               : ActivityModel::tr("Held %1, %n page(s)", "", pages).arg(quoted(title));
    }
    if (event == QLatin1String("job.released")) {
        const QString where = printer.isEmpty() ? ActivityModel::tr("a printer") : printer;
        if (!ok)
            return ActivityModel::tr("Release to %1 did not print (%2)")
                .arg(where, item.value(QStringLiteral("reason")).toString());
        return ActivityModel::tr("Released to %1, %n page(s)", "", impressions).arg(where);
    }
    if (event == QLatin1String("job.downloaded"))
        return ActivityModel::tr("Downloaded by %1").arg(deviceOr(item));
    if (event == QLatin1String("job.printed"))
        return ActivityModel::tr("Printed at %1, %n page(s)", "", impressions).arg(deviceOr(item));
    if (event == QLatin1String("job.expired"))
        return ActivityModel::tr("A job expired and was deleted");
    if (item.value(QStringLiteral("reason")).toString() == QLatin1String("printed"))
        return ActivityModel::tr("A printed job was deleted");
    return ActivityModel::tr("A job was deleted");
}

QString mfpSentence(const QString &event, const QJsonObject &item)
{
    if (event == QLatin1String("mfp.session_created"))
        return ActivityModel::tr("Signed in at %1").arg(deviceOr(item));
    if (event == QLatin1String("mfp.session_refused"))
        return ActivityModel::tr("Sign-in refused at %1").arg(deviceOr(item));
    if (event == QLatin1String("mfp.session_ended"))
        return ActivityModel::tr("Signed out at %1").arg(deviceOr(item));
    if (event == QLatin1String("auth.locked_out"))
        return ActivityModel::tr("Locked out after too many failed sign-ins");
    if (event == QLatin1String("device.paired"))
        return ActivityModel::tr("Paired %1").arg(deviceOr(item));
    if (event == QLatin1String("device.revoked"))
        return ActivityModel::tr("Unpaired %1").arg(deviceOr(item));
    if (event == QLatin1String("device.pair_refused"))
        return ActivityModel::tr("A wrong pairing code was tried");
    if (event == QLatin1String("pin.set"))
        return ActivityModel::tr("PIN changed");
    if (event == QLatin1String("card.set"))
        return ActivityModel::tr("Badge registered");
    if (event == QLatin1String("pin.verified"))
        return ActivityModel::tr("Unlocked with your PIN");
    if (event == QLatin1String("pin.refused"))
        return ActivityModel::tr("A wrong PIN was entered on this computer");
    return QString();
}

QString otherSentence(const QString &event, const QJsonObject &item)
{
    if (event == QLatin1String("account.signed_in"))
        return ActivityModel::tr("Signed in to your organisation");
    if (event == QLatin1String("account.signed_out"))
        return ActivityModel::tr("Signed out of your organisation");
    if (event == QLatin1String("account.sign_in_failed"))
        return ActivityModel::tr("Signing in to your organisation did not succeed");
    if (event == QLatin1String("printer.trusted"))
        return ActivityModel::tr("Trusted the certificate of %1")
            .arg(item.value(QStringLiteral("printer")).toString().isEmpty()
                     ? ActivityModel::tr("a printer")
                     : item.value(QStringLiteral("printer")).toString());
    if (event == QLatin1String("certificate.installed"))
        return ActivityModel::tr("A certificate was installed for MFPs");
    if (event == QLatin1String("policy.loaded"))
        return ActivityModel::tr("Your organisation's policy was loaded");
    if (event == QLatin1String("vault.unlocked"))
        return ActivityModel::tr("The vault was opened");
    if (event == QLatin1String("vault.locked"))
        return ActivityModel::tr("The vault was locked");
    return event;
}

} // namespace

ActivityModel::ActivityModel(DaemonConnection *connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &ActivityModel::refresh);
    connect(m_connection, &DaemonConnection::connectedChanged, this, [this]() {
        if (m_connection->isConnected())
            refresh();
    });
    // Every event that the log records has a local API event near it.
    connect(m_connection, &DaemonConnection::eventReceived, &m_settle, [this]() { m_settle.start(); });
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString ActivityModel::describe(const QJsonObject &item)
{
    const QString event = item.value(QStringLiteral("event")).toString();
    if (event.startsWith(QLatin1String("job.")))
        return jobSentence(event, item);
    const QString mfp = mfpSentence(event, item);
    return mfp.isEmpty() ? otherSentence(event, item) : mfp;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const QJsonObject &item = m_items.at(index.row());
    switch (role) {
    case TextRole:
        return describe(item);
    case TimeRole: {
        const QDateTime t =
            QDateTime::fromString(item.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
    }
    case EventRole:
        return item.value(QStringLiteral("event")).toString();
    case RefusedRole:
        return item.value(QStringLiteral("outcome")).toString() != QLatin1String("ok");
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityModel::roleNames() const
{
    return {{TextRole, "summary"}, {TimeRole, "time"}, {EventRole, "event"}, {RefusedRole, "refused"}};
}

void ActivityModel::refresh()
{
    m_connection->request(QStringLiteral("audit.activity"), {{QStringLiteral("limit"), 100}},
                          [this](Result<QJsonObject> r) {
                              m_loaded = true;
                              if (!r)
                                  return; // the vault is not open yet: the list stays as it was
                              beginResetModel();
                              m_items.clear();
                              for (const QJsonValue &v : r->value(QStringLiteral("events")).toArray())
                                  m_items.append(v.toObject());
                              endResetModel();
                              Q_EMIT countChanged();
                          });
}

} // namespace pv::app
