#include "cliprocess.h"
#include "db/database.h"
#include "services/applicantservice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using CliProcess::scalarIn;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery");
const QString OfficerPassword = QStringLiteral("an officer's own password");
const QString ReaderPassword = QStringLiteral("a reader's own password");
} // namespace

// audit verify and audit export on a desk built with the program's own commands, and the
// audit trail against the sqlite3 shell: a status event changed behind its guard is named by
// check and audit verify.
class TestCliAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(CliProcess::environment(m_dir.path()));
        CliProcess::detachFromTerminal(process);
        process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
        return CliProcess::finish(process);
    }

    // The sqlite3 shell on `db`, as the file's owner could run it.
    static CliRun shell(const QString &db, const QString &sql)
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {db, sql});
        return CliProcess::finish(sqlite);
    }

    // `sql` run in the shell with `trigger` dropped first and made again after, exactly as it
    // was: the file looks untouched to SQLite and to check's guard step.
    static CliRun behindGuard(const QString &db, const QString &trigger, const QString &sql)
    {
        const QString made =
            scalarIn(db,
                     QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(trigger))
                .toString();
        if (made.isEmpty())
            return CliRun{-1, {}, QStringLiteral("no trigger ") + trigger};
        return shell(db, QStringLiteral("DROP TRIGGER %1; %2; %3;").arg(trigger, sql, made));
    }

    QString secretFile(const QString &name, const QString &secret)
    {
        return CliProcess::secretFile(path(name), secret);
    }

    // A desk with a track, a cohort, an application moved to screening, the administrator
    // "boss", the officer "olga" and the read-only "reader", each with a token; `failure` names
    // the step that failed.
    struct Desk
    {
        QString db;
        QString bossToken;
        QString officerToken;
        QString readerToken;
        QString failure;
    };

    Desk makeDesk(const QString &name)
    {
        Desk desk;
        desk.db = path(name + QStringLiteral(".sqlite"));
        const QString bossPassword = secretFile(name + QStringLiteral("-boss.pw"), AdminPassword);
        const QString officerPassword =
            secretFile(name + QStringLiteral("-olga.pw"), OfficerPassword);
        const QString readerPassword =
            secretFile(name + QStringLiteral("-reader.pw"), ReaderPassword);
        const QStringList db{QStringLiteral("--db"), desk.db};
        const QStringList asBoss =
            db + QStringList{"--as", "boss", "--password-file", bossPassword};
        desk.bossToken = path(name + QStringLiteral("-boss.token"));
        desk.officerToken = path(name + QStringLiteral("-olga.token"));
        desk.readerToken = path(name + QStringLiteral("-reader.token"));
        const QList<QStringList> steps{
            db + QStringList{"init", "--admin", "boss", "--new-password-file", bossPassword},
            asBoss + QStringList{"track", "add", "SWE", "Software Engineering"},
            asBoss + QStringList{"cohort", "add", "SWE-1", "--track", "SWE", "--starts",
                                 "2027-03-01", "--ends", "2027-09-01", "--capacity", "5"},
            asBoss + QStringList{"applicant", "add", "--first-name", "Ada", "--last-name",
                                 "Lovelace", "--email", "ada@example.org", "--track", "SWE",
                                 "--cohort", "SWE-1"},
            asBoss + QStringList{"status", "set", "1", "screening"},
            asBoss + QStringList{"status", "set", "1", "interview_scheduled"},
            asBoss + QStringList{"staff", "add", "olga", "--role", "admissions_officer",
                                 "--new-password-file", officerPassword},
            asBoss + QStringList{"staff", "add", "reader", "--role", "read_only",
                                 "--new-password-file", readerPassword},
            asBoss + QStringList{"staff", "token", "boss-script", "-o", desk.bossToken},
            db + QStringList{"--as", "olga", "--password-file", officerPassword, "staff", "token",
                             "olga-script", "-o", desk.officerToken},
            db + QStringList{"--as", "reader", "--password-file", readerPassword, "staff", "token",
                             "reader-script", "-o", desk.readerToken},
        };
        for (const QStringList &step : steps) {
            const CliRun r = run(step);
            if (r.exitCode != 0) {
                desk.failure = step.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe();
                break;
            }
        }
        return desk;
    }

    static qint64 count(const QString &db, const QString &sql)
    {
        return scalarIn(db, sql).toLongLong();
    }

    static QByteArray contentsOf(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        QVERIFY2(QFileInfo(QStringLiteral(ADMISSIONS_CLI)).isExecutable(), ADMISSIONS_CLI);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
                 "the sqlite3 shell is missing: scripts/install-deps installs it");
    }

    // A desk's trail holds: every record, every status event, the head and where it is also
    // known. No sign-in is needed, and none is recorded.
    void verifyPrintsTheHead()
    {
        const Desk desk = makeDesk(QStringLiteral("holds"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const qint64 records = count(desk.db, "SELECT count(*) FROM audit_events");
        const CliRun r = run({"--db", desk.db, "audit", "verify"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("The audit trail holds.")),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.contains(
                     QRegularExpression(QStringLiteral("Records checked: +%1\\n").arg(records))),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Status events checked: +3\\n"))),
                 qPrintable(r.describe()));
        const QString head = QString::fromLatin1(
            scalarIn(desk.db, "SELECT hex(hash) FROM audit_events ORDER BY id DESC LIMIT 1")
                .toByteArray()
                .toLower());
        QVERIFY2(r.out.contains(QStringLiteral("record %1, %2").arg(records).arg(head)),
                 qPrintable(r.describe()));
        // This computer's settings have remembered the head since the first command.
        QVERIFY2(r.out.contains(QLatin1String("this computer's settings")),
                 qPrintable(r.describe()));
        QCOMPARE(count(desk.db, "SELECT count(*) FROM audit_events"), records);
    }

    // Done means: a status event changed with the sqlite3 shell behind its guard is named by
    // check and by audit verify.
    void aStatusEventChangedWithTheShellIsNamed()
    {
        const Desk desk = makeDesk(QStringLiteral("shell"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        CliRun r = run({"--db", desk.db, "check"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 event =
            count(desk.db, "SELECT id FROM status_events WHERE to_status = 'screening'");
        const qint64 covering =
            count(desk.db, QStringLiteral("SELECT id FROM audit_events WHERE first_event <= %1 AND "
                                          "last_event >= %1")
                               .arg(event));
        QVERIFY(event > 0 && covering > 0);

        r = behindGuard(
            desk.db, QStringLiteral("status_events_no_update"),
            QStringLiteral("UPDATE status_events SET reason = 'Rewritten' WHERE id = %1")
                .arg(event));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(
            scalarIn(desk.db,
                     QStringLiteral("SELECT reason FROM status_events WHERE id = %1").arg(event))
                .toString(),
            QStringLiteral("Rewritten"));

        const QString named = QStringLiteral("Status event %1 was changed").arg(event);
        r = run({"--db", desk.db, "check"});
        QVERIFY2(r.exitCode == 1 && r.out.contains(QLatin1String("audit: ") + named) &&
                     !r.out.contains(QLatin1String("append-only")),
                 qPrintable(r.describe()));
        r = run({"--db", desk.db, "audit", "verify"});
        QVERIFY2(r.exitCode == 1 &&
                     r.out.contains(QStringLiteral("record %1: ").arg(covering) + named) &&
                     r.err.contains(QLatin1String("does not hold")),
                 qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(QLatin1String("The audit trail holds")), qPrintable(r.describe()));
    }

    // Records deleted from the end leave a chain that holds in itself: the head the program
    // remembered on this computer catches it.
    void deletedRecordsAreCaughtByTheRememberedHead()
    {
        const Desk desk = makeDesk(QStringLiteral("deleted"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const qint64 head = count(desk.db, "SELECT max(id) FROM audit_events");
        CliRun r = behindGuard(desk.db, QStringLiteral("audit_events_no_delete"),
                               QStringLiteral("DELETE FROM audit_events WHERE id = %1").arg(head));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({"--db", desk.db, "audit", "verify"});
        QVERIFY2(r.exitCode == 1 &&
                     r.out.contains(
                         QStringLiteral("this computer's settings remembers record %1").arg(head)),
                 qPrintable(r.describe()));
        // A command that writes does not make the shorter trail the truth.
        r = run(
            {"--db", desk.db, "--token-file", desk.bossToken, "status", "set", "1", "interviewed"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({"--db", desk.db, "audit", "verify"});
        QVERIFY2(r.exitCode == 1 && r.out.contains(QLatin1String("rewritten")),
                 qPrintable(r.describe()));
    }

    // An administrator's export shows a field change with who, when, the old and the new value.
    void exportShowsAFieldChange()
    {
        const Desk desk = makeDesk(QStringLiteral("export"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        {
            // The command line has no applicant edit: the window's way, through core.
            Database database(QStringLiteral("edit"));
            QVERIFY(database.open(desk.db).ok());
            const Actor boss{count(desk.db, "SELECT id FROM staff_users WHERE username = 'boss'"),
                             QStringLiteral("boss")};
            ApplicantService applicants(database.connectionName(), boss);
            const auto found = applicants.applicant(1);
            QVERIFY(found && found.value());
            Applicant edited = *found.value();
            edited.country = QStringLiteral("United Kingdom");
            const Status updated = applicants.updateApplicant(edited);
            QVERIFY2(updated.ok(), qPrintable(updated.error().text()));
        }

        CliRun r = run({"--db", desk.db, "--token-file", desk.bossToken, "audit", "export",
                        "--entity", "applicant:1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 3, qPrintable(r.describe())); // header, created, country
        QVERIFY2(lines.first().startsWith(QLatin1String("id,at,actor_id,actor,action,entity,")),
                 qPrintable(lines.first()));
        QVERIFY2(lines.at(1).contains(QLatin1String(",boss,create,applicant,1,,")) &&
                     lines.at(1).contains(QLatin1String("email=ada@example.org")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QLatin1String(",boss,update,applicant,1,country,,United "
                                                    "Kingdom,")),
                 qPrintable(lines.at(2)));

        const QString file = path(QStringLiteral("trail.json"));
        r = run({"--db", desk.db, "--token-file", desk.bossToken, "audit", "export", "--entity",
                 "applicant:1", "--format", "json", "--since", "2000-01-01", "-o", file});
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty() &&
                     r.err.contains(QLatin1String("2 audit records written")),
                 qPrintable(r.describe()));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(file).permissions() & others, QFile::Permissions());
        const QJsonArray records = QJsonDocument::fromJson(contentsOf(file)).array();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).toObject().value("field").toString(), QStringLiteral("country"));
        QCOMPARE(records.at(1).toObject().value("new_value").toString(),
                 QStringLiteral("United Kingdom"));
        QCOMPARE(records.at(1).toObject().value("actor").toString(), QStringLiteral("boss"));

        // A time after everything: nothing but the header.
        r = run({"--db", desk.db, "--token-file", desk.bossToken, "audit", "export", "--entity",
                 "applicant:1", "--since", "2999-01-01T00:00:00Z"});
        QVERIFY2(r.exitCode == 0 && r.out.count(QStringLiteral("\r\n")) == 1,
                 qPrintable(r.describe()));
    }

    // The export is in the trail, with its filters, and the trail still holds after it.
    void theExportIsRecorded()
    {
        const Desk desk = makeDesk(QStringLiteral("recorded"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QString exports =
            QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' AND entity "
                           "= 'audit'");
        QCOMPARE(count(desk.db, exports), 0);
        CliRun r =
            run({"--db", desk.db, "--token-file", desk.bossToken, "audit", "export", "--entity",
                 "application:1", "--since", "2026-12-06T14:25:01+01:00", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(count(desk.db, exports), 1);
        QCOMPARE(scalarIn(desk.db, "SELECT actor_name || ': ' || note FROM audit_events WHERE "
                                   "action = 'export'")
                     .toString(),
                 QStringLiteral("boss: entity=application:1 since=2026-12-06T13:25:01.000Z "
                                "format=json"));
        r = run({"--db", desk.db, "audit", "verify"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Never over the database, and then nothing is recorded.
        r = run(
            {"--db", desk.db, "--token-file", desk.bossToken, "audit", "export", "-o", desk.db});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(count(desk.db, exports), 1);
    }

    // The trail holds personal data: officers, read-only staff and nobody at all are refused,
    // and nothing is recorded or written.
    void onlyAdministratorsExport()
    {
        const Desk desk = makeDesk(QStringLiteral("refused"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QString file = path(QStringLiteral("refused.csv"));
        const QString exports =
            QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export'");
        for (const QString &token : {desk.officerToken, desk.readerToken}) {
            const CliRun r =
                run({"--db", desk.db, "--token-file", token, "audit", "export", "-o", file});
            QVERIFY2(r.exitCode == 1 &&
                         r.err.contains(QLatin1String("may not read the audit trail")),
                     qPrintable(r.describe()));
            QVERIFY(!QFile::exists(file));
        }
        const CliRun r = run({"--db", desk.db, "audit", "export"});
        QVERIFY2(r.exitCode == 1 && r.out.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(count(desk.db, exports), 0);
    }

    // applicant erase: administrators only, confirmed by --yes where no terminal can ask, and
    // then nothing of the person is in the file, nor found by a search.
    void eraseOnRequest()
    {
        const Desk desk = makeDesk(QStringLiteral("erase"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QString erasures = QStringLiteral("SELECT count(*) FROM erasures");
        for (const QString &token : {desk.officerToken, desk.readerToken}) {
            const CliRun r =
                run({"--db", desk.db, "--token-file", token, "applicant", "erase", "1", "--yes"});
            QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("may not")),
                     qPrintable(r.describe()));
        }
        const QStringList asBoss{"--db", desk.db, "--token-file", desk.bossToken};
        CliRun r = run(asBoss + QStringList{"applicant", "erase", "1"});
        QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--yes")),
                 qPrintable(r.describe()));
        QCOMPARE(count(desk.db, erasures), 0);
        QVERIFY(contentsOf(desk.db).contains("ada@example.org") ||
                contentsOf(desk.db + QStringLiteral("-wal")).contains("ada@example.org"));

        r = run(asBoss + QStringList{"applicant", "erase", "1", "--yes"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Erased 1 person:")),
                 qPrintable(r.describe()));
        QCOMPARE(count(desk.db, erasures), 1);
        for (const QString &file : {desk.db, desk.db + QStringLiteral("-wal")}) {
            const QByteArray bytes = contentsOf(file);
            QVERIFY2(!bytes.contains("ada@example.org") && !bytes.contains("Lovelace"),
                     qPrintable(file));
        }
        for (const char *term : {"Lovelace", "ada@example", "Ada"}) {
            r = run(asBoss + QStringList{"export", "applications", "--search", term});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QCOMPARE(r.out.trimmed().count(QLatin1Char('\n')), 0); // the header alone
        }
        r = run(asBoss + QStringList{"show", "1"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Erased applicant 1\n")) &&
                     r.out.contains(QLatin1String("at a privacy request")) &&
                     r.out.contains(QLatin1String("interview_scheduled")),
                 qPrintable(r.describe()));
        r = run(asBoss + QStringList{"applicant", "erase", "1", "--yes"});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("was erased on")),
                 qPrintable(r.describe()));
        r = run({"--db", desk.db, "audit", "verify"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void retentionPolicy()
    {
        const Desk desk = makeDesk(QStringLiteral("retention"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        CliRun r = run({"--db", desk.db, "--token-file", desk.readerToken, "retention", "show"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("kept 730 day")) &&
                     !r.out.contains(QLatin1String("Due")),
                 qPrintable(r.describe()));
        r = run({"--db", desk.db, "--token-file", desk.officerToken, "retention", "set", "30"});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("may not")),
                 qPrintable(r.describe()));
        const QStringList asBoss{"--db", desk.db, "--token-file", desk.bossToken};
        r = run(asBoss + QStringList{"retention", "set", "0"});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        r = run(asBoss + QStringList{"retention", "set", "30"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Ada's application is still open: nobody is due.
        r = run(asBoss + QStringList{"retention", "due"});
        QVERIFY2(r.exitCode == 0 && r.err.contains(QLatin1String("0 people due for erasure.")),
                 qPrintable(r.describe()));
        r = run(asBoss + QStringList{"retention", "erase-due", "--yes"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Nobody is due")),
                 qPrintable(r.describe()));
        QCOMPARE(count(desk.db, QStringLiteral("SELECT keep_days FROM retention_policy")), 30);
    }

    // Options it cannot read are refused, never dropped into a wider export.
    void wrongFiltersAreRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("entity without id")
            << QStringList{"--entity", "applicant:"} << 2 << "is not an entity";
        QTest::newRow("entity with a name")
            << QStringList{"--entity", "applicant:ada"} << 2 << "is not an entity";
        QTest::newRow("entity misspelt") << QStringList{"--entity", "applicants:1"} << 1
                                         << "no records of the entity 'applicants'";
        QTest::newRow("since not a time")
            << QStringList{"--since", "yesterday"} << 2 << "--since: 'yesterday'";
        QTest::newRow("format unknown")
            << QStringList{"--format", "xml"} << 2 << "--format must be csv or json";
    }

    void wrongFiltersAreRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        static const Desk desk = makeDesk(QStringLiteral("filters"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const CliRun r =
            run(QStringList{"--db", desk.db, "--token-file", desk.bossToken, "audit", "export"} +
                options);
        QVERIFY2(r.exitCode == exitCode && r.err.contains(message) && r.out.isEmpty(),
                 qPrintable(r.describe()));
        QCOMPARE(count(desk.db, "SELECT count(*) FROM audit_events WHERE action = 'export'"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
