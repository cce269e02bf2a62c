#include "backup/backupfile.h"
#include "cliprocess.h"
#include "db/database.h"
#include "filefacts.h"
#include "verifyok.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
using FileFacts::filesIn;
using FileFacts::modeOf;

using Run = CliRun;

qint64 applicationId(const QString &addOutput)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Application: (\\d+)")).match(addOutput);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

// An empty file under a backup's name, made at noon UTC `daysAgo` days ago.
void oldBackup(const QString &folder, const QString &database, int daysAgo)
{
    const QDateTime at(QDate::currentDate().addDays(-daysAgo), QTime(12, 0), Qt::UTC);
    QFile file(QDir(folder).filePath(QFileInfo(database).completeBaseName() + QLatin1Char('-') +
                                     at.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                                     QStringLiteral("-daily.sqlite")));
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.fileName()));
}
} // namespace

// 'backup', 'backup list', 'backup settings' and 'restore' of the real program, as a script or a
// scheduled job runs them.
class TestCliBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void backupTwiceThenListThem();
    void backupToAFile();
    void restoreBringsBackTheOldState();
    void restoreIsRefusedWhileTheDatabaseIsOpen();
    void settingsChangeTheRotationAndTheFolder();

private:
    Run run(const QStringList &arguments);
    // A fresh seeded database in a folder of its own.
    QString seeded(const QString &name);

    QTemporaryDir m_dir;
};

void TestCliBackup::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo(QStringLiteral(ADMISSIONS_CLI)).isExecutable(), ADMISSIONS_CLI);
}

void TestCliBackup::init()
{
    // Every test starts from the default settings.
    QDir(m_dir.filePath(QStringLiteral("config"))).removeRecursively();
}

Run TestCliBackup::run(const QStringList &arguments)
{
    QProcess process;
    // The settings and the default file in the test's folder, never the real home folder's.
    process.setProcessEnvironment(CliProcess::environment(m_dir.path()));
    CliProcess::detachFromTerminal(process);
    process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
    return CliProcess::finish(process, 60000);
}

QString TestCliBackup::seeded(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    if (!QDir().mkpath(folder))
        return {};
    const QString path = QDir(folder).filePath(QStringLiteral("desk.sqlite"));
    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("seed-demo"),
                       QStringLiteral("--applicants"), QStringLiteral("200")});
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return path;
}

