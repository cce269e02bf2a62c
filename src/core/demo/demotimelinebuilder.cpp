#include "demo/demotimelinebuilder.h"

#include "demo/democalendar.h"

#include <algorithm>

using S = ApplicationStatus;
using Kind = DemoCohort::Kind;
using DemoCalendar::Day;
using DemoCalendar::Hour;
using DemoCalendar::Second;

namespace {

// The statuses before qualification, in order.
void upTo(DemoTimeline &t, int stages)
{
    static constexpr S Early[] = {S::Applied, S::Screening, S::InterviewScheduled, S::Interviewed};
    for (int i = 0; i < stages; ++i)
        t.add(Early[i]);
}

void qualify(DemoTimeline &t)
{
    upTo(t, 4);
    t.qualifiedIndex = t.size;
    t.add(S::Qualified);
}

void offer(DemoTimeline &t)
{
    qualify(t);
    t.add(S::Offered, true); // a seat was free
}

void enroll(DemoTimeline &t)
{
    offer(t);
    t.add(S::Accepted);
    t.add(S::Enrolled);
    t.add(S::Active);
}

void withdrawalPath(DemoTimeline &t, bool inCohort, DemoSlotDice &dice)
{
    if (!inCohort) {
        const int stage = dice.weighted({30, 30, 15, 15, 10});
        if (stage < 4)
            upTo(t, stage + 1);
        else
            qualify(t);
        t.add(S::Withdrawn);
        return;
    }
    switch (const int stage = dice.weighted({20, 20, 10, 10, 10, 8, 4, 10, 4})) {
    case 0:
    case 1:
    case 2:
    case 3:
        upTo(t, stage + 1);
        break;
    case 4:
        offer(t);
        break;
    case 5:
        offer(t);
        t.add(S::Accepted);
        break;
    case 6:
        offer(t);
        t.add(S::Accepted);
        t.add(S::Enrolled);
        break;
    case 7:
        offer(t);
        t.add(S::OfferExpired, true);
        break;
    default:
        qualify(t);
        t.add(S::Waitlisted, true);
        break;
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
        upTo(t, 1);
        break;
    case S::Screening:
        upTo(t, 2);
        break;
    case S::InterviewScheduled:
        upTo(t, 3);
        break;
    case S::Interviewed:
        upTo(t, 4);
        break;
    case S::Qualified:
        qualify(t);
        break;
    case S::NotQualified:
        upTo(t, dice.chance(0.4) ? 2 : 4);
        t.add(S::NotQualified);
        break;
    case S::Offered:
        qualify(t);
        // In a full cohort the seat came from the waitlist.
        if (cohort && cohort->full) {
            path.fromWaitlist = true;
            t.add(S::Waitlisted, true);
        }
        t.add(S::Offered, true);
        break;
    case S::Waitlisted:
        qualify(t);
        if (dice.chance(0.15)) {
            path.expiredThenWaiting = true;
            t.add(S::Offered, true);
            t.add(S::OfferExpired, true);
            t.add(S::Waitlisted);
        } else {
            t.add(S::Waitlisted, true);
        }
        break;
    case S::OfferExpired:
        offer(t);
        t.add(S::OfferExpired, true);
        break;
    case S::Accepted:
    case S::Declined:
        offer(t);
        t.add(status);
        break;
    case S::Enrolled:
        offer(t);
        t.add(S::Accepted);
        t.add(S::Enrolled);
        break;
    case S::Deferred:
        offer(t);
        t.add(S::Accepted);
        if (dice.chance(0.5))
            t.add(S::Enrolled);
        t.add(S::Deferred);
        break;
    case S::Withdrawn:
        withdrawalPath(t, cohort != nullptr, dice);
        break;
    case S::Active:
        enroll(t);
        break;
    case S::RefundRequested:
    case S::Dropped:
    case S::Graduated:
        enroll(t);
        t.add(status);
        break;
    case S::Refunded:
        enroll(t);
        t.add(S::RefundRequested);
        t.add(S::Refunded);
        break;
    case S::JobSearch:
    case S::Placed:
    case S::NotSeeking:
        enroll(t);
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
