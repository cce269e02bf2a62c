#include "audit/auditlog.h"
#include "audit/auditverifier.h"
#include "backup/backupfile.h"
#include "backup/databaserestore.h"
#include "browse/applicationsearchindex.h"
#include "db/databasecheck.h"
#include "browse/applicationtablemodel.h"
#include "services/applicantservice.h"
#include "services/privacyservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {
// The person to erase: every value unlike anything else in the file, so that finding a byte
// sequence of it anywhere means it was left behind.
const QString First = QStringLiteral("Zephyrine");
const QString Last = QStringLiteral("Quillfeather");
const QString Email = QStringLiteral("zephyrine.quill@erase-me.example");
const QString EmailBefore = QStringLiteral("zq.oldaddress@erase-me.example"); // replaced by an edit
const QString Phone = QStringLiteral("+49 30 98765432");
const QString PhoneKey = QStringLiteral("+493098765432");
const QString Linkedin = QStringLiteral("https://linkedin.example/in/zephyrine-quillfeather");
const QString Notes = QStringLiteral("Prefers the Marchwood campus, ask about Larkspur visa");
const QString Referrer = QStringLiteral("Ottoline Brackenbury");
const QString Activity1 = QStringLiteral("Called about the Thistlewood scholarship");
const QString TimeZone = QStringLiteral("Pacific/Chatham");

const QDateTime Now(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
} // namespace

