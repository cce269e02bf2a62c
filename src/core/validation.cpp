#include "validation.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace Validation {

bool isEmail(const QString &text)
{
    // Deliberately loose (one @, a dot in the domain, no spaces): the mail server is the judge.
    static const QRegularExpression pattern(
        QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)*\\.[^\\s@.]{2,}$"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool isPhone(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./-]+$"));
    if (!allowed.match(trimmed).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : trimmed)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 6 && digits <= 15; // E.164 allows at most 15 digits
}

bool isTimeZone(const QString &ianaName)
{
    return ianaName.isEmpty() || QTimeZone::isTimeZoneIdAvailable(ianaName.toUtf8());
}

bool isHttpUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString describe(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.field + QStringLiteral(": ") + e.message;
    return parts.join(QStringLiteral("; "));
}

} // namespace Validation
