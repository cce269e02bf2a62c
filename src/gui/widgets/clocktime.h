#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

// A time of day as a person reads it in their locale, to the minute: the locale's short format
// without seconds (some locales' short format, C's among them, has them).
namespace ClockTime {
inline QString format(const QString &localeFormat)
{
    QString format = localeFormat;
    format.remove(QLatin1String(":ss"));
    format.remove(QLatin1String(".ss"));
    return format;
}

inline QString shortFormat()
{
    return format(QLocale().timeFormat(QLocale::ShortFormat));
}

inline QString toString(const QTime &time)
{
    return QLocale().toString(time, shortFormat());
}
} // namespace ClockTime
