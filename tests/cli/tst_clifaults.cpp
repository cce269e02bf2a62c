#include "cliprocess.h"
#include "filestate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using Run = CliRun;

// The real program where the disk fails it: another program holding the write lock, and a real
// full disk (a small tmpfs, where the test may mount one).
class TestCliFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mount; // the tmpfs, once mounted

    Run run(const QStringList &arguments);
    QString csv(const QString &name, int rows, const QString &prefix);
    // Fills the tmpfs with a file of its own, to its last byte or to `room` bytes left;
    // unfill() removes it.
    bool fill(qint64 room = 0);
    void unfill();

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anotherWriterIsNamed();
    void aFullDiskRefusesEveryWriteAndKeepsTheData();
};

void TestCliFaults::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo(QStringLiteral(ADMISSIONS_CLI)).isExecutable(), ADMISSIONS_CLI);
}

void TestCliFaults::cleanupTestCase()
{
    if (!m_mount.isEmpty())
        QProcess::execute(QStringLiteral("umount"), {m_mount});
}

Run TestCliFaults::run(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(CliProcess::environment(m_dir.path()));
    CliProcess::detachFromTerminal(process);
    process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
    return CliProcess::finish(process);
}

QString TestCliFaults::csv(const QString &name, int rows, const QString &prefix)
{
    const QString path = m_dir.filePath(name);
    QByteArray bytes = "first_name,last_name,email,track\r\n";
    for (int i = 0; i < rows; ++i)
        bytes += "Ana,Silva," + prefix.toUtf8() + QByteArray::number(i) + "@example.org,SWE\r\n";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

bool TestCliFaults::fill(qint64 room)
{
    QFile filler(m_mount + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size()) {
    }
    const QByteArray byte(1, 'x');
    while (filler.write(byte) == 1) {
    }
    return room == 0 || filler.resize(filler.size() - room);
}

void TestCliFaults::unfill()
{
    QFile::remove(m_mount + QStringLiteral("/filler"));
}

// A long import holds the write lock; another command waits the busy timeout (10 s), then says
// so in plain words.
void TestCliFaults::anotherWriterIsNamed()
{
    const QString db = m_dir.filePath(QStringLiteral("busy.sqlite"));
    Run r = run({"--db", db, "init"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", db, "track", "add", "SWE", "Software Engineering"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", db, "applicant", "add", "--first-name", "Ada", "--last-name", "Lovelace",
             "--email", "ada@example.org", "--track", "SWE"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QRegularExpressionMatch id =
        QRegularExpression(QStringLiteral("Application: (\\d+)")).match(r.out);
    QVERIFY2(id.hasMatch(), qPrintable(r.out));

    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "holder");
        holder.setDatabaseName(db);
        QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
        QSqlQuery q(holder);
        QVERIFY2(q.exec("BEGIN IMMEDIATE"), qPrintable(q.lastError().text()));
        r = run({"--db", db, "status", "set", id.captured(1), "screening"});
        QVERIFY2(q.exec("ROLLBACK"), qPrintable(q.lastError().text()));
        holder.close();
    }
    QSqlDatabase::removeDatabase("holder");
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write to %1: another program is writing to the "
                                           "file; gave up after waiting 10 seconds. Nothing was "
                                           "changed; try again.")
                                .arg(QDir::toNativeSeparators(db))),
             qPrintable(r.describe()));
    r = run({"--db", db, "status", "set", id.captured(1), "screening"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCliFaults::aFullDiskRefusesEveryWriteAndKeepsTheData()
{
    if (geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root");
    const QString mount = m_dir.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(mount));
    QProcess mounting;
    mounting.start(QStringLiteral("mount"),
                   {"-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", mount});
    if (!mounting.waitForFinished(30000) || mounting.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") +
                         QString::fromLocal8Bit(mounting.readAllStandardError())));
    m_mount = mount;

    // The file on the small disk; an export from a copy on the large one goes to the small one.
    const QString db = mount + QStringLiteral("/full.sqlite");
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.sqlite"));
    const QString exported = mount + QStringLiteral("/export.csv");
    Run r = run({"--db", db, "init"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", db, "track", "add", "SWE", "Software Engineering"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", db, "import", csv(QStringLiteral("first.csv"), 50, QStringLiteral("first"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", db, "applicant", "add", "--first-name", "Ada", "--last-name", "Lovelace",
             "--email", "ada@example.org", "--track", "SWE"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QRegularExpressionMatch id =
        QRegularExpression(QStringLiteral("Application: (\\d+)")).match(r.out);
    QVERIFY2(id.hasMatch(), qPrintable(r.out));
    r = run({"--db", db, "export", "applications", "-o", exported});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QFile::copy(db, elsewhere));
    QFile earlier(exported);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    const QByteArray earlierExport = earlier.readAll();
    earlier.close();
    const FileState before = FileState::of(db);
    QVERIFY2(before.error.isEmpty() && before.integrity == QStringLiteral("ok"),
             qPrintable(before.error + before.integrity));
    const QStringList filesBefore = QDir(mount).entryList(QDir::Files);

    const QString bigImport = csv(QStringLiteral("second.csv"), 3000, QStringLiteral("second"));
    struct Write
    {
        const char *name;
        QString file; // what the message must name
        qint64 room;  // bytes left on the disk
        QStringList arguments;
    };
    // 40 KiB: room for SQLite's -shm file (32 KiB), so the command opens the file and fails
    // where it writes; with no room at all it cannot even open it.
    const QList<Write> writes{
        {"export", exported, 0, {"--db", elsewhere, "export", "applications", "-o", exported}},
        {"import", db, 40 * 1024, {"--db", db, "import", bigImport}},
        {"import on a disk with no room", db, 0, {"--db", db, "import", bigImport}},
        {"status set", db, 0, {"--db", db, "status", "set", id.captured(1), "screening"}},
        {"applicant add",
         db,
         0,
         {"--db", db, "applicant", "add", "--first-name", "Bo", "--last-name", "Diaz", "--email",
          "bo@example.org", "--track", "SWE"}}};
    for (const Write &write : writes) {
        QVERIFY(fill(write.room));
        r = run(write.arguments);
        unfill();
        const QString at = QString::fromLatin1(write.name) + QStringLiteral(": ");
        QVERIFY2(r.exitCode == 1, qPrintable(at + r.describe()));
        // The file, the system's reason, and that nothing was written.
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(write.file)) &&
                     r.err.contains(QStringLiteral("the disk is full")) &&
                     (r.err.contains(QStringLiteral("Nothing was written")) ||
                      r.err.contains(QStringLiteral("Nothing was changed")) ||
                      r.err.contains(QStringLiteral("The file was left unchanged"))),
                 qPrintable(at + r.describe()));
        QVERIFY2(!r.err.contains(QStringLiteral("Unknown error")) &&
                     !r.err.contains(QStringLiteral("Unable to fetch row")) &&
                     !r.err.contains(QStringLiteral("damaged")),
                 qPrintable(at + r.describe()));
        qInfo("%s said: %s", write.name, qPrintable(r.err.trimmed()));

        // Room again: the file is as it was, sound, and the earlier export untouched.
        const FileState now = FileState::of(db);
        QVERIFY2(now.error.isEmpty(), qPrintable(at + now.error));
        QVERIFY2(now.integrity == QStringLiteral("ok"), qPrintable(at + now.integrity));
        QVERIFY2(now == before, qPrintable(at + now.differences(before)));
        QFile kept(exported);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY2(kept.readAll() == earlierExport, qPrintable(at + "the earlier export changed"));
        QCOMPARE(QDir(mount).entryList(QDir::Files), filesBefore);
        const Run check = run({"--db", db, "check"});
        QVERIFY2(check.exitCode == 0, qPrintable(at + check.describe()));
    }
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
