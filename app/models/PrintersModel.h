#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QQmlEngine>
#include <QVariantList>

namespace pv::app {

class DaemonConnection;

// The user's saved printers (printers.list), with what each can do, for the release picker and
// Settings. Adding one asks the printer for its capabilities first. Main thread.
class PrintersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the printers model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool discovering READ isDiscovering NOTIFY discoveredChanged)
    Q_PROPERTY(QVariantList discovered READ discovered NOTIFY discoveredChanged)
    Q_PROPERTY(QString discoveryMessage READ discoveryMessage NOTIFY discoveredChanged)
public:
    enum Role { NameRole = Qt::UserRole + 1, UriRole, ModelRole, PdfRole, ColorRole, DuplexRole, BadgesRole };

    explicit PrintersModel(DaemonConnection *connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool isBusy() const { return m_busy; }
    QStringList names() const;
    bool isDiscovering() const { return m_discovering; }
    // Found printers not saved yet: name, uri, location, makeAndModel, source ("cups", "dnssd").
    QVariantList discovered() const;
    QString discoveryMessage() const { return m_discoveryMessage; }

    Q_INVOKABLE void addPrinter(const QString &uri, const QString &name);
    Q_INVOKABLE void removePrinter(const QString &name);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void discover();
    // Accepts the certificate an ipps:// printer (a saved name or a URI) shows now, in place of
    // the one trusted on first use.
    Q_INVOKABLE void trustPrinter(const QString &printer);

Q_SIGNALS:
    void countChanged();
    void busyChanged();
    void discoveredChanged();
    void printerAdded(const QString &name);
    void printerTrusted(const QString &printer, const QString &fingerprint);
    void errorOccurred(const QString &what, const QString &message);

private:
    void setBusy(bool busy);

    DaemonConnection *m_connection;
    QList<QJsonObject> m_printers;
    bool m_busy = false;
    bool m_discovering = false;
    QVariantList m_discovered;
    QString m_discoveryMessage;
};

} // namespace pv::app
