#include "mentoring.h"
#include "repositories/mentorrepository.h"
#include "services/mentorservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

using S = ApplicationStatus;

class TestMentorService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 1, 15), QTime(9, 0), Qt::UTC)}; // winter time
    Actor m_officer;
    qint64 m_swe = 0;
    qint64 m_cyb = 0;
    int m_people = 0;

    MentorService service() { return MentorService(m_db->connectionName(), m_officer, m_clock); }

    qint64 mentor(const QString &name, const QString &zone, int max, QList<qint64> tracks)
    {
        auto id = addMentor(m_db->connectionName(), m_officer, m_clock,
                            MentorPlan{name, zone, max, max, tracks});
        if (!id)
            QTest::qFail(qPrintable(id.error().text()), __FILE__, __LINE__);
        return id ? id.value() : 0;
    }

    // An enrolled student of the SWE track living in `zone`.
    qint64 student(const QString &zone, S status = S::Enrolled)
    {
        StudentPlan plan;
        plan.timeZone = zone;
        plan.status = status;
        auto id = addStudent(m_db->connectionName(), m_officer, m_clock, ++m_people, plan);
        if (!id)
            QTest::qFail(qPrintable(id.error().text()), __FILE__, __LINE__);
        return id ? id.value() : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_swe = m_db->addTrack("SWE");
        m_cyb = m_db->addTrack("CYB");
        m_db->addCohort(m_swe, "SWE-1", 50);
        m_officer = Actor{m_db->addStaff("coordinator"), "coordinator"};
    }

    void cleanup() { m_db.reset(); }

    void validation()
    {
        Mentor m;
        const FieldErrors errors = MentorService::validate(m);
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.field;
        QCOMPARE(fields, (QStringList{"name", "email", "tracks"}));
        m.name = "Grace";
        m.email = "grace@example.org";
        m.trackIds = {m_swe};
        m.timeZone = "Nowhere/Land";
        QCOMPARE(MentorService::validate(m).size(), 1);
        QCOMPARE(MentorService::validate(m).first().field, QString("time_zone"));
    }

    void createUpdateAndLoads()
    {
        const qint64 id = mentor("Grace", "Europe/London", 3, {m_swe, m_cyb});
        auto found = MentorRepository(m_db->connectionName()).find(id);
        QVERIFY(found && found.value());
        QCOMPARE(found.value()->trackIds, (QList<qint64>{m_swe, m_cyb}));
        Mentor edited = *found.value();
        edited.trackIds = {m_cyb};
        edited.maxActiveMentees = 5;
        QVERIFY(service().update(edited).ok());
        auto loads = service().loads();
        QVERIFY(loads);
        QCOMPARE(loads.value().size(), 1);
        QCOMPARE(loads.value().first().mentor.trackIds, (QList<qint64>{m_cyb}));
        QCOMPARE(loads.value().first().mentor.maxActiveMentees, 5);
        QCOMPARE(loads.value().first().activeMentees, 0);
    }

    // The UNIQUE index on mentors.email_norm would refuse it too, with SQLite's words: the
    // service names the mentor who has the address, before anything is written.
    void anAddressBelongsToOneMentor()
    {
        const qint64 grace = mentor("Grace", "Europe/London", 3, {m_swe});
        const qint64 ada = mentor("Ada", "Europe/London", 3, {m_swe});
        QVERIFY(grace && ada);

        Mentor twin;
        twin.name = "Twin";
        twin.email = "  GRACE@Mentors.Example.org ";
        twin.maxActiveMentees = 1;
        twin.trackIds = {m_swe};
        auto created = service().create(twin);
        QVERIFY(!created);
        QCOMPARE(created.error().text(), QString("email: mentor %1 (Grace) already has the address "
                                                 "grace@mentors.example.org.")
                                             .arg(grace));
        auto loads = service().loads();
        QVERIFY(loads);
        QCOMPARE(loads.value().size(), 2);

        MentorRepository mentors(m_db->connectionName());
        Mentor edited = *mentors.find(ada).value();
        edited.email = "Grace@mentors.example.org";
        edited.weeklySlots = 9;
        const Status refused = service().update(edited);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().text().contains(QString("mentor %1 (Grace)").arg(grace)),
                 qPrintable(refused.error().text()));
        QCOMPARE(mentors.find(ada).value()->email, QString("ada@mentors.example.org"));
        QCOMPARE(mentors.find(ada).value()->weeklySlots, 3);

        // Their own address, written another way, is no one else's.
        Mentor same = *mentors.find(grace).value();
        same.email = "Grace@Mentors.example.org";
        QVERIFY_OK(service().update(same));
        QCOMPARE(mentors.find(grace).value()->email, QString("Grace@Mentors.example.org"));
    }

    void suggestsSameTrackFreeCapacityNearestZone()
    {
        const qint64 berlin = mentor("Berlin", "Europe/Berlin", 2, {m_swe});      // UTC+1
        const qint64 newYork = mentor("NewYork", "America/New_York", 2, {m_swe}); // UTC-5
        const qint64 tokyo = mentor("Tokyo", "Asia/Tokyo", 2, {m_swe});           // UTC+9
        mentor("CyberOnly", "Europe/Paris", 2, {m_cyb});
        const qint64 full = mentor("Full", "Europe/Madrid", 1, {m_swe});

        const qint64 busy = student("Europe/Rome");
        QVERIFY(service().assign(busy, full).ok());

        const qint64 lisbon = student("Europe/Lisbon"); // UTC+0
        auto suggestions = service().suggestions(lisbon);
        QVERIFY_OK(suggestions);
        QList<qint64> order;
        for (const auto &s : suggestions.value())
            order << s.load.mentor.id;
        QCOMPARE(order, (QList<qint64>{berlin, newYork, tokyo}));
        QCOMPARE(suggestions.value()[0].timeZoneDistanceMinutes, 60);
        QCOMPARE(suggestions.value()[1].timeZoneDistanceMinutes, 300);
        QCOMPARE(suggestions.value()[2].timeZoneDistanceMinutes, 540);

        // Around the clock: Auckland (UTC+13 in January) is 4 hours from Tokyo, not 20.
        const qint64 kiwi = student("Pacific/Auckland");
        auto fromAuckland = service().suggestions(kiwi);
        QVERIFY(fromAuckland);
        QCOMPARE(fromAuckland.value().first().load.mentor.id, tokyo);
        QCOMPARE(fromAuckland.value().first().timeZoneDistanceMinutes, 4 * 60);
    }

    void equalDistancePrefersTheLighterLoad()
    {
        const qint64 heavy = mentor("Heavy", "Europe/Berlin", 4, {m_swe});
        const qint64 light = mentor("Light", "Europe/Paris", 4, {m_swe});
        QVERIFY(service().assign(student("Europe/Berlin"), heavy).ok());
        QVERIFY(service().assign(student("Europe/Berlin"), heavy).ok());
        auto s = service().suggestions(student("Europe/Berlin"));
        QVERIFY(s);
        QCOMPARE(s.value().first().load.mentor.id, light);
        QCOMPARE(s.value().last().load.activeMentees, 2);
    }

    void assignmentRules()
    {
        // Enrolled before there were mentors: none was proposed to them.
        const qint64 s1 = student("Europe/London");
        const qint64 s2 = student("Europe/London");
        const qint64 grace = mentor("Grace", "Europe/London", 1, {m_swe});
        const qint64 alan = mentor("Alan", "Europe/London", 2, {m_swe});
        const qint64 cyber = mentor("Cyber", "Europe/London", 2, {m_cyb});
        const qint64 applicantOnly = student("Europe/London", S::Screening);
        const Status notStudent = service().assign(applicantOnly, grace);
        QVERIFY(!notStudent.ok());
        QVERIFY(notStudent.error().message.contains("Screening"));

        QVERIFY(service().assign(s1, grace).ok());
        const Status full = service().assign(s2, grace);
        QVERIFY(!full.ok());
        QCOMPARE(full.error().message,
                 QString("Mentor %1 (Grace) has no free slot: 1 of 1 mentees (at most 1 mentees, "
                         "1 weekly call slots).")
                     .arg(grace));
        const Status wrongTrack = service().assign(s2, cyber);
        QVERIFY(!wrongTrack.ok());
        QVERIFY(wrongTrack.error().message.contains("track"));

        // Reassigning ends the old assignment and keeps it in the history.
        QVERIFY(service().assign(s1, alan).ok());
        QCOMPARE(
            m_db->scalar("SELECT count(*) FROM mentor_assignments WHERE application_id = ?", {s1})
                .toInt(),
            2);
        QCOMPARE(m_db->scalar("SELECT state || ' ' || end_cause FROM mentor_assignments WHERE "
                              "mentor_id = ?",
                              {grace})
                     .toString(),
                 QString("ended reassigned"));
        auto current = MentorRepository(m_db->connectionName()).currentMentor(s1);
        QVERIFY(current && current.value());
        QCOMPARE(*current.value(), alan);
        QVERIFY(service().assign(s2, grace).ok()); // Grace is free again
    }
};

QTEST_GUILESS_MAIN(TestMentorService)
#include "tst_mentorservice.moc"
