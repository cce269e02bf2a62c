#include "csv/importvalues.h"

#include <QStringList>

#include <algorithm>

namespace ImportValues {

namespace {
// The month written in English words, as WordPress, Jotform and Microsoft's exports do:
// "Nov 30, 2026", "November 30, 2026 2:02 pm", "30 Nov 2026 2:02 PM".
QDateTime withMonthName(const QString &text)
{
    static const QStringList Formats = [] {
        const char *const dates[] = {"MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy", "d MMMM yyyy"};
        const char *const times[] = {"", " h:mm AP", " h:mm:ss AP", " H:mm", " H:mm:ss"};
        QStringList formats;
        for (const char *date : dates) {
            for (const char *time : times)
                formats << QLatin1String(date) + QLatin1String(time);
        }
        return formats;
    }();
    const QString simplified = text.simplified();
    for (const QString &format : Formats) {
        const QDateTime at = QDateTime::fromString(simplified, format);
        if (at.isValid())
            return at;
    }
    return {};
}
} // namespace

std::optional<QDateTime> timestamp(const QString &input, const QTimeZone &local)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime at;
    if (text.size() >= 10 && text.at(4) == QLatin1Char('-')) {
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
    } else if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); })) {
        at = withMonthName(text);
    } else {
        // Day first with dots, month first with slashes: the two conventions of web form
        // exports. Neither is guessed from the other.
        static const char *const Formats[] = {"M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy",
                                              "d.M.yyyy H:mm:ss", "d.M.yyyy H:mm", "d.M.yyyy"};
        for (const char *format : Formats) {
            at = QDateTime::fromString(text, QLatin1String(format));
            if (at.isValid())
                break;
        }
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
