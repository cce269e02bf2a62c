#include "demo/democohort.h"

#include "demo/democalendar.h"
#include "demo/demotrack.h"
#include "domain/timestamp.h"

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

CohortFees DemoCohort::fees() const
{
    const qint64 price = qint64(DemoTracks[track].priceUsd) * 100;
    return {id, QStringLiteral("USD"), price, price / 10};
}

QList<RefundStep> DemoCohort::refundSchedule() const
{
    if (track % 2 == 0)
        return {{14, 80}, {30, 50}, {60, 0}};
    return {{14, 75}, {28, 50}, {56, 0}};
}

Cohort DemoCohort::asCohort() const
{
    Cohort cohort;
    cohort.id = id;
    cohort.name = name;
    cohort.startsOn = Timestamp::parseDate(DemoCalendar::dateText(startDay));
    cohort.endsOn = Timestamp::parseDate(DemoCalendar::dateText(endDay));
    cohort.capacity = capacity;
    cohort.offerHoldDays = holdDays;
    cohort.refundWindowDays = refundWindowDays;
    return cohort;
}
