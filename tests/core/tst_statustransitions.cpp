#include "domain/applicationstatus.h"
#include "domain/statustransitions.h"

#include <QSet>
#include <QTest>

// The lifecycle of PRODUCT.md written out independently of the code's table, and checked over
// every pair of statuses.
class TestStatusTransitions : public QObject
{
    Q_OBJECT

private:
    static const QSet<QString> &expectedMoves()
    {
        static const QSet<QString> moves = {
            // main road
            "applied>screening", "screening>interview_scheduled", "interview_scheduled>interviewed",
            "interviewed>qualified", "qualified>offered", "offered>accepted", "accepted>enrolled",
            "enrolled>active", "active>graduated", "graduated>job_search", "job_search>placed",
            // side roads
            "screening>not_qualified", "interviewed>not_qualified", "qualified>waitlisted",
            "waitlisted>offered", "offered>declined", "offered>offer_expired",
            "offer_expired>waitlisted", "offer_expired>withdrawn", "accepted>deferred",
            "enrolled>deferred", "deferred>qualified", "active>refund_requested",
            "refund_requested>refunded", "refund_requested>active", "active>dropped",
            "job_search>not_seeking",
            // withdrawal before active
            "applied>withdrawn", "screening>withdrawn", "interview_scheduled>withdrawn",
            "interviewed>withdrawn", "qualified>withdrawn", "offered>withdrawn",
            "waitlisted>withdrawn", "accepted>withdrawn", "enrolled>withdrawn",
            "deferred>withdrawn"};
        return moves;
    }

private Q_SLOTS:
    void everyPair_data()
    {
        QTest::addColumn<ApplicationStatus>("from");
        QTest::addColumn<ApplicationStatus>("to");
        QTest::addColumn<bool>("allowed");
        for (ApplicationStatus from : Statuses::all()) {
            for (ApplicationStatus to : Statuses::all()) {
                const QString key = Statuses::machineName(from) + '>' + Statuses::machineName(to);
                QTest::newRow(qPrintable(key)) << from << to << expectedMoves().contains(key);
            }
        }
    }

    void everyPair()
    {
        QFETCH(ApplicationStatus, from);
        QFETCH(ApplicationStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(StatusTransitions::isAllowed(from, to), allowed);
        QCOMPARE(StatusTransitions::nextStatuses(from).contains(to), allowed);
        const QString refusal = StatusTransitions::refusal(from, to);
        QCOMPARE(refusal.isEmpty(), allowed);
        if (!allowed) {
            // Said as people read the statuses, not as the program stores them.
            QVERIFY2(refusal.contains(Statuses::displayName(from)), qPrintable(refusal));
            QVERIFY2(refusal.contains(Statuses::displayName(to)), qPrintable(refusal));
            QVERIFY2(!refusal.contains(QLatin1Char('_')), qPrintable(refusal));
        }
    }

    void machineNamesRoundTrip()
    {
        QCOMPARE(Statuses::all().size(), 22);
        QSet<QString> names;
        for (ApplicationStatus status : Statuses::all()) {
            const QString name = Statuses::machineName(status);
            names << name;
            QCOMPARE(Statuses::fromMachineName(name), std::optional<ApplicationStatus>(status));
            QVERIFY(!Statuses::displayName(status).isEmpty());
        }
        QCOMPARE(names.size(), 22);
        QVERIFY(!Statuses::fromMachineName("Applied").has_value());
        QVERIFY(!Statuses::fromMachineName("").has_value());
    }

    void exitStatusesNeedAReason()
    {
        const QSet<QString> exits = {"not_qualified", "declined", "withdrawn",
                                     "dropped",       "refunded", "not_seeking"};
        for (ApplicationStatus status : Statuses::all())
            QCOMPARE(Statuses::requiresReason(status),
                     exits.contains(Statuses::machineName(status)));
    }

    void students()
    {
        const QSet<QString> students = {"enrolled", "active", "refund_requested"};
        for (ApplicationStatus status : Statuses::all())
            QCOMPARE(Statuses::isStudent(status), students.contains(Statuses::machineName(status)));
    }

    // An undo takes back a legal move only, never lands on an exit or an offer (its hold would
    // start again), never takes a seat back that the move gave up, and says why otherwise.
    void undoableMoves()
    {
        int undoable = 0;
        for (ApplicationStatus from : Statuses::all()) {
            for (ApplicationStatus to : Statuses::all()) {
                const QString key = Statuses::machineName(from) + '>' + Statuses::machineName(to);
                const bool isUndoable = StatusTransitions::isUndoable(from, to);
                QCOMPARE(StatusTransitions::undoRefusal(from, to).isEmpty(), isUndoable);
                if (!isUndoable)
                    continue;
                ++undoable;
                QVERIFY2(StatusTransitions::isAllowed(from, to), qPrintable(key));
                QVERIFY2(!Statuses::requiresReason(from), qPrintable(key));
                QVERIFY2(from != ApplicationStatus::Offered, qPrintable(key));
                QVERIFY2(!(Statuses::holdsSeat(from) && !Statuses::holdsSeat(to)), qPrintable(key));
                QVERIFY2(to != ApplicationStatus::Qualified, qPrintable(key));
            }
        }
        QCOMPARE(undoable, 23);
        QVERIFY(StatusTransitions::undoMovesSeats(ApplicationStatus::Qualified,
                                                  ApplicationStatus::Offered));
        QVERIFY(!StatusTransitions::undoMovesSeats(ApplicationStatus::Accepted,
                                                   ApplicationStatus::Enrolled));
        QVERIFY(!StatusTransitions::undoMovesSeats(ApplicationStatus::Applied,
                                                   ApplicationStatus::Screening));
    }

    void seatHolders()
    {
        const QSet<QString> holders = {"offered", "accepted", "enrolled", "active",
                                       "refund_requested"};
        for (ApplicationStatus status : Statuses::all())
            QCOMPARE(Statuses::holdsSeat(status), holders.contains(Statuses::machineName(status)));
    }
};

QTEST_GUILESS_MAIN(TestStatusTransitions)
#include "tst_statustransitions.moc"
