#include "models/QuotaModel.h"

#include "accounting/UsageCsv.h"
#include "core/DaemonConnection.h"

#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

namespace pv::app {

namespace {

constexpr int RecentEntries = 10;

} // namespace

QuotaModel::QuotaModel(DaemonConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(m_connection, &DaemonConnection::connectedChanged, this, [this]() {
        if (m_connection->isConnected())
            refresh();
    });
    connect(m_connection, &DaemonConnection::eventReceived, this, [this](const QJsonObject &event) {
        const QString name = event.value(QStringLiteral("event")).toString();
        const bool opened = name == QLatin1String("status.changed") && !m_loaded;
        if (name == QLatin1String("usage.added") || opened)
            refresh();
    });
}

QDateTime QuotaModel::resetsAt() const
{
    return QDateTime::fromString(m_quota.value(QStringLiteral("resets_at")).toString(), Qt::ISODate);
}

QString QuotaModel::resetText() const
{
    const QDateTime t = resetsAt();
    return t.isValid()
               ? tr("Resets on %1").arg(QLocale().toString(t.toLocalTime().date(), QLocale::LongFormat))
               : QString();
}

QString QuotaModel::serverText() const
{
    const QJsonObject q = server();
    if (q.isEmpty())
        return QString();
    const QDateTime asOf =
        QDateTime::fromString(q.value(QStringLiteral("as_of")).toString(), Qt::ISODate).toLocalTime();
    QString text = tr("From %1, as of %2")
                       .arg(q.value(QStringLiteral("server")).toString(),
                            QLocale().toString(asOf.time(), QLocale::ShortFormat));
    const int days = q.value(QStringLiteral("period_seconds")).toInt() / 86400;
    if (days > 0)
        text += QStringLiteral(" · ") + tr("over the last %n day(s)", nullptr, days);
    if (q.value(QStringLiteral("page_limit")).toInt() <= 0)
        text += QStringLiteral(" · ") + tr("no page limit");
    const QJsonObject error = m_quota.value(QStringLiteral("server_error")).toObject();
    if (!error.isEmpty())
        text += QStringLiteral(" · ") +
                tr("not reachable now: %1").arg(error.value(QStringLiteral("message")).toString());
    return text;
}

// Three calls, one model: `changed` fires once all three have answered.
void QuotaModel::refresh()
{
    if (m_pending > 0)
        return;
    m_pending = 3;
    m_connection->request(QStringLiteral("quota.get"), {}, [this](Result<QJsonObject> r) {
        if (r)
            m_quota = r.value();
        else if (r.error().code != QLatin1String("vault-locked"))
            Q_EMIT errorOccurred(tr("Quota"), r.error().message);
        finishPart();
    });
    m_connection->request(
        QStringLiteral("usage.history"), QJsonObject{{QStringLiteral("months"), 12}},
        [this](Result<QJsonObject> r) {
            if (r) {
                m_months.clear();
                m_monthMax = 0;
                for (const QJsonValue &v : r->value(QStringLiteral("months")).toArray()) {
                    const QJsonObject m = v.toObject();
                    const QDate month = QDate::fromString(m.value(QStringLiteral("month")).toString(),
                                                          QStringLiteral("yyyy-MM"));
                    const int pages = m.value(QStringLiteral("impressions")).toInt();
                    m_monthMax = qMax(m_monthMax, pages);
                    m_months.append(QVariantMap{
                        {QStringLiteral("month"), m.value(QStringLiteral("month")).toString()},
                        {QStringLiteral("label"),
                         QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat)},
                        {QStringLiteral("pages"), pages},
                        {QStringLiteral("color"), m.value(QStringLiteral("color_impressions")).toInt()}});
                }
            }
            finishPart();
        });
    m_connection->request(QStringLiteral("usage.get"), {}, [this](Result<QJsonObject> usage) {
        if (!usage) {
            finishPart();
            return;
        }
        // A release is shown by the saved printer's name where there is one, not its URI.
        const QJsonArray entries = usage->value(QStringLiteral("entries")).toArray();
        m_connection->request(
            QStringLiteral("printers.list"), {}, [this, entries](Result<QJsonObject> printers) {
                QHash<QString, QString> names;
                for (const QJsonValue &v :
                     printers ? printers->value(QStringLiteral("printers")).toArray() : QJsonArray()) {
                    const QJsonObject p = v.toObject();
                    names.insert(p.value(QStringLiteral("uri")).toString(),
                                 p.value(QStringLiteral("name")).toString());
                }
                m_recent.clear();
                for (qsizetype i = entries.size() - 1; i >= 0 && m_recent.size() < RecentEntries; --i) {
                    const QJsonObject e = entries.at(i).toObject();
                    const QDateTime t =
                        QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODate);
                    const QString device = e.value(QStringLiteral("device")).toString();
                    const bool mfp = e.value(QStringLiteral("source")).toString() == QLatin1String("mfp");
                    m_recent.append(QVariantMap{
                        {QStringLiteral("time"), QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)},
                        {QStringLiteral("where"), mfp ? tr("MFP") : names.value(device, device)},
                        {QStringLiteral("pages"), e.value(QStringLiteral("impressions")).toInt()},
                        {QStringLiteral("color"), e.value(QStringLiteral("color_impressions")).toInt()}});
                }
                finishPart();
            });
    });
}

void QuotaModel::finishPart()
{
    if (--m_pending > 0)
        return;
    m_loaded = true;
    Q_EMIT changed();
}

void QuotaModel::exportCsv(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QDate today = QDate::currentDate();
    const QJsonObject range{
        {QStringLiteral("from"), QDate(today.year(), today.month(), 1).addMonths(-11).toString(Qt::ISODate)},
        {QStringLiteral("to"), today.toString(Qt::ISODate)}};
    m_connection->request(QStringLiteral("usage.get"), range, [this, path](Result<QJsonObject> r) {
        if (!r) {
            Q_EMIT errorOccurred(tr("Export CSV"), r.error().message);
            return;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(accounting::usageCsv(r.value()).toUtf8()) < 0 ||
            !out.commit()) {
            Q_EMIT errorOccurred(tr("Export CSV"), tr("Cannot write %1: %2").arg(path, out.errorString()));
            return;
        }
        Q_EMIT exported(path);
    });
}

} // namespace pv::app
