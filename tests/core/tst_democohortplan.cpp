#include "demo/democalendar.h"
#include "demo/democohortplan.h"
#include "demo/demotrack.h"

#include <QRegularExpression>
#include <QSet>

#include <QTest>
#include <set>

using S = ApplicationStatus;
using Kind = DemoCohort::Kind;

namespace {
const qint64 AnchorDay = DemoCalendar::dayNumber(QDate(2026, 3, 16));

std::vector<DemoCohort> plan(qint64 applicants, quint64 seed)
{
    DemoMainDice dice{std::mt19937_64(seed)};
    return DemoCohortPlan::make(applicants, AnchorDay, dice);
}

// The statuses an application may rest at in a cohort of each kind, written out apart from
// the code.
std::set<S> allowed(const DemoCohort &c)
{
    switch (c.kind) {
    case Kind::Completed:
        return {S::Graduated, S::JobSearch,    S::Placed,    S::NotSeeking, S::Dropped,
                S::Refunded,  S::NotQualified, S::Withdrawn, S::Declined};
    case Kind::Started:
        return {S::Active,       S::RefundRequested, S::Dropped,  S::Refunded,
                S::NotQualified, S::Withdrawn,       S::Declined, S::Deferred};
    case Kind::Upcoming: {
        std::set<S> statuses{S::Applied,      S::Screening, S::InterviewScheduled, S::Interviewed,
                             S::NotQualified, S::Offered,   S::OfferExpired,       S::Accepted,
                             S::Declined,     S::Enrolled,  S::Deferred,           S::Withdrawn};
        if (c.full)
            statuses.insert(S::Waitlisted);
        return statuses;
    }
    case Kind::Draft:
    case Kind::Cancelled:
        break;
    }
    return {};
}
} // namespace

