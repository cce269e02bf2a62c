#include "testdatabase.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "repositories/applicantrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
const QString ApplicantInsert = QStringLiteral(
    "INSERT INTO applicants (id, first_name, last_name, email, email_norm, phone, phone_norm, "
    "time_zone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString ApplicationInsert = QStringLiteral(
    "INSERT INTO applications (id, applicant_id, track_id, cohort_id, status, applied_at, "
    "qualified_at, status_changed_at, offer_expires_at, updated_at, queue_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString EventInsert =
    QStringLiteral("INSERT INTO status_events (application_id, from_status, to_status, at, "
                   "by_user_id, reason) VALUES (?, ?, ?, ?, ?, ?)");

// For a NOT NULL column: a null QString would be bound as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariantList valuesOf(const ApplicantRow &a)
{
    return {idOrNull(a.id),
            a.firstName,
            a.lastName,
            text(a.email),
            text(ApplicantRepository::normalizedEmail(a.email)),
            text(a.phone),
            text(ApplicantRepository::normalizedPhone(a.phone)), // null without digits
            text(a.timeZone),
            a.createdAt,
            a.createdAt};
}

QVariantList valuesOf(const ApplicationRow &a)
{
    const QString changed = a.statusChangedAt.isEmpty() ? a.appliedAt : a.statusChangedAt;
    return {idOrNull(a.id),
            a.applicantId,
            a.trackId,
            idOrNull(a.cohortId),
            a.status,
            a.appliedAt,
            textOrNull(a.qualifiedAt),
            changed,
            textOrNull(a.offerExpiresAt),
            changed,
            textOrNull(a.queueAt.isEmpty() ? a.qualifiedAt : a.queueAt)};
}

// The status events of the application with the given id, one a list of values.
QList<QVariantList> eventsOf(const ApplicationRow &a, qint64 id)
{
    QList<QVariantList> events;
    QString from;
    for (const QString &to : a.history) {
        events.append(
            {id, textOrNull(from), to, a.appliedAt, idOrNull(a.historyBy), text(a.historyReason)});
        from = to;
    }
    return events;
}

// SQLite builds and drops a small temporary table for every insert into applications (for the
// CHECK of its status); with glibc's default trim threshold each drop can hand the top of the
// heap back to the system and the next insert fault it in again: ten times slower. Held off for
// the length of a bulk load, glibc's default after it.
class UntrimmedHeap
{
public:
    UntrimmedHeap()
    {
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    }
    ~UntrimmedHeap()
    {
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 128 << 10);
#endif
    }
    UntrimmedHeap(const UntrimmedHeap &) = delete;
    UntrimmedHeap &operator=(const UntrimmedHeap &) = delete;
};

// What the fixtures' status events are to the audit trail: written past StatusService, like an
// older version's history, and vouched for the same way (Database covers those at the upgrade),
// so that `check` finds a fixture's file healthy.
const QString FixtureHistory = QStringLiteral("status history written by a test fixture");

bool exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

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

void TestDatabase::setGuarantee(qint64 cohortId, const GuaranteeTerms &terms)
{
    run(connectionName(),
        QStringLiteral("UPDATE cohorts SET guarantee_days = ?, guarantee_weekly_check_in = ?, "
                       "guarantee_min_applications = ? WHERE id = ?"),
        {terms.periodDays, int(terms.weeklyCheckIn), terms.minApplicationsPerWeek, cohortId},
        false);
}

namespace {
qint64 insertStaff(const QString &connectionName, const QString &username, StaffRole role)
{
    return run(connectionName,
               QStringLiteral("INSERT INTO staff_users (username, display_name, role, created_at) "
                              "VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')"),
               {username, username, StaffRoles::machineName(role)}, true)
        .toLongLong();
}
} // namespace

Actor addStaffActor(const QString &connectionName, StaffRole role)
{
    const QString name = StaffRoles::machineName(role);
    return Actor{insertStaff(connectionName, name, role), name};
}

