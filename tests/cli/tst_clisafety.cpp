#include "cliprocess.h"
#include "damageablefile.h"
#include "filefacts.h"
#include "filestate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
using FileFacts::digestOf;
using FileFacts::modeOf;

using Run = CliRun;

// How the program is started.
struct How
{
    // Permissions mean nothing to root: a test of them runs the program as nobody when the test
    // runs as root, and as the test's own user otherwise.
    bool asUser = false;
    // The child's umask is 000, as a careless login or service may leave it.
    bool umaskZero = false;
    QString workingDirectory;
    QString standardOutputFile;
    // QT_LOGGING_RULES, which is otherwise left out of the environment altogether.
    QString loggingRules;

    static How user()
    {
        How how;
        how.asUser = true;
        return how;
    }
    static How in(const QString &folder)
    {
        How how;
        how.workingDirectory = folder;
        return how;
    }
};

constexpr uid_t NobodyId = 65534;
constexpr int CannotBecomeNobody = 125;

bool isRoot()
{
    return ::geteuid() == 0;
}

bool setMode(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// Gives a file or folder to the user the permission tests run the program as.
bool giveToUser(const QString &path)
{
    return !isRoot() || ::lchown(QFile::encodeName(path).constData(), NobodyId, NobodyId) == 0;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString octal(int mode)
{
    return mode < 0 ? QStringLiteral("missing") : QString::number(mode, 8).rightJustified(4, '0');
}

// The files SQLite keeps beside a database while it is open.
QStringList companionsOf(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found << QFileInfo(path).fileName() + QLatin1String(suffix);
    }
    return found;
}
} // namespace

// What the command line must never do to a person's data: replace the database with an
// export, leave an export readable by others, make a file or folder by reading, report success
// when its output was lost, print internal log lines, or call a file it may not use damaged.
// The real program, run as a separate process on real files.
class TestCliSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportNeverReplacesADatabase_data();
    void exportNeverReplacesADatabase();
    void exportsAreForTheirOwnerAlone_data();
    void exportsAreForTheirOwnerAlone();
    void readingCommandsCreateNothing_data();
    void readingCommandsCreateNothing();
    void anEmptyFileIsLeftEmpty_data();
    void anEmptyFileIsLeftEmpty();
    void makingCommandsCreateAPrivateFile_data();
    void makingCommandsCreateAPrivateFile();
    void lostOutputIsAFailure_data();
    void lostOutputIsAFailure();
    void internalLogLinesStayHidden_data();
    void internalLogLinesStayHidden();
    void readsInAFolderItCannotWrite();
    void readsAReadOnlyFileWithoutLeavingCompanions();
    void writesPastReadOnlyCompanionsOfOlderVersions_data();
    void writesPastReadOnlyCompanionsOfOlderVersions();
    void anUnreadableFileIsNotCalledDamaged_data();
    void anUnreadableFileIsNotCalledDamaged();
    void aDamagedPageStopsTheCommandThatMeetsIt();

private:
    Run run(const QStringList &arguments, const How &how = {}) const;
    // A folder of the user's own for one permission test, with a copy of the small database
    // (the user's, or with `someoneElses`, the test's own user's); the database's path, empty
    // when it could not be made.
    QString userDatabase(const QString &folderName, bool someoneElses = false) const;

    QTemporaryDir m_dir;
    // Where the program runs as nobody when the test runs as root: a folder nobody may enter.
    QTemporaryDir m_userDir;
    QString m_exports; // a seeded database with its links and a backup, for the exports
    QString m_small;   // one application
};

