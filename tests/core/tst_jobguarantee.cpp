#include "audit/auditverifier.h"
#include "csv/outcomeexport.h"
#include "domain/guaranteeeligibility.h"
#include "domain/timestamp.h"
#include "services/jobguaranteeservice.h"
#include "services/privacyservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(GuaranteeTerms)
Q_DECLARE_METATYPE(Placement)

// The job guarantee through core: the day a search begins, placed only with its facts, the
// reason not_seeking needs, eligibility week by week, and the graduates whose period ended.
class TestJobGuarantee : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    // A Monday; the searches below begin on it.
    FixedClock m_clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};
    qint64 m_swe = 0;
    qint64 m_cohort = 0;
    Actor m_officer;
    int m_people = 0;

    QString conn() const { return m_db->connectionName(); }

    qint64 graduate(const QString &status = QStringLiteral("graduated"))
    {
        ++m_people;
        ApplicationRow row(m_db->addApplicant("Grace", QString("Hopper%1").arg(m_people),
                                              QString("g%1@example.org").arg(m_people)),
                           m_swe, status);
        row.cohortId = m_cohort;
        // No status history: the fixture's events would not be covered by the audit trail.
        return m_db->addApplication(row);
    }

    // A graduate whose job search began today, through the desk.
    qint64 searching()
    {
        const qint64 id = graduate();
        const auto moved = StatusService(conn(), m_officer, m_clock)
                               .changeStatus(id, ApplicationStatus::JobSearch);
        if (!moved)
            qWarning() << moved.error().text();
        return id;
    }

    QString column(const QString &name, qint64 id)
    {
        return m_db->scalar(QString("SELECT %1 FROM applications WHERE id = ?").arg(name), {id})
            .toString();
    }

    static Placement complete()
    {
        Placement p;
        p.outcome = PlacementOutcome::InFieldFullTime;
        p.employer = "Initech";
        p.jobTitle = "Junior Developer";
        p.startsOn = QDate(2027, 3, 1);
        return p;
    }

    void verifyTrail()
    {
        const auto report = AuditVerifier(conn()).verify({});
        QVERIFY_OK(report);
        QVERIFY(report->holds());
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_swe = m_db->addTrack("SWE");
        m_cohort = m_db->addCohort(m_swe, "SWE-2026-06", 20, QDate(2026, 6, 1));
        m_officer = m_db->actor(StaffRole::Officer);
        m_clock.set(QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC));
        m_people = 0;
    }

    void cleanup() { m_db.reset(); }

    void jobSearchStampsTheDayItBegan()
    {
        m_db->setGuarantee(m_cohort, GuaranteeTerms{120, true, 0});
        const qint64 id = searching();
        QCOMPARE(column("status", id), QString("job_search"));
        QCOMPARE(column("job_search_started_on", id), QString("2027-02-01"));
        const auto standing = JobGuaranteeService(conn(), m_officer, m_clock).standing(id);
        QVERIFY_OK(standing);
        QVERIFY(standing->has_value());
        QCOMPARE(standing->value().search.startedOn, QDate(2027, 2, 1));
        QCOMPARE(standing->value().endsOn, QDate(2027, 6, 1));
        QVERIFY(!standing->value().ended);
        QCOMPARE(standing->value().search.cohortName, QString("SWE-2026-06"));
        verifyTrail();
    }

    void noStandingBeforeGraduation()
    {
        const qint64 id = graduate("active");
        const auto standing = JobGuaranteeService(conn(), m_officer, m_clock).standing(id);
        QVERIFY_OK(standing);
        QVERIFY(!standing->has_value());
    }

    void placedNeedsTheFacts_data()
    {
        QTest::addColumn<Placement>("placement");
        QTest::addColumn<QString>("missing"); // empty: accepted

        Placement p = complete();
        QTest::newRow("complete") << p << QString();
        p.salary = 72000;
        QTest::newRow("with a salary") << p << QString();
        p = complete();
        p.outcome = std::nullopt;
        QTest::newRow("no outcome") << p << QString("outcome");
        p = complete();
        p.employer = "  ";
        QTest::newRow("no employer") << p << QString("employer");
        p = complete();
        p.jobTitle.clear();
        QTest::newRow("no job title") << p << QString("job_title");
        p = complete();
        p.startsOn = QDate();
        QTest::newRow("no start date") << p << QString("starts_on");
        p = complete();
        p.salary = -1;
        QTest::newRow("negative salary") << p << QString("salary");
        p = complete();
        p.employer = "Init\x1b[31mech";
        QTest::newRow("control characters") << p << QString("employer");
    }

    void placedNeedsTheFacts()
    {
        QFETCH(Placement, placement);
        QFETCH(QString, missing);
        const qint64 id = searching();
        const auto recorded =
            JobGuaranteeService(conn(), m_officer, m_clock).recordPlacement(id, placement);
        if (!missing.isEmpty()) {
            QVERIFY(!recorded);
            QVERIFY2(recorded.error().text().contains(missing),
                     qPrintable(recorded.error().text()));
            QCOMPARE(column("status", id), QString("job_search"));
            QVERIFY(m_db->scalar("SELECT placement_outcome FROM applications WHERE id = ?", {id})
                        .isNull());
            return;
        }
        QVERIFY_OK(recorded);
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(recorded->first().to, ApplicationStatus::Placed);
        QCOMPARE(column("status", id), QString("placed"));
        QCOMPARE(column("placement_outcome", id), QString("in_field_full_time"));
        QCOMPARE(column("placement_employer", id), QString("Initech"));
        QCOMPARE(column("placement_job_title", id), QString("Junior Developer"));
        QCOMPARE(column("placement_on", id), QString("2027-03-01"));
        const QVariant salary =
            m_db->scalar("SELECT placement_salary FROM applications WHERE id = ?", {id});
        QCOMPARE(salary.isNull(), !placement.salary);
        if (placement.salary)
            QCOMPARE(salary.toLongLong(), *placement.salary);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action = "
                              "'record_placement' AND entity_id = ?",
                              {id})
                     .toInt(),
                 placement.salary ? 5 : 4);
        // The employer and the job title are the graduate's: kept apart (before and after), to be
        // erased.
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events e JOIN audit_values v ON "
                              "v.event_id = e.id WHERE e.action = 'record_placement'")
                     .toInt(),
                 4);
        const auto standing = JobGuaranteeService(conn(), m_officer, m_clock).standing(id);
        QVERIFY_OK(standing);
        QVERIFY(standing->value().placement);
        QCOMPARE(standing->value().placement->employer, QString("Initech"));
        verifyTrail();
    }

    // A status move alone cannot place: it says what is needed.
    void aPlainMoveToPlacedIsRefused()
    {
        const qint64 id = searching();
        const auto moved =
            StatusService(conn(), m_officer, m_clock).changeStatus(id, ApplicationStatus::Placed);
        QVERIFY(!moved);
        for (const char *needed : {"outcome", "employer", "job title", "start date"})
            QVERIFY2(moved.error().text().contains(needed), qPrintable(moved.error().text()));
        QVERIFY(moved.error().text().contains(QString::number(id)));
        QCOMPARE(column("status", id), QString("job_search"));
        // The same in a bulk move: refused and listed, the others go on.
        const auto bulk = StatusService(conn(), m_officer, m_clock)
                              .changeStatuses({id}, ApplicationStatus::Placed);
        QVERIFY_OK(bulk);
        QCOMPARE(bulk->refused.size(), 1);
    }

    // Undone, a placement takes its facts with it: a plain move cannot reuse them.
    void undoingAPlacementClearsItsFacts()
    {
        const qint64 id = searching();
        const auto placed =
            JobGuaranteeService(conn(), m_officer, m_clock).recordPlacement(id, complete());
        QVERIFY_OK(placed);
        StatusService statuses(conn(), m_officer, m_clock);
        QVERIFY_OK(statuses.undoLastMove(id, placed->first().id));
        QCOMPARE(column("status", id), QString("job_search"));
        QVERIFY(
            m_db->scalar("SELECT placement_outcome FROM applications WHERE id = ?", {id}).isNull());
        QCOMPARE(column("placement_employer", id), QString());
        QVERIFY(!statuses.changeStatus(id, ApplicationStatus::Placed));
        verifyTrail();
    }

    void onlyAGraduateInJobSearchIsPlaced()
    {
        const qint64 id = graduate();
        const auto recorded =
            JobGuaranteeService(conn(), m_officer, m_clock).recordPlacement(id, complete());
        QVERIFY(!recorded);
        QVERIFY2(recorded.error().text().contains("graduated"),
                 qPrintable(recorded.error().text()));
        QVERIFY(
            m_db->scalar("SELECT placement_outcome FROM applications WHERE id = ?", {id}).isNull());
        const Actor reader = m_db->actor(StaffRole::ReadOnly);
        const qint64 other = searching();
        QVERIFY(!JobGuaranteeService(conn(), reader, m_clock).recordPlacement(other, complete()));
        QCOMPARE(column("status", other), QString("job_search"));
    }

    void notSeekingNeedsAReason()
    {
        const qint64 id = searching();
        StatusService statuses(conn(), m_officer, m_clock);
        const auto refused = statuses.changeStatus(id, ApplicationStatus::NotSeeking, "  ");
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("needs a reason"),
                 qPrintable(refused.error().text()));
        QVERIFY_OK(statuses.changeStatus(id, ApplicationStatus::NotSeeking, "Went back to study"));
        QCOMPARE(column("decision_reason", id), QString("Went back to study"));
    }

    // Weeks run from the search's start; a week is judged once over, and only inside the period.
    void eligibilityWeekByWeek_data()
    {
        QTest::addColumn<GuaranteeTerms>("terms");
        QTest::addColumn<int>("daysSinceStart"); // today
        QTest::addColumn<QList<int>>("checkInDays");
        QTest::addColumn<QList<int>>("applications"); // one a check-in
        QTest::addColumn<int>("weeksJudged");
        QTest::addColumn<QStringList>("shortfalls");

        const GuaranteeTerms checkIns{180, true, 0};
        const GuaranteeTerms fiveAWeek{180, true, 5};
        QTest::newRow("first week not over")
            << checkIns << 6 << QList<int>{} << QList<int>{} << 0 << QStringList{};
        QTest::newRow("a week without a check-in")
            << checkIns << 7 << QList<int>{} << QList<int>{} << 1
            << QStringList{"week 1 (2027-02-01 to 2027-02-07): no check-in"};
        QTest::newRow("checked in on its last day")
            << checkIns << 7 << QList<int>{6} << QList<int>{0} << 1 << QStringList{};
        QTest::newRow("the second week missed")
            << checkIns << 15 << QList<int>{2, 14} << QList<int>{3, 3} << 2
            << QStringList{"week 2 (2027-02-08 to 2027-02-14): no check-in"};
        QTest::newRow("too few applications")
            << fiveAWeek << 14 << QList<int>{3, 9} << QList<int>{5, 4} << 2
            << QStringList{"week 2 (2027-02-08 to 2027-02-14): job applications sent: 4 of at "
                           "least 5"};
        QTest::newRow("two check-ins make the week's number")
            << fiveAWeek << 7 << QList<int>{1, 4} << QList<int>{2, 3} << 1 << QStringList{};
        QTest::newRow("no check-in needed, applications still are")
            << GuaranteeTerms{180, false, 2} << 7 << QList<int>{} << QList<int>{} << 1
            << QStringList{"week 1 (2027-02-01 to 2027-02-07): no check-in"};
        QTest::newRow("no conditions") << GuaranteeTerms{180, false, 0} << 30 << QList<int>{}
                                       << QList<int>{} << 4 << QStringList{};
        // 20 days: weeks 1 and 2 are whole inside it; days 15 to 19 make no week.
        QTest::newRow("only whole weeks of the period")
            << GuaranteeTerms{20, true, 0} << 60 << QList<int>{0, 7} << QList<int>{1, 1} << 2
            << QStringList{};
    }

    void eligibilityWeekByWeek()
    {
        QFETCH(GuaranteeTerms, terms);
        QFETCH(int, daysSinceStart);
        QFETCH(QList<int>, checkInDays);
        QFETCH(QList<int>, applications);
        QFETCH(int, weeksJudged);
        QFETCH(QStringList, shortfalls);
        const QDate start(2027, 2, 1);
        QList<CheckIn> checkIns;
        for (int i = 0; i < checkInDays.size(); ++i)
            checkIns << CheckIn{start.addDays(checkInDays.at(i)), applications.at(i)};
        const GuaranteeEligibility verdict =
            GuaranteeEligibility::assess(terms, start, start.addDays(daysSinceStart), checkIns);
        QCOMPARE(verdict.weeksJudged(), weeksJudged);
        QStringList found;
        for (const WeekShortfall &shortfall : verdict.shortfalls())
            found << shortfall.describe();
        QCOMPARE(found, shortfalls);
        QCOMPARE(verdict.isEligible(), shortfalls.isEmpty());
    }

    // The same rules on check-ins logged through the desk.
    void checkInsLoggedMakeTheVerdict()
    {
        m_db->setGuarantee(m_cohort, GuaranteeTerms{180, true, 3});
        const qint64 id = searching();
        JobGuaranteeService service(conn(), m_officer, m_clock);
        m_clock.set(m_clock.now().addDays(5));
        QVERIFY_OK(service.logCheckIn(id, 4));
        m_clock.set(m_clock.now().addDays(4));
        QVERIFY_OK(service.logCheckIn(id, 1, QDate(2027, 2, 9), "Two interviews next week"));
        m_clock.set(m_clock.now().addDays(12)); // 2027-02-22: weeks 1 to 3 are over
        auto standing = service.standing(id);
        QVERIFY_OK(standing);
        const GuaranteeEligibility &verdict = standing->value().eligibility;
        QCOMPARE(verdict.weeksJudged(), 3);
        QVERIFY(!verdict.isEligible());
        QCOMPARE(verdict.describe(),
                 QString("not eligible: week 2 (2027-02-08 to 2027-02-14): job applications "
                         "sent: 1 of at least 3; week 3 (2027-02-15 to 2027-02-21): no check-in"));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM activities WHERE kind = "
                              "'job_search_check_in' AND application_id = ?",
                              {id})
                     .toInt(),
                 2);
        QCOMPARE(
            m_db->scalar("SELECT summary FROM activities WHERE job_applications = 4").toString(),
            QString("Job applications sent this week: 4"));
        verifyTrail();
    }

    void checkInRefusals_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("applications");
        QTest::addColumn<int>("dayOffset"); // from today
        QTest::addColumn<QString>("refusal");
        QTest::newRow("not in job search") << "graduated" << 3 << 0 << "graduated";
        QTest::newRow("placed") << "placed" << 3 << 0 << "placed";
        QTest::newRow("negative count") << "job_search" << -1 << 0 << "job_applications";
        QTest::newRow("in the future") << "job_search" << 3 << 1 << "2027-02-09";
        QTest::newRow("before the search") << "job_search" << 3 << -9 << "2027-01-30";
    }

    void checkInRefusals()
    {
        QFETCH(QString, status);
        QFETCH(int, applications);
        QFETCH(int, dayOffset);
        QFETCH(QString, refusal);
        qint64 id = searching(); // began 2027-02-01
        if (status != "job_search")
            id = graduate(status);
        m_clock.set(m_clock.now().addDays(7));
        const QDate today(2027, 2, 8);
        const auto logged = JobGuaranteeService(conn(), m_officer, m_clock)
                                .logCheckIn(id, applications, today.addDays(dayOffset));
        QVERIFY(!logged);
        QVERIFY2(logged.error().text().contains(refusal), qPrintable(logged.error().text()));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM activities").toInt(), 0);
    }

    void readOnlyStaffCannotLogCheckIns()
    {
        const qint64 id = searching();
        const auto logged = JobGuaranteeService(conn(), m_db->actor(StaffRole::ReadOnly), m_clock)
                                .logCheckIn(id, 2);
        QVERIFY(!logged);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM activities").toInt(), 0);
    }

    // At the end of the period the decision is due for everyone still searching, eligible or
    // not; not for the placed, nor for searches whose period runs on.
    void flagsPeriodsEndedWithoutAPlacement()
    {
        m_db->setGuarantee(m_cohort, GuaranteeTerms{14, true, 0});
        JobGuaranteeService service(conn(), m_officer, m_clock);
        const qint64 kept = searching();
        const qint64 lapsed = searching();
        const qint64 placed = searching();
        QVERIFY_OK(service.recordPlacement(placed, complete()));
        m_clock.set(m_clock.now().addDays(3));
        QVERIFY_OK(service.logCheckIn(kept, 2));
        m_clock.set(m_clock.now().addDays(7));
        QVERIFY_OK(service.logCheckIn(kept, 2));
        const qint64 later = searching(); // began 2027-02-11

        m_clock.set(QDateTime(QDate(2027, 2, 14), QTime(23, 0), Qt::UTC));
        auto due = service.decisionsDue();
        QVERIFY_OK(due);
        QVERIFY(due->isEmpty()); // the period covers up to the 14th

        m_clock.set(QDateTime(QDate(2027, 2, 15), QTime(8, 0), Qt::UTC));
        due = service.decisionsDue();
        QVERIFY_OK(due);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).search.applicationId, kept);
        QVERIFY(due->at(0).ended);
        QCOMPARE(due->at(0).endsOn, QDate(2027, 2, 15));
        QVERIFY(due->at(0).eligibility.isEligible());
        QCOMPARE(due->at(1).search.applicationId, lapsed);
        QVERIFY(!due->at(1).eligibility.isEligible());
        QCOMPARE(due->at(1).eligibility.shortfalls().size(), 2);
        QVERIFY(!due->at(1).placement);
        QVERIFY(std::none_of(due->begin(), due->end(), [&](const GuaranteeStanding &s) {
            return s.search.applicationId == later || s.search.applicationId == placed;
        }));
    }

    // One row per graduate of the cohort with their CIRR outcome; placed ones with their facts
    // and the days from graduation to the job; cells a spreadsheet would run are neutralised.
    void exportsTheCohortsOutcomes()
    {
        m_db->setGuarantee(m_cohort, GuaranteeTerms{90, true, 0});
        StatusService statuses(conn(), m_officer, m_clock);
        JobGuaranteeService service(conn(), m_officer, m_clock);
        const qint64 notReporting = graduate();
        QVERIFY_OK(statuses.changeStatus(notReporting, ApplicationStatus::JobSearch));
        QVERIFY_OK(statuses.changeStatus(notReporting, ApplicationStatus::NotSeeking, "Moved"));
        const qint64 stillSeeking = searching();
        const qint64 placed = searching();
        Placement facts = complete();
        facts.employer = "=HYPERLINK(\"http://x\")";
        facts.salary = 65000;
        QVERIFY_OK(service.recordPlacement(placed, facts));
        const qint64 neverSearched = graduate();
        const qint64 outOfField = searching();
        facts = complete();
        facts.outcome = PlacementOutcome::OutOfField;
        facts.startsOn = QDate(2027, 2, 15);
        QVERIFY_OK(service.recordPlacement(outOfField, facts));
        const qint64 student = graduate("active"); // not a graduate: not in the export
        ApplicationRow elsewhere(m_db->addApplicant("Other", "Cohort", "o@example.org"), m_swe,
                                 "job_search");
        m_db->addApplication(elsewhere);
        Q_UNUSED(student);

        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        const auto rows = CsvExport(conn(), m_officer)
                              .write(OutcomeExport::source(m_cohort), &out, CsvWriter::Options{});
        QVERIFY_OK(rows);
        QCOMPARE(rows.value(), qint64(5));
        const QStringList lines = QString::fromUtf8(out.data()).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), OutcomeExport::columns().join(','));
        // By last name: Hopper1 … Hopper5. Graduation is not in their (fixture) history.
        const QString cohort = "SWE,SWE-2026-06,";
        QCOMPARE(lines.at(1), cohort + QString("%1,Grace,Hopper1,,2027-02-01,2027-05-02,"
                                               "not_seeking,,,,,")
                                           .arg(notReporting));
        QCOMPARE(lines.at(2), cohort + QString("%1,Grace,Hopper2,,2027-02-01,2027-05-02,"
                                               "still_seeking,,,,,")
                                           .arg(stillSeeking));
        QCOMPARE(lines.at(3),
                 cohort + QString("%1,Grace,Hopper3,,2027-02-01,2027-05-02,"
                                  "in_field_full_time,\"'=HYPERLINK(\"\"http://x\"\")\","
                                  "Junior Developer,2027-03-01,65000,")
                              .arg(placed));
        QCOMPARE(lines.at(4),
                 cohort + QString("%1,Grace,Hopper4,,,,not_reporting,,,,,").arg(neverSearched));
        QCOMPARE(lines.at(5), cohort + QString("%1,Grace,Hopper5,,2027-02-01,2027-05-02,"
                                               "out_of_field,Initech,Junior Developer,"
                                               "2027-02-15,,")
                                           .arg(outOfField));
    }

    // Erased on request, the graduate's employer and job title leave the file; the outcome, the
    // start and the salary stay for the statistics.
    void anErasureTakesTheJobButKeepsTheOutcome()
    {
        const qint64 id = searching();
        Placement facts = complete();
        facts.salary = 61000;
        QVERIFY_OK(JobGuaranteeService(conn(), m_officer, m_clock).recordPlacement(id, facts));
        const qint64 person =
            m_db->scalar("SELECT applicant_id FROM applications WHERE id = ?", {id}).toLongLong();
        QVERIFY_OK(
            PrivacyService(conn(), m_db->actor(StaffRole::Administrator), m_clock).erase(person));
        QCOMPARE(column("placement_employer", id), QString());
        QCOMPARE(column("placement_job_title", id), QString());
        QCOMPARE(column("placement_outcome", id), QString("in_field_full_time"));
        QCOMPARE(column("placement_on", id), QString("2027-03-01"));
        QCOMPARE(column("placement_salary", id), QString("61000"));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_values WHERE applicant_id = ?", {person})
                     .toInt(),
                 0);
        verifyTrail();
    }

    // days_to_job counts from the move to graduated.
    void exportCountsTheDaysFromGraduation()
    {
        const qint64 id = graduate("active");
        StatusService statuses(conn(), m_officer, m_clock);
        QVERIFY_OK(statuses.changeStatus(id, ApplicationStatus::Graduated));
        m_clock.set(m_clock.now().addDays(2));
        QVERIFY_OK(statuses.changeStatus(id, ApplicationStatus::JobSearch));
        QVERIFY_OK(JobGuaranteeService(conn(), m_officer, m_clock).recordPlacement(id, complete()));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY_OK(CsvExport(conn(), m_officer)
                       .write(OutcomeExport::source(m_cohort), &out, CsvWriter::Options{}));
        const QStringList lines = QString::fromUtf8(out.data()).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).endsWith(",2027-02-01,2027-02-03,2027-08-02,in_field_full_time,"
                                      "Initech,Junior Developer,2027-03-01,,28"),
                 qPrintable(lines.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestJobGuarantee)
#include "tst_jobguarantee.moc"
