#include "demo/democalendar.h"
#include "demo/demotimelinebuilder.h"
#include "domain/statustransitions.h"

#include <QTest>

using S = ApplicationStatus;
using Kind = DemoCohort::Kind;
using DemoCalendar::Day;
using DemoCalendar::Hour;

namespace {
const qint64 AnchorDay = DemoCalendar::dayNumber(QDate(2026, 3, 16));
const qint64 Anchor = AnchorDay * Day;

DemoCohort cohort(Kind kind, qint64 startDay, bool full = false)
{
    DemoCohort c;
    c.kind = kind;
    c.full = full;
    c.startDay = DemoCalendar::mondayOnOrBefore(startDay);
    c.endDay = c.startDay + 24 * 7 - 3;
    c.capacity = 40;
    c.holdDays = 5;
    return c;
}

QString describe(const DemoTimeline &t)
{
    QStringList steps;
    for (int i = 0; i < t.size; ++i)
        steps << Statuses::machineName(t.step(i).status) + QLatin1Char('@') +
                     DemoCalendar::timestampText(t.step(i).at);
    return steps.join(QLatin1Char(' '));
}
} // namespace

// Histories that the lifecycle allows, in time order, before the day the data is relative to,
// and in step with their cohort's dates; the same seed gives the same history.
class TestDemoTimeline : public QObject
{
    Q_OBJECT

private:
    const DemoTimelineBuilder m_builder{Anchor};
    const DemoCohort m_completed = cohort(Kind::Completed, AnchorDay - 300);
    const DemoCohort m_started = cohort(Kind::Started, AnchorDay - 40);
    const DemoCohort m_open = cohort(Kind::Upcoming, AnchorDay + 30);
    const DemoCohort m_full = cohort(Kind::Upcoming, AnchorDay + 60, true);

    // Where an application of each status may be, as the plan puts them (nullptr: no cohort).
    std::vector<const DemoCohort *> placesFor(S status) const
    {
        std::vector<const DemoCohort *> places;
        for (const DemoCohort *c : {&m_completed, &m_started, &m_open, &m_full}) {
            DemoCohort empty = *c;
            empty.full = false; // fits() asks about one more seat; every status but waitlisted
            if (c->fits(status) || (c->full && (empty.fits(status) || status == S::Waitlisted)))
                places.push_back(c);
        }
        if (status <= S::NotQualified || status == S::Withdrawn)
            places.push_back(nullptr);
        return places;
    }

private Q_SLOTS:
    void historiesTheLifecycleAllows()
    {
        int checked = 0;
        for (S status : Statuses::all()) {
            for (const DemoCohort *c : placesFor(status)) {
                for (quint64 seed = 1; seed <= 300; ++seed) {
                    DemoSlotDice dice(SplitMix64{seed});
                    const DemoTimeline t = m_builder.build(status, c, dice);
                    const QString what = describe(t);
                    QCOMPARE(t.step(0).status, S::Applied);
                    QCOMPARE(t.last().status, status);
                    for (int i = 1; i < t.size; ++i) {
                        QVERIFY2(
                            StatusTransitions::isAllowed(t.step(i - 1).status, t.step(i).status),
                            qPrintable(what));
                        QVERIFY2(t.step(i - 1).at <= t.step(i).at, qPrintable(what));
                    }
                    QVERIFY2(t.last().at < Anchor, qPrintable(what));
                    const qint64 qualified = t.at(S::Qualified);
                    QCOMPARE(t.qualifiedIndex >= 0, qualified != 0);
                    if (t.qualifiedIndex >= 0)
                        QCOMPARE(t.step(t.qualifiedIndex).status, S::Qualified);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 30 * 300);
    }

    void inStepWithTheCohort()
    {
        for (S status : {S::Active, S::Dropped, S::Refunded, S::Graduated, S::Placed}) {
            for (const DemoCohort *c : {&m_completed, &m_started}) {
                if (!c->fits(status))
                    continue;
                for (quint64 seed = 1; seed <= 200; ++seed) {
                    DemoSlotDice dice(SplitMix64{seed});
                    const DemoTimeline t = m_builder.build(status, c, dice);
                    const QString what = describe(t);
                    // Enrolled before the start, on the program's first morning, graduated
                    // on its last day.
                    QVERIFY2(t.at(S::Enrolled) <= c->startDay * Day - 12 * Hour, qPrintable(what));
                    QCOMPARE(t.at(S::Active), c->startDay * Day + 9 * Hour);
                    if (const qint64 graduated = t.at(S::Graduated))
                        QCOMPARE(graduated, c->endDay * Day + 16 * Hour);
                    for (S exit : {S::Dropped, S::Refunded})
                        if (const qint64 at = t.at(exit))
                            QVERIFY2(at <= c->endDay * Day, qPrintable(what));
                }
            }
        }
    }

    void pendingOffersExpireInTheFuture()
    {
        for (const DemoCohort *c : {&m_open, &m_full}) {
            for (quint64 seed = 1; seed <= 300; ++seed) {
                DemoSlotDice dice(SplitMix64{seed});
                const DemoTimeline t = m_builder.build(S::Offered, c, dice);
                QCOMPARE(t.offerExpiresAt, t.last().at + c->holdDays * Day);
                QVERIFY(t.offerExpiresAt > Anchor);
                // Offered at once on qualification where a seat was free, else from the
                // waitlist.
                QCOMPARE(t.step(t.qualifiedIndex + 1).status, c->full ? S::Waitlisted : S::Offered);
                QVERIFY(t.step(t.qualifiedIndex + 1).byDesk);
            }
        }
        DemoSlotDice dice(SplitMix64{1});
        QCOMPARE(m_builder.build(S::Accepted, &m_open, dice).offerExpiresAt, qint64(0));
    }

    void waitlistAfterEverySeatHolder()
    {
        // First come, first served: those still waiting qualified after every seat holder.
        qint64 lastSeatHolder = 0;
        qint64 firstWaiting = std::numeric_limits<qint64>::max();
        for (quint64 seed = 1; seed <= 500; ++seed) {
            for (S status : {S::Offered, S::Accepted, S::Enrolled}) {
                DemoSlotDice dice(SplitMix64{seed});
                lastSeatHolder = std::max(lastSeatHolder,
                                          m_builder.build(status, &m_full, dice).at(S::Qualified));
            }
            DemoSlotDice dice(SplitMix64{seed});
            const DemoTimeline t = m_builder.build(S::Waitlisted, &m_full, dice);
            if (!t.at(S::OfferExpired))
                firstWaiting = std::min(firstWaiting, t.at(S::Qualified));
        }
        QVERIFY(lastSeatHolder > 0);
        QVERIFY(lastSeatHolder < firstWaiting);
    }

    void sameSeedSameHistory()
    {
        for (S status : {S::Withdrawn, S::Placed, S::Waitlisted, S::Applied}) {
            DemoSlotDice a(SplitMix64{77});
            DemoSlotDice b(SplitMix64{77});
            const DemoCohort *c = status == S::Waitlisted ? &m_full
                                  : status == S::Placed   ? &m_completed
                                                          : &m_open;
            QCOMPARE(describe(m_builder.build(status, c, a)),
                     describe(m_builder.build(status, c, b)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoTimeline)
#include "tst_demotimeline.moc"
