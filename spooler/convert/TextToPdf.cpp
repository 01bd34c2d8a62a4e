// Plain text to PDF: Courier 10 pt on the job's media, 0.5 in margins, tabs every 8 columns,
// long lines wrapped, form feeds honoured. Written page by page (bounded memory) with the
// standard Courier font, so no font files are needed. Characters outside Latin-1 print as '?'.
#include "convert/ConverterRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace pv::convert {

namespace {

constexpr double FontSize = 10.0;
constexpr double CharWidth = 6.0; // Courier advance: 600/1000 em
constexpr double LineHeight = 12.0;
constexpr double Margin = 36.0;
constexpr int MaxLineBytes = 1 << 20; // longer lines are read in pieces of this size

class PdfTextWriter
{
public:
    PdfTextWriter(QIODevice &out, QSizeF media)
        : m_out(out)
        , m_media(media)
    {}

    int columns() const { return qMax(1, int((m_media.width() - 2 * Margin) / CharWidth)); }
    int rows() const { return qMax(1, int((m_media.height() - 2 * Margin) / LineHeight)); }

    bool begin() { return write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); }

    bool page(const QList<QByteArray> &lines)
    {
        QByteArray content = "BT /F1 " + QByteArray::number(FontSize) + " Tf " +
                             QByteArray::number(LineHeight) + " TL " + QByteArray::number(Margin) + ' ' +
                             QByteArray::number(m_media.height() - Margin - FontSize) + " Td\n";
        for (const QByteArray &line : lines)
            content += '(' + escape(line) + ") Tj T*\n";
        content += "ET\n";
        const int pageId = nextId(), contentId = nextId();
        m_pages.append(pageId);
        return object(pageId,
                      "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /MediaBox [0 0 " +
                          QByteArray::number(m_media.width()) + ' ' + QByteArray::number(m_media.height()) +
                          "] /Contents " + QByteArray::number(contentId) + " 0 R >>") &&
               object(contentId, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" +
                                     content + "endstream");
    }

    bool end()
    {
        QByteArray kids;
        for (int id : m_pages)
            kids += QByteArray::number(id) + " 0 R ";
        if (!object(1, "<< /Type /Catalog /Pages 2 0 R >>") ||
            !object(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) +
                           " >>") ||
            !object(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"))
            return false;
        const qint64 xref = m_offset;
        QByteArray table = "xref\n0 " + QByteArray::number(m_next) + "\n0000000000 65535 f \n";
        for (int id = 1; id < m_next; ++id)
            table += QByteArray::number(m_offsets.value(id)).rightJustified(10, '0') + " 00000 n \n";
        table += "trailer\n<< /Size " + QByteArray::number(m_next) + " /Root 1 0 R >>\nstartxref\n" +
                 QByteArray::number(xref) + "\n%%EOF\n";
        return write(table);
    }

    int pageCount() const { return int(m_pages.size()); }

private:
    static QByteArray escape(QByteArray s)
    {
        return s.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    }
    int nextId() { return m_next++; }
    bool object(int id, const QByteArray &body)
    {
        m_offsets.insert(id, m_offset);
        return write(QByteArray::number(id) + " 0 obj\n" + body + "\nendobj\n");
    }
    bool write(const QByteArray &bytes)
    {
        if (m_out.write(bytes) != bytes.size())
            return false;
        m_offset += bytes.size();
        return true;
    }

    QIODevice &m_out;
    QSizeF m_media;
    qint64 m_offset = 0;
    int m_next = 4; // 1 catalog, 2 page tree, 3 font
    QList<int> m_pages;
    QHash<int, qint64> m_offsets;
};

// Latin-1 (WinAnsi) bytes for one line; anything else becomes '?'.
QByteArray toWinAnsi(QStringView line)
{
    QByteArray out;
    out.reserve(line.size());
    for (QChar c : line)
        out.append(c.unicode() < 256 && (c.unicode() >= 0x20 || c == QLatin1Char('\t')) ? char(c.unicode())
                                                                                        : '?');
    return out;
}

} // namespace

Error tooManyPages(int limit)
{
    return Error{QStringLiteral("limit-exceeded"),
                 QCoreApplication::translate(
                     "pv::convert", "the document has more than %n page(s), the limit", nullptr, limit),
                 {{QStringLiteral("limit"), QStringLiteral("pages")}, {QStringLiteral("max"), limit}}};
}

Status textToPdf(QIODevice &in, QIODevice &out, const ConvertOptions &options)
{
    if (in.size() == 0)
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::convert", "the text document is empty")};

    PdfTextWriter pdf(out, options.mediaPt);
    const int columns = pdf.columns(), rows = pdf.rows();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QList<QByteArray> page;
    bool ok = pdf.begin();
    auto emitLine = [&](const QByteArray &line) {
        page.append(line);
        if (page.size() == rows) {
            ok = ok && pdf.page(page);
            page.clear();
        }
    };
    // One line buffer for the whole document: readLine(maxSize) would allocate (and the kernel
    // zero) a fresh MiB for every line, a MiB of work for each newline a document sends.
    QByteArray buffer(MaxLineBytes + 1, Qt::Uninitialized);
    while (ok && !in.atEnd()) {
        const qint64 n = in.readLine(buffer.data(), buffer.size());
        if (n < 0)
            return Error{QStringLiteral("io"),
                         QCoreApplication::translate("pv::convert", "cannot read the text document")};
        QByteArray raw(buffer.constData(), qsizetype(n));
        if (raw.contains('\0'))
            return Error{QStringLiteral("bad-document"),
                         QCoreApplication::translate("pv::convert",
                                                     "the document is not plain text (it has NUL bytes)")};
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        QString text = utf8.decode(raw);
        if (utf8.hasError()) {
            text = QString::fromLatin1(raw); // not UTF-8: take it as Latin-1
            utf8.resetState();
        }
        // Form feeds split pages; tabs expand to the next multiple of 8.
        const QStringList chunks = text.split(QLatin1Char('\f'));
        for (int c = 0; c < chunks.size(); ++c) {
            if (c > 0 && !page.isEmpty()) {
                ok = ok && pdf.page(page);
                page.clear();
            }
            QString expanded;
            for (QChar ch : chunks.at(c))
                expanded += ch == QLatin1Char('\t') ? QString(8 - expanded.size() % 8, QLatin1Char(' '))
                                                    : QString(ch);
            if (expanded.isEmpty() && c > 0)
                continue;
            // Wrapped by offset, not by cutting the rest off each time: a long line stays linear.
            const QStringView rest(expanded);
            qsizetype at = 0;
            do {
                emitLine(toWinAnsi(rest.mid(at, columns)));
                at += columns;
            } while (at < rest.size());
            if (options.maxPages > 0 && pdf.pageCount() > options.maxPages)
                return tooManyPages(options.maxPages);
        }
    }
    if (ok && (!page.isEmpty() || pdf.pageCount() == 0))
        ok = pdf.page(page);
    ok = ok && pdf.end();
    if (!ok)
        return Error{
            QStringLiteral("io"),
            QCoreApplication::translate("pv::convert", "cannot write the PDF: %1").arg(out.errorString())};
    return {};
}

} // namespace pv::convert
