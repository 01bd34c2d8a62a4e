#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace pv {

// The catalogues of one process: PrintVault's own (translations/printvault_*.ts, compiled into
// printvault-i18n under :/i18n) and Qt's own for the same language. printvaultd, printvault-cli
// and the tray each own one, next to their QCoreApplication, and install it once; the tray
// installs again when the user picks another language. Main thread only, like
// QCoreApplication::installTranslator. Needs only Qt Core, so any executable can link it.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Installs the catalogue of the first of `locale`'s UI languages that PrintVault has,
    // replacing what this object installed before; English when none matches (its catalogue
    // holds the plural forms of the source texts). Returns the language installed ("de").
    // For the process's own locale pass QLocale::system(): on Linux it follows LANGUAGE, then
    // LC_ALL, LC_MESSAGES and LANG.
    QString install(const QLocale &locale);

    // The languages PrintVault has a catalogue for.
    static QStringList languages();

private:
    void remove();

    QTranslator m_own;
    QTranslator m_qt;
};

} // namespace pv
