#include "domain/timestamp.h"

namespace {
int code(QChar c)
{
    return c.unicode();
}

int code(char c)
{
    return uchar(c);
}

// The number of `count` ASCII digits at `from`, or -1.
template <typename Text>
int digits(const Text &text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const int c = code(text[i]);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

template <typename Text>
bool isChar(const Text &text, qsizetype at, char expected)
{
    return code(text[at]) == expected;
}

// "yyyy-MM-dd" at the start of the text: the date, or an invalid one.
template <typename Text>
QDate storedDate(const Text &text)
{
    if (text.size() < 10 || !isChar(text, 4, '-') || !isChar(text, 7, '-'))
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ", the form format() writes: the time, or an invalid one.
template <typename Text>
QDateTime storedTime(const Text &text)
{
    if (text.size() != 24 || !isChar(text, 10, 'T') || !isChar(text, 13, ':') ||
        !isChar(text, 16, ':') || !isChar(text, 19, '.') || !isChar(text, 23, 'Z'))
        return {};
    const QDate date = storedDate(text);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const int msec = digits(text, 20, 3);
    if (!date.isValid() || hour < 0 || minute < 0 || second < 0 || msec < 0)
        return {};
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

namespace Timestamp {

QString format(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime parse(const QString &text)
{
    if (QDateTime stored = storedTime(QStringView(text)); stored.isValid())
        return stored;
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid())
        at = at.toUTC();
    return at;
}

QDateTime parse(QByteArrayView text)
{
    if (QDateTime stored = storedTime(text); stored.isValid())
        return stored;
    return parse(QString::fromUtf8(text));
}

QString formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate parseDate(const QString &text)
{
    if (text.size() == 10)
        if (const QDate stored = storedDate(QStringView(text)); stored.isValid())
            return stored;
    return QDate::fromString(text, Qt::ISODate);
}

QDate parseDate(QByteArrayView text)
{
    if (text.size() == 10)
        if (const QDate stored = storedDate(text); stored.isValid())
            return stored;
    return parseDate(QString::fromUtf8(text));
}

} // namespace Timestamp
