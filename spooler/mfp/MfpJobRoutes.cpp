// The MFP API's job routes, all scoped to the signed-in user: another user's job answers
// exactly like a missing one.
#include "accounting/PrintedJob.h"
#include "common/Logging.h"
#include "mfp/MfpService.h"
#include "mfp/RequestBodies.h"
#include "vault/DecryptingDevice.h"
#include "vault/Vault.h"

#include <QJsonArray>

namespace pv::mfp {

namespace {

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("not-found"), QStringLiteral("no such job"));
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject jobJson(const JobRecord &job)
{
    return QJsonObject{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("title"), job.request.title},
        {QStringLiteral("owner"), job.request.owner},
        {QStringLiteral("org_identity"), orgIdentityJson(job.request.org)},
        {QStringLiteral("pages"), job.info.pages},
        {QStringLiteral("color_pages"), job.info.colorPages()},
        {QStringLiteral("copies"), job.request.copies},
        {QStringLiteral("duplex"), job.request.sides != QLatin1String("one-sided")},
        {QStringLiteral("color_mode"), job.request.colorMode},
        {QStringLiteral("overrides"), overridesJsonArray(job.request.overrides)},
        {QStringLiteral("page_ranges"), pageRangesJsonArray(job.request.pageRanges)},
        {QStringLiteral("size"), job.size},
        {QStringLiteral("created"), iso(job.created)},
        {QStringLiteral("expires"), iso(job.expires)},
    };
}

} // namespace

Result<JobRecord> MfpService::ownJob(const Session &session, const QString &id) const
{
    const Error missing{QStringLiteral("not-found"), QString()};
    // Full IDs only: prefixes are a convenience for people at a terminal, not for devices.
    if (id.size() != 32)
        return missing;
    auto job = m_context.vault->job(id);
    if (!job || job->request.owner != session.user)
        return missing;
    return job;
}

HttpResponse MfpService::listJobs(const Session &session) const
{
    if (const auto cached = m_listCache.constFind(session.user); cached != m_listCache.cend())
        return HttpResponse::bytes(200, "application/json", *cached);
    auto jobs = m_context.vault->jobs();
    if (!jobs)
        return HttpResponse::internal(503, jobs.error().code, jobs.error().message, "listing jobs");
    QJsonArray out;
    for (const JobRecord &job : jobs.value()) {
        if (job.request.owner == session.user)
            out.append(jobJson(job));
    }
    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("jobs"), out}});
    m_listCache.insert(session.user, r.body);
    return r;
}

HttpResponse MfpService::jobResponse(const Session &session, const QString &id, const QString &what) const
{
    auto job = ownJob(session, id);
    if (!job)
        return notFound();
    if (what.isEmpty())
        return HttpResponse::json(200, jobJson(job.value()));
    if (what == QLatin1String("thumbnail")) {
        auto png = m_context.vault->thumbnail(id);
        if (!png || png->isEmpty())
            return HttpResponse::error(404, QStringLiteral("no-thumbnail"),
                                       QStringLiteral("this job has no thumbnail"));
        return HttpResponse::bytes(200, "image/png", png.value());
    }
    auto device = m_context.vault->openDocument(id);
    if (!device) {
        qCWarning(lcMfp) << "cannot open job" << id << "for download:" << device.error().message;
        return HttpResponse::error(500, device.error().code, QStringLiteral("the job cannot be read"));
    }
    HttpResponse r;
    r.status = 200;
    r.streamLength = job->size;
    r.stream = std::move(device.value());
    const QByteArray digest = job->sha256.toBase64();
    r.withHeader("Content-Type", "application/pdf")
        .withHeader("Content-Disposition", "attachment; filename=\"" + id.toLatin1() + ".pdf\"")
        .withHeader("Digest", "sha-256=" + digest)              // RFC 3230, what most clients know
        .withHeader("Repr-Digest", "sha-256=:" + digest + ':'); // RFC 9530
    qCInfo(lcMfp) << "device" << session.deviceId << "downloads job" << id;
    return r;
}

HttpResponse MfpService::printed(const Session &session, const QString &id, const HttpRequest &request)
{
    auto job = ownJob(session, id);
    if (!job)
        return notFound();
    auto report = bodies::parsePrinted(request.body);
    if (!report)
        return HttpResponse::error(400, report.error().code, report.error().message);
    accounting::PrintedJob printed;
    printed.usage.impressions = report->impressions;
    printed.usage.colorImpressions = report->colorImpressions;
    printed.usage.sheets = report->sheets;
    printed.usage.user = session.user;
    printed.usage.source = QStringLiteral("mfp");
    printed.usage.device = session.deviceId;
    printed.usage.jobId = id;
    printed.removalReason = QStringLiteral("printed");
    // 503 when the usage cannot be recorded: the job is kept, so the device may report it again.
    auto finished =
        accounting::recordUsageThenFinish({m_context.ledger, m_context.vault, m_context.policy}, printed);
    if (!finished)
        return HttpResponse::internal(503, finished.error().code, finished.error().message,
                                      "recording the usage");
    const accounting::UsageEntry &written = finished->entry;
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("deleted"), finished->deleted},
                                          {QStringLiteral("impressions"), written.impressions},
                                          {QStringLiteral("color_impressions"), written.colorImpressions},
                                          {QStringLiteral("sheets"), written.sheets}});
}

HttpResponse MfpService::deleteJob(const Session &session, const QString &id)
{
    if (!ownJob(session, id))
        return notFound();
    if (auto s = m_context.vault->remove(id, QStringLiteral("deleted")); !s)
        return HttpResponse::internal(500, s.error().code, s.error().message, "deleting the job");
    return HttpResponse::bytes(204, "application/json", QByteArray());
}

} // namespace pv::mfp