void TestCliBackup::backupTwiceThenListThem()
{
    const QString db = seeded(QStringLiteral("twice"));
    QVERIFY(!db.isEmpty());
    const QString folder = QFileInfo(db).absoluteDir().filePath(QStringLiteral("backups"));
    const QStringList dbArg{QStringLiteral("--db"), db};

    // Daily backups of three and two days ago (empty files under their names).
    QVERIFY(QDir().mkpath(folder));
    oldBackup(folder, db, 3);
    oldBackup(folder, db, 2);
    const QStringList older = filesIn(folder);

    Run r = run(dbArg + QStringList{QStringLiteral("backup")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("Backed up")) &&
                 r.out.contains(QLatin1String("applications")),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("Deleted")), qPrintable(r.out));
    QStringList made = filesIn(folder);
    QCOMPARE(made.size(), qsizetype(3));
    const QString first = made.last();

    // Rotation keeps the newest backup of each day: the second of today replaces the first.
    r = run(dbArg + QStringList{QStringLiteral("backup")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("Deleted the old backup %1.")
                                .arg(QDir::toNativeSeparators(QDir(folder).filePath(first)))),
             qPrintable(r.out));
    made = filesIn(folder);
    QCOMPARE(made.size(), qsizetype(3));
    QCOMPARE(made.mid(0, 2), older);
    const QString newest = made.last();
    QVERIFY(newest != first);
    QVERIFY2(QRegularExpression(QStringLiteral("^desk-\\d{8}-\\d{6}-manual(-2)?\\.sqlite$"))
                 .match(newest)
                 .hasMatch(),
             qPrintable(newest));
    const QString path = QDir(folder).filePath(newest);
    QCOMPARE(modeOf(path), 0600);
    const auto inspected = BackupFile::inspect(path);
    QVERIFY_OK(inspected);
    QVERIFY(inspected->applications() >= 200);
    QVERIFY2(r.out.contains(QStringLiteral(": %1 applications").arg(inspected->applications())),
             qPrintable(r.out));

    // A scheduled job asks: not due, a backup was just made.
    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("--if-due")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("No backup is due")), qPrintable(r.out));
    QVERIFY2(r.out.contains(newest), qPrintable(r.out));
    QCOMPARE(filesIn(folder), made);

    // Listed newest first.
    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(folder)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("7 days, 4 weeks and 6 months")), qPrintable(r.out));
    for (const QString &name : made)
        QVERIFY2(r.out.contains(name), qPrintable(name + QLatin1Char('\n') + r.out));
    QVERIFY2(r.out.indexOf(newest) < r.out.indexOf(older.last()) &&
                 r.out.indexOf(older.last()) < r.out.indexOf(older.first()),
             qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1String("daily")), 4);
    // Each the reason and the file name.
    QCOMPARE(r.out.count(QLatin1String("manual")), 2);

    // Another database's folder has none.
    const QString other = seeded(QStringLiteral("other"));
    r = run({QStringLiteral("--db"), other, QStringLiteral("backup"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("No backups yet")), qPrintable(r.out));
    // And for it, a daily backup is due.
    r = run({QStringLiteral("--db"), other, QStringLiteral("backup"), QStringLiteral("--if-due")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList daily = filesIn(QFileInfo(other).absoluteDir().filePath("backups"));
    QCOMPARE(daily.size(), qsizetype(1));
    QVERIFY2(daily.first().endsWith(QLatin1String("-daily.sqlite")), qPrintable(daily.first()));
}

void TestCliBackup::backupToAFile()
{
    const QString db = seeded(QStringLiteral("tofile"));
    QVERIFY(!db.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("tofile/copy.sqlite"));
    const QStringList dbArg{QStringLiteral("--db"), db};

    Run r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("-o"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(file)), qPrintable(r.out));
    QCOMPARE(modeOf(file), 0600);
    const auto inspected = BackupFile::inspect(file);
    QVERIFY_OK(inspected);
    // -o writes only that file: no backup folder, no rotation.
    QVERIFY(!QFileInfo::exists(QFileInfo(db).absoluteDir().filePath(QStringLiteral("backups"))));

    const QByteArray dbBytes = [&db] {
        QFile f(db);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    // Never over the database, nor over another SQLite file (the backup just made).
    for (const QString &target : {db, file}) {
        r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("-o"), target});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String("Nothing was written")), qPrintable(r.err));
    }
    QVERIFY2(r.err.contains(QLatin1String("SQLite database")), qPrintable(r.err));
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), dbBytes);
    QVERIFY(BackupFile::inspect(file));

    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("-o"),
                                m_dir.filePath(QStringLiteral("tofile/due.sqlite")),
                                QStringLiteral("--if-due")});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QCOMPARE(filesIn(QFileInfo(db).absolutePath()),
             (QStringList{QStringLiteral("copy.sqlite"), QStringLiteral("desk.sqlite")}));
}

