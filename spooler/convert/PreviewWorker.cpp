// Runs in printvault-worker only: the daemon never draws an untrusted document.
#include "convert/PreviewWorker.h"

#include "convert/PagePreview.h"
#include "convert/PreviewProtocol.h"
#include "convert/SealedInput.h"
#include "vault/DecryptingDevice.h"

#include <QFileDevice>

#include <new>
#include <unistd.h>

namespace pv {

namespace {

[[noreturn]] void outOfMemory()
{
    static const char line[] = "{\"ok\":false,\"code\":\"out-of-memory\",\"message\":\"out of memory\"}\n";
    [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, line, sizeof line - 1);
    _exit(3);
}

Result<PagePreview> preview(const PreviewRequest &request, const BeforePreview &beforePreview)
{
    auto document = openSealed(request.input);
    if (!document)
        return document.error();
    if (beforePreview) {
        beforePreview(*document.value());
        document.value()->seek(0);
    }
    return renderPreview(document.value().get(), request.page, request.width);
}

} // namespace

int runPreviewWorker(QIODevice &control, QIODevice &reply, const BeforePreview &beforePreview)
{
    std::set_new_handler(&outOfMemory);
    auto request = PreviewRequest::read(control);
    if (!request)
        return 2;
    const QByteArray line = previewReplyLine(preview(request.value(), beforePreview));
    const bool written = reply.write(line) == line.size();
    if (auto *file = qobject_cast<QFileDevice *>(&reply))
        file->flush();
    return written ? 0 : 1;
}

} // namespace pv
