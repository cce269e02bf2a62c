#include "cliprocess.h"
#include "services/signin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery");
const QString ReaderPassword = QStringLiteral("a reader's own password");
} // namespace

// The command line's sign-in, tried as a hostile user would. Each test builds its desk with the
// program's own commands, as a script would.
class TestCliTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments, const QMap<QString, QString> &variables = {})
    {
        QProcess process;
        QProcessEnvironment env = CliProcess::environment(m_dir.path());
        for (auto i = variables.cbegin(); i != variables.cend(); ++i)
            env.insert(i.key(), i.value());
        process.setProcessEnvironment(env);
        CliProcess::detachFromTerminal(process);
        process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
        return CliProcess::finish(process);
    }

    // A file holding `secret`, with these permissions.
    QString secretFile(const QString &name, const QString &secret,
                       QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
    {
        return CliProcess::secretFile(path(name), secret, permissions);
    }

    // A desk with a track, a cohort, an application, the administrator "boss" and the
    // read-only "reader", each with a token; empty when a step failed (QVERIFY2 it).
    struct Desk
    {
        QString db;
        QString bossPassword;
        QString bossToken;
        QString readerToken;
        QString failure;
    };

    Desk makeDesk(const QString &name)
    {
        Desk desk;
        desk.db = path(name + QStringLiteral(".sqlite"));
        desk.bossPassword = secretFile(name + QStringLiteral("-boss.pw"), AdminPassword);
        const QString readerPassword =
            secretFile(name + QStringLiteral("-reader.pw"), ReaderPassword);
        const QStringList db{QStringLiteral("--db"), desk.db};
        const QStringList asBoss =
            db + QStringList{QStringLiteral("--as"), QStringLiteral("boss"),
                             QStringLiteral("--password-file"), desk.bossPassword};
        desk.bossToken = path(name + QStringLiteral("-boss.token"));
        desk.readerToken = path(name + QStringLiteral("-reader.token"));
        const QList<QStringList> steps{
            db + QStringList{"init", "--admin", "boss", "--new-password-file", desk.bossPassword},
            asBoss + QStringList{"track", "add", "SWE", "Software Engineering"},
            asBoss + QStringList{"cohort", "add", "SWE-1", "--track", "SWE", "--starts",
                                 "2027-03-01", "--ends", "2027-09-01", "--capacity", "5"},
            asBoss + QStringList{"applicant", "add", "--first-name", "Ada", "--last-name",
                                 "Lovelace", "--email", "ada@example.org", "--track", "SWE"},
            asBoss + QStringList{"staff", "add", "reader", "--role", "read_only",
                                 "--new-password-file", readerPassword},
            asBoss + QStringList{"staff", "token", "boss-script", "-o", desk.bossToken},
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

    static QString firstLine(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        QVERIFY2(QFileInfo(QStringLiteral(ADMISSIONS_CLI)).isExecutable(), ADMISSIONS_CLI);
    }

    void tokensAreWrittenForTheirOwnerAlone()
    {
        const Desk desk = makeDesk(QStringLiteral("files"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(desk.bossToken).permissions() & others, QFile::Permissions());
        const QString token = firstLine(desk.bossToken);
        QVERIFY(token.startsWith(QLatin1String("adk_")));
        // The database keeps its SHA-256 digest, never the token.
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(CliProcess::scalarIn(desk.db, "SELECT name FROM access_tokens WHERE digest = '" +
                                                   digest + "'")
                     .toString(),
                 QStringLiteral("boss-script"));
        QFile file(desk.db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toLatin1()));
        QCOMPARE(CliProcess::scalarIn(desk.db, "SELECT count(*) FROM access_tokens").toInt(), 2);
    }

    // Once a desk has passwords, nothing acts without credentials: not the account, not $USER.
    void noCredentialsNoCommand()
    {
        const Desk desk = makeDesk(QStringLiteral("nocreds"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QStringList add{"--db",    desk.db,       "applicant", "add",     "--first-name",
                              "Eve",     "--last-name", "Mallory",   "--email", "eve@example.org",
                              "--track", "SWE"};
        CliRun r = run(add, {{"USER", "mallory"}, {"LOGNAME", "mallory"}});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("Who is acting?")),
                 qPrintable(r.describe()));
        r = run(QStringList{"--as", "boss"} + add, {{"USER", "boss"}});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("password")),
                 qPrintable(r.describe()));
        QCOMPARE(CliProcess::scalarIn(desk.db, "SELECT count(*) FROM applicants").toInt(), 1);
        QCOMPARE(CliProcess::scalarIn(desk.db,
                                      "SELECT count(*) FROM staff_users WHERE username = 'mallory'")
                     .toInt(),
                 0);
        // Reading needs a sign-in too.
        r = run({"--db", desk.db, "show", "1"});
        QVERIFY2(r.exitCode == 1 && !r.out.contains(QLatin1String("Lovelace")),
                 qPrintable(r.describe()));
    }

    void aWrongPasswordIsCountedAndWaits()
    {
        const Desk desk = makeDesk(QStringLiteral("wrong"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QString wrong =
            secretFile(QStringLiteral("wrong.pw"), QStringLiteral("not the one at all"));
        const QStringList show{"--db", desk.db, "--as", "boss", "--password-file",
                               wrong,  "show",  "1"};
        CliRun r = run(show);
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("Wrong username or password")),
                 qPrintable(r.describe()));
        QCOMPARE(CliProcess::scalarIn(
                     desk.db, "SELECT failed_sign_ins FROM staff_users WHERE username = 'boss'")
                     .toInt(),
                 1);
        QVERIFY(!CliProcess::scalarIn(
                     desk.db, "SELECT next_sign_in_at FROM staff_users WHERE username = 'boss'")
                     .isNull());
        // After many failures the wait is long, and even the right password waits: it is kept
        // in the file, so a new process waits too.
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "wait");
            sql.setDatabaseName(desk.db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec("UPDATE staff_users SET failed_sign_ins = 9, next_sign_in_at = "
                           "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+5 minutes') "
                           "WHERE username = 'boss'"));
        }
        QSqlDatabase::removeDatabase("wait");
        r = run(
            {"--db", desk.db, "--as", "boss", "--password-file", desk.bossPassword, "show", "1"});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("try again in")),
                 qPrintable(r.describe()));
    }

    void secretsInFilesOthersCanReadAreRefused()
    {
        const Desk desk = makeDesk(QStringLiteral("perms"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QString shared =
            secretFile(QStringLiteral("shared.token"), firstLine(desk.bossToken),
                       QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        CliRun r = run({"--db", desk.db, "--token-file", shared, "show", "1"});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("chmod 600")),
                 qPrintable(r.describe()));
        const QString loose =
            secretFile(QStringLiteral("loose.pw"), QStringLiteral("a fine password"),
                       QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const QString fresh = path(QStringLiteral("loose.sqlite"));
        r = run({"--db", fresh, "init", "--admin", "boss", "--new-password-file", loose});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("chmod 600")),
                 qPrintable(r.describe()));
        QCOMPARE(CliProcess::scalarIn(fresh, "SELECT count(*) FROM staff_users").toInt(), 0);

        r = run({"--db", desk.db, "--token-file", desk.bossToken, "show", "1"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Lovelace")),
                 qPrintable(r.describe()));
        r = run({"--db", desk.db, "show", "1"},
                {{"ADMISSIONS_DESK_TOKEN", firstLine(desk.bossToken)}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // A token speaks for its owner only.
        r = run({"--db", desk.db, "--as", "reader", "--token-file", desk.bossToken, "show", "1"});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("belongs to boss")),
                 qPrintable(r.describe()));
    }

    // The seven writes a read-only user ran before, and --raw: all refused, nothing written.
    void aReadOnlyUserWritesNothing()
    {
        const Desk desk = makeDesk(QStringLiteral("readonly"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        QFile csv(path(QStringLiteral("form.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("first_name,last_name,email,track\r\nAlan,Turing,alan@example.org,SWE\r\n");
        csv.close();
        const QStringList reader{"--db", desk.db, "--token-file", desk.readerToken};
        const QList<QStringList> writes{
            {"status", "set", "1", "screening"},
            {"applicant", "add", "--first-name", "Eve", "--last-name", "M", "--email",
             "eve@example.org", "--track", "SWE"},
            {"track", "add", "DATA", "Data"},
            {"cohort", "add", "SWE-2", "--track", "SWE", "--starts", "2027-06-01", "--ends",
             "2027-12-01", "--capacity", "5"},
            {"cohort", "set-capacity", "SWE-1", "50"},
            {"import", csv.fileName()},
            {"export", "applications", "--raw"},
            {"staff", "add", "eve", "--new-password-file", desk.bossPassword},
            {"staff", "set-role", "reader", "administrator"},
            {"backup", "-o", path(QStringLiteral("readonly-copy.sqlite"))},
        };
        const QString before =
            CliProcess::scalarIn(desk.db,
                                 "SELECT (SELECT count(*) FROM applicants) || '/' || "
                                 "(SELECT group_concat(status) FROM applications) || '/' || "
                                 "(SELECT count(*) FROM tracks) || '/' || (SELECT count(*) FROM "
                                 "cohorts) || '/' || (SELECT sum(capacity) FROM cohorts) || '/' || "
                                 "(SELECT group_concat(role) FROM staff_users)")
                .toString();
        for (const QStringList &write : writes) {
            const CliRun r = run(reader + write);
            QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("reader (Read-only) may not")),
                     qPrintable(write.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
        }
        QCOMPARE(CliProcess::scalarIn(
                     desk.db, "SELECT (SELECT count(*) FROM applicants) || '/' || "
                              "(SELECT group_concat(status) FROM applications) || '/' || "
                              "(SELECT count(*) FROM tracks) || '/' || (SELECT count(*) FROM "
                              "cohorts) || '/' || (SELECT sum(capacity) FROM cohorts) || '/' "
                              "|| (SELECT group_concat(role) FROM staff_users)")
                     .toString(),
                 before);
        QVERIFY(!QFile::exists(path(QStringLiteral("readonly-copy.sqlite"))));
        // What read-only may do: look and export the ordinary columns.
        CliRun r = run(reader + QStringList{"export", "applications"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("ada@example.org")),
                 qPrintable(r.describe()));
        r = run(reader + QStringList{"cohort", "list"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void administratorsManageStaff()
    {
        const Desk desk = makeDesk(QStringLiteral("staff"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QStringList boss{"--db", desk.db, "--token-file", desk.bossToken};
        CliRun r = run(boss + QStringList{"staff", "list"});
        QVERIFY2(r.exitCode == 0 &&
                     r.out.contains(QRegularExpression("boss +boss +administrator +active")) &&
                     r.out.contains(QRegularExpression("reader +reader +read_only +active")),
                 qPrintable(r.describe()));
        r = run(boss + QStringList{"staff", "set-role", "boss", "admissions_officer"});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("last active administrator")),
                 qPrintable(r.describe()));
        r = run(boss + QStringList{"staff", "deactivate", "boss"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));

        // Deactivated, the reader's token stops working; activated again, it works.
        r = run(boss + QStringList{"staff", "deactivate", "reader"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({"--db", desk.db, "--token-file", desk.readerToken, "show", "1"});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("not valid")),
                 qPrintable(r.describe()));
        r = run(boss + QStringList{"staff", "activate", "reader"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({"--db", desk.db, "--token-file", desk.readerToken, "show", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // Revoked, a token is dead at once.
        r = run(boss + QStringList{"staff", "tokens", "--all"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("reader-script")) &&
                     !r.out.contains(QLatin1String("adk_")),
                 qPrintable(r.describe()));
        const QString readerTokenId =
            CliProcess::scalarIn(desk.db,
                                 "SELECT id FROM access_tokens WHERE name = 'reader-script'")
                .toString();
        r = run(boss + QStringList{"staff", "revoke-token", readerTokenId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({"--db", desk.db, "--token-file", desk.readerToken, "show", "1"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));

        r = run(boss + QStringList{"staff", "set-role", "reader", "officer"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(
            CliProcess::scalarIn(desk.db, "SELECT role FROM staff_users WHERE username = 'reader'")
                .toString(),
            QStringLiteral("admissions_officer"));
    }

    // A subject access request: everything about the person, for administrators only.
    void exportsEverythingAboutAPerson()
    {
        const Desk desk = makeDesk(QStringLiteral("privacy"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        CliRun r = run(
            {"--db", desk.db, "--token-file", desk.readerToken, "applicant", "export-data", "1"});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("privacy")) && r.out.isEmpty(),
                 qPrintable(r.describe()));
        r = run({"--db", desk.db, "--token-file", desk.bossToken, "applicant", "export-data", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject document = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(document.value("applicant").toObject().value("email").toString(),
                 QStringLiteral("ada@example.org"));
        QCOMPARE(document.value("applications").toArray().size(), 1);
        QVERIFY(!document.value("applications")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("status_history")
                     .toArray()
                     .isEmpty());

        const QString file = path(QStringLiteral("ada.json"));
        r = run({"--db", desk.db, "--token-file", desk.bossToken, "applicant", "export-data", "1",
                 "-o", file});
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), qPrintable(r.describe()));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(file).permissions() & others, QFile::Permissions());
        r = run({"--db", desk.db, "--token-file", desk.bossToken, "applicant", "export-data", "1",
                 "-o", desk.db});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    }

    // The sqlite3 shell cannot change the status history; dropping its guard first is caught
    // by check.
    void theHistoryResistsTheShell()
    {
        const Desk desk = makeDesk(QStringLiteral("shell"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const auto shell = [&desk](const QString &sql) {
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"), {desk.db, sql});
            return CliProcess::finish(sqlite);
        };
        CliRun r = shell("UPDATE status_events SET to_status = 'qualified'");
        QVERIFY2(r.exitCode != 0 && r.err.contains(QLatin1String("append-only")),
                 qPrintable(r.describe()));
        r = shell("DELETE FROM status_events");
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        r = run({"--db", desk.db, "check"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        r = shell("DROP TRIGGER status_events_no_update; "
                  "UPDATE status_events SET reason = 'rewritten'");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({"--db", desk.db, "check"});
        QVERIFY2(r.exitCode == 1 && r.out.contains(QLatin1String("status_events_no_update")),
                 qPrintable(r.describe()));
    }

    // A file from before passwords: the account that ran it acts, until the first administrator
    // is made; its other password-less staff (once made administrators automatically) cannot
    // sign in.
    void aFileFromBeforePasswords()
    {
        const QString db = path(QStringLiteral("legacy.sqlite"));
        CliRun r = run({"--db", db, "track", "add", "SWE", "Software Engineering"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe())); // no such file yet
        r = run({"--db", db, "init"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({"--db", db, "track", "add", "SWE", "Software Engineering"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString account = SignIn::systemAccountName();
        QCOMPARE(CliProcess::scalarIn(db, "SELECT role FROM staff_users WHERE username = '" +
                                              account + "'")
                     .toString(),
                 QStringLiteral("administrator"));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "legacy");
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec("INSERT INTO staff_users (username, display_name, role, created_at) "
                           "VALUES ('mallory', 'mallory', 'administrator', '2026-01-01')"));
        }
        QSqlDatabase::removeDatabase("legacy");
        r = run({"--db", db, "--as", "mallory", "track", "add", "DATA", "Data"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));

        const QString password = secretFile(QStringLiteral("legacy.pw"), AdminPassword);
        r = run({"--db", db, "init", "--admin", account, "--new-password-file", password});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Administrator: ") + account),
                 qPrintable(r.describe()));
        r = run({"--db", db, "init", "--admin", "mallory", "--new-password-file", password});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("already has an administrator")),
                 qPrintable(r.describe()));
        // Now the account itself must sign in.
        r = run({"--db", db, "track", "add", "DATA", "Data"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        r = run({"--db", db, "--as", account, "--password-file", password, "track", "add", "DATA",
                 "Data"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_clitrust.moc"
