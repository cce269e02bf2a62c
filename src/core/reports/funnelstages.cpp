#include "reports/funnelstages.h"

ApplicationStatus FunnelStages::statusOf(Stage stage)
{
    using S = ApplicationStatus;
    static const S statuses[Count] = {S::Applied,  S::Screening, S::Interviewed, S::Qualified,
                                      S::Offered,  S::Accepted,  S::Enrolled,    S::Active,
                                      S::Graduated, S::Placed};
    return statuses[stage];
}

FunnelStages::Stage FunnelStages::reachedBy(ApplicationStatus status)
{
    using S = ApplicationStatus;
    switch (status) {
    case S::Applied:
    case S::Withdrawn: // from any status before active: shows no more than that it applied
        return Applied;
    case S::Screening:
    case S::InterviewScheduled:
    case S::NotQualified:
        return Screening;
    case S::Interviewed:
        return Interviewed;
    case S::Qualified:
    case S::Waitlisted:
        return Qualified;
    case S::Offered:
    case S::OfferExpired:
    case S::Declined:
        return Offered;
    case S::Accepted:
    case S::Deferred:
        return Accepted;
    case S::Enrolled:
        return Enrolled;
    case S::Active:
    case S::RefundRequested:
    case S::Refunded:
    case S::Dropped:
        return Active;
    case S::Graduated:
    case S::JobSearch:
    case S::NotSeeking:
        return Graduated;
    case S::Placed:
        return Placed;
    }
    return Applied;
}

const QList<ApplicationStatus> &FunnelStages::exits()
{
    using S = ApplicationStatus;
    static const QList<S> statuses{S::NotQualified, S::Declined, S::OfferExpired,
                                   S::Withdrawn,    S::Refunded, S::Dropped};
    return statuses;
}
