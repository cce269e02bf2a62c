#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

bool Translations::install(const QLocale &locale)
{
    // Parented to the application: they live as long as it does.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English plural forms ("1 second", "2 seconds") under every language: the one asked last
    // is installed last, and so asked first.
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(QStringLiteral(":/i18n/admissions-desk_en")))
        QCoreApplication::installTranslator(plurals);
    // The source texts are English: other languages have a translation of their own.
    if (locale.language() == QLocale::English)
        return false;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("admissions-desk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        return false;
    return QCoreApplication::installTranslator(own);
}
