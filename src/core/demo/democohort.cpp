#include "demo/democohort.h"

using S = ApplicationStatus;

int DemoCohort::total() const
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

int DemoCohort::countWhere(bool (*rule)(S)) const
{
    int counted = 0;
    for (S status : Statuses::all()) {
        if (rule(status))
            counted += count(status);
    }
    return counted;
}

int DemoCohort::seatsTaken() const
{
    return countWhere(Statuses::holdsSeat);
}

std::optional<int> DemoCohort::finalFill() const
{
    return kind == Kind::Completed ? std::optional<int>(countWhere(Statuses::filledSeat))
                                   : std::nullopt;
}

bool DemoCohort::fits(S status) const
{
    switch (status) {
    case S::Active:
    case S::RefundRequested:
        return kind == Kind::Started && seatsTaken() < capacity;
    case S::Graduated:
    case S::JobSearch:
    case S::Placed:
    case S::NotSeeking:
        return kind == Kind::Completed;
    case S::Refunded:
    case S::Dropped:
        return kind == Kind::Completed || kind == Kind::Started;
    case S::Offered:
    case S::Accepted:
    case S::Enrolled:
        return kind == Kind::Upcoming && !full && seatsTaken() < capacity;
    case S::Waitlisted:
        return kind == Kind::Upcoming && full;
    case S::Qualified:
        return false; // only applications without a cohort rest at qualified
    case S::Deferred:
        return kind == Kind::Upcoming || kind == Kind::Started;
    case S::NotQualified:
    case S::Withdrawn:
    case S::Declined:
        return kind == Kind::Completed || kind == Kind::Started || kind == Kind::Upcoming;
    case S::Applied:
    case S::Screening:
    case S::InterviewScheduled:
    case S::Interviewed:
    case S::OfferExpired:
        return kind == Kind::Upcoming;
    }
    return false;
}

QString DemoCohort::state() const
{
    switch (kind) {
    case Kind::Completed:
        return QStringLiteral("completed");
    case Kind::Started:
        return QStringLiteral("started");
    case Kind::Draft:
        return QStringLiteral("draft");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Upcoming:
        break;
    }
    return full ? QStringLiteral("full") : QStringLiteral("open");
}
