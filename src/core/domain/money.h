#pragma once

#include <QString>

#include <optional>

// An amount of money in minor units (cents) of one currency (ISO 4217 code, "USD"). Whole
// minor units keep sums exact; two decimals is what every currency the bootcamp sells in uses.
struct Money
{
    qint64 cents = 0;
    QString currency;

    // "1,250.00 USD" in the user's locale: the code, not a symbol, so that "$" is never
    // ambiguous between currencies.
    QString display() const;
    // "1250.00": what the command line and CSV files write, whatever the locale.
    static QString plain(qint64 cents);
    // "1250", "1250.5" or "1250.50" (no sign, no grouping, at most two decimals) in cents.
    static std::optional<qint64> parse(const QString &text);
    // Three letters, upper case.
    static bool isCurrencyCode(const QString &code);
};
