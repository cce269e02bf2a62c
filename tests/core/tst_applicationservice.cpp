#include "services/applicationservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

class TestApplicationService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_swe = 0;

    qint64 application(qint64 track, qint64 cohort, const QString &status, int n)
    {
        ApplicationRow application(m_db->addApplicant("P", "Q", QString("p%1@example.org").arg(n)),
                                   track, status);
        application.cohortId = cohort;
        return m_db->addApplication(application);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_swe = m_db->addTrack("SWE");
    }

    void cleanup() { m_db.reset(); }

    void assignsOwners()
    {
        const qint64 ada = m_db->addStaff("ada");
        const qint64 a = application(m_swe, 0, "applied", 1);
        const qint64 b = application(m_swe, 0, "screening", 2);
        ApplicationService service(m_db->connectionName(), m_db->actor());
        auto result = service.assignOwner({a, b, 999}, ada);
        QVERIFY_OK(result);
        QCOMPARE(result.value().changed, (QList<qint64>{a, b}));
        QCOMPARE(result.value().refused.size(), 1);
        QCOMPARE(result.value().refused.first().applicationId, 999);
        QCOMPARE(
            m_db->scalar("SELECT count(*) FROM applications WHERE owner_id = ?", {ada}).toInt(), 2);
        QVERIFY(!service.assignOwner({a}, 4242)); // nobody of that id
        auto none = service.assignOwner({a}, 0);
        QVERIFY(none);
        QVERIFY(m_db->scalar("SELECT owner_id FROM applications WHERE id = ?", {a}).isNull());
    }

    void movesOnlyApplicationsWithoutAPlaceInAQueue()
    {
        const qint64 march = m_db->addCohort(m_swe, "SWE March", 10);
        const qint64 june = m_db->addCohort(m_swe, "SWE June", 10, QDate(2027, 6, 1));
        const qint64 cyber = m_db->addCohort(m_db->addTrack("CYB"), "CYB June", 10);
        const qint64 assessing = application(m_swe, march, "interviewed", 1);
        const qint64 waiting = application(m_swe, march, "waitlisted", 2);
        const qint64 deferred = application(m_swe, march, "deferred", 3);
        ApplicationService service(m_db->connectionName(), m_db->actor());

        auto result = service.moveToCohort({assessing, waiting, deferred}, june);
        QVERIFY_OK(result);
        QCOMPARE(result.value().changed, (QList<qint64>{assessing, deferred}));
        QCOMPARE(result.value().refused.size(), 1);
        QVERIFY(result.value().refused.first().reason.contains("Waitlisted"));
        QCOMPARE(
            m_db->scalar("SELECT cohort_id FROM applications WHERE id = ?", {waiting}).toLongLong(),
            march);
        QCOMPARE(m_db->scalar("SELECT cohort_id FROM applications WHERE id = ?", {assessing})
                     .toLongLong(),
                 june);

        auto otherTrack = service.moveToCohort({assessing}, cyber);
        QVERIFY(otherTrack);
        QCOMPARE(otherTrack.value().refused.size(), 1);
        QVERIFY(otherTrack.value().refused.first().reason.contains("another track"));
        QVERIFY(!service.moveToCohort({assessing}, 4242));
    }
};

QTEST_GUILESS_MAIN(TestApplicationService)
#include "tst_applicationservice.moc"
