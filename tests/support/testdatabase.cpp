#include "testdatabase.h"

#include "repositories/applicantrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
const QString FixtureTime = QStringLiteral("2026-11-24T09:03:00.000Z");

QVariant run(const QString &connection, const QString &sql, const QVariantList &values,
             bool wantInsertId)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.prepare(sql)) {
        QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
        return {};
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        QTest::qFail(qPrintable(query.lastError().text() + QStringLiteral(" in ") + sql), __FILE__,
                     __LINE__);
        return {};
    }
    if (wantInsertId)
        return query.lastInsertId();
    return query.next() ? query.value(0) : QVariant();
}
} // namespace

TestDatabase::TestDatabase(const QString &connectionName) : m_database(connectionName)
{
    if (const Status opened = m_database.open(m_dir.filePath(QStringLiteral("test.sqlite")));
        !opened)
        m_openError = opened.error().text();
}

qint64 TestDatabase::addTrack(const QString &code, const QString &name)
{
    return run(connectionName(), QStringLiteral("INSERT INTO tracks (code, name) VALUES (?, ?)"),
               {code, name.isEmpty() ? code + QStringLiteral(" track") : name}, true)
        .toLongLong();
}

qint64 TestDatabase::addCohort(qint64 trackId, const QString &name, int capacity,
                               const QDate &startsOn, int offerHoldDays)
{
    return run(connectionName(),
               QStringLiteral("INSERT INTO cohorts (track_id, name, starts_on, ends_on, capacity, "
                              "offer_hold_days) VALUES (?, ?, ?, ?, ?, ?)"),
               {trackId, name, startsOn.toString(Qt::ISODate),
                startsOn.addMonths(6).toString(Qt::ISODate), capacity, offerHoldDays},
               true)
        .toLongLong();
}

qint64 TestDatabase::addStaff(const QString &username)
{
    return run(connectionName(),
               QStringLiteral("INSERT INTO staff_users (username, display_name, role, created_at) "
                              "VALUES (?, ?, 'admissions_officer', '2026-01-01T00:00:00.000Z')"),
               {username, username}, true)
        .toLongLong();
}

qint64 TestDatabase::addApplicant(const QString &firstName, const QString &lastName,
                                  const QString &email, const QString &phone)
{
    return run(connectionName(),
               QStringLiteral("INSERT INTO applicants (first_name, last_name, email, email_norm, "
                              "phone, phone_norm, created_at, updated_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {firstName, lastName, email, ApplicantRepository::normalizedEmail(email),
                phone.isNull() ? QStringLiteral("") : phone,
                ApplicantRepository::normalizedPhone(phone), FixtureTime, FixtureTime},
               true)
        .toLongLong();
}

qint64 TestDatabase::addApplication(qint64 applicantId, qint64 trackId, const QString &reason)
{
    const qint64 id =
        run(connectionName(),
            QStringLiteral("INSERT INTO applications (applicant_id, track_id, status, applied_at, "
                           "status_changed_at, updated_at) VALUES (?, ?, 'applied', ?, ?, ?)"),
            {applicantId, trackId, FixtureTime, FixtureTime, FixtureTime}, true)
            .toLongLong();
    run(connectionName(),
        QStringLiteral("INSERT INTO status_events (application_id, to_status, at, reason) "
                       "VALUES (?, 'applied', ?, ?)"),
        {id, FixtureTime, reason.isNull() ? QStringLiteral("") : reason}, true); // NOT NULL
    return id;
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &values)
{
    return run(connectionName(), sql, values, false);
}
