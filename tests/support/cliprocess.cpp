#include "cliprocess.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

QString CliRun::describe() const
{
    return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3")
        .arg(exitCode)
        .arg(out.left(4000), err);
}

QProcessEnvironment CliProcess::environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "USER", "LOGNAME",
                             "USERNAME", "QT_LOGGING_RULES", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

CliRun CliProcess::finish(QProcess &process, int timeoutMs)
{
    CliRun result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliRun CliProcess::run(const QString &program, const QString &home, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment(home));
    detachFromTerminal(process);
    process.start(program, arguments);
    return finish(process);
}

CliProcess::Desk CliProcess::deskWithBossAndReader(const QString &program, const QString &home,
                                                   const QString &db)
{
    const auto file = [&home](const QString &name) { return home + QLatin1Char('/') + name; };
    const QString bossPassword =
        secretFile(file(QStringLiteral("boss.pw")), QStringLiteral("correct horse battery"));
    const QString readerPassword =
        secretFile(file(QStringLiteral("reader.pw")), QStringLiteral("a reader's password"));
    const QStringList onDb{QStringLiteral("--db"), db};
    const QStringList asBoss = onDb + QStringList{QStringLiteral("--as"), QStringLiteral("boss"),
                                                  QStringLiteral("--password-file"), bossPassword};
    const QList<QStringList> steps{
        onDb + QStringList{QStringLiteral("init"), QStringLiteral("--admin"),
                           QStringLiteral("boss"), QStringLiteral("--new-password-file"),
                           bossPassword},
        asBoss + QStringList{QStringLiteral("staff"), QStringLiteral("token"),
                             QStringLiteral("boss-script"), QStringLiteral("-o"),
                             file(QStringLiteral("boss.token"))},
        asBoss + QStringList{QStringLiteral("staff"), QStringLiteral("add"),
                             QStringLiteral("reader"), QStringLiteral("--role"),
                             QStringLiteral("read_only"), QStringLiteral("--new-password-file"),
                             readerPassword},
        onDb + QStringList{QStringLiteral("--as"), QStringLiteral("reader"),
                           QStringLiteral("--password-file"), readerPassword,
                           QStringLiteral("staff"), QStringLiteral("token"),
                           QStringLiteral("reader-script"), QStringLiteral("-o"),
                           file(QStringLiteral("reader.token"))},
    };
    Desk desk;
    for (const QStringList &step : steps) {
        if (const CliRun r = run(program, home, step); r.exitCode != 0) {
            desk.failure = step.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe();
            return desk;
        }
    }
    desk.boss =
        onDb + QStringList{QStringLiteral("--token-file"), file(QStringLiteral("boss.token"))};
    desk.reader =
        onDb + QStringList{QStringLiteral("--token-file"), file(QStringLiteral("reader.token"))};
    return desk;
}

void CliProcess::detachFromTerminal(QProcess &process)
{
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::setsid(); });
#else
    Q_UNUSED(process);
#endif
}

QVariant CliProcess::scalarIn(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "peek");
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase("peek");
    return value;
}

QString CliProcess::secretFile(const QString &path, const QString &secret,
                               QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(secret.toUtf8() + '\n') < 0)
        return {};
    file.close();
    file.setPermissions(permissions);
    return file.fileName();
}
