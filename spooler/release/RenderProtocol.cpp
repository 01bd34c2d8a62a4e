#include "release/RenderProtocol.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace pv::release {

namespace {

constexpr qint64 MaxRequestLine = 1024 * 1024; // the plan has an entry per page

Error malformed()
{
    return Error{QStringLiteral("worker"),
                 QCoreApplication::translate("pv::release", "the renderer's answer is malformed")};
}

QJsonArray planJson(const PrintPlan &plan)
{
    QJsonArray monochrome;
    for (PrintColor c : plan)
        monochrome.append(c == PrintColor::Monochrome);
    return monochrome;
}

PrintPlan planFromJson(const QJsonArray &monochrome)
{
    PrintPlan plan;
    for (const QJsonValue &v : monochrome)
        plan.append(v.toBool() ? PrintColor::Monochrome : PrintColor::AsIs);
    return plan;
}

QJsonArray pagesJson(const QList<int> &pages)
{
    QJsonArray out;
    for (int i : pages)
        out.append(i);
    return out;
}

// Only ascending page indexes are taken: the worker sends pages in the order given.
bool pagesFromJson(const QJsonArray &in, QList<int> *pages)
{
    for (const QJsonValue &v : in) {
        const int i = v.toInt(-1);
        if (i < 0 || (!pages->isEmpty() && i <= pages->last()))
            return false;
        pages->append(i);
    }
    return true;
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

Status RenderRequest::write(QIODevice &pipe) const
{
    const RasterFormat &f = format;
    const QJsonObject json{
        {QStringLiteral("task"),
         task == RenderTask::PdfUpdate ? QStringLiteral("pdf_update") : QStringLiteral("raster")},
        {QStringLiteral("input"),
         QJsonObject{{QStringLiteral("fd"), input.fd},
                     {QStringLiteral("job_id"), QString::fromLatin1(input.jobId.toHex())}}},
        {QStringLiteral("renderer"),
         renderer == RasterRenderer::Ghostscript ? QStringLiteral("ghostscript") : QStringLiteral("poppler")},
        {QStringLiteral("mime"), f.mime},
        {QStringLiteral("dpi"), f.dpi},
        {QStringLiteral("color"), f.color},
        {QStringLiteral("gray_offered"), f.grayOffered},
        {QStringLiteral("monochrome_pages"), planJson(f.plan)},
        {QStringLiteral("media"), f.media},
        {QStringLiteral("sides"), f.sides},
        {QStringLiteral("sheet_back"), f.sheetBack},
        {QStringLiteral("watermark"), f.watermark},
        {QStringLiteral("pages"), pagesJson(pages)},
        {QStringLiteral("max_pages"), limits.maxPages},
        {QStringLiteral("max_page_side_in"), limits.maxPageSideIn},
        {QStringLiteral("memory_mb"), double(memoryBytes >> 20)},
    };
    if (input.key.size() != DataKeyBytes)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::convert", "a data key has the wrong size")};
    const QByteArray request = line(json);
    if (pipe.write(input.key.bytes()) != DataKeyBytes || pipe.write(request) != request.size())
        return Error{QStringLiteral("worker"),
                     QCoreApplication::translate("pv::release", "cannot hand the job to the renderer: %1")
                         .arg(pipe.errorString())};
    return {};
}

Result<RenderRequest> RenderRequest::read(QIODevice &pipe)
{
    SecureBytes key(DataKeyBytes);
    const Error bad{QStringLiteral("worker"),
                    QCoreApplication::translate("pv::release", "the renderer was sent a malformed request")};
    if (!readExactly(pipe, reinterpret_cast<char *>(key.data()), DataKeyBytes))
        return bad;
    QByteArray text;
    while (!text.endsWith('\n')) {
        if (text.size() > MaxRequestLine ||
            (!pipe.canReadLine() && !pipe.waitForReadyRead(-1) && pipe.atEnd()))
            return bad;
        text += pipe.readLine(MaxRequestLine);
    }
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    const QJsonObject in = o.value(QStringLiteral("input")).toObject();
    RenderRequest r;
    const QString task = o.value(QStringLiteral("task")).toString();
    if (task != QLatin1String("raster") && task != QLatin1String("pdf_update"))
        return bad;
    r.task = task == QLatin1String("pdf_update") ? RenderTask::PdfUpdate : RenderTask::Raster;
    const QString renderer = o.value(QStringLiteral("renderer")).toString();
    if (renderer != QLatin1String("ghostscript") && renderer != QLatin1String("poppler"))
        return bad;
    r.renderer =
        renderer == QLatin1String("ghostscript") ? RasterRenderer::Ghostscript : RasterRenderer::Poppler;
    r.input.fd = in.value(QStringLiteral("fd")).toInt(-1);
    r.input.jobId = QByteArray::fromHex(in.value(QStringLiteral("job_id")).toString().toLatin1());
    r.input.key = std::move(key);
    RasterFormat &f = r.format;
    f.mime = o.value(QStringLiteral("mime")).toString();
    f.dpi = o.value(QStringLiteral("dpi")).toInt();
    f.color = o.value(QStringLiteral("color")).toBool();
    f.grayOffered = o.value(QStringLiteral("gray_offered")).toBool();
    f.plan = planFromJson(o.value(QStringLiteral("monochrome_pages")).toArray());
    f.media = o.value(QStringLiteral("media")).toString();
    f.sides = o.value(QStringLiteral("sides")).toString();
    f.sheetBack = o.value(QStringLiteral("sheet_back")).toString();
    f.watermark = o.value(QStringLiteral("watermark")).toString();
    if (!pagesFromJson(o.value(QStringLiteral("pages")).toArray(), &r.pages))
        return bad;
    r.limits.maxPages = o.value(QStringLiteral("max_pages")).toInt(r.limits.maxPages);
    r.limits.maxPageSideIn = o.value(QStringLiteral("max_page_side_in")).toDouble(r.limits.maxPageSideIn);
    r.memoryBytes = qint64(o.value(QStringLiteral("memory_mb")).toDouble()) << 20;
    if (r.input.fd < 0 || r.input.jobId.size() != 16 || f.mime.isEmpty() || f.dpi < MinRasterDpi ||
        f.dpi > MaxRasterDpi || f.media.isEmpty() || f.sides.isEmpty())
        return bad;
    return r;
}

QByteArray chunkLine(qint64 bytes)
{
    return line({{QStringLiteral("chunk_bytes"), double(bytes)}});
}

QByteArray pageLine(int page, int pages)
{
    return line({{QStringLiteral("page"), page}, {QStringLiteral("pages"), pages}});
}

QByteArray doneLine(const Status &outcome)
{
    if (outcome)
        return line({{QStringLiteral("ok"), true}});
    return line({{QStringLiteral("ok"), false},
                 {QStringLiteral("code"), outcome.error().code},
                 {QStringLiteral("message"), outcome.error().message}});
}

Result<RenderMessage> RenderMessage::fromJsonLine(const QByteArray &text)
{
    QJsonParseError parseError{};
    const QJsonObject o = QJsonDocument::fromJson(text, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return malformed();
    RenderMessage m;
    if (o.contains(QStringLiteral("chunk_bytes"))) {
        m.kind = Kind::Chunk;
        m.chunkBytes = qint64(o.value(QStringLiteral("chunk_bytes")).toDouble(-1));
        if (m.chunkBytes < 0 || m.chunkBytes > MaxChunkBytes)
            return malformed();
        return m;
    }
    if (o.contains(QStringLiteral("page"))) {
        m.kind = Kind::Page;
        m.page = o.value(QStringLiteral("page")).toInt();
        m.pages = o.value(QStringLiteral("pages")).toInt();
        if (m.page <= 0 || m.page > m.pages)
            return malformed();
        return m;
    }
    if (!o.contains(QStringLiteral("ok")))
        return malformed();
    m.kind = Kind::Done;
    if (!o.value(QStringLiteral("ok")).toBool()) {
        const QString code = o.value(QStringLiteral("code")).toString();
        const QString message = o.value(QStringLiteral("message")).toString().left(500);
        if (code.isEmpty() || message.isEmpty())
            return malformed();
        m.outcome = Error{code, message};
    }
    return m;
}

} // namespace pv::release
