#include "domain/cohorttimeline.h"

#include "domain/timestamp.h"

namespace CohortTimeline {

std::optional<Step> nextStep(const CohortSeats &seats, const QDate &today)
{
    const Cohort &c = seats.cohort;
    const QString state = c.state;
    if (state == QLatin1String("draft")) {
        if (c.applicationsOpenOn.isValid() && today >= c.applicationsOpenOn)
            return Step{QStringLiteral("open"),
                        QStringLiteral("applications open on %1")
                            .arg(Timestamp::formatDate(c.applicationsOpenOn))};
        return std::nullopt;
    }
    if (state == QLatin1String("open") || state == QLatin1String("full")) {
        if (today >= c.startsOn)
            return Step{QStringLiteral("started"),
                        QStringLiteral("start date %1").arg(Timestamp::formatDate(c.startsOn))};
        const QString taken =
            QStringLiteral("%1 of %2 seats taken").arg(seats.seatsTaken).arg(c.capacity);
        const bool free = seats.seatsFree() > 0;
        if (state == QLatin1String("open") && !free)
            return Step{QStringLiteral("full"), QStringLiteral("no seat free (%1)").arg(taken)};
        if (state == QLatin1String("full") && free)
            return Step{QStringLiteral("open"), QStringLiteral("a seat is free (%1)").arg(taken)};
        return std::nullopt;
    }
    if (state == QLatin1String("started") && today >= c.endsOn)
        return Step{QStringLiteral("completed"),
                    QStringLiteral("end date %1").arg(Timestamp::formatDate(c.endsOn))};
    return std::nullopt;
}

} // namespace CohortTimeline