void TestCliSafety::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(m_userDir.isValid(), qPrintable(m_userDir.errorString()));
    QVERIFY2(QFileInfo(QStringLiteral(ADMISSIONS_CLI)).isExecutable(), ADMISSIONS_CLI);
    QVERIFY(setMode(m_userDir.path(), 0777));
    if (isRoot()) {
        // Everything up to the program must be open to nobody.
        const Run r = run({QStringLiteral("--version")}, How::user());
        QVERIFY2(r.exitCode == 0, qPrintable("the program cannot run as nobody: " + r.describe()));
    }

    m_exports = m_dir.filePath(QStringLiteral("exports/desk.sqlite"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("exports/sub")));
    const Run seeded = run({QStringLiteral("--db"), m_exports, QStringLiteral("seed-demo"),
                            QStringLiteral("--applicants"), QStringLiteral("200")});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.describe()));
    const QString folder = QFileInfo(m_exports).absolutePath();
    QVERIFY(QFile::link(m_exports, folder + QStringLiteral("/link.sqlite")));
    QVERIFY2(::link(QFile::encodeName(m_exports).constData(),
                    QFile::encodeName(folder + QStringLiteral("/hard.csv")).constData()) == 0,
             "cannot make a hard link");
    QVERIFY(QFile::copy(m_exports, folder + QStringLiteral("/backup.sqlite")));

    // One track and one application (id 1).
    m_small = m_dir.filePath(QStringLiteral("small.sqlite"));
    for (const QStringList &command :
         {QStringList{"init"}, QStringList{"track", "add", "SWE", "Software Engineering"},
          QStringList{"applicant", "add", "--first-name", "Ada", "--last-name", "Lovelace",
                      "--email", "ada@example.org", "--track", "SWE"}}) {
        const Run r = run(QStringList{QStringLiteral("--db"), m_small} + command);
        QVERIFY2(r.exitCode == 0, qPrintable(command.join(' ') + ": " + r.describe()));
    }
    QCOMPARE(companionsOf(m_small), QStringList());
}

Run TestCliSafety::run(const QStringList &arguments, const How &how) const
{
    QProcess process;
    const QString home = how.asUser ? m_userDir.path() : m_dir.path();
    QProcessEnvironment env = CliProcess::environment(home);
    if (!how.loggingRules.isEmpty())
        env.insert(QStringLiteral("QT_LOGGING_RULES"), how.loggingRules);
    process.setProcessEnvironment(env);
    if (!how.workingDirectory.isEmpty())
        process.setWorkingDirectory(how.workingDirectory);
    if (!how.standardOutputFile.isEmpty())
        process.setStandardOutputFile(how.standardOutputFile);
    const bool becomeNobody = how.asUser && isRoot();
    const bool umaskZero = how.umaskZero;
    // As CliProcess::detachFromTerminal, in the one modifier a process has.
    process.setChildProcessModifier([becomeNobody, umaskZero] {
        ::setsid();
        if (umaskZero)
            ::umask(0);
        if (becomeNobody &&
            (::setgroups(0, nullptr) != 0 || ::setgid(NobodyId) != 0 || ::setuid(NobodyId) != 0))
            ::_exit(CannotBecomeNobody);
    });
    process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
    Run result = CliProcess::finish(process, 60000);
    if (result.exitCode == CannotBecomeNobody && becomeNobody)
        result.err += QStringLiteral("(the test could not switch to user nobody)");
    return result;
}

QString TestCliSafety::userDatabase(const QString &folderName, bool someoneElses) const
{
    const QString folder = m_userDir.filePath(folderName);
    const QString path = folder + QStringLiteral("/desk.sqlite");
    if (!QDir().mkpath(folder) || !setMode(folder, 0755) || !giveToUser(folder) ||
        !QFile::copy(m_small, path) || !setMode(path, 0600) || (!someoneElses && !giveToUser(path)))
        return {};
    // The user's own desk, with no passwords yet, knows them as its staff user from their first
    // command; a later read-only file cannot make them one.
    if (!someoneElses &&
        run({QStringLiteral("--db"), path, QStringLiteral("cohort"), QStringLiteral("list")},
            How::user())
                .exitCode != 0)
        return {};
    return path;
}

