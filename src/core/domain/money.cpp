#include "domain/money.h"

#include <QLocale>
#include <QRegularExpression>

QString Money::display() const
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 whole = qAbs(cents) / 100;
    const int fraction = int(qAbs(cents) % 100);
    const QLocale locale;
    return QStringLiteral("%1%2%3%4 %5")
        .arg(sign, locale.toString(whole), locale.decimalPoint())
        .arg(fraction, 2, 10, QLatin1Char('0'))
        .arg(currency);
}

QString Money::plain(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    return QStringLiteral("%1%2.%3")
        .arg(sign)
        .arg(qAbs(cents) / 100)
        .arg(int(qAbs(cents) % 100), 2, 10, QLatin1Char('0'));
}

std::optional<qint64> Money::parse(const QString &text)
{
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = amount.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString fraction = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return match.captured(1).toLongLong() * 100 + fraction.toInt();
}

bool Money::isCurrencyCode(const QString &code)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Z]{3}$"));
    return letters.match(code).hasMatch();
}
