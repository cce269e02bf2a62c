#include "csv/importvalues.h"

#include <QStringList>

#include <algorithm>

namespace ImportValues {

namespace {
// Each date form with no time, and with the times forms write: 24-hour with or without
// seconds, 12-hour with AM/PM (read in either case).
QStringList withTimes(std::initializer_list<const char *> dates)
{
    const char *const times[] = {" H:mm:ss", " H:mm", "", " h:mm:ss AP", " h:mm AP"};
    QStringList formats;
    for (const char *date : dates) {
        for (const char *time : times)
            formats << QLatin1String(date) + QLatin1String(time);
    }
    return formats;
}

QDateTime firstReading(const QString &text, const QStringList &formats)
{
    for (const QString &format : formats) {
        const QDateTime at = QDateTime::fromString(text, format);
        if (at.isValid())
            return at;
    }
    return {};
}
} // namespace

std::optional<std::pair<int, int>> slashDateParts(const QString &input)
{
    const QString text = input.trimmed();
    const qsizetype first = text.indexOf(QLatin1Char('/'));
    const qsizetype second = first > 0 ? text.indexOf(QLatin1Char('/'), first + 1) : -1;
    if (second < 0)
        return std::nullopt;
    bool dayOk = false;
    bool monthOk = false;
    const int a = text.left(first).toInt(&dayOk);
    const int b = text.mid(first + 1, second - first - 1).toInt(&monthOk);
    if (!dayOk || !monthOk)
        return std::nullopt;
    return std::make_pair(a, b);
}

std::optional<QDateTime> timestamp(const QString &input, const QTimeZone &local,
                                   DateOrder slashOrder)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime at;
    if (text.size() >= 10 && text.at(4) == QLatin1Char('-')) {
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
    } else if (text.contains(QLatin1Char('/'))) {
        if (slashOrder == DateOrder::Undecided)
            return std::nullopt;
        static const QStringList MonthFirst = withTimes({"M/d/yyyy"});
        static const QStringList DayFirst = withTimes({"d/M/yyyy"});
        at = firstReading(text, slashOrder == DateOrder::DayFirst ? DayFirst : MonthFirst);
    } else if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); })) {
        // The month in English words, as WordPress, Jotform and Microsoft's exports write it.
        static const QStringList Formats =
            withTimes({"MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy", "d MMMM yyyy"});
        at = firstReading(text.simplified(), Formats);
    } else {
        static const QStringList Dotted = withTimes({"d.M.yyyy"});
        at = firstReading(text, Dotted);
    }
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), local);
    return at.isValid() ? std::optional<QDateTime>(at.toUTC()) : std::nullopt;
}

std::optional<bool> yesNo(const QString &input)
{
    static const QStringList Yes = {QStringLiteral("yes"),  QStringLiteral("y"),
                                    QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("x"),    QStringLiteral("ja")};
    static const QStringList No = {QString(),           QStringLiteral("no"),
                                   QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("0"), QStringLiteral("nein")};
    const QString text = input.trimmed().toLower();
    if (Yes.contains(text))
        return true;
    if (No.contains(text) || text.isEmpty())
        return false;
    return std::nullopt;
}

std::optional<Name> splitFullName(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return std::nullopt;
    // Words that begin a last name, in any case: "van Beethoven", "de la Cruz", "Ó Briain".
    static const QStringList Particles = {
        QStringLiteral("van"),   QStringLiteral("von"), QStringLiteral("de"),
        QStringLiteral("der"),   QStringLiteral("den"), QStringLiteral("del"),
        QStringLiteral("della"), QStringLiteral("di"),  QStringLiteral("da"),
        QStringLiteral("du"),    QStringLiteral("la"),  QStringLiteral("le"),
        QStringLiteral("ten"),   QStringLiteral("ter"), QStringLiteral("bin"),
        QStringLiteral("al"),    QStringLiteral("dos"), QStringLiteral("das"),
        QStringLiteral("ibn"),   QStringLiteral("ó"),   QStringLiteral("ní"),
        QStringLiteral("mac")};
    qsizetype last = words.size() - 1;
    while (last > 1 && Particles.contains(words.at(last - 1).toLower()))
        --last;
    return Name{words.mid(0, last).join(QLatin1Char(' ')), words.mid(last).join(QLatin1Char(' '))};
}

} // namespace ImportValues
