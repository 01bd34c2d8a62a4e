#include "ServerProbe.h"

#include <QTemporaryFile>

namespace pv::test {

namespace {

struct Answer
{
    const char *password = nullptr;
};

const char *givePassword(const char *, http_t *, const char *, const char *, void *data)
{
    auto *a = static_cast<Answer *>(data);
    const char *p = a->password;
    a->password = nullptr; // once
    return p;
}

} // namespace

IppAnswer ippAs(int port, const QString &user, const QString &password, ipp_op_t op, int jobId,
                const QString &requestingUser, const QString &queue)
{
    IppAnswer out;
    const QByteArray pw = password.toUtf8();
    Answer answer{pw.constData()};
    cupsSetUser(user.toUtf8().constData());
    cupsSetPasswordCB2(givePassword, &answer);
    http_t *http =
        httpConnect2("127.0.0.1", port, nullptr, AF_INET, HTTP_ENCRYPTION_ALWAYS, 1, 15000, nullptr);
    if (!http)
        return out;
    const QByteArray uri = QStringLiteral("ipps://127.0.0.1:%1/printers/%2").arg(port).arg(queue).toUtf8();
    const QByteArray resource = QStringLiteral("/printers/%1").arg(queue).toUtf8();
    ipp_t *request = ippNewRequest(op);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 (requestingUser.isEmpty() ? user : requestingUser).toUtf8().constData());
    if (jobId > 0)
        ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    if (op == IPP_OP_GET_JOBS) {
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nullptr, "all");
        ippAddBoolean(request, IPP_TAG_OPERATION, "my-jobs", 1);
        static const char *const wanted[] = {"job-id", "job-name", "job-state", "job-originating-user-name",
                                             "job-hold-until"};
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 5, nullptr,
                      wanted);
    }
    ipp_t *response = cupsDoRequest(http, request, resource.constData());
    out.status = cupsLastError();
    ServerJobSeen job;
    for (ipp_attribute_t *a = response ? ippFirstAttribute(response) : nullptr; a;
         a = ippNextAttribute(response)) {
        const QByteArray name = ippGetName(a) ? QByteArray(ippGetName(a)) : QByteArray();
        if (ippGetGroupTag(a) != IPP_TAG_JOB || name.isEmpty()) {
            if (job.id > 0)
                out.jobs.append(job);
            job = ServerJobSeen();
            continue;
        }
        if (name == "job-id")
            job.id = ippGetInteger(a, 0);
        else if (name == "job-state")
            job.state = ippGetInteger(a, 0);
        else if (name == "job-name")
            job.name = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (name == "job-originating-user-name")
            job.owner = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (name == "job-hold-until")
            job.holdUntil = QString::fromUtf8(ippGetString(a, 0, nullptr));
    }
    if (job.id > 0)
        out.jobs.append(job);
    ippDelete(response);
    httpClose(http);
    cupsSetPasswordCB2(nullptr, nullptr);
    return out;
}

QByteArray documentOf(int port, const QString &user, const QString &password, int jobId)
{
    const QByteArray pw = password.toUtf8();
    Answer answer{pw.constData()};
    cupsSetUser(user.toUtf8().constData());
    cupsSetPasswordCB2(givePassword, &answer);
    http_t *http =
        httpConnect2("127.0.0.1", port, nullptr, AF_INET, HTTP_ENCRYPTION_ALWAYS, 1, 15000, nullptr);
    if (!http)
        return {};
    const QByteArray uri = QStringLiteral("ipps://127.0.0.1:%1/printers/hold").arg(port).toUtf8();
    ipp_t *request = ippNewRequest(IPP_OP_CUPS_GET_DOCUMENT);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 user.toUtf8().constData());
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "document-number", 1);
    QTemporaryFile out;
    QByteArray bytes;
    if (out.open()) {
        ippDelete(cupsDoIORequest(http, request, "/printers/hold", -1, out.handle()));
        out.seek(0);
        bytes = out.readAll();
    } else {
        ippDelete(request);
    }
    httpClose(http);
    cupsSetPasswordCB2(nullptr, nullptr);
    return bytes;
}

} // namespace pv::test