// 1. An export never replaces the database, whatever the name it is given, nor its -wal or
// -shm, nor any other SQLite file such as a backup.
void TestCliSafety::exportNeverReplacesADatabase_data()
{
    // "@" stands for the folder's absolute path; other names are relative to it, where the
    // program runs.
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("output");
    // Another program has the database open: its -wal and -shm are there before the export.
    QTest::addColumn<bool>("heldOpen");
    QTest::addColumn<QString>("refusal");
    // Each export in turn: they all write through one function.
    QTest::addColumn<QString>("what");
    int row = 0;
    const auto add = [&row](const char *name, const char *database, const char *output,
                            bool heldOpen, const char *refusal) {
        const char *const kinds[] = {"applications", "history", "waitlist"};
        QTest::newRow(name) << database << output << heldOpen << refusal << kinds[row++ % 3];
    };
    add("itself", "@/desk.sqlite", "@/desk.sqlite", false, "is the database");
    add("another spelling", "@/desk.sqlite", "@/sub/../desk.sqlite", false, "is the database");
    add("relative output", "@/desk.sqlite", "desk.sqlite", false, "is the database");
    add("relative database", "desk.sqlite", "@/desk.sqlite", false, "is the database");
    add("a symbolic link to it", "@/desk.sqlite", "@/link.sqlite", false, "is the database");
    add("opened through a symbolic link", "@/link.sqlite", "@/desk.sqlite", false,
        "is the database");
    add("a hard link to it", "@/desk.sqlite", "@/hard.csv", false, "is the database");
    add("-wal", "@/desk.sqlite", "@/desk.sqlite-wal", false, "write-ahead log");
    add("-wal, held open", "@/desk.sqlite", "@/desk.sqlite-wal", true, "write-ahead log");
    add("-wal, opened through a symbolic link", "@/link.sqlite", "desk.sqlite-wal", true,
        "write-ahead log");
    add("-shm", "@/desk.sqlite", "@/desk.sqlite-shm", false, "shared-memory index");
    add("-shm, held open", "@/desk.sqlite", "sub/../desk.sqlite-shm", true, "shared-memory index");
    add("a backup copy", "@/desk.sqlite", "@/backup.sqlite", false, "is an SQLite database");
    add("a backup copy, held open", "@/desk.sqlite", "backup.sqlite", true,
        "is an SQLite database");
}

void TestCliSafety::exportNeverReplacesADatabase()
{
    QFETCH(QString, database);
    QFETCH(QString, output);
    QFETCH(bool, heldOpen);
    QFETCH(QString, refusal);
    QFETCH(QString, what);
    const QString folder = QFileInfo(m_exports).absolutePath();
    database.replace(QLatin1Char('@'), folder);
    output.replace(QLatin1Char('@'), folder);
    const QString backup = folder + QStringLiteral("/backup.sqlite");

    const QByteArray before = digestOf(m_exports);
    const QByteArray backupBefore = digestOf(backup);
    const FileState stateBefore = FileState::of(m_exports);
    QVERIFY2(stateBefore.error.isEmpty(), qPrintable(stateBefore.error));
    QVERIFY(stateBefore.rows.value(QStringLiteral("applications")) >= 200);

    const QString holder = QStringLiteral("holder");
    const auto release = qScopeGuard([&holder] { QSqlDatabase::removeDatabase(holder); });
    {
        QSqlDatabase held = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
        if (heldOpen) {
            held.setDatabaseName(m_exports);
            QVERIFY2(held.open(), qPrintable(held.lastError().text()));
            QSqlQuery query(held);
            QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM applications")),
                     qPrintable(query.lastError().text()));
            QVERIFY(QFileInfo::exists(m_exports + QStringLiteral("-wal")));
            QVERIFY(QFileInfo::exists(m_exports + QStringLiteral("-shm")));
        }
        const Run r = run({QStringLiteral("--db"), database, QStringLiteral("export"), what,
                           QStringLiteral("-o"), output},
                          How::in(folder));
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains(QStringLiteral("Will not write ") + QDir::toNativeSeparators(output)),
            qPrintable(r.describe()));
        QVERIFY2(r.err.contains(refusal), qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(digestOf(m_exports), before);
        QCOMPARE(digestOf(backup), backupBefore);
        held.close();
    }
    // The file is whole, and holds what it held.
    const FileState stateAfter = FileState::of(m_exports);
    QVERIFY2(stateAfter.error.isEmpty(), qPrintable(stateAfter.error));
    QCOMPARE(stateAfter.integrity, QStringLiteral("ok"));
    QVERIFY2(stateAfter == stateBefore, qPrintable(stateAfter.differences(stateBefore)));
    const Run checked = run({QStringLiteral("--db"), m_exports, QStringLiteral("check")});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.describe()));
    QCOMPARE(digestOf(m_exports), before);
    QCOMPARE(companionsOf(m_exports), QStringList());
}

