#include "convert/ConverterRegistry.h"

namespace pv {

namespace {
QString key(const QString &from, const QString &to)
{
    return from + QLatin1Char('>') + to;
}
} // namespace

void ConverterRegistry::add(const QString &from, const QString &to, Convert convert)
{
    m_converters.insert(key(from, to), std::move(convert));
}

const ConverterRegistry::Convert *ConverterRegistry::find(const QString &from, const QString &to) const
{
    const auto it = m_converters.constFind(key(from, to));
    return it == m_converters.constEnd() ? nullptr : &it.value();
}

QStringList ConverterRegistry::sources(const QString &to) const
{
    QStringList out;
    const QString suffix = QLatin1Char('>') + to;
    for (auto it = m_converters.constBegin(); it != m_converters.constEnd(); ++it) {
        if (it.key().endsWith(suffix))
            out.append(it.key().chopped(suffix.size()));
    }
    out.sort();
    return out;
}

ConverterRegistry ConverterRegistry::withDefaults()
{
    const QString pdf = QStringLiteral("application/pdf");
    ConverterRegistry r;
    r.add(pdf, pdf, &convert::copyPdf);
    r.add(QStringLiteral("application/postscript"), pdf, &convert::postScriptToPdf);
    r.add(QStringLiteral("image/jpeg"), pdf, &convert::imageToPdf);
    r.add(QStringLiteral("image/png"), pdf, &convert::imageToPdf);
    r.add(QStringLiteral("text/plain"), pdf, &convert::textToPdf);
    r.add(QStringLiteral("image/pwg-raster"), pdf, &convert::rasterToPdf);
    r.add(QStringLiteral("image/urf"), pdf, &convert::rasterToPdf);
    return r;
}

} // namespace pv
