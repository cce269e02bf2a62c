#include "audit/auditanchor.h"
#include "audit/auditchain.h"
#include "audit/auditencoding.h"
#include "audit/auditlog.h"
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "backup/backupfolder.h"
#include "db/databasecheck.h"
#include "domain/clock.h"
#include "services/applicantservice.h"
#include "services/backupservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
const QDateTime Now(QDate(2027, 1, 15), QTime(10, 0), Qt::UTC);

QByteArray length(const char *hex)
{
    return QByteArray::fromHex(hex);
}

// Every problem the verifier found, one line each, for a failing check's message.
QString describe(const AuditVerifier::Report &report)
{
    QStringList lines;
    for (const AuditVerifier::Problem &problem : report.problems)
        lines << QStringLiteral("record %1: %2").arg(problem.recordId).arg(problem.detail);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

// The audit trail as written by core's services, and every way of changing it past the desk
// that it must name: a status event changed behind its guard, a record changed, the last
// records deleted, the whole chain rewritten consistently, a status event written with raw SQL.
// Personal values may go only once their person is erased.
class TestAuditTrail : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{Now};
    Actor m_officer;
    qint64 m_applicant = 0;
    qint64 m_application = 0;

    QString connection() const { return m_db->connectionName(); }

    // Plain SQL on the test's connection; an error text, or nothing.
    QString exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        if (!q.prepare(sql))
            return q.lastError().text() + QStringLiteral(" in ") + sql;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return q.exec() ? QString() : q.lastError().text() + QStringLiteral(" in ") + sql;
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        return m_db->scalar(sql, values).toLongLong();
    }

    AuditVerifier::Report verify(const QList<AuditVerifier::Anchor> &anchors)
    {
        const auto report = AuditVerifier(connection()).verify(anchors);
        if (!report) {
            QTest::qFail(qPrintable(report.error().text()), __FILE__, __LINE__);
            return {};
        }
        return report.value();
    }

    AuditVerifier::Report verifyWithKnownHeads()
    {
        return verify(AuditAnchor::known(connection()));
    }

    // The problems `check` finds whose check is `name`.
    QStringList checkProblems(const QString &name)
    {
        QStringList found;
        const auto problems = DatabaseCheck(connection(), m_clock).run();
        if (!problems)
            return {QStringLiteral("the check failed: ") + problems.error().text()};
        for (const DatabaseCheck::Problem &problem : problems.value()) {
            if (problem.check == name)
                found << problem.detail;
        }
        return found;
    }

    // Closing remembers the chain's head in this computer's settings (AuditAnchor::remember).
    void closeAndReopen()
    {
        const QString path = m_db->path();
        m_db->database().close();
        QVERIFY_OK(m_db->database().open(path));
    }

    // A status change of the application, through StatusService.
    qint64 moveTo(ApplicationStatus status)
    {
        const auto events =
            StatusService(connection(), m_officer, m_clock).changeStatus(m_application, status);
        if (!events) {
            QTest::qFail(qPrintable(events.error().text()), __FILE__, __LINE__);
            return 0;
        }
        return events.value().first().id;
    }

    // Recomputes every record's hash from `from` on with AuditEncoding, as someone who knows
    // the encoding could after changing a record: a chain that holds in itself.
    QString rehashFrom(qint64 from)
    {
        return m_db->withoutGuards({QStringLiteral("audit_events_no_update")}, [&]() -> QString {
            QSqlQuery q(QSqlDatabase::database(connection(), false));
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT %1 FROM audit_events ORDER BY id")
                            .arg(AuditChain::recordColumns())))
                return q.lastError().text();
            QByteArray previous = AuditEncoding::firstPreviousHash();
            QList<std::pair<qint64, QByteArray>> hashes;
            while (q.next()) {
                QByteArray hash = q.value(AuditChain::EncodedColumns).toByteArray();
                if (q.value(0).toLongLong() >= from) {
                    QList<AuditEncoding::Field> fields;
                    for (int i = 0; i < AuditChain::EncodedColumns; ++i) {
                        fields << (q.value(i).isNull()
                                       ? AuditEncoding::Field()
                                       : AuditEncoding::Field(q.value(i).toByteArray()));
                    }
                    hash = AuditEncoding::chainHash(
                        previous, AuditEncoding::encode(AuditEncoding::RecordLabel, fields));
                    hashes.append({q.value(0).toLongLong(), hash});
                }
                previous = hash;
            }
            q.finish();
            for (const auto &[id, hash] : hashes) {
                if (const QString failed =
                        exec(QStringLiteral("UPDATE audit_events SET hash = ? WHERE id = ?"),
                             {hash, id});
                    !failed.isEmpty())
                    return failed;
            }
            return {};
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The heads remembered by this test, apart from every other program's.
        QCoreApplication::setOrganizationName(QStringLiteral("Admissions Desk tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_audittrail"));
    }

    // A track and cohort, an applicant registered and edited, and status changes: every write
    // through core's services.
    void init()
    {
        m_clock.set(Now);
        m_db = std::make_unique<TestDatabase>(QStringLiteral("audit"));
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 track = m_db->addTrack(QStringLiteral("SWE"));
        m_db->addCohort(track, QStringLiteral("SWE March"), 10);
        m_officer = m_db->actor(StaffRole::Officer);
        ApplicantService applicants(connection(), m_officer, m_clock);
        ApplicantService::NewApplication input;
        input.applicant.firstName = QStringLiteral("Zoë");
        input.applicant.lastName = QStringLiteral("Müller");
        input.applicant.email = QStringLiteral("zoe@example.org");
        input.trackCode = QStringLiteral("SWE");
        input.cohortName = QStringLiteral("SWE March");
        const auto registered = applicants.registerApplication(input);
        QVERIFY_OK(registered);
        m_applicant = registered->applicantId;
        m_application = registered->applicationId;
        m_clock.advanceSecs(60);
        auto edited = applicants.applicant(m_applicant);
        QVERIFY_OK(edited);
        Applicant applicant = *edited.value();
        applicant.phone = QStringLiteral("+49 30 1234567");
        applicant.notes = QStringLiteral("Prefers mornings");
        QVERIFY_OK(applicants.updateApplicant(applicant));
        m_clock.advanceSecs(60);
        QVERIFY(moveTo(ApplicationStatus::Screening));
        QVERIFY(moveTo(ApplicationStatus::InterviewScheduled));
    }

    void cleanup()
    {
        const QString path = m_db ? m_db->path() : QString();
        m_db.reset(); // closing remembers the head once more
        if (!path.isEmpty())
            AuditAnchor::forget(path);
    }

    // The canonical encoding, byte for byte as written down for other programs: the label, then
    // each field as a 4-byte big-endian length and its UTF-8 bytes, 0xFFFFFFFF for NULL.
    void encodingKnownAnswer()
    {
        const QByteArray byHand =
            length("0000000b") + "adk-audit-1" + length("00000001") + "1" + length("00000018") +
            "2027-01-15T10:00:00.000Z" + length("ffffffff") /* actor_id: the desk */ +
            length("00000004") + "desk" + length("00000006") + "update" + length("00000006") +
            "cohort" + length("00000002") + "42" + length("00000008") + "capacity" +
            length("00000002") + "30" + length("ffffffff") /* old_commit */ + length("00000002") +
            "32" + length("ffffffff") /* new_commit */ + length("ffffffff") +
            length("ffffffff") /* reason */ + length("00000005") + "caf\xc3\xa9" /* note café */ +
            length("ffffffff") + length("ffffffff") + length("ffffffff") /* no status events */;
        const QList<AuditEncoding::Field> fields{QByteArray("1"),
                                                 QByteArray("2027-01-15T10:00:00.000Z"),
                                                 std::nullopt,
                                                 QByteArray("desk"),
                                                 QByteArray("update"),
                                                 QByteArray("cohort"),
                                                 QByteArray("42"),
                                                 QByteArray("capacity"),
                                                 QByteArray("30"),
                                                 std::nullopt,
                                                 QByteArray("32"),
                                                 std::nullopt,
                                                 std::nullopt,
                                                 std::nullopt,
                                                 QString::fromUtf8("café").toUtf8(),
                                                 std::nullopt,
                                                 std::nullopt,
                                                 std::nullopt};
        QCOMPARE(AuditEncoding::encode(AuditEncoding::RecordLabel, fields).toHex(), byHand.toHex());

        // The same record written by the AuditTrail into an empty trail: its stored hash is
        // SHA-256 of 32 zero bytes and those bytes (computed apart, with Python's hashlib).
        TestDatabase empty(QStringLiteral("empty"));
        QVERIFY2(empty.isOpen(), qPrintable(empty.openError()));
        AuditEntry entry(QStringLiteral("update"), QStringLiteral("cohort"), 42);
        entry.field = QStringLiteral("capacity");
        entry.oldValue = AuditValue::plain(QStringLiteral("30"));
        entry.newValue = AuditValue::plain(QStringLiteral("32"));
        entry.note = QStringLiteral("café");
        const FixedClock clock(Now);
        QVERIFY_OK(AuditTrail::recordAlone(empty.connectionName(), Actor::desk(), entry, clock));
        QSqlQuery q(QSqlDatabase::database(empty.connectionName(), false));
        QVERIFY2(
            q.exec(QStringLiteral("SELECT %1 FROM audit_events").arg(AuditChain::recordColumns())),
            qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QList<AuditEncoding::Field> stored;
        for (int i = 0; i < AuditChain::EncodedColumns; ++i)
            stored << (q.value(i).isNull() ? AuditEncoding::Field()
                                           : AuditEncoding::Field(q.value(i).toByteArray()));
        QCOMPARE(AuditEncoding::encode(AuditEncoding::RecordLabel, stored).toHex(), byHand.toHex());
        QCOMPARE(q.value(AuditChain::EncodedColumns).toByteArray().toHex(),
                 QByteArray("a84f6a5396e59047fb1ae08bcca6a22a3dd935ef3d2e9759f148630588a2fab4"));
    }

    // A status event's encoding, and the digest its covering record keeps: SHA-256 of the
    // encodings of the events it covers.
    void statusEventKnownAnswer()
    {
        TestDatabase fresh(QStringLiteral("fresh"));
        QVERIFY2(fresh.isOpen(), qPrintable(fresh.openError()));
        const qint64 track = fresh.addTrack(QStringLiteral("SWE"));
        const qint64 applicant = fresh.addApplicant(
            QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.org"));
        QCOMPARE(fresh.addApplication(applicant, track),
                 qint64(1)); // event 1: applied, by the desk
        const QByteArray byHand = length("0000000c") + "adk-status-1" + length("00000001") +
                                  "1" /* id */ + length("00000001") + "1" /* application */ +
                                  length("ffffffff") /* from: none */ + length("00000007") +
                                  "applied" + length("00000018") + "2026-11-24T09:03:00.000Z" +
                                  length("ffffffff") /* by: the desk */ +
                                  length("00000000") /* reason */ + length("00000000") /* cause */;
        const auto digest = AuditChain::statusEventsDigest(fresh.connectionName(), 1, 1);
        QVERIFY_OK(digest);
        QCOMPARE(digest.value().toHex(), AuditEncoding::sha256(byHand).toHex());
        QCOMPARE(digest.value().toHex(),
                 QByteArray("07559259ffa180c140d9f8ab90d317de73c4ef924c19cd90b76c8465cc9037a2"));
        QCOMPARE(fresh
                     .scalar(QStringLiteral("SELECT hex(events_digest) FROM audit_events WHERE "
                                            "first_event = 1 AND last_event = 1"))
                     .toString()
                     .toLower(),
                 QString::fromLatin1(digest.value().toHex()));
    }

    void theChainHoldsAfterServiceWrites()
    {
        const AuditVerifier::Report report = verifyWithKnownHeads();
        QVERIFY2(report.holds(), qPrintable(describe(report)));
        QCOMPARE(report.records, count(QStringLiteral("SELECT count(*) FROM audit_events")));
        QCOMPARE(report.statusEvents, count(QStringLiteral("SELECT count(*) FROM status_events")));
        QCOMPARE(report.statusEvents, qint64(3)); // applied, screening, interview_scheduled
        QCOMPARE(report.head.id, report.records);
        // Personal values are kept beside the chain, not in it.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_values WHERE applicant_id = ?"),
                      {m_applicant}) >= 3); // created, phone, notes
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE "
                                      "new_value LIKE '%zoe@%' OR old_value LIKE '%zoe@%'")),
                 qint64(0));
        const QStringList problems = checkProblems(QStringLiteral("audit"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Still so after closing and opening again, against the head now remembered.
        closeAndReopen();
        QCOMPARE(AuditAnchor::known(connection()).size(), 1);
        const AuditVerifier::Report again = verifyWithKnownHeads();
        QVERIFY2(again.holds(), qPrintable(describe(again)));
    }

    // (a) The guard dropped, one status event changed, the guard made again: the file looks as
    // before to SQLite, and the verifier names the event and the record that covers it.
    void aStatusEventChangedBehindItsGuardIsNamed()
    {
        const qint64 event =
            count(QStringLiteral("SELECT id FROM status_events WHERE to_status = 'screening'"));
        const qint64 covering =
            count(QStringLiteral(
                      "SELECT id FROM audit_events WHERE first_event <= ? AND last_event >= ?"),
                  {event, event});
        QVERIFY(covering > 0);
        const QString rewritten = m_db->rewriteHistory(
            {QStringLiteral("UPDATE status_events SET reason = 'rewritten' WHERE id = ?")},
            {event});
        QVERIFY2(rewritten.isEmpty(), qPrintable(rewritten));
        QCOMPARE(checkProblems(QStringLiteral("append-only")), QStringList());

        const AuditVerifier::Report report = verifyWithKnownHeads();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().recordId, covering);
        QVERIFY2(
            report.problems.first().detail.contains(QStringLiteral("Status event %1 ").arg(event)),
            qPrintable(describe(report)));
        const QStringList problems = checkProblems(QStringLiteral("audit"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("Status event %1 ").arg(event)),
                 qPrintable(problems.first()));
    }

    // (b) One field of one record changed: that record alone is named, not every one after it.
    void aChangedRecordIsNamed()
    {
        const qint64 record = count(QStringLiteral("SELECT id FROM audit_events WHERE action = "
                                                   "'update' AND field = 'phone'"));
        QVERIFY(record > 0);
        QVERIFY(record < count(QStringLiteral("SELECT max(id) FROM audit_events")));
        const QString changed =
            m_db->withoutGuards({QStringLiteral("audit_events_no_update")}, [&] {
                return exec(QStringLiteral("UPDATE audit_events SET actor_name = 'someone else' "
                                           "WHERE id = ?"),
                            {record});
            });
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
        const AuditVerifier::Report report = verifyWithKnownHeads();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().recordId, record);
        QVERIFY2(report.problems.first().detail.contains(
                     QStringLiteral("Audit record %1 was changed").arg(record)),
                 qPrintable(describe(report)));
    }

    // A personal value changed beside the chain no longer matches its commitment.
    void aChangedPersonalValueIsNamed()
    {
        const qint64 record = count(QStringLiteral("SELECT id FROM audit_events WHERE action = "
                                                   "'update' AND field = 'phone'"));
        const QString changed =
            m_db->withoutGuards({QStringLiteral("audit_values_no_update")}, [&] {
                return exec(QStringLiteral("UPDATE audit_values SET value = '+1 555 0000' WHERE "
                                           "event_id = ? AND slot = 'new'"),
                            {record});
            });
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
        const AuditVerifier::Report report = verifyWithKnownHeads();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().recordId, record);
        QVERIFY2(report.problems.first().detail.contains(QLatin1String("new value")),
                 qPrintable(describe(report)));
    }

    // (c) The last records deleted: the chain that is left holds in itself, but this computer's
    // settings remember a longer one.
    void deletedLastRecordsAreCaughtByTheSettings()
    {
        // Two edits last, whose records cover no status event: their loss shows nowhere else.
        ApplicantService applicants(connection(), m_officer, m_clock);
        auto edited = applicants.applicant(m_applicant);
        QVERIFY_OK(edited);
        Applicant applicant = *edited.value();
        applicant.country = QStringLiteral("Germany");
        applicant.timeZone = QStringLiteral("Europe/Berlin");
        QVERIFY_OK(applicants.updateApplicant(applicant));
        const qint64 head = count(QStringLiteral("SELECT max(id) FROM audit_events"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE id > ? AND "
                                      "first_event IS NULL"),
                       {head - 2}),
                 qint64(2));
        closeAndReopen();
        // Their personal values go with them, as the foreign key asks.
        const QString deleted = m_db->withoutGuards(
            {QStringLiteral("audit_events_no_delete"), QStringLiteral("audit_values_no_delete")},
            [&] {
                const QString values =
                    exec(QStringLiteral("DELETE FROM audit_values WHERE event_id > ?"), {head - 2});
                return values.isEmpty()
                           ? exec(QStringLiteral("DELETE FROM audit_events WHERE id > ?"),
                                  {head - 2})
                           : values;
            });
        QVERIFY2(deleted.isEmpty(), qPrintable(deleted));
        // Without a head kept outside the file nothing shows: the anchor is what catches it.
        const AuditVerifier::Report alone = verify({});
        QVERIFY2(alone.holds(), qPrintable(describe(alone)));
        const AuditVerifier::Report report = verifyWithKnownHeads();
        QVERIFY2(!report.holds(), "the deleted records went unnoticed");
        bool named = false;
        for (const AuditVerifier::Problem &problem : report.problems)
            named = named || (problem.detail.contains(QStringLiteral("record %1").arg(head)) &&
                              problem.detail.contains(QLatin1String("settings")));
        QVERIFY2(named, qPrintable(describe(report)));
        // Reopening does not make the shorter chain the new truth.
        closeAndReopen();
        QVERIFY(!verifyWithKnownHeads().holds());
    }

    // (d) An old record changed and every hash after it recomputed: a chain that holds in
    // itself. The head remembered on this computer and the newest backup's head both catch it,
    // each on its own.
    void aConsistentRewriteIsCaughtByTheSettingsAndTheBackup()
    {
        closeAndReopen(); // this computer's settings remember the head
        BackupFolder folder(m_db->path());
        QVERIFY_OK(folder.create());
        const auto backup =
            BackupService::backUp(connection(), m_db->actor(StaffRole::Administrator),
                                  folder.pathFor(Now, QStringLiteral("manual")));
        QVERIFY_OK(backup);
        QVERIFY(backup->auditHeadId > 0);
        m_clock.advanceSecs(60);
        QVERIFY(moveTo(ApplicationStatus::Interviewed)); // the trail goes on after the backup

        const QString changed =
            m_db->withoutGuards({QStringLiteral("audit_events_no_update")}, [&] {
                return exec(QStringLiteral("UPDATE audit_events SET actor_name = 'someone else' "
                                           "WHERE id = 2"));
            });
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
        QVERIFY(!verify({}).holds()); // changed, not yet rehashed
        const QString rehashed = rehashFrom(2);
        QVERIFY2(rehashed.isEmpty(), qPrintable(rehashed));
        const AuditVerifier::Report alone = verify({});
        QVERIFY2(alone.holds(), qPrintable(describe(alone))); // the rewrite is consistent

        const QList<AuditVerifier::Anchor> anchors = AuditAnchor::known(connection());
        QCOMPARE(anchors.size(), 2);
        for (const AuditVerifier::Anchor &anchor : anchors) {
            const AuditVerifier::Report report = verify({anchor});
            QCOMPARE(report.problems.size(), 1);
            QCOMPARE(report.problems.first().recordId, anchor.id);
            QVERIFY2(report.problems.first().detail.contains(QLatin1String("rewritten")) &&
                         report.problems.first().detail.contains(anchor.source),
                     qPrintable(describe(report)));
        }
        QVERIFY(anchors.at(0).source.contains(QLatin1String("settings")));
        QVERIFY(anchors.at(1).source.contains(QLatin1String("backup")));
        QCOMPARE(checkProblems(QStringLiteral("audit")).size(), 2);

        // With the settings forgotten, the backup alone still catches it.
        AuditAnchor::forget(m_db->path());
        QCOMPARE(AuditAnchor::known(connection()).size(), 1);
        QVERIFY(!verifyWithKnownHeads().holds());
    }

    // (e) A personal value stays until its person is erased; then it may go, and the chain
    // still holds without it.
    void aPersonalValueGoesOnlyWithItsPerson()
    {
        const qint64 values =
            count(QStringLiteral("SELECT count(*) FROM audit_values WHERE applicant_id = ?"),
                  {m_applicant});
        QVERIFY(values > 0);
        const QString refused =
            exec(QStringLiteral("DELETE FROM audit_values WHERE applicant_id = ?"), {m_applicant});
        QVERIFY2(refused.contains(QLatin1String("append-only")), qPrintable(refused));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_values WHERE applicant_id = ?"),
                       {m_applicant}),
                 values);

        QVERIFY2(exec(QStringLiteral("INSERT INTO erasures (applicant_id, at, by_user_id) VALUES "
                                     "(?, ?, NULL)"),
                      {m_applicant, FixtureTime})
                     .isEmpty(),
                 "the erasure was not recorded");
        const QString erased =
            exec(QStringLiteral("DELETE FROM audit_values WHERE applicant_id = ?"), {m_applicant});
        QVERIFY2(erased.isEmpty(), qPrintable(erased));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_values WHERE applicant_id = ?"),
                       {m_applicant}),
                 qint64(0));
        const AuditVerifier::Report report = verifyWithKnownHeads();
        QVERIFY2(report.holds(), qPrintable(describe(report)));
        // The reader shows them as erased.
        const auto story = AuditLog(connection()).aboutApplicant(m_applicant);
        QVERIFY_OK(story);
        int erasedValues = 0;
        for (const AuditRecord &record : story.value())
            erasedValues += int(record.oldValue.erased) + int(record.newValue.erased);
        QVERIFY(erasedValues >= 3);
        // The erasure itself is append-only.
        QVERIFY(!exec(QStringLiteral("DELETE FROM erasures")).isEmpty());
    }

    // (f) A status event written with raw SQL, which no record covers, is reported, whether
    // the desk wrote more after it or not.
    void aStatusEventWrittenPastTheDeskIsReported()
    {
        const QString inserted =
            exec(QStringLiteral("INSERT INTO status_events (application_id, from_status, "
                                "to_status, at) VALUES (?, 'interview_scheduled', "
                                "'interviewed', ?)"),
                 {m_application, FixtureTime});
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
        const qint64 raw = count(QStringLiteral("SELECT max(id) FROM status_events"));
        AuditVerifier::Report report = verifyWithKnownHeads();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().recordId, qint64(0));
        QVERIFY2(report.problems.first().detail.contains(
                     QStringLiteral("Status events %1 are not in the audit trail").arg(raw)),
                 qPrintable(describe(report)));

        // The application is interviewed now; the desk moves it on and covers its own event.
        QVERIFY2(exec(QStringLiteral("UPDATE applications SET status = 'interviewed' WHERE id = ?"),
                      {m_application})
                     .isEmpty(),
                 "the application was not moved");
        QVERIFY(moveTo(ApplicationStatus::Qualified));
        report = verifyWithKnownHeads();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().detail.contains(
                     QStringLiteral("Status events %1 are not in the audit trail").arg(raw)),
                 qPrintable(describe(report)));
        const QStringList problems = checkProblems(QStringLiteral("audit"));
        QCOMPARE(problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
