#pragma once

#include <QLocale>

// Installs the program's translation for a locale (and Qt's own, where the system has it), so
// both programs speak the person's language. English needs only its plural forms ("1 second",
// "2 seconds"), which are installed under every language.
class Translations
{
public:
    // Returns whether a translation of the program's own texts was found.
    static bool install(const QLocale &locale = QLocale());
};
