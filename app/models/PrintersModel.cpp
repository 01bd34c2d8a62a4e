#include "models/PrintersModel.h"

#include "core/DaemonConnection.h"

#include <QJsonArray>

namespace pv::app {

PrintersModel::PrintersModel(DaemonConnection *connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
    connect(m_connection, &DaemonConnection::connectedChanged, this, [this]() {
        if (m_connection->isConnected())
            refresh();
    });
}

int PrintersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_printers.size());
}

QVariant PrintersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_printers.size())
        return {};
    const QJsonObject &p = m_printers.at(index.row());
    const QJsonObject caps = p.value(QStringLiteral("capabilities")).toObject();
    switch (role) {
    case NameRole:
        return p.value(QStringLiteral("name")).toString();
    case UriRole:
        return p.value(QStringLiteral("uri")).toString();
    case ModelRole:
        return caps.value(QStringLiteral("make_and_model")).toString();
    case PdfRole:
        return caps.value(QStringLiteral("pdf")).toBool();
    case ColorRole:
        return caps.value(QStringLiteral("color")).toBool();
    case DuplexRole:
        return caps.value(QStringLiteral("duplex")).toBool();
    case BadgesRole: {
        QStringList badges;
        badges.append(caps.value(QStringLiteral("pdf")).toBool() ? tr("PDF") : tr("Raster"));
        badges.append(caps.value(QStringLiteral("color")).toBool() ? tr("Colour") : tr("Mono"));
        if (caps.value(QStringLiteral("duplex")).toBool())
            badges.append(tr("Duplex"));
        if (p.value(QStringLiteral("uri")).toString().startsWith(QLatin1String("ipps:")))
            badges.append(tr("Encrypted"));
        return badges;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> PrintersModel::roleNames() const
{
    return {{NameRole, "name"},   {UriRole, "uri"},       {ModelRole, "makeAndModel"}, {PdfRole, "pdf"},
            {ColorRole, "color"}, {DuplexRole, "duplex"}, {BadgesRole, "badges"}};
}

QStringList PrintersModel::names() const
{
    QStringList out;
    for (const QJsonObject &p : m_printers)
        out.append(p.value(QStringLiteral("name")).toString());
    return out;
}

void PrintersModel::refresh()
{
    m_connection->request(QStringLiteral("printers.list"), {}, [this](Result<QJsonObject> r) {
        if (!r) {
            Q_EMIT errorOccurred(tr("Printers"), r.error().message);
            return;
        }
        beginResetModel();
        m_printers.clear();
        for (const QJsonValue &v : r->value(QStringLiteral("printers")).toArray())
            m_printers.append(v.toObject());
        endResetModel();
        Q_EMIT countChanged();
        Q_EMIT discoveredChanged(); // a saved one drops out of the found list
    });
}

QVariantList PrintersModel::discovered() const
{
    // What is saved already is not offered again.
    QVariantList out;
    for (const QVariant &v : m_discovered) {
        const QString uri = v.toMap().value(QStringLiteral("uri")).toString();
        const bool saved = std::any_of(m_printers.cbegin(), m_printers.cend(), [&](const QJsonObject &p) {
            return p.value(QStringLiteral("uri")).toString() == uri;
        });
        if (!saved)
            out.append(v);
    }
    return out;
}

void PrintersModel::discover()
{
    if (m_discovering)
        return;
    m_discovering = true;
    Q_EMIT discoveredChanged();
    m_connection->request(QStringLiteral("printers.discover"), {}, [this](Result<QJsonObject> r) {
        m_discovering = false;
        m_discovered.clear();
        if (r) {
            for (const QJsonValue &v : r->value(QStringLiteral("printers")).toArray())
                m_discovered.append(v.toObject().toVariantMap());
            m_discoveryMessage =
                r->value(QStringLiteral("dnssd")).toBool()
                    ? QString()
                    : tr("No network printer discovery (DNS-SD) on this computer: only printers "
                         "set up in CUPS are listed. Add others by their address.");
        } else {
            Q_EMIT errorOccurred(tr("Find printers"), r.error().message);
        }
        Q_EMIT discoveredChanged();
    });
}

void PrintersModel::addPrinter(const QString &uri, const QString &name)
{
    setBusy(true);
    m_connection->request(
        QStringLiteral("printers.add"),
        QJsonObject{{QStringLiteral("uri"), uri.trimmed()}, {QStringLiteral("name"), name.trimmed()}},
        [this](Result<QJsonObject> r) {
            setBusy(false);
            if (!r) {
                Q_EMIT errorOccurred(tr("Add printer"), r.error().message);
                return;
            }
            refresh();
            Q_EMIT printerAdded(
                r->value(QStringLiteral("printer")).toObject().value(QStringLiteral("name")).toString());
        });
}

void PrintersModel::trustPrinter(const QString &printer)
{
    m_connection->request(QStringLiteral("printers.trust"), QJsonObject{{QStringLiteral("printer"), printer}},
                          [this, printer](Result<QJsonObject> r) {
                              if (!r) {
                                  Q_EMIT errorOccurred(tr("Trust printer"), r.error().message);
                                  return;
                              }
                              Q_EMIT printerTrusted(
                                  printer, r->value(QStringLiteral("fingerprint_sha256")).toString());
                          });
}

void PrintersModel::removePrinter(const QString &name)
{
    m_connection->request(QStringLiteral("printers.remove"), QJsonObject{{QStringLiteral("name"), name}},
                          [this](Result<QJsonObject> r) {
                              if (!r)
                                  Q_EMIT errorOccurred(tr("Remove printer"), r.error().message);
                              refresh();
                          });
}

void PrintersModel::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

} // namespace pv::app
