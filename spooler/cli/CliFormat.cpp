#include "cli/CliFormat.h"

#include <algorithm>

#include "cli/CliArgs.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <climits>

namespace pv::cli {

namespace {
QString elide(const QString &s, int width)
{
    return s.size() <= width ? s : s.left(width - 1) + QChar(0x2026);
}
} // namespace

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return Text::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return Text::tr("%1 KB").arg(double(bytes) / 1024, 0, 'f', 1);
    if (bytes < 1024ll * 1024 * 1024)
        return Text::tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    return Text::tr("%1 GB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 2);
}

QString humanUntil(const QDateTime &now, const QDateTime &when)
{
    const qint64 s = now.secsTo(when);
    if (s <= 0)
        return Text::tr("expired");
    if (s < 3600)
        return Text::tr("in %1 min").arg((s + 59) / 60);
    if (s < 96 * 3600)
        return Text::tr("in %1 h").arg(s / 3600);
    return Text::tr("in %1 days").arg(s / 86400);
}

static QString dateTime(const QJsonObject &job, const char *key)
{
    return QDateTime::fromString(job.value(QLatin1String(key)).toString(), Qt::ISODate)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

namespace {

// Where a job is, when a print server is configured (jobs.list's location field).
QString whereText(const QJsonObject &j)
{
    const QString location = j.value(QStringLiteral("location")).toString();
    if (location == QLatin1String("server"))
        return Text::tr("held on the server (%1)").arg(j.value(QStringLiteral("server_state")).toString());
    if (location == QLatin1String("uploading")) {
        const double total = j.value(QStringLiteral("upload_total_bytes")).toDouble();
        return total > 0 ? Text::tr("uploading %1%")
                               .arg(int(j.value(QStringLiteral("uploaded_bytes")).toDouble() * 100 / total))
                         : Text::tr("uploading");
    }
    if (location == QLatin1String("over_quota")) {
        const QString next = j.value(QStringLiteral("next_try")).toString();
        return Text::tr("over the server's quota (checked again %1)")
            .arg(QDateTime::fromString(next, Qt::ISODate).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }
    if (location == QLatin1String("waiting")) {
        const QString next = j.value(QStringLiteral("next_try")).toString();
        const QString reason = j.value(QStringLiteral("reason")).toString();
        if (reason.isEmpty())
            return Text::tr("waiting to upload");
        return next.isEmpty() ? Text::tr("waiting to upload (%1; needs you)").arg(reason)
                              : Text::tr("waiting to upload (%1; next try %2)")
                                    .arg(reason, QDateTime::fromString(next, Qt::ISODate)
                                                     .toLocalTime()
                                                     .toString(QStringLiteral("HH:mm:ss")));
    }
    return Text::tr("held here");
}

} // namespace

QString jobTable(const QJsonArray &jobs, const QDateTime &now)
{
    const bool withServer = std::any_of(jobs.begin(), jobs.end(), [](const QJsonValue &v) {
        return v.toObject().contains(QStringLiteral("location"));
    });
    if (withServer) {
        QString out = QStringLiteral("%1  %2  %3  %4\n")
                          .arg(Text::tr("ID"), -14)
                          .arg(Text::tr("TITLE"), -32)
                          .arg(Text::tr("PAGES"), 5)
                          .arg(Text::tr("WHERE"));
        for (const QJsonValue &v : jobs) {
            const QJsonObject j = v.toObject();
            const QString id = j.value(QStringLiteral("id")).toString();
            out += QStringLiteral("%1  %2  %3  %4\n")
                       .arg(id.startsWith(QLatin1String("server-")) ? id : id.left(8), -14)
                       .arg(elide(j.value(QStringLiteral("title")).toString(), 32), -32)
                       .arg(j.value(QStringLiteral("pages")).toInt(), 5)
                       .arg(whereText(j));
        }
        return out;
    }
    if (jobs.isEmpty())
        return Text::tr("No jobs held. Print to \"PrintVault\" or run: printvault-cli submit FILE.pdf\n");
    QString out = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                      .arg(Text::tr("ID"), -8)
                      .arg(Text::tr("TITLE"), -32)
                      .arg(Text::tr("PAGES"), 5)
                      .arg(Text::tr("COLOUR"), 6)
                      .arg(Text::tr("SIZE"), 9)
                      .arg(Text::tr("EXPIRES"));
    for (const QJsonValue &v : jobs) {
        const QJsonObject j = v.toObject();
        const QDateTime expires =
            QDateTime::fromString(j.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        out += QStringLiteral("%1  %2  %3  %4  %5  %6 (%7)\n")
                   .arg(j.value(QStringLiteral("id")).toString().left(8), -8)
                   .arg(elide(j.value(QStringLiteral("title")).toString(), 32), -32)
                   .arg(j.value(QStringLiteral("pages")).toInt(), 5)
                   .arg(j.value(QStringLiteral("color_pages_printed")).toInt(), 6)
                   .arg(humanSize(qint64(j.value(QStringLiteral("size")).toDouble())), 9)
                   .arg(humanUntil(now, expires), dateTime(j, "expires"));
    }
    return out;
}

QString jobDetails(const QJsonObject &j, const QDateTime &now)
{
    const QDateTime expires =
        QDateTime::fromString(j.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    QString out;
    auto line = [&out](const QString &label, const QString &value) {
        out += QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -13).arg(value);
    };
    line(Text::tr("ID"), j.value(QStringLiteral("id")).toString());
    line(Text::tr("Title"), j.value(QStringLiteral("title")).toString());
    line(Text::tr("File"), j.value(QStringLiteral("file_name")).toString());
    line(Text::tr("Owner"), j.value(QStringLiteral("owner")).toString());
    // Who that was in the organisation, when the job was held while signed in.
    if (const QJsonObject org = j.value(QStringLiteral("org_identity")).toObject(); !org.isEmpty())
        line(Text::tr("Organisation"), Text::tr("%1 (%2 at %3)")
                                           .arg(org.value(QStringLiteral("name")).toString(),
                                                org.value(QStringLiteral("subject")).toString(),
                                                org.value(QStringLiteral("issuer")).toString()));
    line(Text::tr("Pages"), Text::tr("%1 (%2 colour: %3)")
                                .arg(j.value(QStringLiteral("pages")).toInt())
                                .arg(j.value(QStringLiteral("color_pages")).toInt())
                                .arg(j.value(QStringLiteral("page_colors")).toString()));
    line(Text::tr("Colour mode"), j.value(QStringLiteral("color_mode")).toString());
    QStringList overrides;
    for (const QJsonValue &o : j.value(QStringLiteral("overrides")).toArray()) {
        QStringList ranges;
        for (const QJsonValue &r : o.toObject().value(QStringLiteral("pages")).toArray()) {
            const int first = r.toArray().at(0).toInt(), last = r.toArray().at(1).toInt();
            ranges << (first == last     ? QString::number(first)
                       : last == INT_MAX ? QStringLiteral("%1-").arg(first)
                                         : QStringLiteral("%1-%2").arg(first).arg(last));
        }
        overrides << Text::tr("pages %1 %2")
                         .arg(ranges.join(QLatin1Char(',')),
                              o.toObject().value(QStringLiteral("print_color_mode")).toString());
    }
    if (!overrides.isEmpty())
        line(Text::tr("Overrides"), overrides.join(QStringLiteral("; ")));
    line(Text::tr("In colour"),
         Text::tr("%1 page(s) print in colour").arg(j.value(QStringLiteral("color_pages_printed")).toInt()));
    line(Text::tr("Paper"), j.value(QStringLiteral("paper_size")).toString());
    line(Text::tr("Copies"), QString::number(j.value(QStringLiteral("copies")).toInt()));
    line(Text::tr("Size"), humanSize(qint64(j.value(QStringLiteral("size")).toDouble())));
    line(Text::tr("SHA-256"), j.value(QStringLiteral("sha256")).toString());
    line(Text::tr("Created"), dateTime(j, "created"));
    line(Text::tr("Expires"), Text::tr("%1 (%2)").arg(dateTime(j, "expires"), humanUntil(now, expires)));
    return out;
}

namespace {

QString onOff(bool on)
{
    return on ? Text::tr("on") : Text::tr("off");
}

// What holds the workers that parse and draw documents (docs/containment.md).
QString confinementText(const QJsonObject &c)
{
    if (c.isEmpty())
        return QString();
    QString out = Text::tr("  converter workers: %1, seccomp %2, memory %3 MB, time limit %4 s, "
                           "at most %5 pages, given up after %6 crashes\n")
                      .arg(c.value(QStringLiteral("worker")).toString())
                      .arg(onOff(c.value(QStringLiteral("seccomp")).toBool()))
                      .arg(qint64(c.value(QStringLiteral("memory_mb")).toDouble()))
                      .arg(c.value(QStringLiteral("timeout_seconds")).toInt())
                      .arg(c.value(QStringLiteral("max_pages")).toInt())
                      .arg(c.value(QStringLiteral("max_crashes")).toInt());
    const QJsonObject r = c.value(QStringLiteral("release_render")).toObject();
    if (!r.isEmpty())
        out += Text::tr("  render workers: at most %1 at once (%2 threads each), seccomp %3, memory %4 MB, "
                        "time limit %5 s per try, processor time %6 s\n")
                   .arg(r.value(QStringLiteral("max_workers")).toInt())
                   .arg(r.value(QStringLiteral("renderer_threads")).toInt())
                   .arg(onOff(r.value(QStringLiteral("seccomp")).toBool()))
                   .arg(qint64(r.value(QStringLiteral("memory_mb")).toDouble()))
                   .arg(r.value(QStringLiteral("timeout_seconds")).toInt())
                   .arg(r.value(QStringLiteral("cpu_seconds")).toInt());
    if (r.contains(QStringLiteral("raster_renderer")))
        out += Text::tr("  raster pages drawn by: %1\n")
                   .arg(r.value(QStringLiteral("raster_renderer")).toString());
    return out;
}

} // namespace

QString statusText(const QJsonObject &s)
{
    QString out = Text::tr("printvaultd %1 (pid %2): %3\n")
                      .arg(s.value(QStringLiteral("version")).toString())
                      .arg(qint64(s.value(QStringLiteral("pid")).toDouble()))
                      .arg(s.value(QStringLiteral("state")).toString());
    if (!s.value(QStringLiteral("message")).toString().isEmpty())
        out += QStringLiteral("  %1\n").arg(s.value(QStringLiteral("message")).toString());
    const qint64 cap = qint64(s.value(QStringLiteral("vault_max_bytes")).toDouble());
    out += Text::tr("  jobs held: %1, vault size %2%3\n")
               .arg(s.value(QStringLiteral("jobs")).toInt())
               .arg(humanSize(qint64(s.value(QStringLiteral("stored_bytes")).toDouble())))
               .arg(cap > 0 ? Text::tr(" of %1").arg(humanSize(cap)) : QString());
    const QString printer = s.value(QStringLiteral("printer_uri")).toString();
    out += Text::tr("  printer: %1\n").arg(printer.isEmpty() ? Text::tr("off") : printer);
    if (const int tcp = s.value(QStringLiteral("capture_tcp_port")).toInt(); tcp > 0)
        out +=
            Text::tr("  printer on TCP: ipp://localhost:%1/ipp/print (other local accounts can reach it)\n")
                .arg(tcp);
    out += Text::tr("  retention: %1 h%2\n")
               .arg(s.value(QStringLiteral("retention_hours")).toInt())
               .arg(s.value(QStringLiteral("locked_settings"))
                            .toArray()
                            .contains(QStringLiteral("vault/retention_hours"))
                        ? Text::tr(" (set by policy)")
                        : QString());
    out += confinementText(s.value(QStringLiteral("confinement")).toObject());
    return out;
}

} // namespace pv::cli
