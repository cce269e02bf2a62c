#include "demo/democohortplan.h"

#include "demo/democalendar.h"
#include "demo/demotrack.h"

#include <algorithm>
#include <cmath>

using S = ApplicationStatus;
using Kind = DemoCohort::Kind;

namespace {

// Student outcomes and the applicants who never got a seat, in proportions typical of a
// bootcamp: about three applications per student.
void planCounts(DemoCohort &c, DemoMainDice &dice)
{
    auto part = [&](int total, double lo, double hi) {
        return std::max(0, static_cast<int>(std::lround(total * dice.real(lo, hi))));
    };
    auto exits = [&](int students) {
        c.count(S::NotQualified) = part(students, 0.6, 1.1);
        c.count(S::Withdrawn) = part(students, 0.5, 0.9);
        c.count(S::Declined) = part(students, 0.15, 0.3);
    };
    const int capacity = c.capacity;
    switch (c.kind) {
    case Kind::Completed: {
        const int students = std::max(1, part(capacity, 0.7, 1.0));
        const int dropped = part(students, 0.03, 0.10);
        const int refunded = part(students, 0.02, 0.07);
        const int graduates = students - dropped - refunded;
        const int placed = part(graduates, 0.5, 0.7);
        const int searching = part(graduates, 0.08, 0.18);
        const int notSeeking = part(graduates, 0.04, 0.10);
        c.count(S::Dropped) = dropped;
        c.count(S::Refunded) = refunded;
        c.count(S::Placed) = placed;
        c.count(S::JobSearch) = searching;
        c.count(S::NotSeeking) = notSeeking;
        c.count(S::Graduated) = std::max(0, graduates - placed - searching - notSeeking);
        exits(students);
        break;
    }
    case Kind::Started: {
        const int students = std::max(1, part(capacity, 0.75, 1.0));
        const int refunded = part(students, 0.02, 0.06);
        const int dropped = part(students, 0.01, 0.04);
        const int requested = part(students, 0.01, 0.03);
        c.count(S::Refunded) = refunded;
        c.count(S::Dropped) = dropped;
        c.count(S::RefundRequested) = requested;
        c.count(S::Active) = std::max(0, students - refunded - dropped - requested);
        exits(students);
        c.count(S::Deferred) = part(students, 0.0, 0.04);
        break;
    }
    case Kind::Upcoming: {
        const int seats = c.full ? capacity : std::min(capacity - 1, part(capacity, 0.15, 0.85));
        const int enrolled = part(seats, 0.3, 0.5);
        const int accepted = part(seats, 0.2, 0.3);
        c.count(S::Enrolled) = enrolled;
        c.count(S::Accepted) = accepted;
        c.count(S::Offered) = seats - enrolled - accepted;
        if (c.full)
            c.count(S::Waitlisted) = std::max(1, part(capacity, 0.1, 0.4));
        c.count(S::OfferExpired) = part(capacity, 0.0, 0.04);
        c.count(S::Declined) = part(capacity, 0.05, 0.12);
        c.count(S::Withdrawn) = part(capacity, 0.1, 0.25);
        c.count(S::NotQualified) = part(capacity, 0.2, 0.4);
        c.count(S::Deferred) = part(capacity, 0.0, 0.04);
        c.count(S::Applied) = part(capacity, 0.15, 0.4);
        c.count(S::Screening) = part(capacity, 0.1, 0.3);
        c.count(S::InterviewScheduled) = part(capacity, 0.05, 0.2);
        c.count(S::Interviewed) = part(capacity, 0.03, 0.12);
        break;
    }
    case Kind::Draft:
    case Kind::Cancelled:
        break;
    }
}

// Shrinks the plan to the budget (small N). Full cohorts keep exactly their capacity in seats
// unless even that does not fit, in which case they become open ones.
void fitToBudget(std::vector<DemoCohort> &cohorts, qint64 budget)
{
    qint64 total = 0;
    qint64 fixed = 0;
    for (const DemoCohort &c : cohorts) {
        total += c.total();
        if (c.full)
            fixed += c.capacity + c.count(S::Waitlisted);
    }
    if (total <= budget)
        return;
    if (fixed * 2 > budget) {
        for (DemoCohort &c : cohorts) {
            if (c.full) {
                c.full = false;
                c.count(S::Waitlisted) = 0;
            }
        }
        fixed = 0;
    }
    const double factor = static_cast<double>(budget - fixed) / static_cast<double>(total - fixed);
    for (DemoCohort &c : cohorts) {
        for (S status : Statuses::all()) {
            int &n = c.count(status);
            if (c.full && Statuses::holdsSeat(status))
                continue;
            if (c.full && status == S::Waitlisted)
                n = std::max(1, static_cast<int>(n * factor));
            else
                n = static_cast<int>(n * factor);
        }
    }
}

// A small demo still shows every status: one the scaling rounded away gets an application in
// the first cohort where it fits.
void ensureEveryStatus(std::vector<DemoCohort> &cohorts)
{
    for (S status : Statuses::all()) {
        int total = 0;
        for (const DemoCohort &c : cohorts)
            total += c.count(status);
        for (auto c = cohorts.begin(); total == 0 && c != cohorts.end(); ++c) {
            if (c->fits(status)) {
                ++c->count(status);
                ++total;
            }
        }
    }
}

void name(std::vector<DemoCohort> &cohorts)
{
    std::vector<int> order(cohorts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&cohorts](int a, int b) {
        const DemoCohort &x = cohorts[static_cast<std::size_t>(a)];
        const DemoCohort &y = cohorts[static_cast<std::size_t>(b)];
        return x.track != y.track ? x.track < y.track : x.startDay < y.startDay;
    });
    QString month;
    int section = 0;
    for (int index : order) {
        DemoCohort &c = cohorts[static_cast<std::size_t>(index)];
        const QString thisMonth = QString::fromLatin1(DemoTracks[c.track].code) + QLatin1Char('-') +
                                  DemoCalendar::dateText(c.startDay).left(7);
        section = thisMonth == month ? section + 1 : 0;
        month = thisMonth;
        c.name = thisMonth + QLatin1Char('-') + DemoCohortPlan::sectionLetters(section);
    }
}

} // namespace

