#include "cliprocess.h"
#include "filestate.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// How long the test kills commands, and how many at most; CRASH_SECONDS and CRASH_CYCLES
// change them, CRASH_SEED replays a run.
constexpr int DefaultSeconds = 60;
constexpr int DefaultCycles = 1000;
constexpr int RowsPerImport = 300;

int fromEnvironment(const char *name, int otherwise)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : otherwise;
}

// What the file must hold after every kill, from the commands that exited 0.
struct Expected
{
    QStringList addedEmails;    // applicant add, each one applicant
    QList<int> importedBatches; // import: every row of the batch
    QList<qint64> screened;     // status set ID screening
    QList<qint64> applied;      // applications still in applied, free to be moved
    QList<int> doubtfulBatches; // killed imports: all rows or none
};
} // namespace

// Writing commands of the real program are killed with SIGKILL at random moments, over and
// over, on one file: after each kill the file is sound, every command that had finished is in
// it, and no import is there in part.
class TestCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QRandomGenerator m_random;

    QProcessEnvironment environment() const;
    QStringList cli(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_db} + arguments;
    }
    // Runs the program to its end; its exit code, -1 when it did not finish normally.
    int runToEnd(const QStringList &arguments, QString *out = nullptr);
    QString writeBatch(int batch);
    // Every check after a kill; returns a failure, empty when all hold.
    QString verify(const Expected &expected);

private Q_SLOTS:
    void initTestCase();
    void killedCommandsLoseNothingThatFinished();
};

QProcessEnvironment TestCrash::environment() const
{
    return CliProcess::environment(m_dir.path());
}

int TestCrash::runToEnd(const QStringList &arguments, QString *out)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    CliProcess::detachFromTerminal(process);
    process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
}

QString TestCrash::writeBatch(int batch)
{
    const QString path = m_dir.filePath(QStringLiteral("batch%1.csv").arg(batch));
    QByteArray csv = "first_name,last_name,email,track\r\n";
    for (int i = 0; i < RowsPerImport; ++i)
        csv += "Ana,Batch" + QByteArray::number(batch) + ",b" + QByteArray::number(batch) + "-" +
               QByteArray::number(i) + "@example.org,SWE\r\n";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return {};
    return path;
}

void TestCrash::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo(QStringLiteral(ADMISSIONS_CLI)).isExecutable(), ADMISSIONS_CLI);
    m_db = m_dir.filePath(QStringLiteral("crash.sqlite"));
    QString out;
    QVERIFY2(runToEnd(cli({"init"}), &out) == 0, qPrintable(out));
    QVERIFY2(runToEnd(cli({"track", "add", "SWE", "Software Engineering"}), &out) == 0,
             qPrintable(out));
}

