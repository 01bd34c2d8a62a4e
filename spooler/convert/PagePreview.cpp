#include "convert/PagePreview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>

#include <poppler-qt6.h>

namespace pv {

Result<PagePreview> renderPreview(QIODevice *pdf, int page, int width)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
    if (!doc || doc->isLocked())
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::convert", "the held document cannot be opened")};
    const int pages = doc->numPages();
    if (page < 1 || page > pages)
        return Error{QStringLiteral("not-found"),
                     QCoreApplication::translate("pv::convert", "the job has no page %1").arg(page)};
    std::unique_ptr<Poppler::Page> p(doc->page(page - 1));
    if (!p)
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::convert", "page %1 cannot be read").arg(page)};
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    const QSizeF points = p->pageSizeF();
    const double dpi = points.width() > 0 ? 72.0 * width / points.width() : 72.0;
    const QImage image = p->renderToImage(dpi, dpi);
    if (image.isNull())
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::convert", "page %1 cannot be rendered").arg(page)};
    PagePreview out;
    QBuffer buffer(&out.png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    out.page = page;
    out.pages = pages;
    return out;
}

} // namespace pv
