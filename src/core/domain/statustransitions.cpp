#include "domain/statustransitions.h"

#include <QCoreApplication>

#include <utility>

namespace {
using S = ApplicationStatus;

// clang-format off
constexpr std::pair<S, S> Moves[] = {
    // The main road.
    {S::Applied, S::Screening},
    {S::Screening, S::InterviewScheduled},
    {S::InterviewScheduled, S::Interviewed},
    {S::Interviewed, S::Qualified},
    {S::Qualified, S::Offered},
    {S::Offered, S::Accepted},
    {S::Accepted, S::Enrolled},
    {S::Enrolled, S::Active},
    {S::Active, S::Graduated},
    {S::Graduated, S::JobSearch},
    {S::JobSearch, S::Placed},
    // Decisions.
    {S::Screening, S::NotQualified},
    {S::Interviewed, S::NotQualified},
    // Seats.
    {S::Qualified, S::Waitlisted},
    {S::Waitlisted, S::Offered},
    {S::Offered, S::Declined},
    {S::Offered, S::OfferExpired},
    {S::OfferExpired, S::Waitlisted},
    {S::OfferExpired, S::Withdrawn},
    // Deferral to a later cohort re-enters at qualified there.
    {S::Accepted, S::Deferred},
    {S::Enrolled, S::Deferred},
    {S::Deferred, S::Qualified},
    // Any status before active may withdraw (the exits not_qualified and declined excepted).
    {S::Applied, S::Withdrawn},
    {S::Screening, S::Withdrawn},
    {S::InterviewScheduled, S::Withdrawn},
    {S::Interviewed, S::Withdrawn},
    {S::Qualified, S::Withdrawn},
    {S::Offered, S::Withdrawn},
    {S::Waitlisted, S::Withdrawn},
    {S::Accepted, S::Withdrawn},
    {S::Enrolled, S::Withdrawn},
    {S::Deferred, S::Withdrawn},
    // In the program.
    {S::Active, S::RefundRequested},
    {S::RefundRequested, S::Refunded},
    {S::RefundRequested, S::Active},   // the student took the request back
    {S::Active, S::Dropped},
    // After graduation.
    {S::JobSearch, S::NotSeeking},
};
// clang-format on
} // namespace

bool StatusTransitions::isAllowed(ApplicationStatus from, ApplicationStatus to)
{
    for (const auto &[f, t] : Moves) {
        if (f == from && t == to)
            return true;
    }
    return false;
}

QList<ApplicationStatus> StatusTransitions::nextStatuses(ApplicationStatus from)
{
    QList<ApplicationStatus> next;
    for (const auto &[f, t] : Moves) {
        if (f == from)
            next << t;
    }
    return next;
}

QString StatusTransitions::refusal(ApplicationStatus from, ApplicationStatus to)
{
    if (isAllowed(from, to))
        return {};
    const QList<ApplicationStatus> next = nextStatuses(from);
    QStringList names;
    for (ApplicationStatus s : next)
        names << Statuses::machineName(s);
    const QString allowed = names.isEmpty()
                                ? QCoreApplication::translate("StatusTransitions", "none")
                                : names.join(QStringLiteral(", "));
    return QCoreApplication::translate("StatusTransitions",
                                       "An application cannot move from %1 to %2 (from %1 it "
                                       "may move to: %3).")
        .arg(Statuses::machineName(from), Statuses::machineName(to), allowed);
}
