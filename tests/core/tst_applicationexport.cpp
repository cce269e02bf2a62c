#include "browse/applicationsearchindex.h"
#include "csv/applicationexport.h"
#include "csv/csvexport.h"
#include "db/database.h"
#include "services/applicantservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

// Applications as CSV from a real file: columns, filters, order, and files replaced only by a
// complete export.
class TestApplicationExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    qint64 add(const QString &first, const QString &last, const QString &email,
               const QString &phone, const QString &notes, const QString &track)
    {
        ApplicantService::NewApplication input;
        input.applicant.firstName = first;
        input.applicant.lastName = last;
        input.applicant.email = email;
        input.applicant.phone = phone;
        input.applicant.notes = notes;
        input.trackCode = track;
        input.appliedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
        auto r = ApplicantService(m_db->connectionName(), m_db->actor()).registerApplication(input);
        if (!r) {
            QTest::qFail(qPrintable(r.error().text()), __FILE__, __LINE__);
            return 0;
        }
        return r->applicationId;
    }

    QByteArray exported(const ApplicationFilter &filter, const QStringList &columns,
                        CsvWriter::Options options = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        // Unguarded cells are an administrator's export; the rest anyone's.
        const Actor actor = m_db->actor(options.guardFormulas ? StaffRole::ReadOnly
                                                              : StaffRole::Administrator);
        const auto written = ApplicationExport(m_db->connectionName(), actor)
                                 .write(ApplicationQuery(filter), columns, &buffer, options);
        if (!written)
            return "failed: " + written.error().text().toUtf8();
        return buffer.data();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addTrack("SWE");
        m_db->addTrack("DATA");
        add("Zoë", "O'Brien, Jr.", "zoe@example.org", "+49 30 1234567", "Said \"call me\"\nafter 5",
            "SWE");
        add("=cmd", "-2", "ana@example.org", "", "@SUM(A1)", "DATA");
        add("Kim", "Nguyễn", "kim@example.org", "", "", "SWE");
    }

    void cleanup() { m_db.reset(); }

    void writesTheChosenColumnsInIdOrder()
    {
        QCOMPARE(exported({}, {"application_id", "first_name", "last_name", "phone", "notes",
                               "track", "status", "applied_at"}),
                 QByteArray("application_id,first_name,last_name,phone,notes,track,status,"
                            "applied_at\r\n"
                            "1,Zoë,\"O'Brien, Jr.\",'+49 30 1234567,\"Said \"\"call me\"\"\n"
                            "after 5\",SWE,applied,2026-11-02T09:30:00.000Z\r\n"
                            "2,'=cmd,'-2,,'@SUM(A1),DATA,applied,2026-11-02T09:30:00.000Z\r\n"
                            "3,Kim,Nguyễn,,,SWE,applied,2026-11-02T09:30:00.000Z\r\n"));
    }

    void rawWritesCellsAsStored()
    {
        CsvWriter::Options refused;
        refused.guardFormulas = false;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto byOfficer = ApplicationExport(m_db->connectionName(), m_db->actor())
                                   .write(ApplicationQuery(), {"notes"}, &buffer, refused);
        QVERIFY(!byOfficer);
        QVERIFY(buffer.data().isEmpty());

        CsvWriter::Options raw;
        raw.guardFormulas = false;
        ApplicationFilter filter;
        filter.search = "ana@";
        QCOMPARE(exported(filter, {"first_name", "last_name", "notes"}, raw),
                 QByteArray("first_name,last_name,notes\r\n=cmd,-2,@SUM(A1)\r\n"));
    }

    void filtersLikeTheWindow()
    {
        ApplicationFilter filter;
        filter.trackId = m_db->scalar("SELECT id FROM tracks WHERE code = 'SWE'").toLongLong();
        QCOMPARE(exported(filter, {"email"}),
                 QByteArray("email\r\nzoe@example.org\r\nkim@example.org\r\n"));
        filter.search = "kim@ex";
        QCOMPARE(exported(filter, {"email"}), QByteArray("email\r\nkim@example.org\r\n"));
        filter = {};
        filter.statuses = {ApplicationStatus::Withdrawn};
        QCOMPARE(exported(filter, {"email"}), QByteArray("email\r\n"));
    }

    void everyColumnHasAValue()
    {
        const QByteArray all = exported({}, ApplicationExport::allColumns());
        const QList<QByteArray> lines = all.split('\n');
        QCOMPARE(lines.first(),
                 ApplicationExport::allColumns().join(QLatin1Char(',')).toUtf8() + "\r");
        QVERIFY(all.contains(",zoe@example.org,"));
        QVERIFY(!all.startsWith("failed"));
    }

    void refusesUnknownColumns()
    {
        QCOMPARE(ApplicationExport::unknownColumns({"email", "password", "first_name"}),
                 QStringList{"password"});
        QVERIFY(
            exported({}, {"email", "password"}).startsWith("failed: Unknown columns: password"));
    }

    // A cancelled export leaves the old file as it was and no temporary file beside it.
    void cancelledExportKeepsTheOldFile()
    {
        const QString path = QDir(m_db->dir()).filePath("report.csv");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("yesterday's report\r\n") > 0);
        old.close();
        const QStringList before = QDir(m_db->dir()).entryList(QDir::Files);
        // Progress is reported every 4096 rows: enough rows that the export can be cancelled.
        for (int i = 0; i < 5000; ++i)
            m_db->addApplication(ApplicationRow(3, 1));
        const auto again = ApplicationExport(m_db->connectionName(), m_db->actor())
                               .writeFile(ApplicationQuery(), {"email"}, path, {},
                                          [](qint64, qint64) { return false; });
        QVERIFY(!again);
        QCOMPARE(again.error().message, QStringLiteral("The export was cancelled."));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("yesterday's report\r\n"));
        old.close();
        QCOMPARE(QDir(m_db->dir()).entryList(QDir::Files), before);

        const auto done = ApplicationExport(m_db->connectionName(), m_db->actor())
                              .writeFile(ApplicationQuery(), {"email"}, path, {},
                                         [](qint64 n, qint64 total) { return n <= total; });
        QVERIFY_OK(done);
        QCOMPARE(done.value(), 5003);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.readAll().startsWith("email\r\nzoe@example.org\r\n"));
    }

    // The window's export (ExportMenu) writes through writeFile on a reader of its own: it never
    // replaces the database it reads, nor its -wal, under any spelling.
    void neverWritesOverItsOwnDatabase()
    {
        const QString path = m_db->path();
        const QString name = QFileInfo(path).fileName();
        QVERIFY(QFile::exists(path + "-wal"));
        Database reader("export-reader");
        const Status opened = reader.open(path, Database::Check::Later, Database::Mode::ReadOnly);
        QVERIFY_OK(opened);
        const auto digest = [](const QString &file) {
            QFile in(file);
            return in.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QByteArray before = digest(path);
        QVERIFY(!before.isEmpty());
        const CsvExport::Source source{{"n"}, "SELECT 1", {}, "SELECT 1"};
        const Actor officer = m_db->actor();
        for (const QString &target :
             {path, m_db->dir() + "/./" + name, m_db->dir() + "//" + name, path + "-wal"}) {
            for (const QString &connection : {m_db->connectionName(), reader.connectionName()}) {
                const auto written = ApplicationExport(connection, officer)
                                         .writeFile(ApplicationQuery(), {"email"}, target, {});
                QVERIFY2(!written, qPrintable(target + " was written"));
                QVERIFY2(written.error().message.startsWith("Will not write"),
                         qPrintable(written.error().text()));
                const auto rows = CsvExport(connection, officer).writeFile(source, target, {});
                QVERIFY2(!rows, qPrintable(target + " was written"));
                QVERIFY2(rows.error().message.startsWith("Will not write"),
                         qPrintable(rows.error().text()));
            }
            QCOMPARE(digest(path), before);
        }
        QCOMPARE(m_db->scalar("SELECT count(*) FROM applications").toInt(), 3);
        QCOMPARE(m_db->scalar("PRAGMA quick_check").toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestApplicationExport)
#include "tst_applicationexport.moc"
