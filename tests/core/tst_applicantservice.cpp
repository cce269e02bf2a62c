#include "repositories/activityrepository.h"
#include "repositories/applicantrepository.h"
#include "repositories/applicationrepository.h"
#include "repositories/statuseventrepository.h"
#include "services/applicantservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

class TestApplicantService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};
    Actor m_officer;

    static Applicant person(const QString &email, const QString &phone = {})
    {
        Applicant a;
        a.firstName = QStringLiteral("Zoë");
        a.lastName = QStringLiteral("Müller");
        a.email = email;
        a.phone = phone;
        return a;
    }

    ApplicantService service()
    {
        return ApplicantService(m_db->connectionName(), m_officer, m_clock);
    }

    Result<ApplicantService::Registered>
    registerPerson(const Applicant &a, const QString &track = "SWE", const QString &cohort = {})
    {
        ApplicantService::NewApplication input;
        input.applicant = a;
        input.trackCode = track;
        input.cohortName = cohort;
        return service().registerApplication(input);
    }

    int count(const char *table)
    {
        return m_db->scalar(QString("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 swe = m_db->addTrack("SWE");
        const qint64 cyb = m_db->addTrack("CYB");
        m_db->addCohort(swe, "SWE-2027-03", 20);
        m_db->addCohort(cyb, "CYB-2027-03", 20);
        m_officer = Actor{m_db->addStaff("officer"), "officer"};
    }

    void cleanup() { m_db.reset(); }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField"); // empty: valid
        QTest::newRow("ok") << "email"
                            << "zoe@example.org"
                            << "";
        QTest::newRow("email with plus") << "email"
                                         << "zoe+apply@mail.example.co.uk"
                                         << "";
        QTest::newRow("no email") << "email"
                                  << "  "
                                  << "email";
        QTest::newRow("email without at") << "email"
                                          << "zoe.example.org"
                                          << "email";
        QTest::newRow("email without domain dot") << "email"
                                                  << "zoe@localhost"
                                                  << "email";
        QTest::newRow("email with space") << "email"
                                          << "zo e@example.org"
                                          << "email";
        QTest::newRow("no first name") << "first_name"
                                       << " "
                                       << "first_name";
        QTest::newRow("no last name") << "last_name"
                                      << ""
                                      << "last_name";
        QTest::newRow("phone ok") << "phone"
                                  << "+49 (30) 123-4567"
                                  << "";
        QTest::newRow("phone letters") << "phone"
                                       << "call me"
                                       << "phone";
        QTest::newRow("phone too short") << "phone"
                                         << "12345"
                                         << "phone";
        QTest::newRow("phone too long") << "phone"
                                        << "+1234567890123456"
                                        << "phone";
        QTest::newRow("time zone ok") << "time_zone"
                                      << "Europe/Berlin"
                                      << "";
        QTest::newRow("time zone unknown") << "time_zone"
                                           << "Mars/Olympus"
                                           << "time_zone";
        QTest::newRow("url ok") << "github_url"
                                << "https://github.com/zoe"
                                << "";
        QTest::newRow("url no scheme") << "github_url"
                                       << "github.com/zoe"
                                       << "github_url";
        QTest::newRow("url javascript") << "linkedin_url"
                                        << "javascript:alert(1)"
                                        << "linkedin_url";

        // Lengths (Validation::MaxLength), counted in characters.
        const auto chars = [](int n, char c = 'a') { return QString(n, QLatin1Char(c)); };
        QTest::newRow("first name of 100") << "first_name" << chars(100) << "";
        QTest::newRow("first name of 101") << "first_name" << chars(101) << "first_name";
        QTest::newRow("last name of 101") << "last_name" << chars(101) << "last_name";
        QTest::newRow("email of 254") << "email" << chars(242) + "@example.org"
                                      << "";
        QTest::newRow("email of 255") << "email" << chars(243) + "@example.org"
                                      << "email";
        QTest::newRow("phone of 41") << "phone"
                                     << "+49 30 " + chars(34, '1') << "phone";
        QTest::newRow("country of 201") << "country" << chars(201) << "country";
        QTest::newRow("url of 2048") << "github_url"
                                     << "https://github.com/" + chars(2029) << "";
        QTest::newRow("url of 2049") << "github_url"
                                     << "https://github.com/" + chars(2030) << "github_url";
        QTest::newRow("notes of 10000") << "notes" << chars(10000) << "";
        QTest::newRow("notes of 10001") << "notes" << chars(10001) << "notes";

        // Control characters: none anywhere, except tab and line breaks in notes.
        QTest::newRow("first name with ESC") << "first_name"
                                             << "Zoë\x1b[31m"
                                             << "first_name";
        QTest::newRow("last name with NUL")
            << "last_name" << QStringLiteral("Mül") + QChar(0) + QStringLiteral("ler")
            << "last_name";
        QTest::newRow("email with ESC") << "email"
                                        << "zoe\x1b]8;;http://evil/\x07@example.org"
                                        << "email";
        QTest::newRow("email with NUL")
            << "email" << QStringLiteral("zoe") + QChar(0) + QStringLiteral("@example.org")
            << "email";
        QTest::newRow("phone with ESC") << "phone"
                                        << "+49 30 1234567\x1b[2J"
                                        << "phone";
        QTest::newRow("country with C1")
            << "country" << QStringLiteral("DE") + QChar(0x9b) << "country";
        QTest::newRow("source with line break") << "source"
                                                << "web\nform"
                                                << "source";
        QTest::newRow("notes with tab and lines") << "notes"
                                                  << "Called\tTuesday\r\nSends CV\n"
                                                  << "";
        QTest::newRow("notes with ESC") << "notes"
                                        << "Called\x1b[8m"
                                        << "notes";

        // Bidirectional controls: not in names and emails, where they make one read as another.
        QTest::newRow("first name with RLO")
            << "first_name" << QStringLiteral("Ann") + QChar(0x202e) + QStringLiteral("am")
            << "first_name";
        QTest::newRow("last name with isolate")
            << "last_name" << QStringLiteral("Mül") + QChar(0x2067) + QStringLiteral("ler")
            << "last_name";
        QTest::newRow("last name with RLM")
            << "last_name" << QStringLiteral("Müller") + QChar(0x200f) << "last_name";
        QTest::newRow("email with LRE")
            << "email" << QStringLiteral("zoe") + QChar(0x202a) + QStringLiteral("@example.org")
            << "email";
        QTest::newRow("notes may quote Arabic with marks")
            << "notes"
            << QStringLiteral("said ") + QChar(0x2067) + QStringLiteral("مرحبا") + QChar(0x2069)
            << "";
        QTest::newRow("Arabic name") << "first_name"
                                     << "محمد"
                                     << "";
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);
        Applicant a = person("zoe@example.org");
        if (field == "email")
            a.email = value;
        if (field == "first_name")
            a.firstName = value;
        if (field == "last_name")
            a.lastName = value;
        if (field == "phone")
            a.phone = value;
        if (field == "time_zone")
            a.timeZone = value;
        if (field == "github_url")
            a.githubUrl = value;
        if (field == "linkedin_url")
            a.linkedinUrl = value;
        if (field == "country")
            a.country = value;
        if (field == "source")
            a.source = value;
        if (field == "notes")
            a.notes = value;
        const FieldErrors errors = ApplicantService::validate(a);
        if (expectedField.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(Validation::describe(errors)));
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, expectedField);
            QVERIFY(!errors.first().message.isEmpty());
            // Shown to people and printed to terminals: never the raw value.
            const QString message = errors.first().message;
            QCOMPARE(Validation::printable(message), message);
            QVERIFY2(message.size() < 300, qPrintable(message));
        }
    }

    // Nothing of a refused applicant is written, and the message names the field.
    void junkIsNeverStored()
    {
        Applicant a = person("zoe@example.org");
        a.firstName = QStringLiteral("Zoë\x1b[2J");
        auto registered = registerPerson(a);
        QVERIFY(!registered);
        QVERIFY2(registered.error().text().contains("first_name"),
                 qPrintable(registered.error().text()));
        a = person("zoe@example.org");
        a.lastName = QString(50 * 1024 * 1024, QLatin1Char('x'));
        registered = registerPerson(a);
        QVERIFY(!registered);
        QVERIFY2(registered.error().text().contains("last_name"),
                 qPrintable(registered.error().text().left(300)));
        QCOMPARE(count("applicants"), 0);

        // Nor by an edit of a registered applicant.
        registered = registerPerson(person("zoe@example.org"));
        QVERIFY_OK(registered);
        auto stored = ApplicantRepository(m_db->connectionName()).find(registered->applicantId);
        QVERIFY(stored && stored.value());
        Applicant edited = *stored.value();
        edited.email = QStringLiteral("zoe") + QChar(0x202e) + QStringLiteral("@example.org");
        const Status updated = service().updateApplicant(edited);
        QVERIFY(!updated);
        QVERIFY2(updated.error().text().contains("email"), qPrintable(updated.error().text()));
        QCOMPARE(m_db->scalar("SELECT email FROM applicants").toString(),
                 QStringLiteral("zoe@example.org"));
    }

    void registersApplicantApplicationAndFirstEvent()
    {
        Applicant a = person("  Zoe.Muller@Example.ORG ", "+49 30 1234567");
        a.timeZone = "Europe/Berlin";
        auto registered = registerPerson(a, "SWE", "SWE-2027-03");
        QVERIFY_OK(registered);
        auto stored = ApplicantRepository(m_db->connectionName()).find(registered->applicantId);
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->email, QString("Zoe.Muller@Example.ORG"));
        QCOMPARE(stored.value()->firstName, QString("Zoë"));
        QCOMPARE(m_db->scalar("SELECT email_norm FROM applicants").toString(),
                 QString("zoe.muller@example.org"));
        QCOMPARE(m_db->scalar("SELECT phone_norm FROM applicants").toString(),
                 QString("+49301234567"));
        auto application =
            ApplicationRepository(m_db->connectionName()).find(registered->applicationId);
        QVERIFY(application && application.value());
        QCOMPARE(application.value()->status, ApplicationStatus::Applied);
        QCOMPARE(application.value()->appliedAt, m_clock.now());
        QCOMPARE(application.value()->ownerId, m_officer.userId);
        auto history =
            StatusEventRepository(m_db->connectionName()).history(registered->applicationId);
        QVERIFY(history);
        QCOMPARE(history.value().size(), 1);
        QCOMPARE(history.value().first().byUserId, m_officer.userId);
    }

    void refusesDuplicateEmailCaseAndSpaceInsensitively()
    {
        QVERIFY(registerPerson(person("zoe@example.org")));
        auto again = registerPerson(person("  ZOE@Example.org"));
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains("duplicate") &&
                     again.error().message.contains("email"),
                 qPrintable(again.error().message));
        QCOMPARE(count("applicants"), 1);
        QCOMPARE(count("applications"), 1);
    }

    void samePhoneIsADuplicateUnlessAllowed()
    {
        QVERIFY(registerPerson(person("a@example.org", "+44 20 7946 0000")));
        auto family = registerPerson(person("b@example.org", "+44 (20) 7946-0000"));
        QVERIFY(!family);
        QVERIFY2(family.error().message.contains("phone"), qPrintable(family.error().message));
        ApplicantService::NewApplication input;
        input.applicant = person("b@example.org", "+44 (20) 7946-0000");
        input.trackCode = "SWE";
        input.allowSamePhone = true;
        QVERIFY(service().registerApplication(input));
        QCOMPARE(count("applicants"), 2);
    }

    void duplicatesOfFindsBothKeys()
    {
        auto first = registerPerson(person("a@example.org", "555 123 4567"));
        QVERIFY(first);
        auto byEmail = service().duplicatesOf(person("A@EXAMPLE.ORG"));
        QVERIFY(byEmail);
        QCOMPARE(byEmail.value().size(), 1);
        auto byPhone = service().duplicatesOf(person("other@example.org", "(555) 123-4567"));
        QVERIFY(byPhone);
        QCOMPARE(byPhone.value().size(), 1);
        auto none = service().duplicatesOf(person("other@example.org"));
        QVERIFY(none);
        QVERIFY(none.value().isEmpty());
        // An applicant is no duplicate of itself.
        Applicant self = person("a@example.org", "555 123 4567");
        self.id = first->applicantId;
        QVERIFY(service().duplicatesOf(self).value().isEmpty());
    }

    void trackAndCohortAreChecked_data()
    {
        QTest::addColumn<QString>("track");
        QTest::addColumn<QString>("cohort");
        QTest::addColumn<QString>("message");
        QTest::newRow("no track") << ""
                                  << ""
                                  << "track";
        QTest::newRow("unknown track") << "XYZ"
                                       << ""
                                       << "no career track \"XYZ\"";
        QTest::newRow("unknown cohort") << "SWE"
                                        << "SWE-1999"
                                        << "no cohort";
        QTest::newRow("cohort of another track") << "SWE"
                                                 << "CYB-2027-03"
                                                 << "another track";
    }

    void trackAndCohortAreChecked()
    {
        QFETCH(QString, track);
        QFETCH(QString, cohort);
        QFETCH(QString, message);
        auto registered = registerPerson(person("zoe@example.org"), track, cohort);
        QVERIFY(!registered);
        QVERIFY2(registered.error().message.contains(message),
                 qPrintable(registered.error().message));
        QCOMPARE(count("applicants"), 0); // all or nothing
    }

    void appliedAtInTheFutureIsRefused()
    {
        ApplicantService::NewApplication input;
        input.applicant = person("zoe@example.org");
        input.trackCode = "SWE";
        input.appliedAt = m_clock.now().addDays(1);
        auto registered = service().registerApplication(input);
        QVERIFY(!registered);
        QVERIFY(registered.error().message.contains("applied_at"));
    }

    void aPersonMayApplyAgain()
    {
        auto first = registerPerson(person("zoe@example.org"));
        QVERIFY(first);
        auto second = service().addApplication(first->applicantId, "CYB", "CYB-2027-03");
        QVERIFY_OK(second);
        QVERIFY(second.value() != first->applicationId);
        auto all = ApplicationRepository(m_db->connectionName()).forApplicant(first->applicantId);
        QVERIFY(all);
        QCOMPARE(all.value().size(), 2);
    }

    void activities()
    {
        auto r = registerPerson(person("zoe@example.org"));
        QVERIFY(r);
        Activity call;
        call.applicantId = r->applicantId;
        call.kind = Activity::Kind::Call;
        call.summary = "  ";
        QVERIFY(!service().addActivity(call)); // nothing said
        call.summary = "Asked about the payment plan";
        call.rubricScore = 80;
        QVERIFY(!service().addActivity(call)); // a call has no score
        call.rubricScore.reset();
        QVERIFY(service().addActivity(call));
        m_clock.advanceSecs(3600);
        Activity interview;
        interview.applicantId = r->applicantId;
        interview.applicationId = r->applicationId;
        interview.kind = Activity::Kind::Interview;
        interview.summary = "Strong on fundamentals";
        interview.rubricScore = 101;
        QVERIFY(!service().addActivity(interview));
        interview.rubricScore = 87;
        QVERIFY(service().addActivity(interview));

        auto listed = ActivityRepository(m_db->connectionName()).forApplicant(r->applicantId);
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), 2);
        QCOMPARE(listed.value()[0].kind, Activity::Kind::Interview); // newest first
        QCOMPARE(listed.value()[0].rubricScore, std::optional<int>(87));
        QCOMPARE(listed.value()[0].byUsername, QString("officer"));
        QCOMPARE(listed.value()[0].at, m_clock.now());
        QCOMPARE(listed.value()[1].summary, QString("Asked about the payment plan"));
    }

    void updateKeepsEmailsUnique()
    {
        auto a = registerPerson(person("a@example.org"));
        auto b = registerPerson(person("b@example.org"));
        QVERIFY(a && b);
        Applicant edited = person(" A@example.org");
        edited.id = b->applicantId;
        // As read: a save checks that nobody saved in between.
        edited.updatedAt =
            ApplicantRepository(m_db->connectionName()).find(b->applicantId).value()->updatedAt;
        const Status clash = service().updateApplicant(edited);
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message.contains("already has the email"));
        edited.email = "b.new@example.org";
        edited.notes = "Prefers evening calls";
        QVERIFY2(service().updateApplicant(edited).ok(), "update refused");
        auto stored = ApplicantRepository(m_db->connectionName()).find(b->applicantId);
        QCOMPARE(stored.value()->email, QString("b.new@example.org"));
        QCOMPARE(stored.value()->notes, QString("Prefers evening calls"));
    }

    // Two windows read the same applicant; the second save would undo the first: refused.
    void aSaveNeverUndoesAnotherSave()
    {
        auto registered = registerPerson(person("c@example.org"));
        QVERIFY(registered);
        const auto read = service().applicant(registered->applicantId);
        QVERIFY(read && read.value());
        Applicant first = *read.value();
        Applicant second = *read.value();
        first.phone = "+44 20 7946 0001";
        QVERIFY_OK(service().updateApplicant(first));
        m_clock.advanceSecs(1);
        second.notes = "Prefers mornings";
        const Status refused = service().updateApplicant(second);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("was changed elsewhere since it was read"),
                 qPrintable(refused.error().message));
        const auto stored = service().applicant(registered->applicantId);
        QCOMPARE(stored.value()->phone, QString("+44 20 7946 0001"));
        QCOMPARE(stored.value()->notes, QString());
    }
};

QTEST_GUILESS_MAIN(TestApplicantService)
#include "tst_applicantservice.moc"
