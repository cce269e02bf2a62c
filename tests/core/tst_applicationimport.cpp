#include "audit/auditlog.h"
#include "browse/applicationsearchindex.h"
#include "csv/applicationexport.h"
#include "csv/applicationimport.h"
#include "db/databasecheck.h"
#include "demo/demodatagenerator.h"
#include "services/applicantservice.h"
#include "services/desksettingsservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

namespace {
const QDateTime Now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
const QByteArray WebFormHeader =
    "Timestamp,First Name,Last Name,Email Address,Phone Number,Career Track,Cohort,Notes\r\n";

// The columns an import reads, in export order: what a round trip can compare.
const QStringList ImportedColumns = {
    "first_name", "last_name", "email",     "phone",        "track",      "cohort",
    "applied_at", "country",   "time_zone", "linkedin_url", "github_url", "portfolio_url",
    "source",     "campaign",  "referrer",  "consent",      "notes"};
} // namespace

// Importing applications from CSV into a real file: mapping, every problem with its line and
// column, duplicates, all or nothing, and our own export read back to the same bytes.
class TestApplicationImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{Now};
    qint64 m_officer = 0;

    ApplicationImport::Options options() const
    {
        ApplicationImport::Options o;
        o.fileName = QStringLiteral("form.csv");
        o.localTimeZone = QTimeZone::utc();
        return o;
    }

    Result<ApplicationImport::Report> import(TestDatabase &db, const QByteArray &csv,
                                             const ApplicationImport::Options &o,
                                             const ApplicationImport::Progress &progress = {})
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        return ApplicationImport(db.connectionName(), Actor{m_officer, "officer"}, m_clock)
            .run(&buffer, o, {}, progress);
    }
    Result<ApplicationImport::Report> import(const QByteArray &csv)
    {
        return import(*m_db, csv, options());
    }

    qint64 count(const QString &table)
    {
        return m_db->scalar("SELECT count(*) FROM " + table).toLongLong();
    }

    static QByteArray exported(TestDatabase &db, CsvWriter::Options csv = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto written =
            ApplicationExport(
                db.connectionName(),
                db.actor(csv.guardFormulas ? StaffRole::Officer : StaffRole::Administrator))
                .write(ApplicationQuery(), ImportedColumns, &buffer, csv);
        return written ? buffer.data() : "failed: " + written.error().text().toUtf8();
    }

    // The audit trail after record `after`, a line a record: action, entity, its id, the field,
    // the status events covered.
    static QStringList auditTrail(TestDatabase &db, qint64 after = 0)
    {
        QStringList lines;
        const Status read = AuditLog(db.connectionName()).read({}, [&](const AuditRecord &r) {
            if (r.id <= after)
                return true;
            QString line = r.action + ' ' + r.entity;
            if (r.entityId > 0)
                line += ' ' + QString::number(r.entityId);
            if (!r.field.isEmpty())
                line += ' ' + r.field;
            if (r.firstEvent > 0)
                line += QStringLiteral(" %1-%2").arg(r.firstEvent).arg(r.lastEvent);
            lines << line;
            return true;
        });
        if (!read)
            lines << "cannot read the audit trail: " + read.error().text();
        return lines;
    }
    // The records after `after`, as AuditLog reads them.
    static QList<AuditRecord> auditRecords(TestDatabase &db, qint64 after)
    {
        QList<AuditRecord> records;
        const Status read = AuditLog(db.connectionName()).read({}, [&](const AuditRecord &r) {
            if (r.id > after)
                records << r;
            return true;
        });
        return read ? records : QList<AuditRecord>();
    }
    // What `check` finds, a line a problem; empty when the file is healthy.
    QString problems(TestDatabase &db) const
    {
        const auto found = DatabaseCheck(db.connectionName(), m_clock).run();
        if (!found)
            return "check failed: " + found.error().text();
        QStringList lines;
        for (const DatabaseCheck::Problem &p : found.value())
            lines << p.check + ": " + p.detail;
        return lines.join('\n');
    }
    static QString sha256(const QByteArray &bytes)
    {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }

    static QString describe(const QList<ImportIssue> &issues)
    {
        QStringList lines;
        for (const ImportIssue &i : issues)
            lines << QStringLiteral("%1: %2: %3").arg(i.line).arg(i.column, i.reason);
        return lines.join('\n');
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 swe = m_db->addTrack("SWE", "Software Engineering");
        const qint64 data = m_db->addTrack("DATA", "Data Analytics");
        m_db->addTrack("OLD", "Retired Track");
        m_db->scalar("UPDATE tracks SET active = 0 WHERE code = 'OLD'");
        m_db->addCohort(swe, "SWE-2027-03", 20);
        m_db->addCohort(data, "DATA-2027-03", 20);
        m_officer = m_db->addStaff("officer");
    }

    void cleanup() { m_db.reset(); }

    void importsAWebFormExport()
    {
        const auto report = import(
            WebFormHeader + "11/20/2026 9:30:05,Zoë,Ó Briain,Zoe@Example.org,+49 30 1234567,"
                            "Software Engineering,SWE-2027-03,\"Said \"\"hi\"\"\nthen left\"\r\n"
                            "2026-11-21T08:00:00Z,Kim,Nguyễn,kim@example.org,,data,,\r\n");
        QVERIFY_OK(report);
        QVERIFY2(report->issues.isEmpty(), qPrintable(describe(report->issues)));
        QVERIFY(report->written);
        QCOMPARE(report->rows, 2);
        QCOMPARE(report->applicantsAdded, 2);
        QCOMPARE(report->applicationsAdded, 2);

        QCOMPARE(m_db->scalar("SELECT first_name || '|' || last_name || '|' || email || '|' || "
                              "email_norm || '|' || phone_norm || '|' || notes FROM applicants "
                              "WHERE id = 1")
                     .toString(),
                 QString("Zoë|Ó Briain|Zoe@Example.org|zoe@example.org|+49301234567|Said \"hi\"\n"
                         "then left"));
        QCOMPARE(m_db->scalar("SELECT t.code || '|' || c.name || '|' || a.status || '|' || "
                              "a.applied_at || '|' || coalesce(a.owner_id, 'none') FROM "
                              "applications a JOIN tracks t ON t.id = a.track_id JOIN cohorts c "
                              "ON c.id = a.cohort_id WHERE a.id = 1")
                     .toString(),
                 QString("SWE|SWE-2027-03|applied|2026-11-20T09:30:05.000Z|none"));
        QCOMPARE(m_db->scalar("SELECT cohort_id IS NULL FROM applications WHERE id = 2").toInt(),
                 1);
        // The history begins, by the officer, with where the rows came from.
        QCOMPARE(m_db->scalar("SELECT count(*) FROM status_events WHERE from_status IS NULL AND "
                              "to_status = 'applied' AND by_user_id = ? AND cause = 'imported "
                              "from form.csv' AND at = '2026-11-24T12:00:00.000Z'",
                              {m_officer})
                     .toInt(),
                 2);
        // And the search finds them.
        QCOMPARE(m_db->scalar(ApplicationSearchIndex::countMatchingSql(),
                              {ApplicationSearchIndex::matchValue("nguy")})
                     .toInt(),
                 1);
        QCOMPARE(m_db->scalar(ApplicationSearchIndex::countMatchingSql(),
                              {ApplicationSearchIndex::matchValue("30 1234")})
                     .toInt(),
                 1);
    }

    void everyProblemNamesLineColumnAndReason_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        const QByteArray ok = "2026-11-20 09:30,Ana,Silva,ana@example.org,+351 912 345 678,SWE,";
        QTest::newRow("first name missing")
            << QByteArray("2026-11-20 09:30,,Silva,ana@example.org,,SWE,,") << "First Name"
            << "First name is required.";
        QTest::newRow("last name blank")
            << QByteArray("2026-11-20 09:30,Ana,  ,ana@example.org,,SWE,,") << "Last Name"
            << "Last name is required.";
        QTest::newRow("email missing")
            << QByteArray("2026-11-20 09:30,Ana,Silva,,,SWE,,") << "Email Address"
            << "Email is required.";
        QTest::newRow("bad email")
            << QByteArray("2026-11-20 09:30,Ana,Silva,ana@,,SWE,,") << "Email Address"
            << "\"ana@\" is not an email address.";
        QTest::newRow("bad phone")
            << QByteArray("2026-11-20 09:30,Ana,Silva,ana@example.org,call me,SWE,,")
            << "Phone Number"
            << "\"call me\" is not a phone number";
        QTest::newRow("track missing") << QByteArray(ok).replace(",SWE,", ",,") + ","
                                       << "Career Track"
                                       << "The career track is required.";
        QTest::newRow("unknown track")
            << QByteArray(ok).replace(",SWE,", ",Basket Weaving,") + ","
            << "Career Track"
            << "There is no career track \"Basket Weaving\" (the tracks are";
        QTest::newRow("track takes no applications")
            << QByteArray(ok).replace(",SWE,", ",OLD,") + ","
            << "Career Track"
            << "The career track OLD takes no applications.";
        QTest::newRow("unknown cohort") << ok + "SWE-1999,"
                                        << "Cohort"
                                        << "There is no cohort \"SWE-1999\".";
        QTest::newRow("cohort of another track")
            << ok + "DATA-2027-03,"
            << "Cohort"
            << "The cohort DATA-2027-03 belongs to another track than SWE.";
        QTest::newRow("unparseable date")
            << QByteArray(ok).replace("2026-11-20 09:30", "next Tuesday") + ","
            << "Timestamp"
            << "\"next Tuesday\" is not a date and time";
        QTest::newRow("future date")
            << QByteArray(ok).replace("2026-11-20 09:30", "2027-01-01") + ","
            << "Timestamp"
            << "2027-01-01 is in the future.";
        // The rules of ApplicantService::validate, named by the file's column.
        QTest::newRow("escape sequence in first name")
            << QByteArray("2026-11-20 09:30,Ana\x1b[31m,Silva,ana@example.org,,SWE,,")
            << "First Name"
            << "First name contains the control character U+001B";
        QTest::newRow("NUL in last name")
            << QByteArray("2026-11-20 09:30,Ana,Sil\0va,ana@example.org,,SWE,,", 50) << "Last Name"
            << "Last name contains the control character U+0000";
        QTest::newRow("right-to-left override in email")
            << QByteArray("2026-11-20 09:30,Ana,Silva,ana\u202e@example.org,,SWE,,")
            << "Email Address"
            << "Email contains the bidirectional control character U+202E";
        QTest::newRow("first name of 101 characters")
            << QByteArray("2026-11-20 09:30,") + QByteArray(101, 'a') +
                   ",Silva,ana@example.org,,SWE,,"
            << "First Name"
            << "First name has 101 characters; at most 100 are allowed.";
        QTest::newRow("escape sequence in notes") << ok + ",\"Called\x1b[8m\thidden\""
                                                  << "Notes"
                                                  << "Notes contains the control character U+001B";
        QTest::newRow("unknown track is echoed printable")
            << QByteArray(ok).replace(",SWE,", ",Basket\x1b[2J,") + ","
            << "Career Track"
            << "There is no career track \"Basket\\x1b[2J\"";
        QTest::newRow("too few fields") << QByteArray("2026-11-20 09:30,Ana,Silva") << ""
                                        << "The row has 3 fields, the header 8.";
        QTest::newRow("too many fields") << ok + ",,extra"
                                         << ""
                                         << "The row has 9 fields, the header 8.";
    }
    void everyProblemNamesLineColumnAndReason()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        // The first row's note spans two lines: the bad row starts on line 4.
        const QByteArray csv = WebFormHeader +
                               "2026-11-20 09:30,Kim,Lee,kim@example.org,,SWE,,\"two\nlines\"\r\n" +
                               row + "\r\n";
        const auto report = import(csv);
        QVERIFY_OK(report);
        QCOMPARE(report->badRows, 1);
        QCOMPARE(report->issues.size(), 1);
        const ImportIssue issue = report->issues.first();
        QCOMPARE(issue.kind, ImportIssue::Kind::Problem);
        QCOMPARE(issue.line, 4);
        QCOMPARE(issue.column, column);
        QVERIFY2(issue.reason.contains(reason), qPrintable(issue.reason));
        // All or nothing: the good row is not written either.
        QVERIFY(!report->written);
        QCOMPARE(count("applicants"), 0);
        QCOMPARE(count("applications"), 0);
        QCOMPARE(count("status_events"), 0);
    }

    // Numbers with slashes: the column decides the order; a column that cannot tell is refused
    // before any row, naming the file's line and column, unless the order is given.
    void slashDatesInTheColumnsOrder_data()
    {
        QTest::addColumn<QByteArray>("dates");  // the Timestamp cells of lines 2, 3, 4
        QTest::addColumn<int>("given");         // ImportValues::DateOrder
        QTest::addColumn<QString>("appliedAt"); // line 2's, stored; empty: refused
        QTest::addColumn<int>("settlingLine");
        using ImportValues::DateOrder;
        QTest::newRow("day first, told by line 4")
            << QByteArray("11/04/2026 13:45|01/02/2026|30/03/2026") << int(DateOrder::Undecided)
            << "2026-04-11T13:45:00.000Z" << 4;
        QTest::newRow("month first, told by line 3")
            << QByteArray("11/04/2026 13:45|11/20/2026 9:30:05|") << int(DateOrder::Undecided)
            << "2026-11-04T13:45:00.000Z" << 3;
        QTest::newRow("every one ambiguous")
            << QByteArray("11/04/2026 13:45|01/02/2026|2026-11-20 09:30")
            << int(DateOrder::Undecided) << "" << 0;
        QTest::newRow("ambiguous, day first given")
            << QByteArray("11/04/2026 13:45|01/02/2026|") << int(DateOrder::DayFirst)
            << "2026-04-11T13:45:00.000Z" << 0;
        QTest::newRow("ambiguous, month first given")
            << QByteArray("11/04/2026 13:45|01/02/2026|") << int(DateOrder::MonthFirst)
            << "2026-11-04T13:45:00.000Z" << 0;
    }
    void slashDatesInTheColumnsOrder()
    {
        QFETCH(QByteArray, dates);
        QFETCH(int, given);
        QFETCH(QString, appliedAt);
        QFETCH(int, settlingLine);
        QByteArray csv = WebFormHeader;
        const QList<QByteArray> cells = dates.split('|');
        for (int i = 0; i < cells.size(); ++i)
            csv += cells.at(i) + ",P" + QByteArray::number(i) + ",Q,p" + QByteArray::number(i) +
                   "@example.org,,SWE,,\r\n";
        ApplicationImport::Options o = options();
        o.dateOrder = ImportValues::DateOrder(given);
        const auto report = import(*m_db, csv, o);
        QVERIFY_OK(report);
        if (appliedAt.isEmpty()) {
            QVERIFY(report->undecidedDates);
            QCOMPARE(report->undecidedDates->line, 2);
            QCOMPARE(report->undecidedDates->column, QStringLiteral("Timestamp"));
            QVERIFY2(report->undecidedDates->reason.contains("\"11/04/2026 13:45\" could be day "
                                                             "first or month first"),
                     qPrintable(report->undecidedDates->reason));
            QVERIFY(!report->written);
            QCOMPARE(report->rows, 0);
            QCOMPARE(count("applicants"), 0);
            return;
        }
        QVERIFY2(report->issues.isEmpty(), qPrintable(describe(report->issues)));
        QVERIFY(!report->undecidedDates);
        QVERIFY(report->written);
        QCOMPARE(report->dateOrderLine, settlingLine);
        QCOMPARE(m_db->scalar("SELECT applied_at FROM applications WHERE id = 1").toString(),
                 appliedAt);
    }

    void aDateAgainstTheColumnsOrderNamesTheLineThatSettledIt()
    {
        const auto report =
            import(WebFormHeader + "11/20/2026 9:30,Kim,Lee,kim@example.org,,SWE,,\r\n"
                                   "20/11/2026 9:30,Bo,Li,bo@example.org,,SWE,,\r\n");
        QVERIFY_OK(report);
        QCOMPARE(report->issues.size(), 1);
        QCOMPARE(report->issues.first().line, 3);
        QCOMPARE(report->issues.first().column, QStringLiteral("Timestamp"));
        QCOMPARE(report->issues.first().reason,
                 QStringLiteral("\"20/11/2026 9:30\" is not a date with the month first, the order "
                                "of the column's dates (line 2 has a day over 12)."));
        QVERIFY(!report->written);
    }

    void timesWithoutAZoneAreTheBootcampsByDefault()
    {
        QVERIFY_OK(
            DeskSettingsService(m_db->connectionName(), m_db->actor(StaffRole::Administrator))
                .setTimeZone("Asia/Tokyo"));
        ApplicationImport::Options o = options();
        o.localTimeZone.reset();
        const auto report =
            import(*m_db, WebFormHeader + "2026-11-20 09:30,Kim,Lee,kim@example.org,,SWE,,\r\n", o);
        QVERIFY_OK(report);
        QVERIFY(report->written);
        // Tokyo is UTC+9, with no summer time.
        QCOMPARE(m_db->scalar("SELECT applied_at FROM applications").toString(),
                 QStringLiteral("2026-11-20T00:30:00.000Z"));
    }

    void everyProblemOfARowIsListed()
    {
        const auto report = import(WebFormHeader + "soon,,Silva,ana@,12,Nope,,\r\n");
        QVERIFY(report);
        QCOMPARE(report->badRows, 1);
        QStringList columns;
        for (const ImportIssue &issue : report->issues)
            columns << issue.column;
        QCOMPARE(columns, QStringList({"First Name", "Email Address", "Phone Number",
                                       "Career Track", "Timestamp"}));
    }

    void skippingBadRowsWritesTheOthers()
    {
        ApplicationImport::Options o = options();
        o.skipBadRows = true;
        const auto report =
            import(*m_db,
                   WebFormHeader + "2026-11-20 09:30,Ana,Silva,ana@example.org,,SWE,,\r\n"
                                   "2026-11-20 09:31,Bo,,bo@example.org,,SWE,,\r\n"
                                   "2026-11-20 09:32,Cy,Young,cy@example.org,,DATA,,\r\n",
                   o);
        QVERIFY(report);
        QVERIFY(report->written);
        QCOMPARE(report->badRows, 1);
        QCOMPARE(report->issues.first().line, 3);
        QCOMPARE(count("applicants"), 2);
        QCOMPARE(count("application_search"), 2);
    }

    void aDryRunWritesNothing()
    {
        ApplicationImport::Options o = options();
        o.dryRun = true;
        const auto report = import(
            *m_db, WebFormHeader + "2026-11-20 09:30,Ana,Silva,ana@example.org,,SWE,,\r\n", o);
        QVERIFY(report);
        QCOMPARE(report->applicationsAdded, 1);
        QVERIFY(!report->written);
        QCOMPARE(count("applicants"), 0);
        QCOMPARE(count("applications"), 0);
    }

    void duplicatesInTheFile_data()
    {
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<int>("applicants");
        QTest::addColumn<int>("applications");
        QTest::addColumn<QString>("problem"); // empty: none
        QTest::newRow("another track is another application")
            << QByteArray("2026-11-20 10:00,Ana,Silva,ANA@example.org ,,DATA,,") << 1 << 2 << "";
        QTest::newRow("the same application again")
            << QByteArray("2026-11-20 09:30,Ana,Silva,ana@example.org,,SWE,,") << 0 << 0
            << "The same application as line 2 (a duplicate in the file).";
        QTest::newRow("the same track later is a new try")
            << QByteArray("2026-11-22 09:30,Ana,Silva,ana@example.org,,SWE,,") << 1 << 2 << "";
        QTest::newRow("the same email, another name")
            << QByteArray("2026-11-20 10:00,Anna,Silva,ana@example.org,,DATA,,") << 0 << 0
            << "The same email as line 2, but a different First Name";
    }
    void duplicatesInTheFile()
    {
        QFETCH(QByteArray, second);
        QFETCH(int, applicants);
        QFETCH(int, applications);
        QFETCH(QString, problem);
        const auto report =
            import(WebFormHeader + "2026-11-20 09:30,Ana,Silva,ana@example.org,,SWE,,\r\n" +
                   second + "\r\n");
        QVERIFY(report);
        if (problem.isEmpty()) {
            QVERIFY2(report->issues.isEmpty(), qPrintable(describe(report->issues)));
        } else {
            QCOMPARE(report->issues.size(), 1);
            QCOMPARE(report->issues.first().line, 3);
            QVERIFY2(report->issues.first().reason.contains(problem),
                     qPrintable(report->issues.first().reason));
        }
        QCOMPARE(count("applicants"), applicants);
        QCOMPARE(count("applications"), applications);
    }

    void aSharedPhoneFollowsTheDuplicatePolicy()
    {
        const QByteArray csv =
            WebFormHeader + "2026-11-20 09:30,Ana,Silva,ana@example.org,+351 912 345 678,SWE,,\r\n"
                            "2026-11-20 09:31,Rui,Silva,rui@example.org,+351912345678,SWE,,\r\n";
        const auto skipped = import(csv);
        QVERIFY(skipped);
        QCOMPARE(skipped->duplicatesSkipped, 1);
        QCOMPARE(skipped->issues.first().kind, ImportIssue::Kind::Duplicate);
        QVERIFY(skipped->issues.first().reason.contains("The same phone number as line 2"));
        QCOMPARE(count("applicants"), 1);
    }

    void duplicatePolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("written");
        QTest::addColumn<QString>("country");
        QTest::addColumn<int>("applications");
        QTest::newRow("skip") << int(ApplicationImport::OnDuplicate::Skip) << true << "" << 1;
        QTest::newRow("update") << int(ApplicationImport::OnDuplicate::Update) << true << "Portugal"
                                << 2;
        QTest::newRow("error") << int(ApplicationImport::OnDuplicate::Error) << false << "" << 1;
    }
    void duplicatePolicies()
    {
        QFETCH(int, policy);
        QFETCH(bool, written);
        QFETCH(QString, country);
        QFETCH(int, applications);
        ApplicantService::NewApplication known;
        known.applicant.firstName = "Ana";
        known.applicant.lastName = "Silva";
        known.applicant.email = "ana@example.org";
        known.trackCode = "SWE";
        QVERIFY(ApplicantService(m_db->connectionName(), m_db->actor(), m_clock)
                    .registerApplication(known));

        ApplicationImport::Options o = options();
        o.onDuplicate = ApplicationImport::OnDuplicate(policy);
        const QByteArray csv = "email,first_name,last_name,track,country\r\n"
                               "Ana@Example.org,Ana,Silva,DATA,Portugal\r\n";
        const auto report = import(*m_db, csv, o);
        QVERIFY(report);
        QCOMPARE(report->written, written);
        QCOMPARE(m_db->scalar("SELECT country FROM applicants").toString(), country);
        QCOMPARE(count("applicants"), 1);
        QCOMPARE(count("applications"), applications);
        if (policy == int(ApplicationImport::OnDuplicate::Skip)) {
            QCOMPARE(report->duplicatesSkipped, 1);
            QVERIFY(report->issues.first().reason.contains("Already in the database: applicant "
                                                           "1 (Ana Silva) has the same email"));
        }
        // Whatever the policy, the same file again changes nothing more.
        const QByteArray before = exported(*m_db);
        const auto again = import(*m_db, csv, o);
        QVERIFY(again);
        QCOMPARE(again->applicationsAdded + again->applicantsUpdated, 0);
        QCOMPARE(exported(*m_db), before);
    }

    // The import puts the list's sort keys in the rows it writes, right without the trigger
    // that would fill them: a new applicant's phone, none, a cohort, none, a second application
    // in the file, and a known applicant whose phone, last name and email's case the file
    // changes.
    void writesTheSortKeysItself()
    {
        m_db->addApplicant("Ana", "Silva", "ana@example.org", "+351 21 1");
        ApplicationImport::Options o = options();
        o.onDuplicate = ApplicationImport::OnDuplicate::Update;
        const QByteArray csv = WebFormHeader +
                               "2026-11-20 09:30,Zoë,Ó Briain,zoe@example.org,+49 30 12,SWE,"
                               "SWE-2027-03,\r\n"
                               "2026-11-20 09:31,Kim,Nguyễn,kim@example.org,,DATA,,\r\n"
                               "2026-11-20 09:32,Zoë,Ó Briain,zoe@example.org,+49 30 12,DATA,"
                               "DATA-2027-03,\r\n"
                               "2026-11-20 09:33,Ana,Silva Lopes,ANA@Example.org,+351 21 2,"
                               "DATA,DATA-2027-03,\r\n";
        Result<ApplicationImport::Report> report = Error{};
        QCOMPARE(m_db->withoutGuards({"applications_sort_keys_new"},
                                     [&] {
                                         report = import(*m_db, csv, o);
                                         return report ? QString() : report.error().text();
                                     }),
                 QString());
        QVERIFY2(report->issues.isEmpty(), qPrintable(describe(report->issues)));
        QCOMPARE(report->applicationsAdded, 4);
        QCOMPARE(report->applicantsUpdated, 1);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM applications WHERE applicant_phone = "
                              "'+351212' AND cohort_name = 'DATA-2027-03' AND "
                              "applicant_last_name = 'Silva Lopes' COLLATE BINARY AND "
                              "applicant_first_name = 'Ana' COLLATE BINARY AND "
                              "applicant_email = 'ana@example.org'")
                     .toInt(),
                 1);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM applications WHERE applicant_last_name = "
                              "'Ó Briain' COLLATE BINARY AND applicant_first_name = 'Zoë' "
                              "COLLATE BINARY AND applicant_email = 'zoe@example.org'")
                     .toInt(),
                 2);
        QCOMPARE(m_db->staleSortKeys(), 0);
    }

    void importingTheSameFileAgainChangesNothing()
    {
        const QByteArray csv = WebFormHeader +
                               "2026-11-20 09:30,Ana,Silva,ana@example.org,,SWE,,\r\n"
                               "2026-11-20 09:40,Ana,Silva,ana@example.org,,DATA,,\r\n"
                               "2026-11-20 09:50,Bo,Diaz,bo@example.org,,SWE,SWE-2027-03,\r\n";
        QVERIFY(import(csv));
        const qint64 events = count("status_events");
        const auto again = import(csv);
        QVERIFY(again);
        QCOMPARE(again->alreadyThere, 3);
        QCOMPARE(again->applicationsAdded, 0);
        QVERIFY(again->issues.isEmpty());
        QCOMPARE(count("applicants"), 2);
        QCOMPARE(count("applications"), 3);
        QCOMPARE(count("status_events"), events);
    }

    // Each row's applicant and application, the status events they began with, and the import
    // itself, naming the file by its bytes' SHA-256: check vouches for all of it.
    void anImportIsInTheAuditTrail()
    {
        const QByteArray csv = WebFormHeader +
                               "11/20/2026 9:30:05,Zoë,Ó Briain,Zoe@Example.org,+49 30 1234567,"
                               "Software Engineering,SWE-2027-03,\r\n"
                               "2026-11-21T08:00:00Z,Kim,Nguyễn,kim@example.org,,data,,\r\n";
        const auto report = import(csv);
        QVERIFY_OK(report);
        QVERIFY(report->written);
        QCOMPARE(auditTrail(*m_db), QStringList({"create applicant 1", "create applicant 2",
                                                 "create application 1", "create application 2",
                                                 "status status_events 1-2", "import import"}));
        const QList<AuditRecord> records = auditRecords(*m_db, 0);
        QCOMPARE(records.size(), 6);
        QCOMPARE(records.at(1).newValue.text,
                 QString("first_name=Kim\nlast_name=Nguyễn\nemail=kim@example.org\nconsent=0"));
        QCOMPARE(records.at(2).newValue.text, QString("applicant 1, track SWE, cohort 1"));
        QCOMPARE(records.at(3).newValue.text, QString("applicant 2, track DATA"));
        QCOMPARE(records.at(4).note, QString("imported from form.csv"));
        QCOMPARE(records.at(5).note,
                 "form.csv, SHA-256 " + sha256(csv) +
                     "; duplicates: skip; rows read: 2, new applications: 2, new applicants: 2, "
                     "applicants updated: 0, already in the database: 0, duplicates skipped: 0, "
                     "bad rows skipped: 0");
        for (const AuditRecord &record : records) {
            QCOMPARE(record.actorId, m_officer);
            QCOMPARE(record.actorName, QString("officer"));
        }
        QCOMPARE(problems(*m_db), QString());

        // The same file again adds nothing but its own record.
        QVERIFY_OK(import(csv));
        QCOMPARE(auditTrail(*m_db, records.last().id), QStringList({"import import"}));
        QCOMPARE(problems(*m_db), QString());
    }

    // The duplicate policy "update": one record a changed field, its old and new value kept.
    void anUpdateFromTheFileIsInTheAuditTrail()
    {
        ApplicantService::NewApplication known;
        known.applicant.firstName = "Ana";
        known.applicant.lastName = "Silva";
        known.applicant.email = "ana@example.org";
        known.trackCode = "SWE";
        QVERIFY_OK(ApplicantService(m_db->connectionName(), m_db->actor(), m_clock)
                       .registerApplication(known));
        const qint64 before = count("audit_events");

        ApplicationImport::Options o = options();
        o.onDuplicate = ApplicationImport::OnDuplicate::Update;
        const QByteArray csv = "email,first_name,last_name,track,country\r\n"
                               "Ana@Example.org,Ana,Silva,DATA,Portugal\r\n";
        const auto report = import(*m_db, csv, o);
        QVERIFY_OK(report);
        QCOMPARE(report->applicantsUpdated, 1);
        QCOMPARE(
            auditTrail(*m_db, before),
            QStringList({"update applicant 1 email", "update applicant 1 country",
                         "create application 2", "status status_events 2-2", "import import"}));
        const QList<AuditRecord> records = auditRecords(*m_db, before);
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(0).oldValue.text, QString("ana@example.org"));
        QCOMPARE(records.at(0).newValue.text, QString("Ana@Example.org"));
        QCOMPARE(records.at(1).oldValue.text, QString(""));
        QCOMPARE(records.at(1).newValue.text, QString("Portugal"));
        QCOMPARE(records.at(2).newValue.text, QString("applicant 1, track DATA"));
        QVERIFY2(records.at(4).note.contains("; duplicates: update; rows read: 1, new "
                                             "applications: 1, new applicants: 0, applicants "
                                             "updated: 1,"),
                 qPrintable(records.at(4).note));
        QCOMPARE(problems(*m_db), QString());
    }

    // What is not written leaves no record either: the records are in the import's transaction.
    void anImportNotWrittenLeavesNoRecord_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("a bad row") << "bad row";
        QTest::newRow("a dry run") << "dry run";
        QTest::newRow("cancelled while reading") << "cancel rows";
        QTest::newRow("cancelled after the rows") << "cancel history";
    }
    void anImportNotWrittenLeavesNoRecord()
    {
        QFETCH(QString, how);
        ApplicantService::NewApplication known;
        known.applicant.firstName = "Ana";
        known.applicant.lastName = "Silva";
        known.applicant.email = "ana@example.org";
        known.trackCode = "SWE";
        QVERIFY_OK(ApplicantService(m_db->connectionName(), m_db->actor(), m_clock)
                       .registerApplication(known));
        const qint64 records = count("audit_events");
        const qint64 values = count("audit_values");
        QVERIFY(records > 0);

        QByteArray csv = "first_name,last_name,email,track,country\r\n"
                         "Ana,Silva,ana@example.org,DATA,Portugal\r\n";
        for (int i = 0; i < 5000; ++i)
            csv += "Bo,Diaz,bo" + QByteArray::number(i) + "@example.org,SWE,\r\n";
        ApplicationImport::Options o = options();
        o.onDuplicate = ApplicationImport::OnDuplicate::Update;
        o.dryRun = how == "dry run";
        if (how == "bad row")
            csv += "Cy,,cy@example.org,SWE,\r\n";
        const auto report = import(*m_db, csv, o, [&how](qint64 done, qint64 total) {
            return how == "cancel rows" ? false : how != "cancel history" || done + total > 0;
        });
        if (how.startsWith("cancel")) {
            QVERIFY(!report);
        } else {
            QVERIFY_OK(report);
            QVERIFY(!report->written);
            QCOMPARE(report->applicationsAdded, 5001);
        }
        QCOMPARE(count("audit_events"), records);
        QCOMPARE(count("audit_values"), values);
        QCOMPARE(count("applications"), 1);
        QCOMPARE(problems(*m_db), QString());
    }

    // Read twice (once to find it is not UTF-8, then as Windows-1252), the file is hashed once.
    void theImportNamesTheFileByItsBytes()
    {
        QByteArray cp1252 = "first_name,last_name,email,track\r\nJos\xE9,Garc\xED"
                            "a,jose@example.org,DATA\r\n";
        // Past the reader's first chunk, which it does not read again.
        for (int i = 0; i < 20; ++i)
            cp1252 += "Ana,Silva,ana" + QByteArray::number(i) + "@example.org,SWE\r\n";
        QVERIFY(cp1252.size() > 2 * CsvReader::FirstChunkSize);
        ApplicationImport::Options o = options();
        o.csv.windows1252Fallback = true;
        const auto report = import(*m_db, cp1252, o);
        QVERIFY_OK(report);
        QCOMPARE(report->encoding, CsvReader::Encoding::Windows1252);
        const QList<AuditRecord> records = auditRecords(*m_db, 0);
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.last().action, QString("import"));
        QVERIFY2(records.last().note.startsWith("form.csv, SHA-256 " + sha256(cp1252) + ";"),
                 qPrintable(records.last().note));
    }

    void aMappingFileNamesWhatTheHeadersDoNot()
    {
        const QByteArray csv = "Vorname,Nachname,Mail,Kurs\r\nAna,Silva,ana@example.org,SWE\r\n";
        const auto refused = import(csv);
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("No column is imported as the career track"),
                 qPrintable(refused.error().text()));
        ApplicationImport::Options o = options();
        o.mappingJson = QByteArray(R"({"Kurs": "track"})");
        const auto imported = import(*m_db, csv, o);
        QVERIFY_OK(imported);
        QCOMPARE(count("applications"), 1);
    }

    void brokenCsvStopsEverything()
    {
        const auto report =
            import(WebFormHeader + "2026-11-20 09:30,Ana,Silva,ana@example.org,,SWE,,\r\n"
                                   "2026-11-20 09:30,\"Bo\"x,Diaz,bo@example.org,,SWE,,\r\n");
        QVERIFY(!report);
        QVERIFY2(report.error().text().startsWith("form.csv: line 3: text after the closing quote"),
                 qPrintable(report.error().text()));
        QCOMPARE(count("applicants"), 0);
    }

    void aHeaderNamingAColumnTwiceIsRefused()
    {
        // The automatic mapping took the first "Email" and left the second out, unsaid.
        const QString path = m_db->dir() + "/form.csv";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email,Career Track,Email\r\n"
                   "Ana,Silva,ana@example.org,SWE,ana.silva@example.org\r\n");
        file.close();
        const QString why = "line 1: the header names two columns \"Email\" (columns 3 and 5); "
                            "give each column its own name";

        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto preview = ApplicationImport::preview(&file, options(), 10);
        QVERIFY(!preview);
        QCOMPARE(preview.error().text(), why);
        file.close();

        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto report =
            ApplicationImport(m_db->connectionName(), Actor{m_officer, "officer"}, m_clock)
                .run(&file, options());
        QVERIFY(!report);
        QCOMPARE(report.error().text(), "form.csv: " + why);
        QCOMPARE(count("applicants"), 0);
    }

    void anEmptyFileHasNoHeader()
    {
        const auto report = import(QByteArray());
        QVERIFY(!report);
        QCOMPARE(report.error().text(),
                 QString("form.csv: the file is empty: it has no header row"));
    }

    void encodings()
    {
        // UTF-16 with a byte order mark and semicolons, as Excel's "Unicode text" saves.
        const QString text =
            "first_name;last_name;email;track\r\nZoë;Ó Briain;zoe@example.org;SWE\r\n";
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const auto report = import(utf16);
        QVERIFY2(report && report->written, report ? "" : qPrintable(report.error().text()));
        QCOMPARE(m_db->scalar("SELECT last_name FROM applicants").toString(), QString("Ó Briain"));

        // Windows-1252 is refused, naming the line, unless the caller says to read it so.
        const QByteArray cp1252 = "first_name,last_name,email,track\r\nJos\xE9,Garc\xED"
                                  "a,jose@example.org,DATA\r\n";
        const auto refused = import(cp1252);
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("line 2: the file is not valid UTF-8"),
                 qPrintable(refused.error().text()));
        ApplicationImport::Options o = options();
        o.csv.windows1252Fallback = true;
        const auto read = import(*m_db, cp1252, o);
        QVERIFY(read);
        QCOMPARE(read->encoding, CsvReader::Encoding::Windows1252);
        QCOMPARE(m_db->scalar("SELECT last_name FROM applicants WHERE email = 'jose@example.org'")
                     .toString(),
                 QString("García"));
    }

    void utf16WithoutByteOrderMark()
    {
        // As some editors save "UTF-16": it was read as UTF-8 with a zero byte between letters,
        // and refused as "The row has 1 fields, the header 4".
        const QString text =
            "first_name;last_name;email;track\r\nZoë;Ó Briain;zoe@example.org;SWE\r\n";
        QFile file(m_db->dir() + "/unicode.csv");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringEncoder(QStringEncoder::Utf16LE)(text));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto report =
            ApplicationImport(m_db->connectionName(), Actor{m_officer, "officer"}, m_clock)
                .run(&file, options());
        QVERIFY_OK(report);
        QVERIFY2(report->issues.isEmpty(), qPrintable(describe(report->issues)));
        QCOMPARE(report->encoding, CsvReader::Encoding::Utf16LittleEndian);
        QCOMPARE(m_db->scalar("SELECT first_name || '|' || last_name FROM applicants").toString(),
                 QString("Zoë|Ó Briain"));
    }

    void cancellingAfterTheRowsWritesNothing()
    {
        // The rows are in; the history and the search index are next, as (0, 0) says.
        QList<std::pair<qint64, qint64>> calls;
        const auto report =
            import(*m_db, "first_name,last_name,email,track\r\nAna,Silva,ana@example.org,SWE\r\n",
                   options(), [&calls](qint64 done, qint64 total) {
                       calls.append({done, total});
                       return false;
                   });
        QVERIFY(!report);
        QCOMPARE(calls, (QList<std::pair<qint64, qint64>>{{0, 0}}));
        QCOMPARE(count("applicants"), 0);
        QCOMPARE(count("status_events"), 0);
    }

    void cancellingWritesNothing()
    {
        QByteArray csv = "first_name,last_name,email,track\r\n";
        for (int i = 0; i < 5000; ++i)
            csv += "Ana,Silva,ana" + QByteArray::number(i) + "@example.org,SWE\r\n";
        const auto report = import(*m_db, csv, options(), [](qint64, qint64) { return false; });
        QVERIFY(!report);
        QCOMPARE(report.error().text(), QString("The import was cancelled; nothing was written."));
        QCOMPARE(count("applicants"), 0);
    }

    // Our export read back into a fresh file gives the same bytes: Unicode, commas, quotes,
    // line breaks and cells a spreadsheet would run as formulas, guarded or raw.
    void roundTrip_data()
    {
        QTest::addColumn<bool>("guarded");
        QTest::newRow("guarded") << true;
        QTest::newRow("raw") << false;
    }
    void roundTrip()
    {
        QFETCH(bool, guarded);
        TestDatabase source(QStringLiteral("source"));
        TestDatabase target(QStringLiteral("target"));
        DemoDataGenerator::Options demo;
        demo.applicants = 300;
        demo.today = Now.date();
        for (TestDatabase *db : {&source, &target})
            QVERIFY(DemoDataGenerator(db->connectionName(), db->actor(StaffRole::Administrator))
                        .generate(demo));
        // The target keeps its tracks and cohorts, and loses its people (their history too,
        // past its append-only guards).
        QStringList emptying;
        for (const char *table : {"activities", "mentor_assignments", "offer_notices",
                                  "status_stays", "decision_waits", "seat_moves", "status_events",
                                  "payments", "application_search", "applications", "applicants"})
            emptying << QStringLiteral("DELETE FROM ") + QLatin1String(table);
        const QString emptied = target.rewriteHistory(emptying);
        QVERIFY2(emptied.isEmpty(), qPrintable(emptied));

        const struct
        {
            const char *first, *last, *email, *phone, *source, *campaign, *notes;
        } awkward[] = {
            {"=HYPERLINK(\"x\")", "O'Brien, Jr.", "a1@example.org", "+1 555 0100 22", "@twitter",
             "-10% off", "Line one\nline \"two\", three"},
            {"'=already quoted", "+plus", "a2@example.org", "", "\ttabbed", "'plain", "\r\nCRLF"},
            {"Żaneta", "Łukasiewicz-Ñúñez", "a3@example.org", "", "", "", "😀 emoji, 中文"}};
        for (const auto &a : awkward) {
            ApplicantService::NewApplication input;
            input.applicant.firstName = QString::fromUtf8(a.first);
            input.applicant.lastName = QString::fromUtf8(a.last);
            input.applicant.email = QString::fromUtf8(a.email);
            input.applicant.phone = QString::fromUtf8(a.phone);
            input.applicant.source = QString::fromUtf8(a.source);
            input.applicant.campaign = QString::fromUtf8(a.campaign);
            input.applicant.notes = QString::fromUtf8(a.notes);
            input.trackCode = "SWE";
            const auto registered =
                ApplicantService(source.connectionName(), source.actor(), m_clock)
                    .registerApplication(input);
            QVERIFY_OK(registered);
        }

        CsvWriter::Options csv;
        csv.guardFormulas = guarded;
        const QByteArray first = exported(source, csv);
        QVERIFY(first.contains("'=HYPERLINK") == guarded);
        ApplicationImport::Options o = options();
        o.cellsAsWritten = !guarded;
        const auto report = import(target, first, o);
        QVERIFY_OK(report);
        QVERIFY2(report->issues.isEmpty(), qPrintable(describe(report->issues)));
        QCOMPARE(report->applicationsAdded,
                 source.scalar("SELECT count(*) FROM applications").toLongLong());
        QCOMPARE(exported(target, csv), first);
    }
};

QTEST_GUILESS_MAIN(TestApplicationImport)
#include "tst_applicationimport.moc"
