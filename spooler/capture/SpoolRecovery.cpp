#include "capture/SpoolRecovery.h"

#include "capture/CaptureService.h"
#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "common/Transient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace pv {

SpoolRecovery::SpoolRecovery(CaptureService *capture, const ConverterRegistry *converters)
    : m_capture(capture)
    , m_converters(converters)
{}

SpoolRecovery::~SpoolRecovery()
{
    wait();
}

SpoolRecovery::Leftover SpoolRecovery::parseName(const QString &fileName)
{
    // papplJobOpenFile: p<printer id>j<job id>-<job-name, lowercased, runs of other characters
    // as one "_">.<extension of the format>; "prn" is any other format (text, here). A
    // recovered file keeps that name behind a prefix of ours.
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|-)p\\d{5}j\\d{9}-([a-z0-9_-]*)\\.(pdf|ps|jpg|png|prn)$"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch())
        return {};
    static const QHash<QString, QString> formats{
        {QStringLiteral("pdf"), QStringLiteral("application/pdf")},
        {QStringLiteral("ps"), QStringLiteral("application/postscript")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("prn"), QStringLiteral("text/plain")}};
    QString title = m.captured(1).replace(QLatin1Char('_'), QLatin1Char(' ')).trimmed();
    return {formats.value(m.captured(2)), title.isEmpty() ? QStringLiteral("Untitled") : title};
}

namespace {

const QString TicketSuffix = QStringLiteral(".pvjob");

int documentsIn(const QDir &dir)
{
    int n = 0;
    for (const QString &name : dir.entryList(QDir::Files))
        n += !name.endsWith(TicketSuffix);
    return n;
}

} // namespace

QString SpoolRecovery::ticketPath(const QString &spoolDir, int printerId, int jobId)
{
    return QDir(spoolDir).filePath(QStringLiteral("p%1j%2%3")
                                       .arg(printerId, 5, 10, QLatin1Char('0'))
                                       .arg(jobId, 9, 10, QLatin1Char('0'))
                                       .arg(TicketSuffix));
}

QString SpoolRecovery::ticketPath(const QString &document)
{
    // The document's name up to its job (p00001j000000042), behind any prefix recovery gave it.
    static const QRegularExpression job(QStringLiteral("p\\d{5}j\\d{9}"));
    const QFileInfo info(document);
    const QRegularExpressionMatch m = job.match(info.fileName());
    if (!m.hasMatch())
        return document + TicketSuffix;
    return info.dir().filePath(info.fileName().left(m.capturedEnd()) + TicketSuffix);
}

QByteArray SpoolRecovery::ticket(const JobRequest &r)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), r.title},
                                     {QStringLiteral("owner"), r.owner},
                                     {QStringLiteral("copies"), r.copies},
                                     {QStringLiteral("sides"), r.sides},
                                     {QStringLiteral("colorMode"), r.colorMode},
                                     {QStringLiteral("overrides"), overridesJsonArray(r.overrides)}})
        .toJson(QJsonDocument::Compact);
}

bool SpoolRecovery::readTicket(const QString &document, JobRequest *r)
{
    const auto bytes = files::readFile(ticketPath(document));
    if (!bytes)
        return false;
    const QJsonObject t = QJsonDocument::fromJson(bytes.value()).object();
    if (t.value(QStringLiteral("title")).toString().isEmpty() ||
        t.value(QStringLiteral("owner")).toString().isEmpty())
        return false;
    r->title = t.value(QStringLiteral("title")).toString();
    r->owner = t.value(QStringLiteral("owner")).toString();
    r->copies = qBound(1, t.value(QStringLiteral("copies")).toInt(1), 999);
    r->sides = t.value(QStringLiteral("sides")).toString(QStringLiteral("one-sided"));
    r->colorMode = t.value(QStringLiteral("colorMode")).toString(QStringLiteral("auto"));
    r->overrides = overridesFromJsonArray(t.value(QStringLiteral("overrides")).toArray());
    return true;
}