QString TestCrash::verify(const Expected &expected)
{
    const FileState state = FileState::of(m_db);
    if (!state.error.isEmpty())
        return QStringLiteral("cannot read the file: ") + state.error;
    if (state.integrity != QStringLiteral("ok"))
        return QStringLiteral("integrity_check: ") + state.integrity;
    QString out;
    if (const int code = runToEnd(cli({"check"}), &out); code != 0)
        return QStringLiteral("check exited %1: %2").arg(code).arg(out);

    const QString connection = QStringLiteral("crash-verify");
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_db);
        QSqlQuery q(db);
        const auto count = [&q](const QString &sql, const QVariantList &values) {
            q.prepare(sql);
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        const QString inBatch =
            QStringLiteral("SELECT count(*) FROM applicants WHERE last_name = ?");
        if (!db.open())
            failure = db.lastError().text();
        for (const QString &email : expected.addedEmails)
            if (failure.isEmpty() &&
                count(QStringLiteral("SELECT count(*) FROM applicants WHERE email = ?"), {email}) !=
                    1)
                failure = QStringLiteral("applicant %1 was added, and is gone").arg(email);
        for (int batch : expected.importedBatches)
            if (const qint64 n = count(inBatch, {QStringLiteral("Batch%1").arg(batch)});
                failure.isEmpty() && n != RowsPerImport)
                failure = QStringLiteral("import %1 finished; %2 of its rows are there")
                              .arg(batch)
                              .arg(n);
        for (int batch : expected.doubtfulBatches)
            if (const qint64 n = count(inBatch, {QStringLiteral("Batch%1").arg(batch)});
                failure.isEmpty() && n != 0 && n != RowsPerImport)
                failure = QStringLiteral("import %1 was killed; %2 of its %3 rows are there")
                              .arg(batch)
                              .arg(n)
                              .arg(RowsPerImport);
        for (qint64 id : expected.screened)
            if (failure.isEmpty() &&
                count(QStringLiteral("SELECT count(*) FROM applications WHERE id = ? AND status = "
                                     "'screening'"),
                      {id}) != 1)
                failure =
                    QStringLiteral("application %1 was moved to screening, and is not").arg(id);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

void TestCrash::killedCommandsLoseNothingThatFinished()
{
    const int seconds = fromEnvironment("CRASH_SECONDS", DefaultSeconds);
    const int maxCycles = fromEnvironment("CRASH_CYCLES", DefaultCycles);
    const quint32 seed = qEnvironmentVariableIsSet("CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("crash test seed %u (CRASH_SEED=%u replays it)", seed, seed);
    m_random.seed(seed);

    Expected expected;
    // How long each kind of command takes to run to its end here, so kills land within it.
    QHash<QString, qint64> duration;
    const QDeadlineTimer deadline(seconds * 1000);
    int cycles = 0;
    int kills = 0;
    int batch = 0;
    int added = 0;
    QElapsedTimer clock;
    clock.start();
    while (cycles < maxCycles && !deadline.hasExpired()) {
        ++cycles;
        // The command of this cycle, and what it leaves when it finishes.
        QString kind;
        QStringList arguments;
        const int pick = int(m_random.bounded(3));
        if (pick == 2 && !expected.applied.isEmpty()) {
            kind = QStringLiteral("status");
            const qint64 id = expected.applied.takeAt(
                qsizetype(m_random.bounded(quint32(expected.applied.size()))));
            arguments = cli({"status", "set", QString::number(id), "screening"});
            arguments << QString::number(id); // what it is about, taken off below
        } else if (pick == 1) {
            kind = QStringLiteral("import");
            const QString file = writeBatch(++batch);
            QVERIFY(!file.isEmpty());
            arguments = cli({"import", file});
        } else {
            kind = QStringLiteral("add");
            ++added;
            arguments = cli({"applicant", "add", "--first-name", "Bo", "--last-name",
                             QStringLiteral("Added%1").arg(added), "--email",
                             QStringLiteral("added%1@example.org").arg(added), "--track", "SWE"});
        }
        const qint64 about =
            kind == QLatin1String("status") ? arguments.takeLast().toLongLong() : 0;

        QProcess process;
        process.setProcessEnvironment(environment());
        // A kill at any moment of the command's life, about half of them before it would end;
        // a kind not yet timed runs to its end.
        const qint64 typical = duration.value(kind, -1);
        const int delay = typical < 0 ? -1 : int(m_random.bounded(quint32(typical * 2 + 1)));
        QElapsedTimer ran;
        ran.start();
        CliProcess::detachFromTerminal(process);
        process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        bool killed = false;
        if (!process.waitForFinished(delay < 0 ? 120000 : delay) &&
            process.state() == QProcess::Running) {
            process.kill(); // SIGKILL
            killed = true;
        }
        process.waitForFinished(30000);
        const bool finished =
            !killed && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (!killed && !finished)
            QFAIL(qPrintable(QStringLiteral("%1 failed without a kill (seed %2): %3")
                                 .arg(arguments.join(QLatin1Char(' ')))
                                 .arg(seed)
                                 .arg(QString::fromUtf8(process.readAllStandardError()))));
        if (finished) // the file grows, and the commands with it
            duration.insert(kind, ran.elapsed());
        kills += killed ? 1 : 0;

        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        if (kind == QLatin1String("add")) {
            if (finished) {
                expected.addedEmails << QStringLiteral("added%1@example.org").arg(added);
                const QRegularExpressionMatch m =
                    QRegularExpression(QStringLiteral("Application: (\\d+)")).match(out);
                QVERIFY2(m.hasMatch(), qPrintable(out));
                expected.applied << m.captured(1).toLongLong();
            }
        } else if (kind == QLatin1String("import")) {
            (finished ? expected.importedBatches : expected.doubtfulBatches) << batch;
        } else if (finished) {
            expected.screened << about;
        }

        const QString failure = verify(expected);
        QVERIFY2(failure.isEmpty(),
                 qPrintable(QStringLiteral("cycle %1 (%2, %3; seed %4): %5")
                                .arg(cycles)
                                .arg(arguments.join(QLatin1Char(' ')))
                                .arg(killed ? QStringLiteral("killed after %1 ms").arg(delay)
                                            : QStringLiteral("finished"))
                                .arg(seed)
                                .arg(failure)));
    }
    qInfo("crash test: %d cycles in %lld s, %d commands killed, %lld finished (%lld applicants "
          "added, %lld imports, %lld status changes); seed %u",
          cycles, clock.elapsed() / 1000, kills,
          qint64(expected.addedEmails.size() + expected.importedBatches.size() +
                 expected.screened.size()),
          qint64(expected.addedEmails.size()), qint64(expected.importedBatches.size()),
          qint64(expected.screened.size()), seed);
    QVERIFY(kills > 0);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
