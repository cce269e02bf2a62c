#include "reports/calendardaysql.h"

#include "domain/timestamp.h"

#include <QStringList>

namespace CalendarDaySql {

QString of(const QString &column, const QTimeZone &zone, const QDateTime &since,
           const QDateTime &until)
{
    const auto shift = [](int offsetSeconds) {
        return QStringLiteral("'%1%2 minutes'")
            .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(qAbs(offsetSeconds) / 60);
    };
    const QTimeZone::OffsetDataList transitions = zone.transitions(since, until);
    QStringList arms;
    for (auto it = transitions.crbegin(); it != transitions.crend(); ++it) {
        arms << QStringLiteral("WHEN %1 >= '%2' THEN %3")
                    .arg(column, Timestamp::format(it->atUtc), shift(it->offsetFromUtc));
    }
    const QString before = shift(zone.offsetFromUtc(since));
    if (arms.isEmpty())
        return QStringLiteral("date(%1, %2)").arg(column, before);
    return QStringLiteral("date(%1, CASE %2 ELSE %3 END)")
        .arg(column, arms.join(QLatin1Char(' ')), before);
}

} // namespace CalendarDaySql
