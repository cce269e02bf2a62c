#include "damageablefile.h"

#include "db/database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QString DamageableFile::create(const QString &path)
{
    const QString connection = QStringLiteral("damageable");
    QString error;
    {
        Database db(connection);
        if (const Status opened = db.open(path); !opened)
            return opened.error().text();
        QSqlQuery query(QSqlDatabase::database(connection, false));
        const auto run = [&query, &error](const QString &sql) {
            if (error.isEmpty() && !query.exec(sql))
                error = query.lastError().text();
        };
        run(QStringLiteral("INSERT INTO tracks (code, name) VALUES ('SWE', 'Software')"));
        for (int i = 0; i < 300; ++i)
            run(QStringLiteral("INSERT INTO staff_users (username, display_name, role, "
                               "created_at) VALUES ('user%1', '%2', 'read_only', 'x')")
                    .arg(i)
                    .arg(QString(200, QLatin1Char('n'))));
        run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        run(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    return error;
}

bool DamageableFile::overwritePages(const QString &path, int first, int count)
{
    QFile file(path);
    const QByteArray pattern(count * PageSize, '\x5a');
    return file.open(QIODevice::ReadWrite) && file.size() > qint64(first + count) * PageSize &&
           file.seek(qint64(first) * PageSize) && file.write(pattern) == pattern.size();
}

bool DamageableFile::truncate(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.resize(file.size() / 2 + 100);
}
