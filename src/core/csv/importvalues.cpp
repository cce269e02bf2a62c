#include "csv/importvalues.h"

#include <QStringList>

namespace ImportValues {

std::optional<QDateTime> timestamp(const QString &input, const QTimeZone &local)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime at;
    if (text.size() >= 10 && text.at(4) == QLatin1Char('-')) {
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
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
