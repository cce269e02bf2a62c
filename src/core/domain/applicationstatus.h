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
// Enrolled, active and refund_requested: a student, who gets a mentor.
bool isStudent(ApplicationStatus status);
// Exit statuses need a reason.
bool requiresReason(ApplicationStatus status);
} // namespace Statuses
