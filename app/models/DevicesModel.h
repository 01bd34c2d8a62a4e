#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QQmlEngine>
#include <QTimer>

namespace pv::app {

class DaemonConnection;

// Paired MFPs (devices.list), the MFP API's certificate, one-time pairing codes with their
// countdown, and the user's PIN and badge. Main thread.
class DevicesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the devices model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY certificateChanged)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY certificateChanged)
    Q_PROPERTY(int port READ port NOTIFY certificateChanged)
    Q_PROPERTY(bool selfSigned READ selfSigned NOTIFY certificateChanged)
    Q_PROPERTY(QString pairingCode READ pairingCode NOTIFY pairingChanged)
    Q_PROPERTY(int pairingSecondsLeft READ pairingSecondsLeft NOTIFY pairingChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, CreatedRole, LastSeenRole, RevokedRole };

    explicit DevicesModel(DaemonConnection *connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isAvailable() const { return !m_certificate.isEmpty(); }
    QString fingerprint() const;
    int port() const { return m_certificate.value(QStringLiteral("port")).toInt(); }
    bool selfSigned() const { return m_certificate.value(QStringLiteral("self_signed")).toBool(); }
    QString pairingCode() const { return pairingSecondsLeft() > 0 ? m_code : QString(); }
    int pairingSecondsLeft() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void pair(const QString &name);
    Q_INVOKABLE void revoke(const QString &id);
    Q_INVOKABLE void setPin(const QString &pin);
    Q_INVOKABLE void setCard(const QString &cardId);

Q_SIGNALS:
    void countChanged();
    void certificateChanged();
    void pairingChanged();
    void pinSet();
    void cardSet();
    void errorOccurred(const QString &what, const QString &message);

private:
    DaemonConnection *m_connection;
    QJsonObject m_certificate;
    QList<QJsonObject> m_devices;
    QString m_code;
    QDateTime m_codeExpires;
    QTimer m_countdown; // runs only while a pairing code is shown
};

} // namespace pv::app