void TestCliBackup::restoreBringsBackTheOldState()
{
    const QString db = seeded(QStringLiteral("restore"));
    QVERIFY(!db.isEmpty());
    const QStringList dbArg{QStringLiteral("--db"), db};
    Run r = run(dbArg + QStringList{QStringLiteral("applicant"), QStringLiteral("add"),
                                    QStringLiteral("--first-name"), QStringLiteral("Ada"),
                                    QStringLiteral("--last-name"), QStringLiteral("Restored"),
                                    QStringLiteral("--email"),
                                    QStringLiteral("ada.restored@example.org"),
                                    QStringLiteral("--track"), QStringLiteral("SWE")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString id = QString::number(applicationId(r.out));
    QVERIFY(id != QLatin1String("0"));
    const QString backup = m_dir.filePath(QStringLiteral("restore/before.sqlite"));
    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("-o"), backup});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    r = run(dbArg + QStringList{QStringLiteral("status"), QStringLiteral("set"), id,
                                QStringLiteral("screening")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run(dbArg + QStringList{QStringLiteral("show"), id});
    QVERIFY2(r.out.contains(QLatin1String("applied -> screening")), qPrintable(r.out));

    r = run(dbArg + QStringList{QStringLiteral("restore"), backup});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("Restored")), qPrintable(r.out));
    const QRegularExpressionMatch kept =
        QRegularExpression(QStringLiteral("kept as (.*)\\.\\n")).match(r.out);
    QVERIFY2(kept.hasMatch(), qPrintable(r.out));
    QVERIFY2(QFileInfo::exists(kept.captured(1)), qPrintable(kept.captured(1)));

    r = run(dbArg + QStringList{QStringLiteral("show"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("Ada Restored")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("screening")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("applied (")), qPrintable(r.out));
    // The file kept aside still has the change.
    r = run({QStringLiteral("--db"), kept.captured(1), QStringLiteral("show"), id});
    QVERIFY2(r.out.contains(QLatin1String("applied -> screening")), qPrintable(r.describe()));

    // A file that is no backup is refused, and nothing changes.
    r = run(dbArg + QStringList{QStringLiteral("restore"), m_dir.filePath("restore/none.sqlite")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("Nothing was changed")), qPrintable(r.err));
}

void TestCliBackup::restoreIsRefusedWhileTheDatabaseIsOpen()
{
    const QString db = seeded(QStringLiteral("busy"));
    QVERIFY(!db.isEmpty());
    const QString backup = m_dir.filePath(QStringLiteral("busy/backup.sqlite"));
    Run r =
        run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), backup});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList files = filesIn(QFileInfo(db).absolutePath());
    {
        // The window of another officer, in this process.
        Database window(QStringLiteral("window"));
        const Status opened = window.open(db);
        QVERIFY_OK(opened);
        r = run({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String("another program has the database open")),
                 qPrintable(r.err));
        QVERIFY(window.isOpen());
    }
    for (const QString &name : filesIn(QFileInfo(db).absolutePath()))
        QVERIFY2(files.contains(name) || name.endsWith(QLatin1String("-wal")) ||
                     name.endsWith(QLatin1String("-shm")),
                 qPrintable(name));
    // Closed, it is restored.
    r = run({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCliBackup::settingsChangeTheRotationAndTheFolder()
{
    const QString db = seeded(QStringLiteral("rotation"));
    QVERIFY(!db.isEmpty());
    const QStringList dbArg{QStringLiteral("--db"), db};
    const QString folder = QFileInfo(db).absoluteDir().filePath(QStringLiteral("backups"));

    Run r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("settings")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("7 days, 4 weeks and 6 months")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("beside each database")), qPrintable(r.out));

    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("settings"),
                                QStringLiteral("--keep-daily"), QStringLiteral("2"),
                                QStringLiteral("--keep-weekly"), QStringLiteral("0"),
                                QStringLiteral("--keep-monthly"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("2 days, 0 weeks and 0 months")), qPrintable(r.out));
    // Kept: the window reads the same settings.
    QVERIFY(QFileInfo::exists(
        m_dir.filePath(QStringLiteral("config/Admissions Desk/admissions-desk.conf"))));

    // Backups of 1, 2, 3 and 40 days ago; a backup now keeps today's and yesterday's.
    QVERIFY(QDir().mkpath(folder));
    for (int daysAgo : {1, 2, 3, 40})
        oldBackup(folder, db, daysAgo);
    r = run(dbArg + QStringList{QStringLiteral("backup")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.count(QLatin1String("Deleted the old backup")), 3);
    QStringList left = filesIn(folder);
    QCOMPARE(left.size(), qsizetype(2));
    QVERIFY2(left.first().contains(
                 QDate::currentDate().addDays(-1).toString(QStringLiteral("yyyyMMdd"))),
             qPrintable(left.join(' ')));

    // Bad numbers are refused and change nothing.
    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("settings"),
                                QStringLiteral("--keep-daily"), QStringLiteral("many")});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("settings")});
    QVERIFY2(r.out.contains(QLatin1String("2 days, 0 weeks and 0 months")), qPrintable(r.out));

    // Another folder, then back to the default.
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere"));
    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("settings"),
                                QStringLiteral("--folder"), elsewhere});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(elsewhere)), qPrintable(r.out));
    r = run(dbArg + QStringList{QStringLiteral("backup")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(filesIn(elsewhere).size(), qsizetype(1));
    QCOMPARE(filesIn(folder), left);
    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("settings"),
                                QStringLiteral("--default-folder")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("beside each database")), qPrintable(r.out));
    r = run(dbArg + QStringList{QStringLiteral("backup"), QStringLiteral("list")});
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(folder)), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
