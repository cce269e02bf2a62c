#include "domain/validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace {
QString codePoint(char16_t c)
{
    return QStringLiteral("U+") +
           QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}
} // namespace

bool Validation::isEmail(const QString &text)
{
    // Deliberately loose (one @, a dot in the domain, no spaces): the mail server is the judge.
    static const QRegularExpression pattern(
        QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)*\\.[^\\s@.]{2,}$"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool Validation::isPhone(const QString &text)
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

bool Validation::isTimeZone(const QString &ianaName)
{
    return ianaName.isEmpty() || QTimeZone::isTimeZoneIdAvailable(ianaName.toUtf8());
}

bool Validation::isHttpUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString Validation::describe(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.field + QStringLiteral(": ") + e.message;
    return parts.join(QStringLiteral("; "));
}

bool Validation::isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

bool Validation::isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
           c == 0x200f || c == 0x061c;
}

qsizetype Validation::characterCount(QStringView text)
{
    qsizetype count = text.size();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            --count;
    }
    return count;
}

QString Validation::textProblem(const QString &label, const QString &text, int maxLength,
                                TextKind kind)
{
    const QStringView stored =
        kind == TextKind::Lines ? QStringView(text) : QStringView(text).trimmed();
    // Only a text of more UTF-16 units than the limit can have more characters.
    if (stored.size() > maxLength) {
        const qsizetype count = characterCount(stored);
        if (count > maxLength)
            return tr("%1 has %L2 characters; at most %L3 are allowed.")
                .arg(label)
                .arg(count)
                .arg(maxLength);
    }
    for (const QChar c : stored) {
        const char16_t u = c.unicode();
        if (isControl(u) && !(kind == TextKind::Lines && (u == '\t' || u == '\n' || u == '\r')))
            return kind == TextKind::Lines
                       ? tr("%1 contains the control character %2; only tabs and line breaks "
                            "are allowed.")
                             .arg(label, codePoint(u))
                       : tr("%1 contains the control character %2; it must be one line of "
                            "printable text.")
                             .arg(label, codePoint(u));
        if (kind == TextKind::Identifier && isBidiControl(u))
            return tr("%1 contains the bidirectional control character %2, which can make it "
                      "read as something else; remove it.")
                .arg(label, codePoint(u));
    }
    return {};
}

QString Validation::printable(QStringView text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\n')
            shown += QStringLiteral("\\n");
        else if (u == '\r')
            shown += QStringLiteral("\\r");
        else if (u == '\t')
            shown += QStringLiteral("\\t");
        else if (isControl(u))
            shown += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else if (isBidiControl(u) || u == 0x2028 || u == 0x2029)
            shown += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

QString Validation::quoted(QStringView text, int maxShown)
{
    if (text.size() <= maxShown)
        return printable(text);
    qsizetype cut = maxShown;
    if (text[cut - 1].isHighSurrogate())
        --cut;
    return printable(text.left(cut)) + QChar(0x2026);
}
