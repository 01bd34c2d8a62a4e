#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace pv {

namespace {

QString catalogue(const QString &language)
{
    return QStringLiteral(":/i18n/printvault_") + language + QStringLiteral(".qm");
}

// "de" from "de", "de-DE" or "de-Latn-DE": our catalogues are per language, not per region.
QString pickLanguage(const QLocale &locale)
{
    const QStringList ours = Translations::languages();
    for (const QString &ui : locale.uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (ours.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

} // namespace

Translations::~Translations()
{
    remove();
}

QStringList Translations::languages()
{
    // Kept in step with qt_add_translations in spooler/i18n/CMakeLists.txt.
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

QString Translations::install(const QLocale &locale)
{
    remove();
    const QString language = pickLanguage(locale);
    if (m_own.load(catalogue(language)))
        QCoreApplication::installTranslator(&m_own);
    // Qt's own strings (dialog buttons, --help's option headings) in the same language.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return language;
}

void Translations::remove()
{
    // Removing a translator that was never installed is harmless.
    QCoreApplication::removeTranslator(&m_own);
    QCoreApplication::removeTranslator(&m_qt);
}

} // namespace pv
