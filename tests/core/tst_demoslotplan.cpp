#include "demo/democalendar.h"
#include "demo/democohortplan.h"
#include "demo/demoslotplan.h"

#include <QTest>

#include <set>

using S = ApplicationStatus;
using Kind = DemoCohort::Kind;
using Slot = DemoSlotPlan::Slot;

// One slot per application: the cohorts' counts exactly, the number of applicants asked for,
// second applications only after leaving a finished cohort early, and the same slots for the
// same seed.
class TestDemoSlotPlan : public QObject
{
    Q_OBJECT

private:
    struct Plan
    {
        std::vector<DemoCohort> cohorts;
        std::vector<Slot> slots;
    };

    static Plan plan(qint64 applicants, quint64 seed)
    {
        DemoMainDice dice{std::mt19937_64(seed)};
        Plan p;
        p.cohorts =
            DemoCohortPlan::make(applicants, DemoCalendar::dayNumber(QDate(2026, 3, 16)), dice);
        p.slots = DemoSlotPlan::make(p.cohorts, applicants, dice);
        return p;
    }

private Q_SLOTS:
    void invariants_data()
    {
        QTest::addColumn<qint64>("applicants");
        for (qint64 n : {1, 100, 1000, 3000, 40000})
            QTest::addRow("%lld", n) << n;
    }

    void invariants()
    {
        QFETCH(qint64, applicants);
        const Plan p = plan(applicants, 5);
        std::vector<std::array<int, DemoCohort::StatusCount>> counts(p.cohorts.size());
        qint64 firstApplications = 0;
        qint64 seconds = 0;
        std::set<qint32> partners;
        std::set<quint64> seeds;
        for (std::size_t i = 0; i < p.slots.size(); ++i) {
            const Slot &slot = p.slots[i];
            QCOMPARE(slot.planIndex, qint32(i));
            seeds.insert(slot.seed);
            if (slot.cohort >= 0)
                ++counts[std::size_t(slot.cohort)][std::size_t(slot.status)];
            else // not yet in a cohort: the stages before an offer, or an early exit
                QVERIFY(slot.status <= S::NotQualified || slot.status == S::Withdrawn);
            if (slot.partner < 0) {
                ++firstApplications;
                continue;
            }
            // A second try at an upcoming cohort, still early on, after leaving a completed
            // cohort before its start; each first try has at most one.
            ++seconds;
            QVERIFY(slot.cohort >= 0);
            QCOMPARE(p.cohorts[std::size_t(slot.cohort)].kind, Kind::Upcoming);
            QVERIFY(slot.status <= S::Interviewed);
            const Slot &first = p.slots[std::size_t(slot.partner)];
            QVERIFY(first.cohort >= 0 && first.partner < 0);
            QCOMPARE(p.cohorts[std::size_t(first.cohort)].kind, Kind::Completed);
            QVERIFY(first.status == S::NotQualified || first.status == S::Withdrawn ||
                    first.status == S::Declined);
            QVERIFY(partners.insert(slot.partner).second);
        }
        for (std::size_t c = 0; c < p.cohorts.size(); ++c)
            QVERIFY2(counts[c] == p.cohorts[c].counts, qPrintable(p.cohorts[c].name));
        QVERIFY(seconds <= applicants / 40);
        if (applicants >= 1000)
            QVERIFY(seconds > 0);
        QCOMPARE(seeds.size(), p.slots.size());
        QCOMPARE(firstApplications, applicants);
    }

    void unplacedInFixedProportions()
    {
        const Plan p = plan(20000, 8);
        std::array<int, DemoCohort::StatusCount> unplaced{};
        for (const Slot &slot : p.slots)
            unplaced[std::size_t(slot.status)] += slot.cohort < 0;
        const int applied = unplaced[std::size_t(S::Applied)];
        const int screening = unplaced[std::size_t(S::Screening)];
        QVERIFY(applied > 0 && screening > 0);
        // Nine applied to five in screening to one qualified, in every round of twenty.
        QVERIFY(std::abs(applied * 5 - screening * 9) <= 45);
        QVERIFY(std::abs(unplaced[std::size_t(S::Qualified)] * 9 - applied) <= 9);
        QVERIFY(unplaced[std::size_t(S::Qualified)] > 0);
    }

    void sameSeedSameSlots()
    {
        const Plan a = plan(3000, 21);
        const Plan b = plan(3000, 21);
        const Plan other = plan(3000, 22);
        QCOMPARE(a.slots.size(), b.slots.size());
        for (std::size_t i = 0; i < a.slots.size(); ++i) {
            QCOMPARE(a.slots[i].seed, b.slots[i].seed);
            QCOMPARE(a.slots[i].partner, b.slots[i].partner);
        }
        QVERIFY(a.slots.front().seed != other.slots.front().seed);
    }
};

QTEST_GUILESS_MAIN(TestDemoSlotPlan)
#include "tst_demoslotplan.moc"
