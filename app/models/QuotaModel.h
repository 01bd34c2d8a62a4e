#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

namespace pv::app {

class DaemonConnection;

// This month's quota (quota.get), the last twelve months of usage (usage.history) and the
// recent ledger entries, refreshed when the daemon reports new usage. Main thread.
class QuotaModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the quota model")
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(bool limited READ limited NOTIFY changed)
    Q_PROPERTY(int pageLimit READ pageLimit NOTIFY changed)
    Q_PROPERTY(int pagesUsed READ pagesUsed NOTIFY changed)
    Q_PROPERTY(int pagesLeft READ pagesLeft NOTIFY changed)
    Q_PROPERTY(int colorLimit READ colorLimit NOTIFY changed)
    Q_PROPERTY(int colorUsed READ colorUsed NOTIFY changed)
    Q_PROPERTY(int colorLeft READ colorLeft NOTIFY changed)
    Q_PROPERTY(QDateTime resetsAt READ resetsAt NOTIFY changed)
    Q_PROPERTY(QString resetText READ resetText NOTIFY changed)
    Q_PROPERTY(QVariantList months READ months NOTIFY changed)
    Q_PROPERTY(int monthMax READ monthMax NOTIFY changed)
    Q_PROPERTY(QVariantList recent READ recent NOTIFY changed)
    // The print server's own quota (server/quota_source=server), beside the local ledger's.
    Q_PROPERTY(bool serverShown READ serverShown NOTIFY changed)
    Q_PROPERTY(int serverPageLimit READ serverPageLimit NOTIFY changed)
    Q_PROPERTY(int serverPagesUsed READ serverPagesUsed NOTIFY changed)
    Q_PROPERTY(int serverPagesLeft READ serverPagesLeft NOTIFY changed)
    Q_PROPERTY(QString serverText READ serverText NOTIFY changed)
public:
    explicit QuotaModel(DaemonConnection *connection, QObject *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool limited() const { return m_quota.value(QStringLiteral("limited")).toBool(); }
    int pageLimit() const { return intValue("page_limit"); }
    int pagesUsed() const { return intValue("pages_used"); }
    int pagesLeft() const { return intValue("pages_left"); }
    int colorLimit() const { return intValue("color_limit"); }
    int colorUsed() const { return intValue("color_used"); }
    int colorLeft() const { return intValue("color_left"); }
    QDateTime resetsAt() const;
    QString resetText() const;
    QVariantList months() const { return m_months; }
    int monthMax() const { return m_monthMax; }
    QVariantList recent() const { return m_recent; }
    bool serverShown() const { return !server().isEmpty(); }
    int serverPageLimit() const { return server().value(QStringLiteral("page_limit")).toInt(); }
    int serverPagesUsed() const { return server().value(QStringLiteral("pages_used")).toInt(); }
    int serverPagesLeft() const { return server().value(QStringLiteral("pages_left")).toInt(); }
    // "From print.example.com, as of 10:42", with the limit's period and any error reading it.
    QString serverText() const;

    Q_INVOKABLE void refresh();
    // Writes the last twelve months of the ledger as CSV (the same bytes as the CLI's export).
    Q_INVOKABLE void exportCsv(const QUrl &file);

Q_SIGNALS:
    void changed();
    void exported(const QString &path);
    void errorOccurred(const QString &what, const QString &message);

private:
    int intValue(const char *key) const { return m_quota.value(QLatin1String(key)).toInt(); }
    QJsonObject server() const { return m_quota.value(QStringLiteral("server")).toObject(); }
    void finishPart();

    DaemonConnection *m_connection;
    QJsonObject m_quota;
    QVariantList m_months;
    int m_monthMax = 0;
    QVariantList m_recent;
    int m_pending = 0;
    bool m_loaded = false;
};

} // namespace pv::app
