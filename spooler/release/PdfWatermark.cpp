#include "release/PdfWatermark.h"

// qpdf 11 asks its users to choose: we use std::shared_ptr, not its PointerHolder.
#define POINTERHOLDER_TRANSITION 4

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>

#include <qpdf/InputSource.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <map>
#include <string>

namespace pv::release {

namespace {

// qpdf reads the document through this: the decrypting device, seekable, a block at a time.
class DeviceInputSource : public InputSource
{
public:
    explicit DeviceInputSource(QIODevice *device)
        : m_device(device)
        , m_name("held document")
    {}

    qpdf_offset_t findAndSkipNextEOL() override
    {
        // The offset of the next end of line; the position ends after all of its CR/LF.
        char c = 0;
        qpdf_offset_t eol = -1;
        while (m_device->getChar(&c)) {
            if (c == '\r' || c == '\n') {
                if (eol < 0)
                    eol = m_device->pos() - 1;
            } else if (eol >= 0) {
                m_device->ungetChar(c);
                return eol;
            }
        }
        return eol < 0 ? m_device->pos() : eol;
    }
    std::string const &getName() const override { return m_name; }
    qpdf_offset_t tell() override { return m_device->pos(); }
    void seek(qpdf_offset_t offset, int whence) override
    {
        const qint64 base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? m_device->pos() : m_device->size();
        if (!m_device->seek(base + offset))
            throw std::runtime_error("cannot seek in the held document");
    }
    void rewind() override { seek(0, SEEK_SET); }
    size_t read(char *into, size_t length) override
    {
        last_offset = m_device->pos();
        const qint64 n = m_device->read(into, qint64(length));
        if (n < 0)
            throw std::runtime_error("cannot read the held document");
        return size_t(n);
    }
    void unreadCh(char ch) override { m_device->ungetChar(ch); }

private:
    QIODevice *m_device;
    std::string m_name;
};

// A PDF string in Helvetica's WinAnsi encoding: Latin-1 as it is, anything else as '?'.
std::string pdfString(const QString &text)
{
    std::string out = "(";
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const char ch = c == QChar(0x00B7) ? char(0xB7) : u < 256 ? char(u) : '?';
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out + ")";
}

std::string number(double v)
{
    return QString::number(v, 'f', 2).toStdString();
}

// The byte offset of the last cross-reference section: `startxref` near the end of the file.
qint64 previousXref(QIODevice *pdf)
{
    const qint64 tail = qMin<qint64>(pdf->size(), 2048);
    if (!pdf->seek(pdf->size() - tail))
        return -1;
    const QByteArray end = pdf->read(tail);
    const int at = int(end.lastIndexOf("startxref"));
    if (at < 0)
        return -1;
    bool ok = false;
    const qint64 offset =
        end.mid(at + 9).trimmed().split('\n').value(0).trimmed().split('\r').value(0).toLongLong(&ok);
    return ok ? offset : -1;
}

// A dictionary written again with some keys replaced: every other key as qpdf unparses it
// (indirect objects stay references).
std::string dictWith(QPDFObjectHandle dict, const std::map<std::string, std::string> &replace)
{
    std::string out = "<<";
    for (const std::string &key : dict.getKeys()) {
        if (replace.count(key) == 0)
            out += " " + key + " " + dict.getKey(key).unparse();
    }
    for (const auto &[key, value] : replace)
        out += " " + key + " " + value;
    return out + " >>";
}

// The stamp's drawing: a white band along the bottom of the box, the text in it in dark grey.
std::string stampContent(double llx, double lly, double urx, const std::string &label)
{
    return "q 1 g " + number(llx) + " " + number(lly) + " " + number(urx - llx) + " " + number(StampBandPt) +
           " re f 0.25 g BT /PVWatermark 7 Tf " + number(llx + 12) + " " + number(lly + 4.5) + " Td " +
           label + " Tj ET Q";
}

// The stamp's drawing along the bottom of the box as the page is shown, turned by its /Rotate
// (clockwise, in quarters): drawn in a frame whose origin is the shown bottom-left corner.
std::string shownStamp(int rotate, double llx, double lly, double urx, double ury, const std::string &label)
{
    const int quarter = ((rotate % 360 + 360) % 360) / 90;
    const std::string frames[] = {
        "1 0 0 1 " + number(llx) + " " + number(lly),
        "0 1 -1 0 " + number(urx) + " " + number(lly),
        "-1 0 0 -1 " + number(urx) + " " + number(ury),
        "0 -1 1 0 " + number(llx) + " " + number(ury),
    };
    const double width = quarter % 2 == 1 ? ury - lly : urx - llx;
    return "q " + frames[quarter] + " cm " + stampContent(0, 0, width, label) + " Q";
}

const char *const FontDict =
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

// The keys release replaces in each page it changes, by page (0-based).
using PageEdits = std::map<size_t, std::map<std::string, std::string>>;

// The page tree of only `keep`'s pages, and the catalog pointing at it; each kept page gets its
// new parent and the attributes it inherited from the old tree (PDF 32000 7.7.3.4).
void subsetTree(QPDF &doc, std::vector<QPDFPageObjectHelper> &pages, const std::vector<bool> &keep,
                const std::string &parent, PageEdits *edits,
                std::map<int, std::pair<int, std::string>> *objects)
{
    std::string kids;
    int count = 0;
    for (size_t i = 0; i < pages.size(); ++i) {
        if (!keep[i])
            continue;
        QPDFObjectHandle object = pages[i].getObjectHandle();
        auto &edit = (*edits)[i];
        edit["/Parent"] = parent;
        for (const char *key : {"/MediaBox", "/CropBox", "/Resources", "/Rotate"}) {
            QPDFObjectHandle inherited = pages[i].getAttribute(key, false);
            if (!object.hasKey(key) && !inherited.isNull())
                edit[key] = inherited.unparse();
        }
        kids += " " + object.unparse();
        ++count;
    }
    const int number = std::stoi(parent);
    (*objects)[number] = {0, "<< /Type /Pages /Kids [" + kids + " ] /Count " + std::to_string(count) + " >>"};
    QPDFObjectHandle root = doc.getTrailer().getKey("/Root");
    (*objects)[root.getObjectID()] = {root.getGeneration(), dictWith(root, {{"/Pages", parent}})};
}

} // namespace

QByteArray stampPage(double widthPt, double heightPt, const QString &text)
{
    const std::string content = stampContent(0, 0, widthPt, pdfString(text));
    const std::string objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(widthPt) + " " + number(heightPt) +
            "] /Resources << /Font << /PVWatermark 4 0 R >> >> /Contents 5 0 R >>",
        FontDict, "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"};
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (size_t i = 0; i < std::size(objects); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(qsizetype(i + 1)) + " 0 obj\n" + QByteArray::fromStdString(objects[i]) +
               "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 6\n0000000000 65535 f\r\n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n\r\n";
    out += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QString watermarkText(const QString &user, const QString &host, const QDateTime &when)
{
    return QStringLiteral("PrintVault \u00B7 %1 \u00B7 %2 \u00B7 %3")
        .arg(user, when.toString(QStringLiteral("yyyy-MM-dd HH:mm")), host);
}

Result<QByteArray> releaseUpdate(QIODevice *pdf, const ReleaseMarks &marks)
{
    const QString &text = marks.text;
    const PrintPlan &grayPages = marks.grayPages;
    const qint64 size = pdf->size();
    const qint64 prev = previousXref(pdf);
    if (prev < 0)
        return Error{
            QStringLiteral("bad-document"),
            QCoreApplication::translate("pv::release", "the document has no cross-reference offset")};
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        pdf->seek(0);
        doc.processInputSource(std::make_shared<DeviceInputSource>(pdf));
        QPDFObjectHandle trailer = doc.getTrailer();
        int next = trailer.getKey("/Size").getIntValueAsInt();
        const std::string font = std::to_string(next++) + " 0 R";
        const std::string saturation = std::to_string(next++) + " 0 R";
        const std::string save = std::to_string(next++) + " 0 R";
        const std::string restore = std::to_string(next++) + " 0 R";

        std::map<int, std::pair<int, std::string>> objects; // number -> (generation, body)
        const auto stream = [](const std::string &data) {
            return "<< /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
        };
        objects[std::stoi(font)] = {0, FontDict};
        // Painting gray in the Saturation blend mode (PDF 32000 11.3.5.3) keeps what is under
        // it at its luminosity and takes all its saturation away: the page turns gray.
        objects[std::stoi(saturation)] = {0, "<< /Type /ExtGState /BM /Saturation >>"};
        objects[std::stoi(save)] = {0, stream("q")};
        objects[std::stoi(restore)] = {0, stream("Q")};

        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(doc).getAllPages();
        const bool subset = !marks.pages.isEmpty() && marks.pages.size() < qsizetype(pages.size());
        std::vector<bool> keep(pages.size(), !subset);
        for (int i : marks.pages) {
            if (i >= 0 && size_t(i) < pages.size())
                keep[size_t(i)] = true;
        }
        PageEdits edits;
        if (subset)
            subsetTree(doc, pages, keep, std::to_string(next++) + " 0 R", &edits, &objects);

        const std::string label = pdfString(text);
        for (size_t index = 0; index < pages.size(); ++index) {
            QPDFPageObjectHelper &page = pages[index];
            const bool gray =
                qsizetype(index) < grayPages.size() && grayPages[index] == PrintColor::Monochrome;
            if (!keep[index] || (!gray && text.isEmpty()))
                continue;
            QPDFObjectHandle box = page.getCropBox();
            const double llx = box.getArrayItem(0).getNumericValue();
            const double lly = box.getArrayItem(1).getNumericValue();
            const double urx = box.getArrayItem(2).getNumericValue();
            const double ury = box.getArrayItem(3).getNumericValue();
            std::string draw;
            if (gray)
                draw += "q /PVGray gs 0 g " + number(llx) + " " + number(lly) + " " + number(urx - llx) +
                        " " + number(ury - lly) + " re f Q ";
            QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
            if (!text.isEmpty())
                draw +=
                    shownStamp(rotate.isInteger() ? rotate.getIntValueAsInt() : 0, llx, lly, urx, ury, label);
            const int stamp = next++;
            objects[stamp] = {0, stream(draw)};

            QPDFObjectHandle resources = page.getAttribute("/Resources", false);
            if (!resources.isDictionary())
                resources = QPDFObjectHandle::newDictionary();
            QPDFObjectHandle fonts = resources.getKey("/Font");
            QPDFObjectHandle states = resources.getKey("/ExtGState");
            const std::string fontDict = dictWith(
                fonts.isDictionary() ? fonts : QPDFObjectHandle::newDictionary(), {{"/PVWatermark", font}});
            const std::string stateDict =
                dictWith(states.isDictionary() ? states : QPDFObjectHandle::newDictionary(),
                         {{"/PVGray", saturation}});
            std::string contents = "[" + save;
            QPDFObjectHandle own = page.getObjectHandle().getKey("/Contents");
            if (own.isArray()) {
                for (int i = 0; i < own.getArrayNItems(); ++i)
                    contents += " " + own.getArrayItem(i).unparse();
            } else if (!own.isNull()) {
                contents += " " + own.unparse();
            }
            contents += " " + restore + " " + std::to_string(stamp) + " 0 R]";
            auto &edit = edits[index];
            edit["/Contents"] = contents;
            edit["/Resources"] = dictWith(resources, {{"/Font", fontDict}, {"/ExtGState", stateDict}});
        }
        if (edits.empty())
            return QByteArray();
        for (const auto &[index, edit] : edits) {
            QPDFObjectHandle pageObject = pages[index].getObjectHandle();
            objects[pageObject.getObjectID()] = {pageObject.getGeneration(), dictWith(pageObject, edit)};
        }

        // The update: the objects, a cross-reference table in runs of consecutive numbers, and a
        // trailer that points back at the document's own.
        QByteArray out = "\n";
        std::map<int, std::pair<int, qint64>> offsets;
        for (const auto &[num, object] : objects) {
            offsets[num] = {object.first, size + out.size()};
            out += QByteArray::fromStdString(std::to_string(num) + " " + std::to_string(object.first) +
                                             " obj\n" + object.second + "\nendobj\n");
        }
        const qint64 xref = size + out.size();
        out += "xref\n";
        for (auto it = offsets.begin(); it != offsets.end();) {
            auto end = it;
            int count = 0;
            while (end != offsets.end() && end->first == it->first + count) {
                ++end;
                ++count;
            }
            out += QByteArray::number(it->first) + ' ' + QByteArray::number(count) + '\n';
            for (; it != end; ++it)
                out += QByteArray::number(it->second.second).rightJustified(10, '0') + ' ' +
                       QByteArray::number(it->second.first).rightJustified(5, '0') + " n\r\n";
        }
        std::map<std::string, std::string> keys{{"/Size", std::to_string(next)},
                                                {"/Prev", std::to_string(prev)}};
        QPDFObjectHandle newTrailer = QPDFObjectHandle::newDictionary();
        for (const char *key : {"/Root", "/Info", "/ID"}) {
            if (trailer.hasKey(key))
                keys[key] = trailer.getKey(key).unparse();
        }
        out += QByteArray::fromStdString("trailer\n" + dictWith(newTrailer, keys) + "\nstartxref\n") +
               QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    } catch (const std::exception &e) {
        return Error{
            QStringLiteral("bad-document"),
            QCoreApplication::translate("pv::release", "the document cannot be marked for release: %1")
                .arg(QString::fromUtf8(e.what()))};
    }
}

} // namespace pv::release
