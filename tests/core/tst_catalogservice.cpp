#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "services/catalogservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

class TestCatalogService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};

    CatalogService service()
    {
        return CatalogService(m_db->connectionName(), m_db->actor(), m_clock);
    }

    static Cohort cohort(qint64 trackId, const QString &name, int capacity)
    {
        Cohort c;
        c.trackId = trackId;
        c.name = name;
        c.startsOn = QDate(2027, 3, 1);
        c.endsOn = QDate(2027, 9, 1);
        c.capacity = capacity;
        return c;
    }

    qint64 waitlisted(qint64 track, qint64 cohortId, const QString &qualifiedAt)
    {
        ApplicationRow application(
            m_db->addApplicant("W", "L", QString("w%1@example.org").arg(qualifiedAt)), track,
            "waitlisted");
        application.cohortId = cohortId;
        application.appliedAt = "2027-01-01T00:00:00.000Z";
        application.qualifiedAt = qualifiedAt;
        return m_db->addApplication(application);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    }

    void cleanup() { m_db.reset(); }

    void trackValidation_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("ok") << "SWE"
                            << "Software Engineering" << QStringList{};
        QTest::newRow("dash and digits") << "WEB-3"
                                         << "Web3" << QStringList{};
        QTest::newRow("space in code") << "S W E"
                                       << "x" << QStringList{"code"};
        QTest::newRow("code too long") << "ABCDEFGHIJKLMNOPQ"
                                       << "x" << QStringList{"code"};
        QTest::newRow("no name") << "SWE"
                                 << "  " << QStringList{"name"};
        QTest::newRow("nothing") << ""
                                 << "" << QStringList{"code", "name"};
    }

    void trackValidation()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QStringList, fields);
        QStringList found;
        for (const FieldError &e : CatalogService::validate(Track{0, code, name, true}))
            found << e.field;
        QCOMPARE(found, fields);
    }

    void tracksAreUniqueWhateverTheCase()
    {
        QVERIFY(service().addTrack(Track{0, "SWE", "Software Engineering", true}));
        auto again = service().addTrack(Track{0, "swe", "Other", true});
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains("already a track SWE"),
                 qPrintable(again.error().message));
    }

    void aTrackIsRenamedAndDeactivatedWithItsHistory()
    {
        auto swe = service().addTrack(Track{0, "SWE", "Software Engineering", true});
        auto data = service().addTrack(Track{0, "DATA", "Data Science", true});
        QVERIFY_OK(swe);
        QVERIFY_OK(data);
        const Track renamed{swe.value(), "SE", "Software Engineering (evening)", false};
        QVERIFY_OK(service().updateTrack(renamed));
        const auto stored = service().track(swe.value());
        QVERIFY_OK(stored);
        QCOMPARE(stored.value()->code, QString("SE"));
        QCOMPARE(stored.value()->name, renamed.name);
        QVERIFY(!stored.value()->active);
        QCOMPARE(
            m_db->scalar("SELECT group_concat(field, ',') FROM (SELECT field FROM audit_events "
                         "WHERE entity = 'track' AND action = 'update' ORDER BY id)")
                .toString(),
            QString("code,name,active"));

        const Status clash = service().updateTrack(Track{data.value(), "se", "Data Science", true});
        QVERIFY(!clash);
        QVERIFY2(clash.error().message.contains("already a track SE"),
                 qPrintable(clash.error().message));
        const auto inactive = service().addCohort(cohort(swe.value(), "SE-1", 10));
        QVERIFY(!inactive);
        QVERIFY2(inactive.error().message.contains("inactive"),
                 qPrintable(inactive.error().message));
        QVERIFY(!service().updateTrack(Track{999, "X", "Nothing", true}));
    }

    void cohortValidation()
    {
        Cohort c = cohort(1, "", -1);
        c.endsOn = QDate(2027, 1, 1);
        c.offerHoldDays = 0;
        c.state = "closed";
        QStringList found;
        for (const FieldError &e : CatalogService::validate(c))
            found << e.field;
        QCOMPARE(found, (QStringList{"name", "ends_on", "capacity", "offer_hold_days", "state"}));
    }

    void refundScheduleValidation_data()
    {
        QTest::addColumn<QList<int>>("daysAndPercents");
        QTest::addColumn<int>("errors");
        QTest::newRow("falling") << QList<int>{14, 80, 30, 50, 60, 0} << 0;
        QTest::newRow("unsorted but falling") << QList<int>{60, 0, 14, 80} << 0;
        QTest::newRow("rising") << QList<int>{14, 50, 30, 80} << 1;
        QTest::newRow("day twice") << QList<int>{14, 50, 14, 40} << 1;
        QTest::newRow("over 100") << QList<int>{14, 150} << 1;
        QTest::newRow("negative day") << QList<int>{-1, 50} << 1;
    }

    void refundScheduleValidation()
    {
        QFETCH(QList<int>, daysAndPercents);
        QFETCH(int, errors);
        QList<RefundStep> steps;
        for (int i = 0; i + 1 < daysAndPercents.size(); i += 2)
            steps << RefundStep{daysAndPercents[i], daysAndPercents[i + 1]};
        QCOMPARE(CatalogService::validate(steps).size(), errors);
    }

    void addsCohortWithItsRefundSchedule()
    {
        const qint64 track = m_db->addTrack("SWE");
        auto id = service().addCohort(cohort(track, "SWE-1", 30), {{14, 80}, {30, 50}});
        QVERIFY_OK(id);
        QCOMPARE(CohortRepository(m_db->connectionName()).refundSchedule(id.value()).value().size(),
                 2);
        auto twin = service().addCohort(cohort(track, "SWE-1", 10));
        QVERIFY(!twin);
        QVERIFY(twin.error().message.contains("already a cohort"));
        auto orphan = service().addCohort(cohort(999, "SWE-2", 10));
        QVERIFY(!orphan);
        QVERIFY(orphan.error().message.contains("no track"));
        auto badSchedule = service().addCohort(cohort(track, "SWE-3", 10), {{14, 50}, {30, 80}});
        QVERIFY(!badSchedule);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM cohorts").toInt(), 1);
    }

    void addedSeatsGoToTheWaitlistInOrder()
    {
        QVERIFY(m_db->scalar("UPDATE desk_settings SET value = 'UTC' WHERE key = 'time_zone'")
                    .isNull());
        const qint64 track = m_db->addTrack("SWE");
        const qint64 id = m_db->addCohort(track, "SWE-1", 0);
        const qint64 second = waitlisted(track, id, "2027-01-20T10:00:00.000Z");
        const qint64 first = waitlisted(track, id, "2027-01-10T10:00:00.000Z");
        const qint64 third = waitlisted(track, id, "2027-01-30T10:00:00.000Z");

        Cohort c = *CohortRepository(m_db->connectionName()).find(id).value();
        c.capacity = 2;
        auto offers = service().updateCohort(c);
        QVERIFY_OK(offers);
        QCOMPARE(offers.value().size(), 2);
        QCOMPARE(offers.value()[0].applicationId, first);
        QCOMPARE(offers.value()[1].applicationId, second);
        QVERIFY(offers.value()[0].cause.contains("capacity 0 to 2"));
        auto application = ApplicationRepository(m_db->connectionName()).find(third);
        QCOMPARE(application.value()->status, ApplicationStatus::Waitlisted);
        QCOMPARE(ApplicationRepository(m_db->connectionName()).find(first).value()->offerExpiresAt,
                 QDateTime(QDate(2027, 2, 9), QTime(0, 0), Qt::UTC)); // the end of 8 February

        // A new refund schedule with the update; a bad one changes nothing at all.
        QVERIFY(service().updateCohort(c, QList<RefundStep>{{14, 70}, {30, 40}}));
        QCOMPARE(CohortRepository(m_db->connectionName()).refundSchedule(id).value().size(), 2);
        Cohort renamed = c;
        renamed.name = "SWE-1 renamed";
        QVERIFY(!service().updateCohort(renamed, QList<RefundStep>{{14, 40}, {30, 70}}));
        QCOMPARE(CohortRepository(m_db->connectionName()).find(id).value()->name,
                 QStringLiteral("SWE-1"));

        // Fewer seats than those taken are refused, naming the cohort; no offer is taken back.
        c.capacity = 1;
        auto fewer = service().updateCohort(c);
        QVERIFY(!fewer);
        QVERIFY2(fewer.error().text().contains("cohort SWE-1"), qPrintable(fewer.error().text()));
        QCOMPARE(CohortRepository(m_db->connectionName()).find(id).value()->capacity, 2);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM applications WHERE status = 'offered'").toInt(),
                 2);
    }

    // The seat summary counts each status where PRODUCT.md's seat rules put it: seats taken by
    // offers and students, and seats filled, which from the start on also counts those who
    // sat in the cohort and moved on (graduates, dropouts), never a refunded student.
    void seatSummaryCountsEachStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("taken");
        QTest::addColumn<int>("filled");
        QTest::addColumn<int>("offers");
        QTest::addColumn<int>("waitlisted");
        const QStringList taking = {"offered", "accepted", "enrolled", "active",
                                    "refund_requested"};
        const QStringList moved = {"graduated", "job_search", "placed", "not_seeking", "dropped"};
        for (ApplicationStatus status : Statuses::all()) {
            const QString name = Statuses::machineName(status);
            const int taken = taking.contains(name) ? 1 : 0;
            QTest::newRow(qPrintable(name))
                << name << taken << (taken + (moved.contains(name) ? 1 : 0))
                << int(name == "offered") << int(name == "waitlisted");
        }
    }

    void seatSummaryCountsEachStatus()
    {
        QFETCH(QString, status);
        const qint64 track = m_db->addTrack("SWE");
        const qint64 id = m_db->addCohort(track, "SWE-1", 30);
        m_db->addCohort(track, "SWE-2", 30, QDate(2027, 9, 1)); // nobody in it
        ApplicationRow application(m_db->addApplicant("A", "B", "a@example.org"), track, status);
        application.cohortId = id;
        application.qualifiedAt = FixtureTime;
        QVERIFY(m_db->addApplication(application) > 0);
        // Not in a cohort, or in another track's: counted nowhere.
        ApplicationRow loose(m_db->addApplicant("C", "D", "c@example.org"), track, status);
        QVERIFY(m_db->addApplication(loose) > 0);

        const auto summary = service().seatSummary();
        QVERIFY_OK(summary);
        QCOMPARE(summary->size(), 2);
        const CohortSeats &seats = summary->at(0);
        QCOMPARE(seats.cohort.id, id);
        QTEST(seats.seatsTaken, "taken");
        QTEST(seats.seatsFilled, "filled");
        QTEST(seats.offersPending, "offers");
        QTEST(seats.waitlisted, "waitlisted");
        const CohortSeats &empty = summary->at(1);
        QCOMPARE(empty.seatsTaken + empty.seatsFilled + empty.offersPending + empty.waitlisted, 0);
    }

    void aCompletedCohortKeepsHowFullItEnded()
    {
        const qint64 track = m_db->addTrack("SWE");
        const qint64 id = m_db->addCohort(track, "SWE-1", 10);
        const QStringList ended = {"graduated",   "graduated", "job_search", "placed",
                                   "not_seeking", "dropped",   "refunded",   "withdrawn"};
        for (int i = 0; i < ended.size(); ++i) {
            ApplicationRow application(
                m_db->addApplicant("S", "T", QString("s%1@example.org").arg(i)), track,
                ended.at(i));
            application.cohortId = id;
            QVERIFY(m_db->addApplication(application) > 0);
        }
        Cohort c = *CohortRepository(m_db->connectionName()).find(id).value();
        c.state = "completed";
        QVERIFY_OK(service().updateCohort(c));

        const auto summary = service().seatSummary();
        QVERIFY_OK(summary);
        QCOMPARE(summary->first().seatsTaken, 0);
        QCOMPARE(summary->first().seatsFilled, 6);
        QVERIFY(summary->first().cohort.hasStarted());
        QVERIFY(summary->first().cohort.isOver());
    }
};

QTEST_GUILESS_MAIN(TestCatalogService)
#include "tst_catalogservice.moc"