std::vector<DemoCohort> DemoCohortPlan::make(qint64 applicants, qint64 anchorDay,
                                             DemoMainDice &dice)
{
    const qint64 n = applicants;
    // Capacities 20-120; a small demo gets small cohorts so that it still has several.
    const int capacityHigh =
        n >= 100000 ? 120 : std::max(30, static_cast<int>(20 + 100 * n / 100000));
    const double applicationsPerCohort = 2.1 * (20 + capacityHigh) / 2.0;
    const qint64 cohortCount =
        std::max<qint64>(4 * DemoTrackCount, std::llround(0.95 * n / applicationsPerCohort));
    int weights = 0;
    for (const DemoTrack &track : DemoTracks)
        weights += track.weight;

    std::vector<DemoCohort> cohorts;
    for (int t = 0; t < DemoTrackCount; ++t) {
        const qint64 duration = DemoTracks[t].weeks * 7;
        auto add = [&](Kind kind, qint64 day, bool full) {
            static constexpr int HoldDays[] = {3, 5, 7, 7, 7, 7};
            DemoCohort c;
            c.track = t;
            c.kind = kind;
            c.full = full;
            c.startDay = DemoCalendar::mondayOnOrBefore(day);
            c.endDay = c.startDay + duration - 3; // the Friday of the last week
            c.capacity = static_cast<int>(dice.between(20, capacityHigh));
            c.holdDays = HoldDays[dice.below(6)];
            planCounts(c, dice);
            cohorts.push_back(std::move(c));
        };
        const qint64 perTrack = std::max<qint64>(
            4, std::llround(static_cast<double>(cohortCount) * DemoTracks[t].weight / weights));
        const qint64 completed = std::max<qint64>(1, std::llround(perTrack * 0.4));
        const qint64 started = std::max<qint64>(1, std::llround(perTrack * 0.25));
        const qint64 upcoming = std::max<qint64>(2, perTrack - completed - started);
        auto spread = [&](Kind kind, qint64 number, qint64 from, qint64 to) {
            for (qint64 i = 0; i < number; ++i)
                add(kind, from + (to - from) * (2 * i + 1) / (2 * number),
                    kind == Kind::Upcoming && i % 3 == 0);
        };
        // Windows chosen so that Monday alignment keeps each cohort in its state.
        spread(Kind::Completed, completed, anchorDay - duration - 400, anchorDay - duration - 10);
        spread(Kind::Started, started, anchorDay - duration + 10, anchorDay - 1);
        spread(Kind::Upcoming, upcoming, anchorDay + 7, anchorDay + 180);
        add(Kind::Draft, anchorDay + 200 + dice.below(40), false);
        if (t % 4 == 1) // an intake called off for low demand
            add(Kind::Cancelled, anchorDay + 40, false);
    }
    fitToBudget(cohorts, static_cast<qint64>(0.96 * static_cast<double>(n)));
    if (n >= 1000)
        ensureEveryStatus(cohorts);
    name(cohorts);
    return cohorts;
}

QString DemoCohortPlan::sectionLetters(int index)
{
    QString letters;
    do {
        letters.prepend(QLatin1Char(static_cast<char>('A' + index % 26)));
        index = index / 26 - 1;
    } while (index >= 0);
    return letters;
}
