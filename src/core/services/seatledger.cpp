#include "services/seatledger.h"

#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "services/desksettingsservice.h"

#include <QCoreApplication>

namespace {
Result<Cohort> loadCohort(const QString &connection, qint64 cohortId)
{
    auto cohort = CohortRepository(connection).find(cohortId);
    if (!cohort)
        return cohort.error();
    if (!cohort.value())
        return Error{
            QCoreApplication::translate("SeatLedger", "There is no cohort %1.").arg(cohortId), {}};
    return *cohort.value();
}

} // namespace

SeatLedger::SeatLedger(QString connectionName, const Clock &clock)
    : m_connection(std::move(connectionName)), m_clock(clock)
{
}

Result<int> SeatLedger::freeSeats(qint64 cohortId) const
{
    auto cohort = loadCohort(m_connection, cohortId);
    if (!cohort)
        return cohort.error();
    if (!cohort.value().takesOffers())
        return 0;
    auto taken = ApplicationRepository(m_connection).seatsTaken(cohortId);
    if (!taken)
        return taken;
    return std::max(0, cohort.value().capacity - taken.value());
}

Result<std::optional<Application>> SeatLedger::nextInLine(qint64 cohortId) const
{
    return ApplicationRepository(m_connection).firstWaitlisted(cohortId);
}

Result<QDateTime> SeatLedger::offerExpiry(qint64 cohortId) const
{
    auto cohort = loadCohort(m_connection, cohortId);
    if (!cohort)
        return cohort.error();
    auto calendar = DeskSettingsService(m_connection, Actor::desk(), m_clock).calendar();
    if (!calendar)
        return calendar.error();
    const QDate lastDay = calendar->today().addDays(cohort.value().offerHoldDays);
    return calendar->startOf(lastDay.addDays(1)).toUTC();
}

Result<bool> SeatLedger::reoffersReleasedSeats(qint64 cohortId) const
{
    auto cohort = loadCohort(m_connection, cohortId);
    if (!cohort)
        return cohort.error();
    auto today = DeskSettingsService::today(m_connection, m_clock);
    if (!today)
        return today.error();
    return cohort.value().takesOffers() && today.value() <= cohort.value().refundWindowLastDay();
}