qint64 TestDatabase::addStaff(const QString &username, StaffRole role)
{
    return insertStaff(connectionName(), username, role);
}

Actor TestDatabase::actor(StaffRole role)
{
    if (!m_actors.contains(role))
        m_actors.insert(role, addStaffActor(connectionName(), role));
    return m_actors.value(role);
}

qint64 TestDatabase::addApplicant(const ApplicantRow &applicant)
{
    return run(connectionName(), ApplicantInsert, valuesOf(applicant), true).toLongLong();
}

qint64 TestDatabase::addApplicant(const QString &firstName, const QString &lastName,
                                  const QString &email, const QString &phone)
{
    ApplicantRow applicant;
    applicant.firstName = firstName;
    applicant.lastName = lastName;
    applicant.email = email;
    applicant.phone = phone;
    return addApplicant(applicant);
}

qint64 TestDatabase::addApplication(const ApplicationRow &application)
{
    // The application, its events and the record that covers them, all or nothing; a savepoint,
    // so that a test may add applications inside a transaction of its own.
    Savepoint together(connectionName());
    if (!together.isActive()) {
        QTest::qFail(qPrintable(together.error().text()), __FILE__, __LINE__);
        return 0;
    }
    const qint64 id =
        run(connectionName(), ApplicationInsert, valuesOf(application), true).toLongLong();
    if (id == 0)
        return 0; // undone with the savepoint
    qint64 firstEvent = 0;
    qint64 lastEvent = 0;
    for (const QVariantList &event : eventsOf(application, id)) {
        lastEvent = run(connectionName(), EventInsert, event, true).toLongLong();
        firstEvent = firstEvent ? firstEvent : lastEvent;
    }
    if (const Status covered = AuditTrail(connectionName(), Actor::desk())
                                   .coverStatusEvents(firstEvent, lastEvent, FixtureHistory);
        !covered) {
        QTest::qFail(qPrintable(covered.error().text()), __FILE__, __LINE__);
        return 0;
    }
    if (const Status kept = together.keep(); !kept) {
        QTest::qFail(qPrintable(kept.error().text()), __FILE__, __LINE__);
        return 0;
    }
    return id;
}

qint64 TestDatabase::addApplication(qint64 applicantId, qint64 trackId, const QString &reason)
{
    ApplicationRow application(applicantId, trackId);
    application.history = {QStringLiteral("applied")};
    application.historyReason = reason;
    return addApplication(application);
}

qint64 TestDatabase::addStatusEvent(const EventRow &event)
{
    return run(connectionName(),
               QStringLiteral("INSERT INTO status_events (application_id, from_status, to_status, "
                              "at, cohort_id, queue_at) VALUES (?, ?, ?, ?, ?, ?)"),
               {event.applicationId, textOrNull(event.from), event.to, event.at,
                idOrNull(event.cohortId), textOrNull(event.queueAt)},
               true)
        .toLongLong();
}

