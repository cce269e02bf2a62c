#include "unusablefile.h"

#include "damageablefile.h"
#include "db/database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size())
        return file.errorString();
    return {};
}

// An SQLite file made by a raw connection: `statements` decide what kind of file it is.
QString sqliteFile(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("unusable-file");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    error = query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}
} // namespace

QString UnusableFile::create(const QString &path, Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return writeBytes(path, {});
    case Kind::Text:
        return writeBytes(path, "first_name,last_name\nAda,Lovelace\n");
    case Kind::Damaged:
    case Kind::Truncated: {
        if (const QString made = DamageableFile::create(path); !made.isEmpty())
            return made;
        const bool damaged = kind == Kind::Truncated ? DamageableFile::truncate(path)
                                                     : DamageableFile::overwritePages(path, 2, 3);
        return damaged ? QString() : QStringLiteral("cannot damage %1").arg(path);
    }
    case Kind::Foreign:
        return sqliteFile(path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, "
                                                "path TEXT)"),
                                 QStringLiteral("INSERT INTO photos (path) VALUES ('a.jpg')")});
    case Kind::Newer: {
        // A whole database of ours, as a newer program would stamp it.
        {
            Database db(QStringLiteral("unusable-file-newer"));
            if (const Status opened = db.open(path); !opened)
                return opened.error().text();
        }
        return sqliteFile(
            path,
            {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
    }
    }
    return QStringLiteral("unknown kind");
}