// The cohorts of a demo: the seat rules, statuses that fit each cohort's state, dates that keep
// each cohort in its state, the budget, names, and the same plan for the same seed.
class TestDemoCohortPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariants_data()
    {
        QTest::addColumn<qint64>("applicants");
        QTest::addColumn<quint64>("seed");
        for (qint64 n : {1, 40, 500, 1000, 3000, 20000, 150000})
            for (quint64 seed : {1, 99})
                QTest::addRow("%lld/%llu", n, seed) << n << seed;
    }

    void invariants()
    {
        QFETCH(qint64, applicants);
        QFETCH(quint64, seed);
        const std::vector<DemoCohort> cohorts = plan(applicants, seed);
        QVERIFY(cohorts.size() >= std::size_t(4 * DemoTrackCount));
        const int capacityHigh =
            applicants >= 100000 ? 120 : std::max(30, int(20 + 100 * applicants / 100000));
        qint64 applications = 0;
        QSet<QString> names;
        const QRegularExpression name(QStringLiteral("^([A-Z0-9]+)-(\\d{4}-\\d{2})-[A-Z]+$"));
        for (const DemoCohort &c : cohorts) {
            const QString what = c.name;
            QVERIFY2(c.capacity >= 20 && c.capacity <= capacityHigh, qPrintable(what));
            QVERIFY2(c.holdDays == 3 || c.holdDays == 5 || c.holdDays == 7, qPrintable(what));
            // Seats: never over capacity; a full cohort has them all taken and a waitlist.
            QVERIFY2(c.seatsTaken() <= c.capacity, qPrintable(what));
            if (c.full) {
                QCOMPARE(c.kind, Kind::Upcoming);
                QCOMPARE(c.seatsTaken(), c.capacity);
                QVERIFY2(c.count(S::Waitlisted) >= 1, qPrintable(what));
            } else {
                QCOMPARE(c.count(S::Waitlisted), 0);
            }
            const std::set<S> fit = allowed(c);
            for (S status : Statuses::all()) {
                QVERIFY2(c.count(status) >= 0, qPrintable(what));
                if (c.count(status) > 0)
                    QVERIFY2(fit.count(status) > 0,
                             qPrintable(what + QLatin1Char(' ') + Statuses::machineName(status)));
            }
            applications += c.total();
            // Dates: Monday to Friday of the track's weeks, in the cohort's state on the day.
            QCOMPARE(QDate(1970, 1, 1).addDays(c.startDay).dayOfWeek(), int(Qt::Monday));
            QCOMPARE(c.endDay, c.startDay + DemoTracks[c.track].weeks * 7 - 3);
            switch (c.kind) {
            case Kind::Completed:
                QVERIFY2(c.endDay < AnchorDay, qPrintable(what));
                break;
            case Kind::Started:
                QVERIFY2(c.startDay < AnchorDay && c.endDay >= AnchorDay, qPrintable(what));
                break;
            case Kind::Upcoming:
            case Kind::Draft:
            case Kind::Cancelled:
                QVERIFY2(c.startDay > AnchorDay, qPrintable(what));
                break;
            }
            // Names: the track's code, the start month, a section letter; unique.
            const QRegularExpressionMatch match = name.match(c.name);
            QVERIFY2(match.hasMatch(), qPrintable(what));
            QCOMPARE(match.captured(1), QString::fromLatin1(DemoTracks[c.track].code));
            QCOMPARE(match.captured(2), DemoCalendar::dateText(c.startDay).left(7));
            QVERIFY2(!names.contains(c.name), qPrintable(what));
            names.insert(c.name);
        }
        // Room for the applicants not yet placed in a cohort: a twenty-fifth of them, less what
        // a small demo needs to show every status.
        QVERIFY2(applications <= applicants * 24 / 25 + DemoCohort::StatusCount,
                 qPrintable(QString::number(applications)));
        for (Kind kind : {Kind::Completed, Kind::Started, Kind::Upcoming, Kind::Draft})
            QVERIFY(std::any_of(cohorts.begin(), cohorts.end(),
                                [kind](const DemoCohort &c) { return c.kind == kind; }));
    }

    void everyStatusFromAThousandOn()
    {
        for (qint64 n : {1000, 2000, 50000}) {
            const std::vector<DemoCohort> cohorts = plan(n, 3);
            for (S status : Statuses::all()) {
                if (status == S::Qualified)
                    continue; // rests only where no cohort was chosen yet
                int total = 0;
                for (const DemoCohort &c : cohorts)
                    total += c.count(status);
                QVERIFY2(total > 0, qPrintable(Statuses::machineName(status)));
            }
        }
    }

    void sameSeedSamePlan()
    {
        const std::vector<DemoCohort> a = plan(5000, 12);
        const std::vector<DemoCohort> b = plan(5000, 12);
        const std::vector<DemoCohort> other = plan(5000, 13);
        QCOMPARE(a.size(), b.size());
        bool differs = a.size() != other.size();
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].name, b[i].name);
            QCOMPARE(a[i].capacity, b[i].capacity);
            QVERIFY(a[i].counts == b[i].counts);
            if (i < other.size())
                differs = differs || a[i].counts != other[i].counts;
        }
        QVERIFY(differs);
    }

    void sectionLetters()
    {
        QCOMPARE(DemoCohortPlan::sectionLetters(0), QStringLiteral("A"));
        QCOMPARE(DemoCohortPlan::sectionLetters(25), QStringLiteral("Z"));
        QCOMPARE(DemoCohortPlan::sectionLetters(26), QStringLiteral("AA"));
        QCOMPARE(DemoCohortPlan::sectionLetters(27), QStringLiteral("AB"));
        QCOMPARE(DemoCohortPlan::sectionLetters(701), QStringLiteral("ZZ"));
        QCOMPARE(DemoCohortPlan::sectionLetters(702), QStringLiteral("AAA"));
    }

    void cohortStates()
    {
        DemoCohort c;
        c.kind = Kind::Upcoming;
        QCOMPARE(c.state(), QStringLiteral("open"));
        c.full = true;
        QCOMPARE(c.state(), QStringLiteral("full"));
        c.kind = Kind::Started;
        QCOMPARE(c.state(), QStringLiteral("started"));
        c.kind = Kind::Completed;
        QCOMPARE(c.state(), QStringLiteral("completed"));
        c.kind = Kind::Draft;
        QCOMPARE(c.state(), QStringLiteral("draft"));
        c.kind = Kind::Cancelled;
        QCOMPARE(c.state(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestDemoCohortPlan)
#include "tst_democohortplan.moc"
