#include "models/DevicesModel.h"

#include "core/DaemonConnection.h"

#include <QJsonArray>
#include <QLocale>

namespace pv::app {

DevicesModel::DevicesModel(DaemonConnection *connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this]() {
        if (pairingSecondsLeft() <= 0)
            m_countdown.stop();
        Q_EMIT pairingChanged();
    });
    connect(m_connection, &DaemonConnection::connectedChanged, this, [this]() {
        if (m_connection->isConnected())
            refresh();
    });
    connect(m_connection, &DaemonConnection::eventReceived, this, [this](const QJsonObject &event) {
        const QString name = event.value(QStringLiteral("event")).toString();
        if (name == QLatin1String("device.paired")) {
            // The code was used: it is gone, and the device is in the list.
            m_code.clear();
            m_countdown.stop();
            Q_EMIT pairingChanged();
            refresh();
        } else if (name == QLatin1String("status.changed") && m_certificate.isEmpty()) {
            refresh(); // the MFP API starts once the vault is open
        }
    });
}

int DevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const QJsonObject &d = m_devices.at(index.row());
    const auto when = [&](const char *key) {
        const QDateTime t = QDateTime::fromString(d.value(QLatin1String(key)).toString(), Qt::ISODate);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : tr("never");
    };
    switch (role) {
    case IdRole:
        return d.value(QStringLiteral("id")).toString();
    case NameRole:
        return d.value(QStringLiteral("name")).toString();
    case CreatedRole:
        return when("created");
    case LastSeenRole:
        return when("last_seen");
    case RevokedRole:
        return !d.value(QStringLiteral("revoked")).toString().isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> DevicesModel::roleNames() const
{
    return {{IdRole, "deviceId"},
            {NameRole, "name"},
            {CreatedRole, "created"},
            {LastSeenRole, "lastSeen"},
            {RevokedRole, "revoked"}};
}

// Grouped in pairs of hex digits, as certificate viewers show it, so it can be compared by eye.
QString DevicesModel::fingerprint() const
{
    const QString hex = m_certificate.value(QStringLiteral("fingerprint_sha256"))
                            .toString()
                            .remove(QLatin1Char(':'))
                            .toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

int DevicesModel::pairingSecondsLeft() const
{
    return m_codeExpires.isValid()
               ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_codeExpires)))
               : 0;
}

void DevicesModel::refresh()
{
    m_connection->request(QStringLiteral("mfp.certificate"), {}, [this](Result<QJsonObject> r) {
        m_certificate = r ? r.value() : QJsonObject();
        Q_EMIT certificateChanged();
    });
    m_connection->request(QStringLiteral("devices.list"), {}, [this](Result<QJsonObject> r) {
        beginResetModel();
        m_devices.clear();
        if (r) {
            for (const QJsonValue &v : r->value(QStringLiteral("devices")).toArray()) {
                // A revoked pairing is history: the list shows the ones that can still connect.
                if (v.toObject().value(QStringLiteral("revoked")).toString().isEmpty())
                    m_devices.append(v.toObject());
            }
        }
        endResetModel();
        Q_EMIT countChanged();
    });
}

void DevicesModel::pair(const QString &name)
{
    m_connection->request(
        QStringLiteral("devices.pair"), QJsonObject{{QStringLiteral("name"), name.trimmed()}},
        [this](Result<QJsonObject> r) {
            if (!r) {
                Q_EMIT errorOccurred(tr("Pair an MFP"), r.error().message);
                return;
            }
            m_code = r->value(QStringLiteral("code")).toString();
            m_codeExpires =
                QDateTime::fromString(r->value(QStringLiteral("expires")).toString(), Qt::ISODate);
            m_countdown.start();
            Q_EMIT pairingChanged();
        });
}

void DevicesModel::revoke(const QString &id)
{
    m_connection->request(QStringLiteral("devices.revoke"), QJsonObject{{QStringLiteral("id"), id}},
                          [this](Result<QJsonObject> r) {
                              if (!r)
                                  Q_EMIT errorOccurred(tr("Revoke"), r.error().message);
                              refresh();
                          });
}

void DevicesModel::setPin(const QString &pin)
{
    m_connection->request(QStringLiteral("pin.set"), QJsonObject{{QStringLiteral("pin"), pin}},
                          [this](Result<QJsonObject> r) {
                              if (!r) {
                                  Q_EMIT errorOccurred(tr("Set PIN"), r.error().message);
                                  return;
                              }
                              Q_EMIT pinSet();
                          });
}

void DevicesModel::setCard(const QString &cardId)
{
    m_connection->request(QStringLiteral("card.set"),
                          QJsonObject{{QStringLiteral("card_id"), cardId.trimmed()}},
                          [this](Result<QJsonObject> r) {
                              if (!r) {
                                  Q_EMIT errorOccurred(tr("Set badge"), r.error().message);
                                  return;
                              }
                              Q_EMIT cardSet();
                          });
}

} // namespace pv::app