// 2. An export holds personal data: it is for its owner alone, whatever the umask, and also
// when it replaces a file others could read.
void TestCliSafety::exportsAreForTheirOwnerAlone_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("replaces");
    for (const char *what : {"applications", "history", "waitlist"}) {
        QTest::addRow("%s, a new file", what) << QString::fromLatin1(what) << false;
        QTest::addRow("%s, replacing a 0644 file", what) << QString::fromLatin1(what) << true;
    }
}

void TestCliSafety::exportsAreForTheirOwnerAlone()
{
    QFETCH(QString, what);
    QFETCH(bool, replaces);
    const QString path =
        m_dir.filePath(QStringLiteral("private-%1-%2.csv").arg(what).arg(replaces));
    if (replaces) {
        QVERIFY(writeFile(path, "an older export\r\n"));
        QVERIFY(setMode(path, 0644));
        QCOMPARE(octal(modeOf(path)), QStringLiteral("0644"));
    }
    How how;
    how.umaskZero = true;
    const Run r = run({QStringLiteral("--db"), m_exports, QStringLiteral("export"), what,
                       QStringLiteral("-o"), path},
                      how);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("written to")), qPrintable(r.describe()));
    QVERIFY(!digestOf(path).startsWith("cannot"));
    QVERIFY(QFileInfo(path).size() > 20);
    QCOMPARE(octal(modeOf(path)), QStringLiteral("0600"));
}

// 3. A command that needs a database never makes one: a mistyped name is an error, and no
// file or folder is left behind.
void TestCliSafety::readingCommandsCreateNothing_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("check") << QStringList{"check"};
    QTest::newRow("cohort list") << QStringList{"cohort", "list"};
    QTest::newRow("show") << QStringList{"show", "1"};
    QTest::newRow("export applications") << QStringList{"export", "applications"};
    QTest::newRow("export history to a file")
        << QStringList{"export", "history", "-o", "history.csv"};
    QTest::newRow("status set") << QStringList{"status", "set", "1", "screening"};
    QTest::newRow("applicant add")
        << QStringList{"applicant", "add",     "--first-name",    "Ada",     "--last-name",
                       "Lovelace",  "--email", "ada@example.org", "--track", "SWE"};
    QTest::newRow("import") << QStringList{"import", "form.csv"};
}

void TestCliSafety::readingCommandsCreateNothing()
{
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("form.csv")),
                      "first_name,last_name,email,track\r\nAda,Lovelace,ada@example.org,SWE\r\n"));
    const QString missing = dir.filePath(QStringLiteral("missing/folder/desk.sqlite"));
    const Run r = run(QStringList{QStringLiteral("--db"), missing} + command, How::in(dir.path()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("there is no such file")), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))),
             "the command made the folder");
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("form.csv")});
}

void TestCliSafety::anEmptyFileIsLeftEmpty_data()
{
    readingCommandsCreateNothing_data();
}

void TestCliSafety::anEmptyFileIsLeftEmpty()
{
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("form.csv")),
                      "first_name,last_name,email,track\r\nAda,Lovelace,ada@example.org,SWE\r\n"));
    const QString empty = dir.filePath(QStringLiteral("desk.sqlite"));
    QVERIFY(writeFile(empty, {}));
    const Run r = run(QStringList{QStringLiteral("--db"), empty} + command, How::in(dir.path()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("empty")), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(QFileInfo(empty).size(), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{QStringLiteral("desk.sqlite"), QStringLiteral("form.csv")}));
}

void TestCliSafety::makingCommandsCreateAPrivateFile_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("init") << QStringList{"init"};
    QTest::newRow("seed-demo") << QStringList{"seed-demo", "--applicants", "5"};
}

