#include "domain/guaranteeeligibility.h"

#include "domain/timestamp.h"

QString WeekShortfall::describe() const
{
    const QString which = GuaranteeEligibility::tr("week %1 (%2 to %3)")
                              .arg(week)
                              .arg(Timestamp::formatDate(from), Timestamp::formatDate(to));
    if (!checkedIn)
        return GuaranteeEligibility::tr("%1: no check-in").arg(which);
    return GuaranteeEligibility::tr("%1: job applications sent: %2 of at least %3")
        .arg(which)
        .arg(jobApplications)
        .arg(needed);
}

GuaranteeEligibility GuaranteeEligibility::assess(const GuaranteeTerms &terms,
                                                  const QDate &searchStartedOn, const QDate &today,
                                                  const QList<CheckIn> &checkIns)
{
    GuaranteeEligibility result;
    if (!searchStartedOn.isValid())
        return result;
    const QDate end = endsOn(terms, searchStartedOn);
    for (int week = 1;; ++week) {
        const QDate from = searchStartedOn.addDays(7 * (week - 1));
        const QDate to = from.addDays(6);
        if (to >= today || to >= end)
            break;
        ++result.m_weeksJudged;
        WeekShortfall found{week, from, to, false, 0, terms.minApplicationsPerWeek};
        for (const CheckIn &checkIn : checkIns) {
            if (checkIn.on < from || checkIn.on > to)
                continue;
            found.checkedIn = true;
            found.jobApplications += checkIn.jobApplications;
        }
        const bool missing = terms.weeklyCheckIn && !found.checkedIn;
        if (missing || found.jobApplications < terms.minApplicationsPerWeek)
            result.m_shortfalls << found;
    }
    return result;
}

QString GuaranteeEligibility::describe() const
{
    if (isEligible())
        return tr("eligible (weeks kept: %1)").arg(m_weeksJudged);
    QStringList weeks;
    for (const WeekShortfall &shortfall : m_shortfalls)
        weeks << shortfall.describe();
    return tr("not eligible: %1").arg(weeks.join(QStringLiteral("; ")));
}
