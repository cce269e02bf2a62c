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

// The moves an undo may take back (to `from` again), and why each group is safe.
constexpr std::pair<S, S> UndoableMoves[] = {
    // On the way to a decision: nothing follows from these moves.
    {S::Applied, S::Screening},
    {S::Screening, S::InterviewScheduled},
    {S::InterviewScheduled, S::Interviewed},
    {S::Graduated, S::JobSearch},
    {S::JobSearch, S::Placed},
    {S::JobSearch, S::NotSeeking},
    // Exits without a seat: the undo clears the decision reason the exit wrote.
    {S::Screening, S::NotQualified},
    {S::Interviewed, S::NotQualified},
    {S::Applied, S::Withdrawn},
    {S::Screening, S::Withdrawn},
    {S::InterviewScheduled, S::Withdrawn},
    {S::Interviewed, S::Withdrawn},
    {S::Qualified, S::Withdrawn},
    {S::OfferExpired, S::Withdrawn},
    // Between statuses that hold the same seat: the seat stays where it is.
    {S::Accepted, S::Enrolled},
    {S::Enrolled, S::Active},
    {S::Active, S::RefundRequested},
    {S::RefundRequested, S::Active},
    // A seat offered by hand, and the waitlist joined or left: the undo gives the seat back or
    // restores the place in the queue (qualified_at is kept), so only while nothing else moved
    // in the cohort's seats since (StatusService checks).
    {S::Qualified, S::Offered},
    {S::Waitlisted, S::Offered},
    {S::Qualified, S::Waitlisted},
    {S::OfferExpired, S::Waitlisted},
    {S::Waitlisted, S::Withdrawn},
};
// clang-format on

bool seatsMove(S status)
{
    return Statuses::holdsSeat(status) || status == S::Waitlisted;
}
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
        names << Statuses::displayName(s);
    const QString allowed = names.isEmpty()
                                ? QCoreApplication::translate("StatusTransitions", "none")
                                : names.join(QStringLiteral(", "));
    return QCoreApplication::translate("StatusTransitions",
                                       "An application cannot move from %1 to %2 (from %1 it "
                                       "may move to: %3).")
        .arg(Statuses::displayName(from), Statuses::displayName(to), allowed);
}

bool StatusTransitions::isUndoable(ApplicationStatus from, ApplicationStatus to)
{
    for (const auto &[f, t] : UndoableMoves) {
        if (f == from && t == to)
            return true;
    }
    return false;
}

QString StatusTransitions::undoRefusal(ApplicationStatus from, ApplicationStatus to)
{
    if (isUndoable(from, to))
        return {};
    if (to == S::Qualified)
        return QCoreApplication::translate("StatusTransitions",
                                           "qualifying gave the application its place in the "
                                           "queue and placed it at once");
    if (from == S::Offered)
        return QCoreApplication::translate("StatusTransitions",
                                           "the offer's hold cannot be given back");
    if (Statuses::holdsSeat(from) && !Statuses::holdsSeat(to))
        return QCoreApplication::translate("StatusTransitions",
                                           "a seat moved with it (it gave up a seat, which the "
                                           "waitlist may take)");
    return QCoreApplication::translate("StatusTransitions",
                                       "a move from %1 to %2 cannot be taken back")
        .arg(Statuses::displayName(from), Statuses::displayName(to));
}

bool StatusTransitions::undoMovesSeats(ApplicationStatus from, ApplicationStatus to)
{
    if (Statuses::holdsSeat(from) && Statuses::holdsSeat(to))
        return false; // the same seat, held all along
    return seatsMove(from) || seatsMove(to);
}