void TestCliSafety::makingCommandsCreateAPrivateFile()
{
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("new/folder/desk.sqlite"));
    How how;
    how.umaskZero = true;
    Run r = run(QStringList{QStringLiteral("--db"), path} + command, how);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(octal(modeOf(path)), QStringLiteral("0600"));
    r = run({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

// 4. Output that did not reach its file is a failure, said on stderr.
void TestCliSafety::lostOutputIsAFailure_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("message");
    QTest::newRow("cohort list") << QStringList{"cohort", "list"}
                                 << "Cannot write the output to standard output";
    QTest::newRow("show") << QStringList{"show", "1"}
                          << "Cannot write the output to standard output";
    QTest::newRow("export applications")
        << QStringList{"export", "applications"} << "Cannot write the export to standard output";
}

void TestCliSafety::lostOutputIsAFailure()
{
    QFETCH(QStringList, command);
    QFETCH(QString, message);
    const QString full = QStringLiteral("/dev/full");
    if (!QFileInfo(full).exists())
        QSKIP("there is no /dev/full here");
    // The same command has output to lose.
    Run r = run(QStringList{QStringLiteral("--db"), m_small} + command);
    QVERIFY2(r.exitCode == 0 && !r.out.isEmpty(), qPrintable(r.describe()));

    How how;
    how.standardOutputFile = full;
    r = run(QStringList{QStringLiteral("--db"), m_small} + command, how);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("It is incomplete")), qPrintable(r.describe()));
}

// 5. On a damaged file stderr says what is wrong in a person's words, without the program's
// or Qt's internal log lines, unless QT_LOGGING_RULES asks for them.
void TestCliSafety::internalLogLinesStayHidden_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("cutShort"); // or damaged in its middle pages
    QTest::newRow("check, cut short") << QStringList{"check"} << true;
    QTest::newRow("cohort list, cut short") << QStringList{"cohort", "list"} << true;
}

void TestCliSafety::internalLogLinesStayHidden()
{
    QFETCH(QStringList, command);
    QFETCH(bool, cutShort);
    const QString path = m_dir.filePath(
        QStringLiteral("damaged-%1-%2.sqlite").arg(command.join(QLatin1Char('-'))).arg(cutShort));
    const QString made = DamageableFile::create(path);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QVERIFY(cutShort ? DamageableFile::truncate(path) : DamageableFile::overwritePages(path, 3, 2));

    const auto logLines = [](const QString &err) {
        QStringList lines;
        for (const QString &line : err.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("admissions.")) ||
                line.startsWith(QLatin1String("qt.")))
                lines << line;
        }
        return lines;
    };
    Run r = run(QStringList{QStringLiteral("--db"), path} + command);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("admissions-desk-cli: ")) &&
                 r.err.contains(QStringLiteral("damaged")),
             qPrintable(r.describe()));
    QVERIFY2(logLines(r.err).isEmpty(), qPrintable(r.describe()));

    How how;
    how.loggingRules = QStringLiteral("admissions.*=true");
    r = run(QStringList{QStringLiteral("--db"), path} + command, how);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.describe()));
    QVERIFY2(!logLines(r.err).isEmpty(), qPrintable(r.describe()));
}

// 6a. A sound file in a folder the user cannot write: reading works and leaves nothing
// behind; writing is refused for the folder, not for "damage".
void TestCliSafety::readsInAFolderItCannotWrite()
{
    const QString path = userDatabase(QStringLiteral("read-only-folder"));
    QVERIFY(!path.isEmpty());
    const QString folder = QFileInfo(path).absolutePath();
    const How user = How::user();
    QCOMPARE(companionsOf(path), QStringList());
    QVERIFY(setMode(folder, 0555));
    const auto restore = qScopeGuard([&folder] { setMode(folder, 0755); });
    const QByteArray before = digestOf(path);
    const QStringList db{QStringLiteral("--db"), path};

    Run r = run(db + QStringList{"check"}, user);
    QVERIFY2(r.exitCode == 0 && r.out.contains("No problems"), qPrintable(r.describe()));
    r = run(db + QStringList{"export", "applications", "--columns", "email"}, user);
    QVERIFY2(r.exitCode == 0 && r.out.contains("ada@example.org"), qPrintable(r.describe()));
    const QString csv = m_userDir.filePath(QStringLiteral("from-read-only-folder.csv"));
    r = run(db + QStringList{"export", "applications", "-o", csv}, user);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo(csv).size() > 0);
    QCOMPARE(companionsOf(path), QStringList());

    for (const QStringList &command :
         {QStringList{"status", "set", "1", "screening"},
          QStringList{"applicant", "add", "--first-name", "Grace", "--last-name", "Hopper",
                      "--email", "grace@example.org", "--track", "SWE"}}) {
        r = run(db + command, user);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("cannot write in its folder")),
                 qPrintable(r.describe()));
        QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.describe()));
    }
    QCOMPARE(digestOf(path), before);
    QCOMPARE(companionsOf(path), QStringList());
}