Result<int> SpoolRecovery::takeLeftovers(const QString &spoolDir, const QString &recoveryDir)
{
    m_dir = recoveryDir;
    if (auto s = files::ensurePrivateDir(recoveryDir); !s)
        return s.error();
    QDir spool(spoolDir);
    // A unique prefix (and spool order): an earlier run's unfinished files may carry the same PAPPL names.
    const QString prefix = QString::number(QDateTime::currentMSecsSinceEpoch());
    int n = 0;
    for (const QString &name : spool.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (name.endsWith(TicketSuffix))
            continue; // goes with its document
        const QString from = spool.filePath(name);
        if (parseName(name).format.isEmpty() || QFileInfo(from).size() == 0) {
            spool.remove(name);
            continue;
        }
        const QString to =
            QDir(recoveryDir)
                .filePath(QStringLiteral("%1.%2-%3").arg(prefix).arg(n++, 6, 10, QLatin1Char('0')).arg(name));
        // The ticket first: a document that made it over always has its ticket beside it.
        if (QFileInfo::exists(ticketPath(from)))
            (void)files::renameDurably(ticketPath(from), ticketPath(to));
        if (auto s = files::renameDurably(from, to); !s) {
            qCWarning(lcCapture) << "a spooled document cannot be kept for recovery:" << s.error().message;
            spool.remove(name);
        }
    }
    // Tickets whose document went (stored, refused above, or never sent).
    for (const QString &name : spool.entryList({QLatin1Char('*') + TicketSuffix}, QDir::Files | QDir::Hidden))
        spool.remove(name);
    return documentsIn(QDir(recoveryDir));
}

void SpoolRecovery::start(const QString &owner, const ConvertOptions &options,
                          const std::atomic<bool> &stopping)
{
    wait();
    m_thread = std::thread([this, owner, options, &stopping]() { recoverAll(owner, options, stopping); });
}

void SpoolRecovery::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void SpoolRecovery::recoverAll(const QString &owner, const ConvertOptions &options,
                               const std::atomic<bool> &stopping)
{
    QDir dir(m_dir);
    int recovered = 0, refused = 0, kept = 0;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (stopping.load())
            return;
        const QString path = dir.filePath(name);
        if (name.endsWith(TicketSuffix))
            continue; // read with its document, and deleted with it or at the end
        const Leftover left = parseName(name);
        const ConverterRegistry::Convert *convert =
            m_converters->find(left.format, QStringLiteral("application/pdf"));
        Result<JobRecord> result =
            Error{QStringLiteral("unsupported"), QCoreApplication::translate("pv::capture", "no converter")};
        if (convert) {
            JobRequest request;
            if (!readTicket(path, &request)) {
                request.title = left.title;
                request.owner = owner;
            }
            result = m_capture->captureBlocking(
                request, [&](QIODevice &pdf) { return (*convert)(path, pdf, options); }, stopping);
        }
        if (!result && stopping.load())
            return; // not refused: the daemon is stopping; the file waits for the next start
        // A full vault or disk, a vault that cannot write or is paused, may not last: the job is
        // kept for the next start rather than lost. A document refused as such goes.
        if (!result && isTransient(result.error())) {
            ++kept;
            qCWarning(lcCapture) << "a document left in the spool waits for the next start:"
                                 << result.error().code << result.error().message;
            continue;
        }
        // Plaintext: it goes the moment the vault has the job, or has refused it.
        QFile::remove(path);
        QFile::remove(ticketPath(path));
        if (result) {
            ++recovered;
        } else {
            ++refused;
            qCWarning(lcCapture) << "a document left in the spool could not be recovered:"
                                 << result.error().code << result.error().message;
        }
    }
    if (recovered + refused + kept > 0)
        qCInfo(lcCapture) << "recovered" << recovered
                          << "acknowledged job(s) left in the spool by the last run;" << refused << "refused,"
                          << kept << "kept for the next start";
    if (kept == 0) {
        dir.removeRecursively();
        return;
    }
    // Tickets of documents that are gone.
    QSet<QString> wanted;
    for (const QString &name : dir.entryList(QDir::Files))
        if (!name.endsWith(TicketSuffix))
            wanted.insert(ticketPath(dir.filePath(name)));
    for (const QString &name : dir.entryList({QLatin1Char('*') + TicketSuffix}, QDir::Files))
        if (!wanted.contains(dir.filePath(name)))
            QFile::remove(dir.filePath(name));
}

} // namespace pv
