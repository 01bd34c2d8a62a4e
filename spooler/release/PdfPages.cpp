// Poppler's core API (libpoppler-private-dev): PDFDoc, SplashOutputDev. Only this file sees it.
#include "release/PdfPages.h"

#include <QCoreApplication>
#include <QIODevice>

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <splash/Splash.h>
#include <splash/SplashBitmap.h>
#include <SplashOutputDev.h>
#include <Stream.h>

#include <cmath>
#include <cstring>

namespace pv::release {

namespace {

// The document read through a seekable QIODevice, as Poppler's Qt binding reads it.
class DeviceStream final : public BaseSeekInputStream
{
public:
    DeviceStream(QIODevice *device, Goffset startA, bool limitedA, Goffset lengthA, Object &&dictA)
        : BaseSeekInputStream(startA, limitedA, lengthA, std::move(dictA))
        , m_device(device)
    {}

    BaseStream *copy() override { return new DeviceStream(m_device, start, limited, length, dict.copy()); }
    Stream *makeSubStream(Goffset startA, bool limitedA, Goffset lengthA, Object &&dictA) override
    {
        return new DeviceStream(m_device, startA, limitedA, lengthA, std::move(dictA));
    }

private:
    Goffset currentPos() const override { return m_device->pos(); }
    void setCurrentPos(Goffset offset) override { m_device->seek(offset); }
    Goffset read(char *buffer, Goffset count) override { return m_device->read(buffer, count); }

    QIODevice *m_device;
};

// Splash's renderer, drawing onto opaque paper. SplashOutputDev clears its bitmap to the paper
// colour with alpha 0, draws, and at the end of every page (every band, here) composites each
// pixel over the paper: a quarter of the worker's time (perf, bench/release-e2e.sh). Cleared
// opaque, each drawing composites over the paper as it is drawn ("over" is associative), so
// the end has nothing left to do. The pixels are those of the paper-composited page; only
// blend modes other than Normal meet white paper where they met a transparent backdrop.
class OpaquePaperOutput final : public SplashOutputDev
{
public:
    OpaquePaperOutput(SplashColorMode mode, const SplashColor paper)
        : SplashOutputDev(mode, 1, false, const_cast<SplashColorPtr>(paper), true)
    {
        memcpy(m_paper, paper, sizeof(SplashColor));
    }

    void startPage(int pageNum, GfxState *state, XRef *xrefA) override
    {
        SplashOutputDev::startPage(pageNum, state, xrefA);
        if (Splash *painter = getSplash())
            painter->clear(m_paper, 0xff);
    }
    void endPage() override {}

private:
    SplashColor m_paper;
};

Error cannotDraw(int index)
{
    return Error{QStringLiteral("bad-document"),
                 QCoreApplication::translate("pv::release", "page %1 cannot be rendered").arg(index + 1)};
}

} // namespace

PopplerSession::PopplerSession()
{
    if (!globalParams) {
        globalParams = std::make_unique<GlobalParams>();
        m_owns = true;
    }
}

PopplerSession::~PopplerSession()
{
    if (m_owns)
        globalParams.reset();
}

struct PdfPages::Private
{
    std::unique_ptr<PDFDoc> doc;
    // One renderer per colour space, made when first needed: each keeps its fonts and bitmap.
    std::unique_ptr<SplashOutputDev> gray;
    std::unique_ptr<SplashOutputDev> rgb;

    SplashOutputDev *renderer(bool wantGray)
    {
        std::unique_ptr<SplashOutputDev> &out = wantGray ? gray : rgb;
        if (!out) {
            SplashColor paper = {0xff, 0xff, 0xff, 0xff};
            // Rows padded to 1 byte: the raster's lines are copied from them as they are.
            out = std::make_unique<OpaquePaperOutput>(wantGray ? splashModeMono8 : splashModeRGB8, paper);
            out->setFontAntialias(true);
            out->setVectorAntialias(true);
            out->startDoc(doc.get());
        }
        return out.get();
    }
};

PdfPages::PdfPages(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

PdfPages::~PdfPages() = default;

Result<std::unique_ptr<PdfPages>> PdfPages::open(QIODevice *pdf)
{
    auto p = std::make_unique<Private>();
    p->doc = std::make_unique<PDFDoc>(new DeviceStream(pdf, 0, false, pdf->size(), Object(objNull)));
    if (!p->doc->isOk() || p->doc->getNumPages() <= 0)
        return Error{
            QStringLiteral("bad-document"),
            QCoreApplication::translate("pv::release", "the held document cannot be opened for rendering")};
    return std::unique_ptr<PdfPages>(new PdfPages(std::move(p)));
}

int PdfPages::count() const
{
    return d->doc->getNumPages();
}

QSizeF PdfPages::sizePt(int index) const
{
    const double w = d->doc->getPageCropWidth(index + 1);
    const double h = d->doc->getPageCropHeight(index + 1);
    const int rotate = d->doc->getPageRotate(index + 1);
    return rotate == 90 || rotate == 270 ? QSizeF(h, w) : QSizeF(w, h);
}

int PdfPages::pixels(double pt, double dpi)
{
    return qMax(1, int(pt * dpi / 72.0 + 0.5)); // SplashOutputDev::startPage's rounding
}

Result<DrawnBand> PdfPages::draw(int index, double dpi, int top, int rows, bool gray, bool turned)
{
    if (index < 0 || index >= count() || rows <= 0 || top < 0)
        return cannotDraw(index);
    SplashOutputDev *out = d->renderer(gray);
    const QSizeF shown = sizePt(index);
    const int width = pixels(turned ? shown.height() : shown.width(), dpi);
    // As Poppler's Qt binding draws a page: crop box, annotations shown, not "printing". Its
    // rotation is clockwise, so a quarter anticlockwise is 270.
    d->doc->displayPageSlice(out, index + 1, dpi, dpi, turned ? 270 : 0, false, true, false, 0, top, width,
                             rows);
    SplashBitmap *bitmap = out->getBitmap();
    if (!bitmap || bitmap->getWidth() != width || bitmap->getHeight() != rows)
        return cannotDraw(index);
    return DrawnBand{bitmap->getDataPtr(), bitmap->getRowSize(), width, rows};
}

} // namespace pv::release