// 6b. A read-only file: read without -wal or -shm left behind (which would keep their
// read-only mode and block every later writer); writes refused in those words until the file
// is writable again.
void TestCliSafety::readsAReadOnlyFileWithoutLeavingCompanions()
{
    const QString path = userDatabase(QStringLiteral("read-only-file"));
    QVERIFY(!path.isEmpty());
    const QString folder = QFileInfo(path).absolutePath();
    const How user = How::user();
    QVERIFY(setMode(path, 0400));
    const QByteArray before = digestOf(path);
    const QStringList db{QStringLiteral("--db"), path};

    Run r = run(db + QStringList{"check"}, user);
    QVERIFY2(r.exitCode == 0 && r.out.contains("No problems"), qPrintable(r.describe()));
    QCOMPARE(companionsOf(path), QStringList());
    r = run(db + QStringList{"export", "applications", "--columns", "email"}, user);
    QVERIFY2(r.exitCode == 0 && r.out.contains("ada@example.org"), qPrintable(r.describe()));
    QCOMPARE(companionsOf(path), QStringList());
    const QString csv = folder + QStringLiteral("/applications.csv");
    r = run(db + QStringList{"export", "applications", "-o", csv}, user);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(companionsOf(path), QStringList());

    r = run(db + QStringList{"status", "set", "1", "screening"}, user);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("read-only for you")), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.describe()));
    QCOMPARE(digestOf(path), before);
    QCOMPARE(companionsOf(path), QStringList());

    // Nothing makes a -wal here, not even an export through a link to where it would be.
    const QString link = folder + QStringLiteral("/to-the-log.csv");
    QVERIFY(QFile::link(path + QStringLiteral("-wal"), link));
    r = run(db + QStringList{"export", "applications", "-o", link}, user);
    QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("write-ahead log")),
             qPrintable(r.describe()));
    QCOMPARE(companionsOf(path), QStringList());

    QVERIFY(setMode(path, 0600));
    r = run(db + QStringList{"status", "set", "1", "screening"}, user);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run(db + QStringList{"show", "1"}, user);
    QVERIFY2(r.exitCode == 0 && r.out.contains("applied -> screening"), qPrintable(r.describe()));
}

// 6c. Older versions read a read-only file on a plain read-only connection, and SQLite left
// its -wal and -shm with the file's read-only mode. Once the file is writable again, SQLite
// still cannot write through a read-only -shm: the program gives them the file's mode.
void TestCliSafety::writesPastReadOnlyCompanionsOfOlderVersions_data()
{
    QTest::addColumn<QStringList>("companions");
    QTest::newRow("-shm") << QStringList{"-shm"};
    QTest::newRow("-wal and -shm") << QStringList{"-wal", "-shm"};
}

void TestCliSafety::writesPastReadOnlyCompanionsOfOlderVersions()
{
    QFETCH(QStringList, companions);
    const QString path = userDatabase(QStringLiteral("trap") + companions.join(QString()));
    QVERIFY(!path.isEmpty());
    const How user = How::user();
    // The companions as SQLite makes them for a reader: an empty -wal and an -shm whose index
    // has been set up. They go when the reader closes the file, so they are kept in between.
    QMap<QString, QByteArray> kept;
    {
        const QString reader = QStringLiteral("older-reader");
        const auto release = qScopeGuard([&reader] { QSqlDatabase::removeDatabase(reader); });
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM applications")) && query.next(),
                 qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toInt(), 1);
        for (const QString &suffix : std::as_const(companions)) {
            QFile file(path + suffix);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
            kept.insert(suffix, file.readAll());
        }
        query.finish();
        db.close();
    }
    QVERIFY(kept.value(QStringLiteral("-shm")).size() >= 32768);
    for (const QString &suffix : std::as_const(companions)) {
        QVERIFY(writeFile(path + suffix, kept.value(suffix)));
        QVERIFY(giveToUser(path + suffix));
        QVERIFY(setMode(path + suffix, 0400));
    }
    QCOMPARE(octal(modeOf(path)), QStringLiteral("0600"));

    const QStringList db{QStringLiteral("--db"), path};
    Run r = run(db + QStringList{"status", "set", "1", "screening"}, user);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run(db + QStringList{"show", "1"}, user);
    QVERIFY2(r.exitCode == 0 && r.out.contains("applied -> screening"), qPrintable(r.describe()));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const int mode = modeOf(path + suffix);
        QVERIFY2(mode == -1 || mode == 0600, qPrintable(suffix + ": " + octal(mode)));
    }
}

