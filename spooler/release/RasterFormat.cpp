// Which raster a printer that takes no PDF gets. Apart from RasterOutput.cpp, which draws with
// Poppler in printvault-worker only, so the daemon that chooses links no renderer.
#include "release/RasterOutput.h"

#include <QCoreApplication>
#include <QStringList>

#include <cups/cups.h>

#include <cstdlib>

namespace pv::release {

namespace {

// 300 dpi, office quality and what CUPS prints at by default, when the printer offers it;
// else the offered resolution nearest to it (the higher of two as near). A 600 dpi page costs
// four times the rendering, memory and bytes on the wire of a 300 dpi one.
// Resolutions outside [MinRasterDpi, MaxRasterDpi] are never picked: 0 when none is left.
int pickDpi(const QList<int> &offered)
{
    int best = 0;
    for (int d : offered) {
        if (d >= MinRasterDpi && d <= MaxRasterDpi &&
            (best == 0 || std::abs(d - 300) < std::abs(best - 300) ||
             (std::abs(d - 300) == std::abs(best - 300) && d > best)))
            best = d;
    }
    return best;
}

Error resolutionRefused(const QList<int> &offered)
{
    QStringList dpis;
    for (int d : offered)
        dpis.append(QString::number(d));
    return Error{QStringLiteral("unsupported-printer"),
                 QCoreApplication::translate(
                     "pv::release", "the printer offers raster only at %1 dpi; PrintVault draws at %2 "
                                    "to %3 dpi")
                     .arg(dpis.join(QStringLiteral(", ")))
                     .arg(MinRasterDpi)
                     .arg(MaxRasterDpi),
                 {{QStringLiteral("max_dpi"), MaxRasterDpi}}};
}

} // namespace

// A media PrintVault knows and will draw: a PWG name libcups reads, no side above the cap.
bool drawableMedia(const QString &name)
{
    const pwg_media_t *m = pwgMediaForPWG(name.toUtf8().constData());
    return m && m->width > 0 && m->length > 0 && m->width <= MaxMediaSideHundredthsMm &&
           m->length <= MaxMediaSideHundredthsMm;
}

Result<RasterFormat> chooseRaster(const PrinterCapabilities &caps, bool mono, const QString &sides)
{
    RasterFormat f;
    f.sides = sides;
    if (!caps.defaultMedia.isEmpty() && drawableMedia(caps.defaultMedia))
        f.media = caps.defaultMedia;
    if (caps.formats.contains(QLatin1String("image/pwg-raster")) && !caps.pwgResolutions.isEmpty()) {
        f.mime = QStringLiteral("image/pwg-raster");
        f.dpi = pickDpi(caps.pwgResolutions);
        if (f.dpi == 0)
            return resolutionRefused(caps.pwgResolutions);
        const bool rgb = caps.pwgTypes.contains(QLatin1String("srgb_8"));
        const bool gray = caps.pwgTypes.contains(QLatin1String("sgray_8"));
        if (!rgb && !gray)
            return Error{QStringLiteral("unsupported-printer"),
                         QCoreApplication::translate("pv::release",
                                                     "the printer offers no 8-bit sRGB or sGray PWG raster")};
        f.color = rgb && (!mono || !gray); // mono on an sRGB-only printer: gray drawn in sRGB
        f.grayOffered = gray;
        f.sheetBack = caps.pwgSheetBack.isEmpty() ? QStringLiteral("normal") : caps.pwgSheetBack;
        return f;
    }
    if (caps.formats.contains(QLatin1String("image/urf")) && !caps.urf.isEmpty()) {
        f.mime = QStringLiteral("image/urf");
        QList<int> dpis;
        bool rgb = false, gray = false;
        for (const QString &k : caps.urf) {
            if (k.startsWith(QLatin1String("RS"))) {
                for (const QString &d : k.mid(2).split(QLatin1Char('-')))
                    dpis.append(d.toInt());
            }
            rgb = rgb || k == QLatin1String("SRGB24");
            gray = gray || k == QLatin1String("W8");
        }
        if (!rgb && !gray)
            return Error{
                QStringLiteral("unsupported-printer"),
                QCoreApplication::translate("pv::release", "the printer offers no sRGB or gray URF")};
        f.dpi = dpis.isEmpty() ? 300 : pickDpi(dpis); // URF without RS: its baseline
        if (f.dpi == 0)
            return resolutionRefused(dpis);
        f.color = rgb && (!mono || !gray);
        f.grayOffered = gray;
        return f;
    }
    return Error{QStringLiteral("unsupported-printer"),
                 QCoreApplication::translate(
                     "pv::release",
                     "the printer takes neither PDF nor a raster format PrintVault can make (it takes %1)")
                     .arg(caps.formats.join(QStringLiteral(", ")))};
}

} // namespace pv::release
