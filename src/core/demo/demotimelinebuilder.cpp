#include "demo/demotimelinebuilder.h"

#include "demo/democalendar.h"

#include <algorithm>

using S = ApplicationStatus;
using Kind = DemoCohort::Kind;
using DemoCalendar::Day;
using DemoCalendar::Hour;
using DemoCalendar::Second;

namespace {

// The main road of the lifecycle up to a stage, the desk offering a free seat at once on
// qualification.
void roadTo(DemoTimeline &t, S stage)
{
    static constexpr S Road[] = {S::Applied,     S::Screening, S::InterviewScheduled,
                                 S::Interviewed, S::Qualified, S::Offered,
                                 S::Accepted,    S::Enrolled,  S::Active};
    for (S status : Road) {
        if (status == S::Qualified)
            t.qualifiedIndex = t.size;
        t.add(status, status == S::Offered);
        if (status == stage)
            return;
    }
}

// The main road, or the desk's turn off it: to the waitlist on qualification when no seat was
// free, or an offer whose hold ended.
void pathTo(DemoTimeline &t, S stage)
{
    if (stage == S::Waitlisted) {
        roadTo(t, S::Qualified);
        t.add(S::Waitlisted, true);
    } else if (stage == S::OfferExpired) {
        roadTo(t, S::Offered);
        t.add(S::OfferExpired, true);
    } else {
        roadTo(t, stage);
    }
}

// The stage an applicant withdrew at: anywhere before the program in a cohort, by qualification
// at the latest without one.
void withdrawalPath(DemoTimeline &t, bool inCohort, DemoSlotDice &dice)
{
    if (inCohort) {
        static constexpr S Left[] = {S::Applied,     S::Screening,    S::InterviewScheduled,
                                     S::Interviewed, S::Offered,      S::Accepted,
                                     S::Enrolled,    S::OfferExpired, S::Waitlisted};
        pathTo(t, Left[dice.weighted({20, 20, 10, 10, 10, 8, 4, 10, 4})]);
    } else {
        static constexpr S Left[] = {S::Applied, S::Screening, S::InterviewScheduled,
                                     S::Interviewed, S::Qualified};
        pathTo(t, Left[dice.weighted({30, 30, 15, 15, 10})]);
    }
    t.add(S::Withdrawn);
}

// How the application came to its status beyond what the status says.
struct Path
{
    bool fromWaitlist = false;       // offered when a seat freed
    bool expiredThenWaiting = false; // waitlisted again after an offer expired
};

Path walk(DemoTimeline &t, S status, const DemoCohort *cohort, DemoSlotDice &dice)
{
    Path path;
    switch (status) {
    case S::Applied:
    case S::Screening:
    case S::InterviewScheduled:
    case S::Interviewed:
    case S::Qualified:
    case S::OfferExpired:
    case S::Accepted:
    case S::Enrolled:
    case S::Active:
        pathTo(t, status);
        break;
    case S::NotQualified:
        roadTo(t, dice.chance(0.4) ? S::Screening : S::Interviewed);
        t.add(S::NotQualified);
        break;
    case S::Offered:
        // In a full cohort the seat came from the waitlist.
        path.fromWaitlist = cohort && cohort->full;
        if (path.fromWaitlist) {
            pathTo(t, S::Waitlisted);
            t.add(S::Offered, true);
        } else {
            pathTo(t, S::Offered);
        }
        break;
    case S::Waitlisted:
        path.expiredThenWaiting = dice.chance(0.15);
        if (path.expiredThenWaiting) {
            pathTo(t, S::OfferExpired);
            t.add(S::Waitlisted);
        } else {
            pathTo(t, S::Waitlisted);
        }
        break;
    case S::Declined:
        pathTo(t, S::Offered);
        t.add(S::Declined);
        break;
    case S::Deferred:
        pathTo(t, S::Accepted);
        if (dice.chance(0.5))
            t.add(S::Enrolled);
        t.add(S::Deferred);
        break;
    case S::Withdrawn:
        withdrawalPath(t, cohort != nullptr, dice);
        break;
    case S::RefundRequested:
    case S::Dropped:
    case S::Graduated:
        pathTo(t, S::Active);
        t.add(status);
        break;
    case S::Refunded:
        pathTo(t, S::Active);
        t.add(S::RefundRequested);
        t.add(S::Refunded);
        break;
    case S::JobSearch:
    case S::Placed:
    case S::NotSeeking:
        pathTo(t, S::Active);
        t.add(S::Graduated);
        t.add(S::JobSearch);
        if (status != S::JobSearch)
            t.add(status);
        break;
    }
    return path;
}

// Moves steps (base, last] closer to base so that the last one is no later than limit.
void fitBefore(DemoTimeline &t, int base, int last, qint64 limit)
{
    if (last <= base)
        return;
    const qint64 start = t.step(base).at;
    const qint64 span = t.step(last).at - start;
    if (t.step(last).at <= limit || span <= 0)
        return;
    const double room = static_cast<double>(std::max<qint64>(0, limit - start));
    for (int i = base + 1; i <= last; ++i)
        t.step(i).at = start + static_cast<qint64>(static_cast<double>(t.step(i).at - start) *
                                                   room / static_cast<double>(span));
}

qint64 gapBeforeProgram(const DemoTimeline &t, int i, S finalStatus, qint64 offerAt, qint64 hold,
                        DemoSlotDice &dice)
{
    const S status = t.step(i).status;
    const S previous = t.step(i - 1).status;
    if (previous == S::Qualified && (status == S::Offered || status == S::Waitlisted))
        return Second; // the desk decides at once
    if (status == S::Offered && previous == S::Waitlisted) {
        if (finalStatus == S::Offered && offerAt > t.step(i - 1).at)
            return offerAt - t.step(i - 1).at;
        return dice.between(Day, 20 * Day);
    }
    if (status == S::OfferExpired)
        return hold + dice.between(0, 6 * Hour);
    return dice.between(2 * Hour, 6 * Day);
}

qint64 gapInProgram(S status, const DemoCohort &cohort, DemoSlotDice &dice)
{
    switch (status) {
    case S::RefundRequested:
        return dice.between(Day, (cohort.refundWindowDays + 20) * Day);
    case S::Refunded:
        return dice.between(Day, 7 * Day);
    case S::Dropped:
        return dice.between(7 * Day,
                            std::max<qint64>(8, cohort.endDay - cohort.startDay - 7) * Day);
    default:
        return dice.between(2 * Hour, 6 * Day);
    }
}

qint64 gapAfterProgram(S status, DemoSlotDice &dice)
{
    switch (status) {
    case S::JobSearch:
        return dice.between(Day, 14 * Day);
    case S::Placed:
        return dice.between(14 * Day, 200 * Day);
    case S::NotSeeking:
        return dice.between(7 * Day, 120 * Day);
    default:
        return dice.between(2 * Hour, 6 * Day);
    }
}

} // namespace

