#pragma once

#include <QString>

// Light and dark looks on Qt's Fusion style, or the platform's own. Qt 6.4 cannot tell whether
// the desktop is dark (QStyleHints::colorScheme came in 6.5), so the choice is the person's,
// kept in the settings.
class Theme
{
public:
    enum Kind
    {
        System,
        Light,
        Dark
    };

    static Kind saved();
    static void save(Kind kind);
    // Applies the look to the whole application.
    static void apply(Kind kind);

private:
    static QString s_platformStyle;
};
