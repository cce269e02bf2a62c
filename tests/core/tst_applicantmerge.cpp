#include "audit/auditlog.h"
#include "audit/auditverifier.h"
#include "browse/applicationsearchindex.h"
#include "db/databasecheck.h"
#include "services/applicantmerge.h"
#include "services/applicantservice.h"
#include "services/privacyservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

// Merging two applicant records of one person (ApplicantMerge), on real files.
class TestApplicantMerge : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};
    Actor m_officer;
    qint64 m_survivor = 0;
    qint64 m_survivorApplication = 0;
    qint64 m_duplicate = 0;
    qint64 m_duplicateApplication = 0;

    ApplicantService applicants()
    {
        return ApplicantService(m_db->connectionName(), m_officer, m_clock);
    }
    ApplicantMerge merger(const Actor &actor)
    {
        return ApplicantMerge(m_db->connectionName(), actor, m_clock);
    }
    ApplicantMerge merger() { return merger(m_officer); }

    // Registers a person through the service, as the desk does: applicant, application, audit.
    ApplicantService::Registered registerPerson(const Applicant &applicant, const QString &track)
    {
        ApplicantService::NewApplication input;
        input.applicant = applicant;
        input.trackCode = track;
        const auto registered = applicants().registerApplication(input);
        if (!registered)
            qWarning("%s", qPrintable(registered.error().text()));
        return registered ? registered.value() : ApplicantService::Registered{};
    }

    int searchCount(const QString &term)
    {
        return m_db
            ->scalar(ApplicationSearchIndex::countMatchingSql(),
                     {ApplicationSearchIndex::matchValue(term)})
            .toInt();
    }

    Applicant stored(qint64 id)
    {
        const auto found = applicants().applicant(id);
        return found && found.value() ? *found.value() : Applicant{};
    }

    bool isMerged(qint64 id) { return stored(id).isMerged(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addTrack("SWE");
        m_db->addTrack("CYB");
        m_officer = m_db->actor(StaffRole::Officer);

        Applicant zoe;
        zoe.firstName = QStringLiteral("Zoë");
        zoe.lastName = QStringLiteral("Müller");
        zoe.email = QStringLiteral("zoe@old.example");
        zoe.phone = QStringLiteral("+49 30 1234567");
        zoe.notes = QStringLiteral("Called about the evening course.");
        const auto first = registerPerson(zoe, "SWE");
        m_survivor = first.applicantId;
        m_survivorApplication = first.applicationId;

        Applicant again;
        again.firstName = QStringLiteral("Zoe");
        again.lastName = QStringLiteral("Mueller");
        again.email = QStringLiteral("zoe@new.example");
        again.githubUrl = QStringLiteral("https://github.com/zoe");
        again.country = QStringLiteral("Germany");
        again.notes = QStringLiteral("Prefers email.");
        const auto second = registerPerson(again, "CYB");
        m_duplicate = second.applicantId;
        m_duplicateApplication = second.applicationId;
        QVERIFY(m_survivor > 0 && m_duplicate > 0);

        Activity call;
        call.applicantId = m_duplicate;
        call.kind = Activity::Kind::Call;
        call.summary = QStringLiteral("Asked about financing.");
        QVERIFY_OK(applicants().addActivity(call));
    }

    void cleanup() { m_db.reset(); }

    void defaultsKeepTheSurvivorOrTheValueThereIs()
    {
        const Applicant a = stored(m_survivor);
        const Applicant b = stored(m_duplicate);
        using Side = ApplicantMerge::Side;
        QCOMPARE(ApplicantMerge::defaultSide(a, b, "first_name"), Side::Survivor);
        QCOMPARE(ApplicantMerge::defaultSide(a, b, "email"), Side::Survivor);
        QCOMPARE(ApplicantMerge::defaultSide(a, b, "github_url"), Side::Duplicate); // a has none
        QCOMPARE(ApplicantMerge::defaultSide(a, b, "phone"), Side::Survivor);       // b has none
        QCOMPARE(ApplicantMerge::defaultSide(a, b, "notes"), Side::Both);
        QCOMPARE(ApplicantMerge::defaultSide(a, b, "consent"), Side::Survivor);
        QCOMPARE(ApplicantMerge::fieldNames().size(), 14);
    }

    void mergesChosenFieldsAndMovesEverything()
    {
        ApplicantMerge::Choices choices;
        choices.insert("last_name", ApplicantMerge::Side::Duplicate);
        // The survivor takes the duplicate's email: unique, so the duplicate must let go of it
        // first, in the same transaction.
        choices.insert("email", ApplicantMerge::Side::Duplicate);
        const auto merged = merger().merge(m_survivor, m_duplicate, choices);
        QVERIFY_OK(merged);
        QCOMPARE(merged->applications, 1);
        QCOMPARE(merged->activities, 1);

        const Applicant a = stored(m_survivor);
        QCOMPARE(a.firstName, QStringLiteral("Zoë"));
        QCOMPARE(a.lastName, QStringLiteral("Mueller"));
        QCOMPARE(a.email, QStringLiteral("zoe@new.example"));
        QCOMPARE(a.phone, QStringLiteral("+49 30 1234567"));
        QCOMPARE(a.githubUrl, QStringLiteral("https://github.com/zoe"));
        QCOMPARE(a.country, QStringLiteral("Germany"));
        QCOMPARE(a.notes, QStringLiteral("Called about the evening course.\n\nPrefers email."));
        QVERIFY(!a.isMerged());

        // Both applications and the activity are the survivor's now.
        QCOMPARE(
            m_db->scalar("SELECT count(*) FROM applications WHERE applicant_id = ?", {m_survivor})
                .toInt(),
            2);
        QCOMPARE(
            m_db->scalar("SELECT count(*) FROM applications WHERE applicant_id = ?", {m_duplicate})
                .toInt(),
            0);
        const auto activities = applicants().activities(m_survivor);
        QVERIFY_OK(activities);
        QCOMPARE(activities->size(), 1);
        QCOMPARE(activities->first().summary, QStringLiteral("Asked about financing."));

        // The duplicate is a tombstone: no personal values, pointing at the survivor.
        const Applicant b = stored(m_duplicate);
        QCOMPARE(b.mergedInto, m_survivor);
        QVERIFY(b.email.isEmpty());
        QVERIFY(b.phone.isEmpty());
        QVERIFY(b.notes.isEmpty());
        QVERIFY(!b.fullName().contains("Zoe"));

        // Its old email is the survivor's for the duplicate check too.
        const auto duplicates = applicants().duplicatesOf(b);
        QVERIFY_OK(duplicates);
        Applicant sameEmail;
        sameEmail.email = QStringLiteral("ZOE@new.example");
        const auto found = applicants().duplicatesOf(sameEmail);
        QVERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, m_survivor);
    }

    void chainVerifiesAndHistoryIsWhole()
    {
        QVERIFY_OK(merger().merge(m_survivor, m_duplicate));
        const auto report = AuditVerifier(m_db->connectionName()).verify({});
        QVERIFY_OK(report);
        QVERIFY2(report->holds(), qPrintable(report->problems.value(0).detail));
        const auto problems = DatabaseCheck(m_db->connectionName(), m_clock).run();
        QVERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).detail));

        // The survivor's history holds the duplicate's story: its creation, its activity and
        // both sides of the merge.
        const auto history = AuditLog(m_db->connectionName()).aboutApplicant(m_survivor);
        QVERIFY_OK(history);
        QStringList seen;
        for (const AuditRecord &record : history.value())
            seen << QStringLiteral("%1 %2 %3")
                        .arg(record.action, record.entity)
                        .arg(record.entityId);
        const QString d = QString::number(m_duplicate);
        const QString s = QString::number(m_survivor);
        QVERIFY2(seen.contains("add_activity applicant " + d), qPrintable(seen.join(", ")));
        QVERIFY2(seen.contains("merge applicant " + d), qPrintable(seen.join(", ")));
        QVERIFY2(seen.contains("merge applicant " + s), qPrintable(seen.join(", ")));
        QVERIFY2(seen.contains("update application " + QString::number(m_duplicateApplication)),
                 qPrintable(seen.join(", ")));
        // The duplicate's values are kept in the record of the merge, as its personal values.
        QVERIFY(m_db->scalar("SELECT count(*) FROM audit_values v JOIN audit_events e ON "
                             "e.id = v.event_id WHERE e.action = 'merge' AND v.applicant_id = ?",
                             {m_duplicate})
                    .toInt() == 1);
    }

    void searchFindsTheSurvivorByTheDuplicatesApplications()
    {
        QCOMPARE(searchCount("zoe@new"), 1);
        ApplicantMerge::Choices choices;
        choices.insert("email", ApplicantMerge::Side::Duplicate);
        QVERIFY_OK(merger().merge(m_survivor, m_duplicate, choices));
        // Both applications are indexed under the survivor as it is now.
        QCOMPARE(searchCount("zoe@new"), 2);
        QCOMPARE(searchCount("zoe@old"), 0);
        QCOMPARE(searchCount("Müller"), 2);
        QCOMPARE(searchCount("Mueller"), 0);
    }

    void readOnlyIsRefused()
    {
        const auto refused =
            merger(m_db->actor(StaffRole::ReadOnly)).merge(m_survivor, m_duplicate);
        QVERIFY(!refused);
        QVERIFY(!isMerged(m_duplicate));
        QCOMPARE(
            m_db->scalar("SELECT count(*) FROM applications WHERE applicant_id = ?", {m_duplicate})
                .toInt(),
            1);
    }

    void refusesItselfUnknownErasedAndMerged()
    {
        const auto itself = merger().merge(m_survivor, m_survivor);
        QVERIFY(!itself);
        QVERIFY2(itself.error().text().contains(
                     QStringLiteral("Zoë Müller (applicant %1)").arg(m_survivor)),
                 qPrintable(itself.error().text()));

        const auto unknown = merger().merge(m_survivor, 999);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().text().contains("999"), qPrintable(unknown.error().text()));

        QVERIFY_OK(merger().merge(m_survivor, m_duplicate));
        const auto again = merger().merge(m_survivor, m_duplicate);
        QVERIFY(!again);
        QVERIFY2(again.error().text().contains(
                     QStringLiteral("Zoë Müller (applicant %1)").arg(m_survivor)),
                 qPrintable(again.error().text()));
        // A merged record takes no more edits.
        Applicant b = stored(m_duplicate);
        b.firstName = QStringLiteral("Back");
        QVERIFY(!applicants().updateApplicant(b));

        Applicant other;
        other.firstName = QStringLiteral("Grace");
        other.lastName = QStringLiteral("Hopper");
        other.email = QStringLiteral("grace@example.org");
        const qint64 grace = registerPerson(other, "SWE").applicantId;
        QVERIFY_OK(
            PrivacyService(m_db->connectionName(), m_db->actor(StaffRole::Administrator), m_clock)
                .erase(grace));
        const auto erased = merger().merge(m_survivor, grace);
        QVERIFY(!erased);
        QVERIFY2(erased.error().text().contains("erased"), qPrintable(erased.error().text()));
    }

    void erasingTheSurvivorErasesTheMergedRecord()
    {
        QVERIFY_OK(merger().merge(m_survivor, m_duplicate));
        PrivacyService privacy(m_db->connectionName(), m_db->actor(StaffRole::Administrator),
                               m_clock);
        // The merged record alone is not the person.
        QVERIFY(!privacy.erase(m_duplicate));
        QVERIFY(
            m_db->scalar("SELECT count(*) FROM audit_values WHERE applicant_id = ?", {m_duplicate})
                .toInt() > 0);
        QVERIFY_OK(privacy.erase(m_survivor));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_values WHERE applicant_id IN (?, ?)",
                              {m_survivor, m_duplicate})
                     .toInt(),
                 0);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM erasures").toInt(), 2);
        const auto report = AuditVerifier(m_db->connectionName()).verify({});
        QVERIFY_OK(report);
        QVERIFY2(report->holds(), qPrintable(report->problems.value(0).detail));
    }

    void planWritesNothing()
    {
        const auto plan = merger().plan(m_survivor, m_duplicate);
        QVERIFY_OK(plan);
        QCOMPARE(plan->applications, 1);
        QCOMPARE(plan->activities, 1);
        QCOMPARE(plan->merged.githubUrl, QStringLiteral("https://github.com/zoe"));
        QVERIFY(!isMerged(m_duplicate));
        ApplicantMerge::Choices both;
        both.insert("email", ApplicantMerge::Side::Both);
        QVERIFY(!merger().plan(m_survivor, m_duplicate, both));
    }
};

QTEST_GUILESS_MAIN(TestApplicantMerge)
#include "tst_applicantmerge.moc"