// 6d. A file the user may not read is said to be so, not "damaged" or "not an SQLite file".
void TestCliSafety::anUnreadableFileIsNotCalledDamaged_data()
{
    QTest::addColumn<bool>("someoneElses");
    QTest::newRow("own file, 0000") << false;
    QTest::newRow("someone else's file, 0600") << true;
}

void TestCliSafety::anUnreadableFileIsNotCalledDamaged()
{
    QFETCH(bool, someoneElses);
    if (someoneElses && !isRoot())
        QSKIP("only root can make a file of someone else's");
    // Someone else's file belongs to the test's own user (root), who is not nobody.
    const QString path = userDatabase(
        someoneElses ? QStringLiteral("others") : QStringLiteral("unreadable"), someoneElses);
    QVERIFY(!path.isEmpty());
    QVERIFY(setMode(path, someoneElses ? 0600 : 0000));
    const auto restore = qScopeGuard([&path] { setMode(path, 0600); });
    const QByteArray before = digestOf(path);

    for (const QStringList &command : {QStringList{"check"}, QStringList{"export", "applications"},
                                       QStringList{"status", "set", "1", "screening"}}) {
        const Run r = run(QStringList{QStringLiteral("--db"), path} + command, How::user());
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("permission to read")), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains(QStringLiteral("damaged")) &&
                     !r.err.contains(QStringLiteral("not an SQLite file")),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    }
    QCOMPARE(digestOf(path), before);
    QCOMPARE(companionsOf(path), QStringList());
}

// 7. No command reads the whole file on opening (that is `check`'s work): damage away from the
// schema opens, and the command whose statement meets it fails, in plain words, with its
// transaction: the move is not half made. `check` finds it too.
void TestCliSafety::aDamagedPageStopsTheCommandThatMeetsIt()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged-history.sqlite"));
    QVERIFY(QFile::copy(m_small, path));
    // The status history's root page: a move appends to it, `show` reads it.
    const auto raw = [&path](const QString &sql) {
        QVariant value;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(sql) && query.next())
                value = query.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return value;
    };
    const int root =
        raw(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'status_events'"))
            .toInt();
    QVERIFY(root > 1);
    const QString statusOfOne = QStringLiteral("SELECT status || ' ' || status_changed_at FROM "
                                               "applications WHERE id = 1");
    const QString recordsOtherThanSignIns =
        QStringLiteral("SELECT count(*) FROM audit_events WHERE action <> 'sign_in'");
    const QVariant statusBefore = raw(statusOfOne);
    const QVariant recordsBefore = raw(recordsOtherThanSignIns);
    QVERIFY(statusBefore.toString().startsWith(QLatin1String("applied ")));
    QVERIFY(DamageableFile::overwritePages(path, root - 1, 1));
    const QStringList db{QStringLiteral("--db"), path};

    Run r = run(db + QStringList{"status", "set", "1", "screening"});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("damaged")) && r.err.contains(QStringLiteral("check")),
             qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(raw(statusOfOne), statusBefore);
    QCOMPARE(raw(recordsOtherThanSignIns), recordsBefore);

    r = run(db + QStringList{"show", "1"});
    QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("damaged")),
             qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));

    r = run(db + QStringList{"check"});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2((r.out + r.err).contains(QStringLiteral("damaged")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
