#include "olderschemafile.h"

#include "db/database.h"
#include "db/migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString fill(QSqlDatabase &raw, int version)
{
    QSqlQuery query(raw);
    for (const Migrations::Step &step : Migrations::steps()) {
        if (step.version > version)
            break;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return file.errorString();
        for (const QString &statement : Migrations::statements(QString::fromUtf8(file.readAll())))
            if (!query.exec(statement))
                return query.lastError().text();
    }
    QStringList statements{
        QStringLiteral("PRAGMA user_version = %1").arg(version),
        QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
        QStringLiteral("INSERT INTO applicants (id, first_name, last_name, email, email_norm, "
                       "phone_norm, created_at, updated_at) VALUES (1, 'Zoë', 'Müller', "
                       "'zoe@example.org', 'zoe@example.org', '+491234567', "
                       "'2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')"),
        QStringLiteral("INSERT INTO tracks (id, code, name) VALUES (1, 'SWE', "
                       "'Software engineering')"),
        QStringLiteral("INSERT INTO applications (id, applicant_id, track_id, status, applied_at, "
                       "status_changed_at, updated_at) VALUES (7, 1, 1, 'applied', "
                       "'2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z', "
                       "'2026-01-05T10:00:00.000Z')"),
        // Every application has its first event, as DatabaseCheck expects.
        QStringLiteral("INSERT INTO status_events (application_id, from_status, to_status, at) "
                       "VALUES (7, NULL, 'applied', '2026-01-05T10:00:00.000Z')")};
    // From version 3 on, the program indexed each application as it wrote it (no trigger).
    if (version >= 3)
        statements << QStringLiteral("INSERT INTO application_search (rowid, name, email, phone) "
                                     "VALUES (7, 'Zoë Müller', 'zoe@example.org', '+491234567')");
    for (const QString &statement : statements)
        if (!query.exec(statement))
            return query.lastError().text();
    return {};
}
} // namespace

QString OlderSchemaFile::create(const QString &path, int version)
{
    const QString connection = QStringLiteral("older-schema-file");
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        error = raw.open() ? fill(raw, version) : raw.lastError().text();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}