DemoTimelineBuilder::DemoTimelineBuilder(qint64 anchorMs)
    : m_anchor(anchorMs), m_latest(anchorMs - Hour)
{
}

DemoTimeline DemoTimelineBuilder::build(S status, const DemoCohort *cohort,
                                        DemoSlotDice &dice) const
{
    DemoTimeline t;
    const Path path = walk(t, status, cohort, dice);
    const bool upcoming = cohort && cohort->kind == Kind::Upcoming;
    const bool full = cohort && cohort->full;
    const qint64 hold = cohort ? cohort->holdDays * Day : 7 * Day;

    // The anchor: the qualification (which orders the waitlist), else the last step.
    const qint64 startMs = cohort ? cohort->startDay * Day : 0;
    const qint64 endMs = cohort ? cohort->endDay * Day : 0;
    // A pending offer expires 1 to hold-1 days from the anchor day: in the future.
    const qint64 offerAt = m_anchor - dice.between(2 * Hour, hold - Day);
    int k = t.size - 1;
    qint64 anchorAt = 0;
    if (t.qualifiedIndex >= 0) {
        k = t.qualifiedIndex;
        if (!cohort)
            anchorAt = dice.between(m_anchor - 30 * Day, m_latest - Day);
        else if (!upcoming)
            anchorAt = dice.between(startMs - 100 * Day, startMs - 30 * Day);
        else if (status == S::Offered && !path.fromWaitlist)
            anchorAt = offerAt;
        else if (status == S::Waitlisted && !path.expiredThenWaiting)
            // Later than every seat holder of the full cohort: first come, first served.
            anchorAt = dice.between(m_anchor - 12 * Day, m_latest - Second);
        else if (status == S::Waitlisted) // offered, expired, then waitlisted again
            anchorAt = dice.between(m_anchor - 40 * Day, m_latest - hold - 7 * Day);
        else if (status == S::OfferExpired)
            anchorAt = dice.between(m_anchor - 40 * Day, m_latest - hold - Day);
        else if (status == S::Withdrawn)
            anchorAt = dice.between(m_anchor - 60 * Day, m_anchor - 25 * Day);
        else
            anchorAt = full ? dice.between(m_anchor - 60 * Day, m_anchor - 13 * Day)
                            : dice.between(m_anchor - 60 * Day, m_latest - 2 * Day);
    } else if (!cohort) {
        const bool exit = status == S::NotQualified || status == S::Withdrawn;
        anchorAt = dice.between(m_anchor - (exit ? 300 : 45) * Day, m_latest);
    } else if (!upcoming) {
        anchorAt = dice.between(startMs - 120 * Day, startMs - 2 * Day);
    } else {
        anchorAt = dice.between(m_anchor - 45 * Day, m_latest);
    }
    t.step(k).at = anchorAt;
    for (int i = k - 1; i >= 0; --i)
        t.step(i).at = t.step(i + 1).at - dice.between(2 * Hour, 6 * Day);

    // Forward from the anchor: before the program, in it, after graduation.
    int i = k + 1;
    for (; i < t.size && t.step(i).status != S::Active; ++i)
        t.step(i).at = t.step(i - 1).at + gapBeforeProgram(t, i, status, offerAt, hold, dice);
    fitBefore(t, k, i - 1, cohort && !upcoming ? startMs - 12 * Hour : m_latest);
    if (i < t.size) {
        t.step(i).at = startMs + 9 * Hour; // orientation morning
        const int active = i++;
        for (; i < t.size && t.step(i).status != S::Graduated; ++i)
            t.step(i).at = t.step(i - 1).at + gapInProgram(t.step(i).status, *cohort, dice);
        fitBefore(t, active, i - 1, std::min(endMs, m_latest));
        if (i < t.size) {
            t.step(i).at = endMs + 16 * Hour;
            const int graduated = i++;
            for (; i < t.size; ++i)
                t.step(i).at = t.step(i - 1).at + gapAfterProgram(t.step(i).status, dice);
            fitBefore(t, graduated, t.size - 1, m_latest);
        }
    }
    // Back on the waitlist after every offer the cohort made from it, or the desk would have
    // offered those seats to this application, which is first in line.
    if (path.expiredThenWaiting)
        t.step(t.size - 1).at = m_latest;
    if (status == S::Offered)
        t.offerExpiresAt = t.last().at + hold;
    return t;
}