// A privacy erase: the person's values leave the tables, the search index, the audit trail's
// values and the file itself (and its -wal); their applications stay true; only administrators
// may; a restore of an older backup erases them again; the retention policy finds who is due.
class TestPrivacyErase : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{Now};
    qint64 m_track = 0;

    qint64 registerPerson(const QString &first, const QString &last, const QString &email,
                          const QString &phone, bool consent = false)
    {
        ApplicantService::NewApplication input;
        input.applicant.firstName = first;
        input.applicant.lastName = last;
        input.applicant.email = email;
        input.applicant.phone = phone;
        input.applicant.source = QStringLiteral("Meetup");
        input.applicant.consent = consent;
        input.trackCode = QStringLiteral("SWE");
        input.cohortName = QStringLiteral("SWE March");
        const auto registered = ApplicantService(m_db->connectionName(), m_db->actor(), m_clock)
                                    .registerApplication(input);
        if (!registered)
            QTest::qFail(qPrintable(registered.error().text()), __FILE__, __LINE__);
        return registered ? registered->applicationId : 0;
    }

    qint64 applicantOf(qint64 applicationId)
    {
        return m_db->scalar("SELECT applicant_id FROM applications WHERE id = ?", {applicationId})
            .toLongLong();
    }

    // The person to erase, with an edit (the old email goes into the audit trail), an activity
    // and a few status moves. Returns their application.
    qint64 registerZephyrine()
    {
        const qint64 application = registerPerson(First, Last, EmailBefore, Phone);
        const qint64 applicant = applicantOf(application);
        ApplicantService people(m_db->connectionName(), m_db->actor(), m_clock);
        auto stored = people.applicant(applicant);
        if (!stored || !stored.value())
            return 0;
        Applicant edited = *stored.value();
        edited.email = Email;
        edited.linkedinUrl = Linkedin;
        edited.notes = Notes;
        edited.referrer = Referrer;
        edited.timeZone = TimeZone;
        edited.campaign = QStringLiteral("spring-fair");
        if (Status updated = people.updateApplicant(edited); !updated)
            QTest::qFail(qPrintable(updated.error().text()), __FILE__, __LINE__);
        Activity call;
        call.applicantId = applicant;
        call.applicationId = application;
        call.kind = Activity::Kind::Call;
        call.summary = Activity1;
        if (auto added = people.addActivity(call); !added)
            QTest::qFail(qPrintable(added.error().text()), __FILE__, __LINE__);
        StatusService statuses(m_db->connectionName(), m_db->actor(), m_clock);
        for (ApplicationStatus to : {ApplicationStatus::Screening, ApplicationStatus::NotQualified})
            if (const auto moved = statuses.changeStatus(application, to,
                                                         QStringLiteral("No portfolio yet"));
                !moved)
                QTest::qFail(qPrintable(moved.error().text()), __FILE__, __LINE__);
        return application;
    }

    static QStringList erasedValues()
    {
        return {First, Last, Email, EmailBefore, Phone, PhoneKey, Linkedin, Notes, Referrer,
                Activity1, TimeZone};
    }

    // The values whose bytes are somewhere in the file or its -wal.
    static QStringList valuesIn(const QString &databasePath, const QStringList &values)
    {
        QByteArray bytes;
        for (const QString &path : {databasePath, databasePath + QStringLiteral("-wal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QStringList found;
        for (const QString &value : values) {
            if (bytes.contains(value.toUtf8()))
                found << value;
        }
        return found;
    }

    // How many applications the window's list shows for a search term.
    int windowSearch(const QString &term)
    {
        ApplicationTableModel model(m_db->connectionName());
        ApplicationFilter filter;
        filter.search = term;
        if (Status set = model.setFilter(filter); !set) {
            QTest::qFail(qPrintable(set.error().text()), __FILE__, __LINE__);
            return -1;
        }
        return model.rowCount();
    }

    Actor administrator() { return m_db->actor(StaffRole::Administrator); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_track = m_db->addTrack(QStringLiteral("SWE"));
        m_db->addCohort(m_track, QStringLiteral("SWE March"), 5);
    }

    void cleanup() { m_db.reset(); }

    void erasedValuesLeaveTheFile()
    {
        const qint64 application = registerZephyrine();
        QVERIFY(application > 0);
        const qint64 kept = registerPerson(QStringLiteral("Grace"), QStringLiteral("Hopper"),
                                           QStringLiteral("grace.hopper@keep-me.example"),
                                           QStringLiteral("+1 555 0100"));
        const qint64 applicant = applicantOf(application);
        // Not vacuous: before the erase, the values are there to be found.
        QCOMPARE(valuesIn(m_db->path(), {First, Email}).size(), 2);
        QCOMPARE(windowSearch(Last), 1);
        // The list's sort keys copy them onto the application (schema v21, v24).
        const QString copies = "SELECT applicant_last_name || '|' || applicant_first_name || '|' "
                               "|| applicant_email || '|' || applicant_phone FROM applications "
                               "WHERE id = ?";
        QCOMPARE(m_db->scalar(copies, {application}).toString(),
                 QStringList({Last, First, Email, PhoneKey}).join('|'));
        const QVariant statusBefore = m_db->scalar(
            "SELECT status || applied_at || status_changed_at || track_id || cohort_id "
            "FROM applications WHERE id = ?",
            {application});

        const auto erased =
            PrivacyService(m_db->connectionName(), administrator(), m_clock).erase(applicant);
        QVERIFY_OK(erased);
        QCOMPARE(erased->people, 1);
        QCOMPARE(erased->removed.activityTexts, 1);
        QVERIFY(erased->removed.auditValues >= 8); // created, every edited field, the activity
        QVERIFY(erased->logCleared);

        QCOMPARE(valuesIn(m_db->path(), erasedValues()), QStringList());
        QCOMPARE(QFileInfo(m_db->path() + QStringLiteral("-wal")).size(), 0);
        // The copies are the erased applicant's placeholders now.
        QCOMPARE(m_db->scalar(copies, {application}).toString(),
                 m_db->scalar("SELECT last_name || '|' || first_name || '|' || email_norm || '|' "
                              "|| phone_norm FROM applicants WHERE id = ?",
                              {applicant})
                     .toString());
        QCOMPARE(m_db->staleSortKeys(), 0);
        // The source and campaign are statistics, kept by the erase, and so are their copies
        // (schema v27), which the reports count by.
        QCOMPARE(m_db->scalar("SELECT applicant_source || '|' || applicant_campaign "
                              "FROM applications WHERE id = ?",
                              {application})
                     .toString(),
                 QString("Meetup|spring-fair"));
        for (const QString &value : erasedValues()) {
            if (ApplicationSearchIndex::isSearchable(value))
                QVERIFY2(windowSearch(value) == 0, qPrintable(value));
        }
        QCOMPARE(windowSearch(QStringLiteral("Zephyr")), 0);
        QCOMPARE(windowSearch(QStringLiteral("Ze")), 0);
        // Everyone else is as they were.
        QCOMPARE(valuesIn(m_db->path(), {QStringLiteral("grace.hopper@keep-me.example")}).size(), 1);
        QCOMPARE(windowSearch(QStringLiteral("Hopper")), 1);
        QCOMPARE(m_db->scalar("SELECT email FROM applicants WHERE id = ?", {applicantOf(kept)})
                     .toString(),
                 QStringLiteral("grace.hopper@keep-me.example"));

        // The statistics stay true.
        QCOMPARE(m_db->scalar("SELECT status || applied_at || status_changed_at || track_id || "
                              "cohort_id FROM applications WHERE id = ?",
                              {application}),
                 statusBefore);
        QCOMPARE(m_db->scalar("SELECT source FROM applicants WHERE id = ?", {applicant}).toString(),
                 QStringLiteral("Meetup"));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM status_events WHERE application_id = ?",
                              {application})
                     .toInt(),
                 3);

        // The chain still verifies, and says which values were erased.
        const auto report = AuditVerifier(m_db->connectionName()).verify({});
        QVERIFY_OK(report);
        QVERIFY2(report->holds(), qPrintable(report->problems.value(0).detail));
        const auto history = AuditLog(m_db->connectionName()).aboutApplicant(applicant);
        QVERIFY_OK(history);
        int erasedValuesShown = 0;
        bool eraseRecorded = false;
        for (const AuditRecord &record : history.value()) {
            erasedValuesShown += record.newValue.erased + record.oldValue.erased;
            eraseRecorded = eraseRecorded || (record.action == QLatin1String("erase") &&
                                              record.actorName == administrator().username);
        }
        QCOMPARE(erasedValuesShown, erased->removed.auditValues);
        QVERIFY(eraseRecorded);

        // check finds nothing wrong, until a value of theirs comes back past the desk.
        auto problems = DatabaseCheck(m_db->connectionName(), m_clock).run();
        QVERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).detail));
        m_db->scalar("UPDATE applicants SET notes = ? WHERE id = ?", {Notes, applicant});
        problems = DatabaseCheck(m_db->connectionName(), m_clock).run();
        QVERIFY_OK(problems);
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->first().check, QStringLiteral("erasures"));
        QVERIFY2(problems->first().detail.startsWith(
                     QStringLiteral("Applicant %1 was erased on request").arg(applicant)),
                 qPrintable(problems->first().detail));
    }

    void onlyAdministratorsEraseAndOnlyOnce()
    {
        const qint64 applicant = applicantOf(registerZephyrine());
        for (StaffRole role : {StaffRole::Officer, StaffRole::ReadOnly}) {
            const auto refused =
                PrivacyService(m_db->connectionName(), m_db->actor(role), m_clock).erase(applicant);
            QVERIFY(!refused);
            QVERIFY2(refused.error().text().contains(QStringLiteral("may not")),
                     qPrintable(refused.error().text()));
        }
        QCOMPARE(m_db->scalar("SELECT count(*) FROM erasures").toInt(), 0);
        QCOMPARE(valuesIn(m_db->path(), {Email}).size(), 1);

        PrivacyService privacy(m_db->connectionName(), administrator(), m_clock);
        QVERIFY_OK(privacy.erase(applicant));
        const auto again = privacy.erase(applicant);
        QVERIFY(!again);
        QVERIFY2(again.error().text().contains(QStringLiteral("was erased on 2026-11-24")),
                 qPrintable(again.error().text()));
        // Nothing more is kept about them: no edit, no activity, no new application.
        ApplicantService people(m_db->connectionName(), m_db->actor(), m_clock);
        auto erasedPerson = people.applicant(applicant);
        QVERIFY_OK(erasedPerson);
        QVERIFY(erasedPerson.value()->isErased());
        Applicant edit = *erasedPerson.value();
        edit.email = Email;
        const Status edited = people.updateApplicant(edit);
        QVERIFY(!edited);
        QVERIFY2(edited.error().text().contains(QStringLiteral("was erased on 2026-11-24")),
                 qPrintable(edited.error().text()));
        Activity note;
        note.applicantId = applicant;
        note.kind = Activity::Kind::Note;
        note.summary = Activity1;
        QVERIFY(!people.addActivity(note));
        QVERIFY(!people.addApplication(applicant, QStringLiteral("SWE"), {}, Now));
        QCOMPARE(valuesIn(m_db->path(), {Email, Activity1}), QStringList());

        const auto nobody = privacy.erase(applicant + 100);
        QVERIFY(!nobody);
        QVERIFY(nobody.error().text().contains(QStringLiteral("There is no applicant")));
    }

    // Erased values stay erased: the audit trail's triggers keep refusing changes to the
    // values of anyone not erased.
    void onlyAnErasedPersonsValuesMayBeDeleted()
    {
        const qint64 applicant = applicantOf(registerZephyrine());
        QSqlQuery query(QSqlDatabase::database(m_db->connectionName()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_values WHERE applicant_id = %1")
                                .arg(applicant)));
        QVERIFY_OK(PrivacyService(m_db->connectionName(), administrator(), m_clock).erase(applicant));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM erasures")));
    }

    void aRestoreErasesThemAgain()
    {
        const qint64 applicant = applicantOf(registerZephyrine());
        const QString backup = QDir(m_db->dir()).filePath(QStringLiteral("before-erase.sqlite"));
        QVERIFY_OK(BackupFile::write(m_db->connectionName(), backup));
        QVERIFY_OK(PrivacyService(m_db->connectionName(), administrator(), m_clock).erase(applicant));
        // Someone registered after the backup and erased too: the backup never had them, so the
        // restored file holds their id, erased, for nobody else to get.
        const qint64 later = applicantOf(registerPerson(QStringLiteral("Leopoldine"),
                                                        QStringLiteral("Wexcombe"),
                                                        QStringLiteral("leo.wex@erase-me.example"),
                                                        QStringLiteral("+1 555 0199")));
        QVERIFY_OK(PrivacyService(m_db->connectionName(), administrator(), m_clock).erase(later));
        QCOMPARE(valuesIn(backup, {Email}).size(), 1); // the backup still has them

        const QString path = m_db->path();
        const Actor admin = administrator();
        m_db->database().close();
        const auto restored = DatabaseRestore::run(path, backup, Now, admin);
        QVERIFY_OK(restored);
        QCOMPARE(valuesIn(path, erasedValues()), QStringList());

        Database reopened(QStringLiteral("reopened"));
        QVERIFY_OK(reopened.open(path));
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("reopened")));
        QVERIFY(query.exec(QStringLiteral("SELECT applicant_id FROM erasures ORDER BY 1")));
        QList<qint64> erasedIds;
        while (query.next())
            erasedIds << query.value(0).toLongLong();
        QCOMPARE(erasedIds, (QList<qint64>{applicant, later}));
        QVERIFY(query.exec(QStringLiteral("SELECT first_name, email_norm FROM applicants WHERE id = %1")
                               .arg(later)) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Erased"));
        query.finish();
        const auto report = AuditVerifier(QStringLiteral("reopened")).verify({});
        QVERIFY_OK(report);
        QVERIFY2(report->holds(), qPrintable(report->problems.value(0).detail));
    }

    void retentionFindsWhoIsDue()
    {
        PrivacyService privacy(m_db->connectionName(), administrator(), m_clock);
        QCOMPARE(privacy.retentionDays().value(), 730);
        // Closed long ago without consent: due. With consent, still open, or closed lately: not.
        const auto person = [this](const QString &name, const QString &status,
                                   const QString &changedAt, bool consent) {
            ApplicantRow row;
            row.firstName = name;
            row.email = name.toLower() + QStringLiteral("@example.org");
            const qint64 id = m_db->addApplicant(row);
            m_db->scalar(QStringLiteral("UPDATE applicants SET consent = ? WHERE id = ?"),
                         {consent ? 1 : 0, id});
            ApplicationRow application(id, m_track, status);
            application.appliedAt = QStringLiteral("2023-01-05T10:00:00.000Z");
            application.statusChangedAt = changedAt;
            m_db->addApplication(application);
            return id;
        };
        const qint64 due = person("Due", "withdrawn", "2024-06-01T10:00:00.000Z", false);
        person("Consented", "withdrawn", "2024-06-01T10:00:00.000Z", true);
        person("Lately", "declined", "2026-06-01T10:00:00.000Z", false);
        person("Open", "waitlisted", "2024-06-01T10:00:00.000Z", false);
        const qint64 both = person("Both", "dropped", "2024-03-01T10:00:00.000Z", false);
        ApplicationRow stillOpen(both, m_track, QStringLiteral("applied"));
        m_db->addApplication(stillOpen); // a second application, still open: not due
        QVERIFY_OK(ApplicationSearchIndex(m_db->connectionName()).rebuild());

        auto found = privacy.dueForErasure();
        QVERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().applicantId, due);
        QCOMPARE(found->first().lastClosedAt, QDateTime(QDate(2024, 6, 1), QTime(10, 0), Qt::UTC));

        // A shorter policy catches the one closed lately too; officers may not change it.
        QVERIFY(!PrivacyService(m_db->connectionName(), m_db->actor(), m_clock).setRetentionDays(30));
        QVERIFY(!privacy.setRetentionDays(0));
        QVERIFY_OK(privacy.setRetentionDays(90));
        QCOMPARE(privacy.dueForErasure()->size(), 2);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE entity = 'retention_policy' "
                              "AND old_value = '730' AND new_value = '90'")
                     .toInt(),
                 1);

        QList<QPair<int, int>> progress;
        const auto erased = privacy.eraseDue([&progress](int done, int total) {
            progress << qMakePair(done, total);
            return true;
        });
        QVERIFY_OK(erased);
        QCOMPARE(erased->people, 2);
        QCOMPARE(progress, (QList<QPair<int, int>>{{2, 2}}));
        QCOMPARE(privacy.dueForErasure()->size(), 0);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action = 'erase' AND note "
                              "LIKE 'retention policy:%'")
                     .toInt(),
                 2);
        QCOMPARE(valuesIn(m_db->path(), {QStringLiteral("due@example.org"),
                                         QStringLiteral("lately@example.org")}),
                 QStringList());
        QCOMPARE(valuesIn(m_db->path(), {QStringLiteral("consented@example.org")}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyErase)
#include "tst_privacyerase.moc"