QString TestDatabase::addApplications(int first, int count, const Describe &describe)
{
    const UntrimmedHeap heap;
    QSqlDatabase connection = QSqlDatabase::database(connectionName(), false);
    if (!connection.transaction())
        return connection.lastError().text();
    QSqlQuery applicants(connection);
    QSqlQuery applications(connection);
    QSqlQuery events(connection);
    QString error;
    qint64 firstEvent = 0;
    qint64 lastEvent = 0;
    if (!applicants.prepare(ApplicantInsert))
        error = applicants.lastError().text();
    else if (!applications.prepare(ApplicationInsert))
        error = applications.lastError().text();
    else if (!events.prepare(EventInsert))
        error = events.lastError().text();
    for (int n = first; error.isEmpty() && n < first + count; ++n) {
        ApplicantRow applicant;
        applicant.id = n;
        applicant.firstName = QStringLiteral("First%1").arg(n);
        applicant.lastName = QStringLiteral("Last%1").arg(n);
        applicant.email = QStringLiteral("person%1@example.org").arg(n);
        ApplicationRow application(n, 0);
        application.id = n;
        describe(n, applicant, application);
        if (!exec(applicants, valuesOf(applicant))) {
            error = applicants.lastError().text() + QStringLiteral(" for applicant ") +
                    QString::number(applicant.id);
            break;
        }
        if (!exec(applications, valuesOf(application))) {
            error = applications.lastError().text() + QStringLiteral(" for application ") +
                    QString::number(application.id);
            break;
        }
        const qint64 id =
            application.id ? application.id : applications.lastInsertId().toLongLong();
        for (const QVariantList &event : eventsOf(application, id)) {
            if (!exec(events, event)) {
                error = events.lastError().text() + QStringLiteral(" for application ") +
                        QString::number(id);
                break;
            }
            lastEvent = events.lastInsertId().toLongLong();
            firstEvent = firstEvent ? firstEvent : lastEvent;
        }
    }
    applicants.finish();
    applications.finish();
    events.finish();
    if (error.isEmpty()) {
        if (const Status covered = AuditTrail(connectionName(), Actor::desk())
                                       .coverStatusEvents(firstEvent, lastEvent, FixtureHistory);
            !covered)
            error = covered.error().text();
    }
    if (!error.isEmpty()) {
        connection.rollback();
        return error;
    }
    return connection.commit() ? QString() : connection.lastError().text();
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &values)
{
    return run(connectionName(), sql, values, false);
}

qint64 TestDatabase::staleSortKeys()
{
    return scalar(QStringLiteral("SELECT count(*) FROM applications a "
                                 "LEFT JOIN cohorts c ON c.id = a.cohort_id "
                                 "LEFT JOIN staff_users u ON u.id = a.owner_id "
                                 "LEFT JOIN applicants p ON p.id = a.applicant_id "
                                 "WHERE a.cohort_name COLLATE BINARY IS NOT c.name "
                                 "OR a.owner_username COLLATE BINARY IS NOT u.username "
                                 "OR a.applicant_phone COLLATE BINARY IS NOT p.phone_norm "
                                 "OR a.applicant_last_name COLLATE BINARY IS NOT p.last_name "
                                 "OR a.applicant_first_name COLLATE BINARY IS NOT p.first_name "
                                 "OR a.applicant_email COLLATE BINARY IS NOT p.email_norm "
                                 "OR a.applicant_source IS NOT p.source "
                                 "OR a.applicant_campaign IS NOT p.campaign"))
        .toLongLong();
}

QString TestDatabase::rewriteHistory(const QStringList &statements, const QVariantList &values)
{
    return withoutGuards(
        {QStringLiteral("status_events_no_update"), QStringLiteral("status_events_no_delete")},
        [&]() -> QString {
            QSqlQuery q(QSqlDatabase::database(connectionName(), false));
            for (const QString &sql : statements) {
                if (!q.prepare(sql))
                    return q.lastError().text() + QStringLiteral(" in ") + sql;
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(i, values.at(i));
                if (!q.exec())
                    return q.lastError().text() + QStringLiteral(" in ") + sql;
            }
            return {};
        });
}

QString TestDatabase::withoutGuards(const QStringList &triggers,
                                    const std::function<QString()> &change)
{
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    QStringList made;
    for (const QString &trigger : triggers) {
        if (!q.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                      "name = ?")))
            return q.lastError().text();
        q.bindValue(0, trigger);
        if (!q.exec() || !q.next())
            return QStringLiteral("no trigger ") + trigger + QLatin1Char(' ') +
                   q.lastError().text();
        made << q.value(0).toString();
        q.finish();
        if (!q.exec(QStringLiteral("DROP TRIGGER ") + trigger))
            return q.lastError().text() + QStringLiteral(" dropping ") + trigger;
    }
    const QString failed = change();
    for (const QString &sql : std::as_const(made)) {
        if (!q.exec(sql))
            return q.lastError().text() + QStringLiteral(" in ") + sql;
    }
    return failed;
}
