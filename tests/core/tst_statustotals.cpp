#include "browse/applicationcounts.h"
#include "browse/applicationtablemodel.h"
#include "db/databasecheck.h"
#include "demo/demodatagenerator.h"
#include "domain/applicationstatus.h"
#include "domain/clock.h"
#include "domain/statustransitions.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

// The applications list's totals by status (schema v20's status_totals, kept by triggers)
// against a tally of the applications made here, row by row, after a demo seed and after
// random moves, bulk moves and undos through the real services.
class TestStatusTotals : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC)};

    QString conn() const { return m_db->connectionName(); }

    // Every application's status, counted in C++.
    QMap<QString, qint64> tally() const
    {
        QMap<QString, qint64> counts;
        QSqlQuery query(QSqlDatabase::database(conn(), false));
        if (!query.exec("SELECT status FROM applications"))
            QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
        while (query.next())
            ++counts[query.value(0).toString()];
        return counts;
    }

    // What the list shows: the totals kept, through the class the window reads them with.
    QMap<QString, qint64> shown() const
    {
        QMap<QString, qint64> counts;
        const auto byStatus = ApplicationCounts(conn()).byStatus();
        if (!byStatus) {
            QTest::qFail(qPrintable(byStatus.error().text()), __FILE__, __LINE__);
            return counts;
        }
        for (const auto &[status, count] : byStatus.value())
            counts.insert(Statuses::machineName(status), count);
        return counts;
    }

    QList<qint64> applicationIds() const
    {
        QList<qint64> ids;
        QSqlQuery query(QSqlDatabase::database(conn(), false));
        if (!query.exec("SELECT id FROM applications ORDER BY id"))
            QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

    ApplicationStatus statusOf(qint64 id) const
    {
        return *Statuses::fromMachineName(
            m_db->scalar("SELECT status FROM applications WHERE id = ?", {id}).toString());
    }

    QStringList checkProblems() const
    {
        QStringList found;
        const auto problems = DatabaseCheck(conn(), m_clock).run();
        if (!problems) {
            QTest::qFail(qPrintable(problems.error().text()), __FILE__, __LINE__);
            return found;
        }
        for (const DatabaseCheck::Problem &problem : problems.value()) {
            if (problem.check == "status_totals")
                found << problem.detail;
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset(); // its connection's name is the next one's
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->scalar("PRAGMA synchronous = OFF");
        DemoDataGenerator::Options options;
        options.applicants = 600;
        options.seed = 17;
        options.today = m_clock.now().date();
        QVERIFY_OK(DemoDataGenerator(conn(), m_db->actor(StaffRole::Administrator)).generate(options));
    }

    void theSeedIsCounted()
    {
        const auto counts = tally();
        QVERIFY(counts.size() > 10); // a seed this size reaches most statuses
        QCOMPARE(shown(), counts);
        QVERIFY(checkProblems().isEmpty());
    }

    // The window lists the statuses in lifecycle order and leaves out those nobody holds, even
    // after the last application has left one.
    void theListShowsOnlyHeldStatusesInOrder()
    {
        const QMap<QString, qint64> counts = tally();
        const QString emptied = counts.firstKey();
        m_db->scalar("UPDATE applications SET status = 'applied' WHERE status = ?", {emptied});
        QVERIFY(!shown().contains(emptied));
        const auto byStatus = ApplicationCounts(conn()).byStatus();
        QVERIFY_OK(byStatus);
        QList<ApplicationStatus> order;
        for (const auto &entry : byStatus.value())
            order << entry.first;
        QList<ApplicationStatus> lifecycle;
        for (ApplicationStatus status : Statuses::all()) {
            if (order.contains(status))
                lifecycle << status;
        }
        QCOMPARE(order, lifecycle);
        QCOMPARE(shown(), tally());
    }

    void randomMovesKeepTheTotals()
    {
        StatusService service(conn(), m_db->actor(StaffRole::Officer), m_clock);
        QRandomGenerator random(20261207);
        const QList<qint64> ids = applicationIds();
        int moved = 0;
        int undone = 0;
        for (int round = 0; round < 400; ++round) {
            const qint64 id = ids.at(int(random.bounded(ids.size())));
            const QList<ApplicationStatus> next = StatusTransitions::nextStatuses(statusOf(id));
            if (next.isEmpty())
                continue;
            const ApplicationStatus to = next.at(int(random.bounded(next.size())));
            // Refused moves (a placement without its facts, a deferral without its cohort)
            // must change no total either.
            const auto events = service.changeStatus(id, to, QStringLiteral("a random move"));
            if (events && !events->isEmpty()) {
                ++moved;
                if (random.bounded(5) == 0 && service.undoLastMove(id, events->constLast().id))
                    ++undone;
            }
            if (round % 50 == 49) {
                QList<qint64> some;
                for (int i = 0; i < 20; ++i)
                    some << ids.at(int(random.bounded(ids.size())));
                QVERIFY_OK(service.changeStatuses(some, ApplicationStatus::Withdrawn,
                                                  QStringLiteral("a bulk move")));
                QCOMPARE(shown(), tally());
            }
        }
        QVERIFY2(moved > 100, qPrintable(QString::number(moved)));
        QVERIFY(undone > 0);
        QCOMPARE(shown(), tally());
        QVERIFY(checkProblems().isEmpty());
    }

    // The list counts its rows from the totals when it filters by status alone, and from the
    // applications otherwise: both as the applications are.
    void theListCountsItsRows_data()
    {
        QTest::addColumn<QList<ApplicationStatus>>("statuses");
        QTest::addColumn<bool>("byTrack");
        QTest::newRow("no filter") << QList<ApplicationStatus>{} << false;
        QTest::newRow("one status") << QList<ApplicationStatus>{ApplicationStatus::Applied} << false;
        QTest::newRow("two statuses")
            << QList<ApplicationStatus>{ApplicationStatus::Enrolled, ApplicationStatus::Waitlisted}
            << false;
        QTest::newRow("a status nobody holds") << QList<ApplicationStatus>{ApplicationStatus::Placed}
                                               << false;
        QTest::newRow("a status and a track") << QList<ApplicationStatus>{ApplicationStatus::Applied}
                                              << true;
    }
    void theListCountsItsRows()
    {
        QFETCH(QList<ApplicationStatus>, statuses);
        QFETCH(bool, byTrack);
        // Nobody is placed in this test's desk after this, so "a status nobody holds" is one.
        m_db->scalar("UPDATE applications SET status = 'job_search' WHERE status = 'placed'");
        ApplicationFilter filter;
        filter.statuses = statuses;
        if (byTrack)
            filter.trackId = m_db->scalar("SELECT min(id) FROM tracks").toLongLong();
        qint64 expected = 0;
        QSqlQuery query(QSqlDatabase::database(conn(), false));
        QVERIFY(query.exec("SELECT status, track_id FROM applications"));
        while (query.next()) {
            const auto status = Statuses::fromMachineName(query.value(0).toString());
            if ((statuses.isEmpty() || statuses.contains(*status)) &&
                (!byTrack || query.value(1).toLongLong() == filter.trackId))
                ++expected;
        }
        ApplicationTableModel model(conn());
        QVERIFY_OK(model.setQuery(ApplicationQuery(filter, ApplicationQuery::SortKey::Id,
                                                   Qt::AscendingOrder)));
        QCOMPARE(qint64(model.rowCount()), expected);
        QCOMPARE(ApplicationQuery(filter, ApplicationQuery::SortKey::Id, Qt::AscendingOrder)
                     .countSql()
                     .contains("status_totals"),
                 !byTrack);
    }

    // Another tool's insert and delete are counted as well: the triggers are the file's.
    void writesAroundTheDeskAreCounted()
    {
        const qint64 applicant = m_db->addApplicant("Grace", "Hopper", "grace@example.org");
        const qint64 track = m_db->scalar("SELECT min(id) FROM tracks").toLongLong();
        ApplicationRow row(applicant, track, QStringLiteral("interviewed"));
        const qint64 id = m_db->addApplication(row);
        QCOMPARE(shown(), tally());
        m_db->scalar("DELETE FROM applications WHERE id = ?", {id});
        QCOMPARE(m_db->scalar("SELECT count(*) FROM applications WHERE id = ?", {id}).toInt(), 0);
        QCOMPARE(shown(), tally());
    }

    void checkFindsTotalsThatDrifted()
    {
        m_db->scalar("UPDATE status_totals SET applications = applications + 2 "
                     "WHERE status = 'applied'");
        m_db->scalar("INSERT INTO status_totals (status, applications) VALUES ('placed', 0) "
                     "ON CONFLICT (status) DO UPDATE SET applications = applications + 1");
        const QStringList problems = checkProblems();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains("applied"), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains("placed"), qPrintable(problems.at(1)));
    }

    void checkFindsAMissingTrigger()
    {
        m_db->scalar("DROP TRIGGER applications_status_totals_update");
        const QStringList problems = checkProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).contains("applications_status_totals_update"),
                 qPrintable(problems.at(0)));
    }
};

QTEST_GUILESS_MAIN(TestStatusTotals)
#include "tst_statustotals.moc"
