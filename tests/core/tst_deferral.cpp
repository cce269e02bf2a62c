#include "audit/fairnessreplay.h"
#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"
#include "repositories/statuseventrepository.h"
#include "services/catalogservice.h"
#include "services/cohortstateservice.h"
#include "services/desksettingsservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

#include <algorithm>

using S = ApplicationStatus;
Q_DECLARE_METATYPE(StaffRole)

// A deferral on a real file, through the real services: it names a later cohort of its track,
// comes back as qualified there when that cohort opens (by hand, on its date, or at once when
// it is open already) with the queue time the desk's policy gives, qualified_at untouched; and
// what is refused: no cohort, another track's, one not later, one that is over, a bulk move, a
// return by hand, and the policy changed by anyone but an administrator.
class TestDeferral : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};
    qint64 m_track = 0;
    qint64 m_spring = 0; // SWE-SPRING, 2027-03-01, open: where the application is now
    qint64 m_summer = 0; // SWE-SUMMER, 2027-06-01, one seat: where it defers to
    qint64 m_deferring = 0;
    static inline const QString Qualified = QStringLiteral("2027-01-01T09:00:00.000Z");

    QString conn() const { return m_db->connectionName(); }

    qint64 application(qint64 cohort, const QString &status, const QString &qualifiedAt,
                       const QString &email)
    {
        ApplicationRow row(m_db->addApplicant("Ada", "Doe", email), m_track, status);
        row.cohortId = cohort;
        row.qualifiedAt = qualifiedAt;
        row.history = {"applied", "screening", "interview_scheduled", "interviewed", "qualified"};
        if (status != QLatin1String("qualified"))
            row.history << (status == QLatin1String("accepted") ? QStringList{"offered", status}
                                                                : QStringList{status});
        return m_db->addApplication(row);
    }

    Application find(qint64 id)
    {
        const auto found = ApplicationRepository(conn()).find(id);
        return found && found.value() ? *found.value() : Application();
    }

    void setState(qint64 cohort, const QString &state)
    {
        m_db->scalar("UPDATE cohorts SET state = ? WHERE id = ?", {state, cohort});
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_track = m_db->addTrack("SWE");
        m_spring = m_db->addCohort(m_track, "SWE-SPRING", 5);
        m_summer = m_db->addCohort(m_track, "SWE-SUMMER", 1, QDate(2027, 6, 1));
        setState(m_summer, "draft");
        m_deferring = application(m_spring, "accepted", Qualified, "x@example.org");
    }

    void cleanup() { m_db.reset(); }

    void returnsWhenItsCohortOpens_data()
    {
        QTest::addColumn<QString>("opens"); // hand, date, edit, already (open when deferred)
        QTest::addColumn<bool>("keeps");    // the policy
        QTest::addColumn<bool>("waiting");  // someone qualified on January 15 waits there
        QTest::addColumn<S>("returned");    // where the deferral ends
        QTest::addColumn<S>("other");       // where the one waiting ends

        QTest::newRow("by hand, kept: ahead of the waitlist")
            << "hand" << true << true << S::Offered << S::Waitlisted;
        QTest::newRow("by hand, reset: behind the waitlist")
            << "hand" << false << true << S::Waitlisted << S::Offered;
        QTest::newRow("on its date, kept, nobody waiting")
            << "date" << true << false << S::Offered << S::Applied;
        QTest::newRow("on its date, reset: behind the waitlist")
            << "date" << false << true << S::Waitlisted << S::Offered;
        QTest::newRow("by a catalogue edit, kept: ahead of the waitlist")
            << "edit" << true << true << S::Offered << S::Waitlisted;
        QTest::newRow("open already, kept: at once")
            << "already" << true << false << S::Offered << S::Applied;
        QTest::newRow("open already, reset: at once")
            << "already" << false << false << S::Offered << S::Applied;
    }

    void returnsWhenItsCohortOpens()
    {
        QFETCH(QString, opens);
        QFETCH(bool, keeps);
        QFETCH(bool, waiting);
        QFETCH(S, returned);
        QFETCH(S, other);

        const Actor admin = m_db->actor(StaffRole::Administrator);
        if (!keeps)
            QVERIFY_OK(DeskSettingsService(conn(), admin, m_clock)
                           .setDeferralKeepsQualificationTime(false));
        if (opens == "already")
            setState(m_summer, "open");
        const qint64 waiter = waiting ? application(m_summer, "waitlisted",
                                                    "2027-01-15T09:00:00.000Z", "w@example.org")
                                      : 0;

        StatusService statuses(conn(), m_db->actor(StaffRole::Officer), m_clock);
        const auto deferred = statuses.defer(m_deferring, m_summer, "moves to the summer");
        QVERIFY_OK(deferred);
        QCOMPARE(deferred->first().to, S::Deferred);
        QCOMPARE(deferred->first().cause, QString("deferred to cohort SWE-SUMMER"));
        QCOMPARE(deferred->first().cohortId, m_spring);
        if (opens != "already") {
            QCOMPARE(find(m_deferring).status, S::Deferred);
            QCOMPARE(find(m_deferring).deferredToCohortId, m_summer);
            if (opens == "hand") {
                QVERIFY_OK(
                    CohortStateService(conn(), admin, m_clock).openForApplications(m_summer));
            } else if (opens == "edit") {
                Cohort summer = *CatalogService(conn(), admin, m_clock).cohort(m_summer).value();
                summer.state = QStringLiteral("open");
                QVERIFY_OK(CatalogService(conn(), admin, m_clock).updateCohort(summer));
            } else {
                m_db->scalar("UPDATE cohorts SET applications_open_on = '2027-02-01' WHERE id = ?",
                             {m_summer});
                QVERIFY_OK(CohortStateService(conn(), Actor::desk(), m_clock).followDates());
            }
        }

        const Application back = find(m_deferring);
        QCOMPARE(back.status, returned);
        QCOMPARE(back.cohortId, m_summer);
        QCOMPARE(back.deferredToCohortId, 0);
        QCOMPARE(back.qualifiedAt, Timestamp::parse(Qualified)); // never changes
        const QDateTime queueAt = keeps ? Timestamp::parse(Qualified) : m_clock.now();
        QCOMPARE(back.queueAt, queueAt);
        if (waiter)
            QCOMPARE(find(waiter).status, other);

        const auto history = StatusEventRepository(conn()).history(m_deferring);
        QVERIFY_OK(history);
        const auto isReturn = [](const StatusEvent &e) {
            return e.from == S::Deferred && e.to == S::Qualified;
        };
        const auto event = std::find_if(history->cbegin(), history->cend(), isReturn);
        QVERIFY(event != history->cend());
        QCOMPARE(event->cause, QString("cohort SWE-SUMMER opened"));
        QCOMPARE(event->cohortId, m_summer);
        QCOMPARE(event->queueAt, queueAt);
        QCOMPARE(event->byUserId, 0); // the desk
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE entity = 'application' "
                              "AND entity_id = ? AND field = 'cohort' AND note = ?",
                              {m_deferring, "cohort SWE-SUMMER opened"})
                     .toInt(),
                 1);

        // The replay finds every offer of this history fair.
        const auto replay = FairnessReplay(conn()).run();
        QVERIFY_OK(replay);
        QCOMPARE(replay->exceptionCount(), 0);
    }

    void refusesAWrongCohort_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("none") << ""
                              << "Deferring application %1 needs the later cohort";
        QTest::newRow("another track") << "DATA-SUMMER"
                                       << "cohort DATA-SUMMER is of another track";
        QTest::newRow("an earlier cohort")
            << "SWE-WINTER"
            << "cohort SWE-WINTER does not start after cohort SWE-SPRING";
        QTest::newRow("its own cohort")
            << "SWE-SPRING"
            << "cohort SWE-SPRING does not start after cohort SWE-SPRING";
        QTest::newRow("a cancelled cohort") << "SWE-FALL"
                                            << "cohort SWE-FALL is Cancelled";
    }

    void refusesAWrongCohort()
    {
        QFETCH(QString, target);
        QFETCH(QString, refusal);
        QHash<QString, qint64> cohorts{{"SWE-SPRING", m_spring}};
        cohorts.insert("DATA-SUMMER", m_db->addCohort(m_db->addTrack("DATA"), "DATA-SUMMER", 5,
                                                      QDate(2027, 6, 1)));
        cohorts.insert("SWE-WINTER", m_db->addCohort(m_track, "SWE-WINTER", 5, QDate(2027, 1, 4)));
        cohorts.insert("SWE-FALL", m_db->addCohort(m_track, "SWE-FALL", 5, QDate(2027, 9, 1)));
        setState(cohorts.value("SWE-FALL"), "cancelled");

        StatusService statuses(conn(), m_db->actor(StaffRole::Officer), m_clock);
        const auto refused = target.isEmpty()
                                 ? statuses.changeStatus(m_deferring, S::Deferred, "later")
                                 : statuses.defer(m_deferring, cohorts.value(target), "later");
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().text().contains(refusal.arg(m_deferring)),
                 qPrintable(refused.error().text()));
        QCOMPARE(find(m_deferring).status, S::Accepted);

        // Only the later cohort of the track that takes anybody is offered.
        const auto eligible = statuses.deferralCohorts(m_deferring);
        QVERIFY_OK(eligible);
        QCOMPARE(eligible->size(), 1);
        QCOMPARE(eligible->first().id, m_summer);
    }

    // A bulk move names no cohort: each deferral in it is refused, with why.
    void refusesDeferralsInBulk()
    {
        const auto bulk = StatusService(conn(), m_db->actor(StaffRole::Officer), m_clock)
                              .changeStatuses({m_deferring}, S::Deferred, "later");
        QVERIFY_OK(bulk);
        QVERIFY(bulk->changed.isEmpty());
        QCOMPARE(bulk->refused.size(), 1);
        QVERIFY(bulk->refused.first().reason.contains("needs the later cohort"));
    }

    // A deferral comes back by its cohort opening, not by a person's move.
    void refusesAReturnByHand()
    {
        StatusService statuses(conn(), m_db->actor(StaffRole::Officer), m_clock);
        QVERIFY_OK(statuses.defer(m_deferring, m_summer, "later"));
        const auto refused = statuses.changeStatus(m_deferring, S::Qualified);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().text().contains("deferred to cohort SWE-SUMMER"),
                 qPrintable(refused.error().text()));
        QCOMPARE(find(m_deferring).status, S::Deferred);
    }

    void policyIsAnAdministratorsAudited_data()
    {
        QTest::addColumn<StaffRole>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("administrator") << StaffRole::Administrator << true;
        QTest::newRow("officer") << StaffRole::Officer << false;
        QTest::newRow("read-only") << StaffRole::ReadOnly << false;
    }

    void policyIsAnAdministratorsAudited()
    {
        QFETCH(StaffRole, role);
        QFETCH(bool, allowed);
        DeskSettingsService settings(conn(), m_db->actor(role), m_clock);
        QCOMPARE(settings.deferralKeepsQualificationTime().value(), true); // the default
        const Status changed = settings.setDeferralKeepsQualificationTime(false);
        QCOMPARE(changed.ok(), allowed);
        QCOMPARE(settings.deferralKeepsQualificationTime().value(), !allowed);
        const QVariant audited =
            m_db->scalar("SELECT count(*) FROM audit_events WHERE entity = 'settings' AND field = "
                         "'deferral_keeps_qualification_time' AND actor_name = ?",
                         {m_db->actor(role).username});
        QCOMPARE(audited.toInt(), allowed ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestDeferral)
#include "tst_deferral.moc"
