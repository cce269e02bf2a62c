#pragma once

#include <QList>
#include <QString>

#include <optional>

// The enrollment lifecycle of PRODUCT.md. Machine names are fixed: they are stored in the
// database, written to CSV and typed on the command line. Display names are translatable.
enum class ApplicationStatus
{
    Applied,
    Screening,
    InterviewScheduled,
    Interviewed,
    Qualified,
    NotQualified,
    Offered,
    Waitlisted,
    OfferExpired,
    Accepted,
    Declined,
    Enrolled,
    Deferred,
    Withdrawn,
    Active,
    RefundRequested,
    Refunded,
    Dropped,
    Graduated,
    JobSearch,
    Placed,
    NotSeeking,
};

namespace Statuses {
const QList<ApplicationStatus> &all();
QString machineName(ApplicationStatus status);
std::optional<ApplicationStatus> fromMachineName(const QString &name);
QString displayName(ApplicationStatus status);
// The machine names, comma-separated, for help texts and error messages.
QString machineNameList();

// Statuses that hold a seat in their cohort: offered, accepted, enrolled, active and
// refund_requested (a student asking for a refund is a student until refunded).
bool holdsSeat(ApplicationStatus status);
// Statuses that filled a seat of their cohort, counted to say how full a cohort that started
// is or ended: those that hold one (holdsSeat), and those that sat in the program and moved on
// without giving the seat back: graduated, job_search, placed, not_seeking and dropped.
// PRODUCT.md's seats free on a decline, an expiry, a withdrawal, a deferral or a refund, and
// a dropout is none of these, so a dropped student still filled a seat. A refunded one did
// not: the fee went back, and inside the refund window so did the seat, to the waitlist.
// (A dropout inside the refund window also lets the ledger offer the seat again: then both
// the one who left and the one who came count, as both sat in the cohort.)
bool filledSeat(ApplicationStatus status);
// Enrolled, active and refund_requested: a student, who gets a mentor.
bool isStudent(ApplicationStatus status);
// Exit statuses need a reason.
bool requiresReason(ApplicationStatus status);
} // namespace Statuses
