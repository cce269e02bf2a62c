#include "domain/applicationstatus.h"

#include "domain/namedvalues.h"

#include <QCoreApplication>

namespace {
struct StatusInfo
{
    ApplicationStatus value;
    const char *machineName;
    const char *displayName;
};

// clang-format off
constexpr StatusInfo Infos[] = {
    {ApplicationStatus::Applied,            "applied",             QT_TRANSLATE_NOOP("Status", "Applied")},
    {ApplicationStatus::Screening,          "screening",           QT_TRANSLATE_NOOP("Status", "Screening")},
    {ApplicationStatus::InterviewScheduled, "interview_scheduled", QT_TRANSLATE_NOOP("Status", "Interview scheduled")},
    {ApplicationStatus::Interviewed,        "interviewed",         QT_TRANSLATE_NOOP("Status", "Interviewed")},
    {ApplicationStatus::Qualified,          "qualified",           QT_TRANSLATE_NOOP("Status", "Qualified")},
    {ApplicationStatus::NotQualified,       "not_qualified",       QT_TRANSLATE_NOOP("Status", "Not qualified")},
    {ApplicationStatus::Offered,            "offered",             QT_TRANSLATE_NOOP("Status", "Offered")},
    {ApplicationStatus::Waitlisted,         "waitlisted",          QT_TRANSLATE_NOOP("Status", "Waitlisted")},
    {ApplicationStatus::OfferExpired,       "offer_expired",       QT_TRANSLATE_NOOP("Status", "Offer expired")},
    {ApplicationStatus::Accepted,           "accepted",            QT_TRANSLATE_NOOP("Status", "Accepted")},
    {ApplicationStatus::Declined,           "declined",            QT_TRANSLATE_NOOP("Status", "Declined")},
    {ApplicationStatus::Enrolled,           "enrolled",            QT_TRANSLATE_NOOP("Status", "Enrolled")},
    {ApplicationStatus::Deferred,           "deferred",            QT_TRANSLATE_NOOP("Status", "Deferred")},
    {ApplicationStatus::Withdrawn,          "withdrawn",           QT_TRANSLATE_NOOP("Status", "Withdrawn")},
    {ApplicationStatus::Active,             "active",              QT_TRANSLATE_NOOP("Status", "Active")},
    {ApplicationStatus::RefundRequested,    "refund_requested",    QT_TRANSLATE_NOOP("Status", "Refund requested")},
    {ApplicationStatus::Refunded,           "refunded",            QT_TRANSLATE_NOOP("Status", "Refunded")},
    {ApplicationStatus::Dropped,            "dropped",             QT_TRANSLATE_NOOP("Status", "Dropped")},
    {ApplicationStatus::Graduated,          "graduated",           QT_TRANSLATE_NOOP("Status", "Graduated")},
    {ApplicationStatus::JobSearch,          "job_search",          QT_TRANSLATE_NOOP("Status", "Job search")},
    {ApplicationStatus::Placed,             "placed",              QT_TRANSLATE_NOOP("Status", "Placed")},
    {ApplicationStatus::NotSeeking,         "not_seeking",         QT_TRANSLATE_NOOP("Status", "Not seeking")},
};
// clang-format on

const StatusInfo &info(ApplicationStatus status)
{
    return NamedValues::rowOf(Infos, status);
}
} // namespace

namespace Statuses {

const QList<ApplicationStatus> &all()
{
    static const QList<ApplicationStatus> statuses = NamedValues::values(Infos);
    return statuses;
}

QString machineName(ApplicationStatus status)
{
    return QString::fromLatin1(info(status).machineName);
}

std::optional<ApplicationStatus> fromMachineName(const QString &name)
{
    return NamedValues::named(Infos, name);
}

QString displayName(ApplicationStatus status)
{
    return QCoreApplication::translate("Status", info(status).displayName);
}

QString machineNameList()
{
    return NamedValues::machineNameList(Infos);
}

bool holdsSeat(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Offered:
    case ApplicationStatus::Accepted:
    case ApplicationStatus::Enrolled:
    case ApplicationStatus::Active:
    case ApplicationStatus::RefundRequested:
        return true;
    default:
        return false;
    }
}

bool filledSeat(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Graduated:
    case ApplicationStatus::JobSearch:
    case ApplicationStatus::Placed:
    case ApplicationStatus::NotSeeking:
    case ApplicationStatus::Dropped:
        return true;
    default:
        return holdsSeat(status);
    }
}

bool isStudent(ApplicationStatus status)
{
    return status == ApplicationStatus::Enrolled || status == ApplicationStatus::Active ||
           status == ApplicationStatus::RefundRequested;
}

bool requiresReason(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::NotQualified:
    case ApplicationStatus::Declined:
    case ApplicationStatus::Withdrawn:
    case ApplicationStatus::Dropped:
    case ApplicationStatus::Refunded:
    case ApplicationStatus::NotSeeking: // it ends the job guarantee: the desk says why
        return true;
    default:
        return false;
    }
}

} // namespace Statuses
