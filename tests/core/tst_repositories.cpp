#include "db/transaction.h"
#include "repositories/cohortrepository.h"
#include "repositories/staffrepository.h"
#include "repositories/trackrepository.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestRepositories : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    void addApplication(qint64 track, qint64 cohort, const QString &status, int n = 1)
    {
        for (int i = 0; i < n; ++i) {
            ApplicationRow application(
                m_db->addApplicant("A", "B", QString("%1.%2@x.org").arg(status).arg(i)), track,
                status);
            application.cohortId = cohort;
            m_db->addApplication(application);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    }

    void cleanup() { m_db.reset(); }

    void tracks()
    {
        TrackRepository tracks(m_db->connectionName());
        auto id = tracks.insert(Track{0, " SWE ", "Software Engineering", true});
        QVERIFY_OK(id);
        QVERIFY(!tracks.insert(Track{0, "swe", "Duplicate code", true})); // codes ignore case
        auto found = tracks.findByCode("swe");
        QVERIFY(found && found.value());
        QCOMPARE(found.value()->code, QString("SWE"));
        QCOMPARE(tracks.list().value().size(), 1);
        QVERIFY(!tracks.find(999).value().has_value());
    }

    void staff()
    {
        StaffRepository staff(m_db->connectionName());
        StaffUser user;
        user.username = "jdoe";
        user.displayName = "Jane Doe";
        user.role = StaffRole::Administrator;
        const auto id = staff.insert(user, {}, QDateTime::currentDateTimeUtc());
        QVERIFY_OK(id);
        QSqlQuery other(QSqlDatabase::database(m_db->connectionName()));
        QVERIFY(!other.exec("INSERT INTO staff_users (username, display_name, role, created_at) "
                            "VALUES ('other', 'Other', 'superuser', '2026-01-01')")); // checked
        auto found = staff.findByUsername("JDOE");
        QVERIFY(found && found.value());
        QCOMPARE(found.value()->displayName, QString("Jane Doe"));
        QCOMPARE(found.value()->role, StaffRole::Administrator);
        QVERIFY(!found.value()->hasPassword);
        QVERIFY(!found.value()->canSignIn());
        QVERIFY_OK(staff.setPassword(id.value(), "$argon2id$stand-in"));
        QCOMPARE(staff.passwordHash(id.value()).value(), QString("$argon2id$stand-in"));
        QVERIFY(staff.find(id.value()).value()->canSignIn());
    }

    void cohortSeatSummary()
    {
        const qint64 track = m_db->addTrack("SWE");
        CohortRepository cohorts(m_db->connectionName());
        Cohort c;
        c.trackId = track;
        c.name = "SWE-2027-03";
        c.startsOn = QDate(2027, 3, 1);
        c.endsOn = QDate(2027, 9, 1);
        c.capacity = 4;
        auto id = cohorts.insert(c);
        QVERIFY_OK(id);
        addApplication(track, id.value(), "offered", 2);
        addApplication(track, id.value(), "enrolled");
        addApplication(track, id.value(), "refund_requested");
        addApplication(track, id.value(), "waitlisted", 3);
        addApplication(track, id.value(), "declined", 2);
        addApplication(track, id.value(), "applied", 5);

        auto summary = cohorts.seatSummary();
        QVERIFY_OK(summary);
        QCOMPARE(summary.value().size(), 1);
        const CohortSeats &s = summary.value().first();
        QCOMPARE(s.cohort.name, QString("SWE-2027-03"));
        QCOMPARE(s.cohort.startsOn, QDate(2027, 3, 1));
        QCOMPARE(s.trackCode, QString("SWE"));
        QCOMPARE(s.seatsTaken, 4);
        QCOMPARE(s.offersPending, 2);
        QCOMPARE(s.waitlisted, 3);
        QCOMPARE(s.seatsFree(), 0);

        c.id = id.value();
        c.capacity = 10;
        QVERIFY(cohorts.update(c).ok());
        QCOMPARE(cohorts.seatSummary().value().first().seatsFree(), 6);
        Cohort bad = c;
        bad.endsOn = QDate(2026, 1, 1);
        QVERIFY(!cohorts.update(bad).ok()); // ends before it starts
    }

    void refundSchedule()
    {
        const qint64 cohort = m_db->addCohort(m_db->addTrack("SWE"), "SWE-1", 10);
        CohortRepository cohorts(m_db->connectionName());
        {
            Transaction t(m_db->connectionName());
            QVERIFY(cohorts.setRefundSchedule(cohort, {{30, 50}, {14, 80}, {60, 0}}).ok());
            QVERIFY(t.commit().ok());
        }
        auto steps = cohorts.refundSchedule(cohort);
        QVERIFY(steps);
        QCOMPARE(steps.value().size(), 3);
        QCOMPARE(steps.value()[0].fromDay, 14);
        QCOMPARE(steps.value()[0].refundPercent, 80);
        QCOMPARE(steps.value()[2].refundPercent, 0);
        {
            Transaction t(m_db->connectionName());
            QVERIFY(!cohorts.setRefundSchedule(cohort, {{14, 120}}).ok()); // over 100 %
        } // rolled back: the old schedule stays
        QCOMPARE(cohorts.refundSchedule(cohort).value().size(), 3);
    }

    void transactionRollsBackUnlessCommitted()
    {
        {
            Transaction t(m_db->connectionName());
            QVERIFY(t.isActive());
            m_db->addTrack("GONE");
        }
        QCOMPARE(m_db->scalar("SELECT count(*) FROM tracks").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
