#include "repositories/applicationrepository.h"

#include "browse/applicationsearchindex.h"
#include "domain/timestamp.h"

#include <QStringList>

namespace {
const QString Select = QStringLiteral(
    "SELECT id, applicant_id, track_id, cohort_id, status, applied_at, qualified_at, "
    "status_changed_at, owner_id, score, decision_reason, offer_expires_at, payment_state, "
    "updated_at, queue_at, deferred_to_cohort_id FROM applications ");

// SQL NULL for a time not set.
QVariant timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(Timestamp::format(at))
                        : QVariant(QMetaType::fromType<QString>());
}

Application applicationFrom(const QSqlQuery &q)
{
    Application a;
    a.id = q.value(0).toLongLong();
    a.applicantId = q.value(1).toLongLong();
    a.trackId = q.value(2).toLongLong();
    a.cohortId = q.value(3).toLongLong();
    a.status =
        Statuses::fromMachineName(q.value(4).toString()).value_or(ApplicationStatus::Applied);
    a.appliedAt = Timestamp::parse(q.value(5).toString());
    a.qualifiedAt = Timestamp::parse(q.value(6).toString());
    a.statusChangedAt = Timestamp::parse(q.value(7).toString());
    a.ownerId = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        a.score = q.value(9).toInt();
    a.decisionReason = q.value(10).toString();
    a.offerExpiresAt = Timestamp::parse(q.value(11).toString());
    a.paymentState = q.value(12).toString();
    a.updatedAt = Timestamp::parse(q.value(13).toString());
    a.queueAt = Timestamp::parse(q.value(14).toString());
    a.deferredToCohortId = q.value(15).toLongLong();
    return a;
}
} // namespace

QString ApplicationRepository::seatHoldingStatusList()
{
    static const QString list = statusList(Statuses::holdsSeat);
    return list;
}

QString ApplicationRepository::seatFillingStatusList()
{
    static const QString list = statusList(Statuses::filledSeat);
    return list;
}

QString ApplicationRepository::statusList(bool (*rule)(ApplicationStatus))
{
    QStringList quoted;
    for (ApplicationStatus status : Statuses::all()) {
        if (rule(status))
            quoted << QLatin1Char('\'') + Statuses::machineName(status) + QLatin1Char('\'');
    }
    return QLatin1Char('(') + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

Result<qint64> ApplicationRepository::insert(const Application &a)
{
    // With the list's sort keys (schema v21, v24, v27) read in the same statement: the trigger
    // that would fill them writes the new row a second time. One look-up of the applicant reads
    // its six; without the applicant the row stays the foreign key's to refuse.
    auto id = m_sql.insert(
        QStringLiteral("INSERT INTO applications (applicant_id, track_id, cohort_id, status, "
                       "applied_at, qualified_at, status_changed_at, owner_id, score, "
                       "decision_reason, offer_expires_at, payment_state, updated_at, queue_at, "
                       "cohort_name, owner_username, applicant_phone, applicant_last_name, "
                       "applicant_first_name, applicant_email, applicant_source, "
                       "applicant_campaign) "
                       "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "(SELECT name FROM cohorts WHERE id = ?), "
                       "(SELECT username FROM staff_users WHERE id = ?), "
                       "p.phone_norm, p.last_name, p.first_name, p.email_norm, p.source, "
                       "p.campaign "
                       "FROM (SELECT ? AS id) n LEFT JOIN applicants p ON p.id = n.id"),
        {a.applicantId, a.trackId, Sql::idOrNull(a.cohortId), Statuses::machineName(a.status),
         Timestamp::format(a.appliedAt), timeOrNull(a.qualifiedAt),
         Timestamp::format(a.statusChangedAt), Sql::idOrNull(a.ownerId),
         a.score ? QVariant(*a.score) : QVariant(QMetaType::fromType<int>()), a.decisionReason,
         timeOrNull(a.offerExpiresAt), a.paymentState, Timestamp::format(a.updatedAt),
         timeOrNull(a.queueAt), Sql::idOrNull(a.cohortId), Sql::idOrNull(a.ownerId),
         a.applicantId});
    if (!id)
        return id;
    if (auto indexed = ApplicationSearchIndex(m_sql.connectionName()).addApplication(id.value());
        !indexed)
        return indexed.error();
    return id;
}

Result<std::optional<Application>> ApplicationRepository::find(qint64 id) const
{
    return m_sql.row<Application>(Select + QStringLiteral("WHERE id = ?"), {id}, applicationFrom);
}

Result<QList<Application>> ApplicationRepository::forApplicant(qint64 applicantId) const
{
    return m_sql.rows<Application>(Select + QStringLiteral("WHERE applicant_id = ? ORDER BY id"),
                                   {applicantId}, applicationFrom);
}

Result<int> ApplicationRepository::moveToApplicant(qint64 fromApplicantId, qint64 toApplicantId,
                                                   const QDateTime &at)
{
    return m_sql.exec(QStringLiteral("UPDATE applications SET applicant_id = ?, updated_at = ? "
                                     "WHERE applicant_id = ?"),
                      {toApplicantId, Timestamp::format(at), fromApplicantId});
}

Status ApplicationRepository::updateStatus(const Application &a)
{
    auto done = m_sql.exec(
        QStringLiteral("UPDATE applications SET status = ?, qualified_at = ?, queue_at = ?, "
                       "offer_expires_at = ?, decision_reason = ?, status_changed_at = ?, "
                       "cohort_id = ?, deferred_to_cohort_id = ?, updated_at = ? WHERE id = ?"),
        {Statuses::machineName(a.status), timeOrNull(a.qualifiedAt), timeOrNull(a.queueAt),
         timeOrNull(a.offerExpiresAt), a.decisionReason, Timestamp::format(a.statusChangedAt),
         Sql::idOrNull(a.cohortId), Sql::idOrNull(a.deferredToCohortId),
         Timestamp::format(a.updatedAt), a.id});
    if (!done)
        return done.error();
    if (done.value() != 1)
        return Error{QStringLiteral("Application %1 does not exist").arg(a.id), {}};
    return {};
}

Status ApplicationRepository::setOwner(qint64 applicationId, qint64 ownerId, const QDateTime &at)
{
    auto done = m_sql.exec(
        QStringLiteral("UPDATE applications SET owner_id = ?, updated_at = ? WHERE id = ?"),
        {Sql::idOrNull(ownerId), Timestamp::format(at), applicationId});
    if (!done)
        return done.error();
    if (done.value() != 1)
        return Error{QStringLiteral("Application %1 does not exist").arg(applicationId), {}};
    return {};
}

Status ApplicationRepository::setScore(qint64 applicationId, std::optional<int> score,
                                       const QDateTime &at)
{
    auto done =
        m_sql.exec(QStringLiteral("UPDATE applications SET score = ?, updated_at = ? WHERE id = ?"),
                   {score ? QVariant(*score) : QVariant(QMetaType::fromType<int>()),
                    Timestamp::format(at), applicationId});
    if (!done)
        return done.error();
    if (done.value() != 1)
        return Error{QStringLiteral("Application %1 does not exist").arg(applicationId), {}};
    return {};
}

Status ApplicationRepository::setCohort(qint64 applicationId, qint64 cohortId, const QDateTime &at)
{
    auto done = m_sql.exec(
        QStringLiteral("UPDATE applications SET cohort_id = ?, updated_at = ? WHERE id = ?"),
        {Sql::idOrNull(cohortId), Timestamp::format(at), applicationId});
    if (!done)
        return done.error();
    if (done.value() != 1)
        return Error{QStringLiteral("Application %1 does not exist").arg(applicationId), {}};
    return {};
}

Result<int> ApplicationRepository::seatsTaken(qint64 cohortId) const
{
    auto count = m_sql.scalar(
        QStringLiteral("SELECT count(*) FROM applications WHERE cohort_id = ? AND status IN ") +
            seatHoldingStatusList(),
        {cohortId});
    if (!count)
        return count.error();
    return count.value().toInt();
}

Result<QList<Application>> ApplicationRepository::inCohort(qint64 cohortId,
                                                           ApplicationStatus status) const
{
    return m_sql.rows<Application>(
        Select + QStringLiteral("WHERE cohort_id = ? AND status = ? ORDER BY id"),
        {cohortId, Statuses::machineName(status)}, applicationFrom);
}

Result<std::optional<Application>> ApplicationRepository::firstWaitlisted(qint64 cohortId) const
{
    return m_sql.row<Application>(
        Select + QStringLiteral("WHERE cohort_id = ? AND status = 'waitlisted' "
                                "ORDER BY queue_at, applied_at, id LIMIT 1"),
        {cohortId}, applicationFrom);
}

Result<QList<Application>> ApplicationRepository::deferredTo(qint64 cohortId) const
{
    return m_sql.rows<Application>(
        Select + QStringLiteral("WHERE deferred_to_cohort_id = ? AND status = 'deferred' "
                                "ORDER BY queue_at, applied_at, id"),
        {cohortId}, applicationFrom);
}

namespace {
// A returned deferral is an application with an event that took a queue time; the cohort it
// was deferred from is the cohort of its last move to deferred. Both read one application's
// events through status_events_application, for the few entries a caller names.
const QString QueueSelect = QStringLiteral(
    "SELECT a.id, p.first_name || ' ' || p.last_name, p.email, a.qualified_at, a.applied_at, "
    "a.offer_expires_at, a.queue_at, "
    "EXISTS (SELECT 1 FROM status_events r WHERE r.application_id = a.id "
    " AND r.queue_at IS NOT NULL), "
    "(SELECT c.name FROM status_events d JOIN cohorts c ON c.id = d.cohort_id "
    " WHERE d.application_id = a.id AND d.to_status = 'deferred' ORDER BY d.id DESC LIMIT 1) "
    "FROM applications a JOIN applicants p ON p.id = a.applicant_id ");

QueueEntry queueEntryFrom(const QSqlQuery &q)
{
    QueueEntry entry;
    entry.applicationId = q.value(0).toLongLong();
    entry.applicantName = q.value(1).toString();
    entry.email = q.value(2).toString();
    entry.qualifiedAt = Timestamp::parse(q.value(3).toString());
    entry.appliedAt = Timestamp::parse(q.value(4).toString());
    entry.offerExpiresAt = Timestamp::parse(q.value(5).toString());
    entry.queueAt = Timestamp::parse(q.value(6).toString());
    entry.returnedDeferral = q.value(7).toBool();
    entry.deferredFrom = q.value(8).toString();
    return entry;
}
// The waitlisted applications of a cohort before one application in waitlistOrder(): a row
// value comparison, which SQLite walks along applications_cohort_queue.
const QString AheadOf = QStringLiteral(
    "a.cohort_id = ? AND a.status = 'waitlisted' AND (a.queue_at, a.applied_at, a.id) < (?, ?, ?)");

QVariantList aheadValues(const Application &application)
{
    return {application.cohortId, timeOrNull(application.queueAt),
            Timestamp::format(application.appliedAt), application.id};
}
} // namespace

Result<QList<QueueEntry>> ApplicationRepository::waitlist(qint64 cohortId) const
{
    // The same order as firstWaitlisted(): the order seats are offered in.
    return m_sql.rows<QueueEntry>(
        QueueSelect +
            QStringLiteral("WHERE a.cohort_id = ? AND a.status = 'waitlisted' ORDER BY ") +
            waitlistOrder(),
        {cohortId}, queueEntryFrom);
}

Result<std::optional<QueueEntry>> ApplicationRepository::queueEntry(qint64 applicationId) const
{
    return m_sql.row<QueueEntry>(QueueSelect + QStringLiteral("WHERE a.id = ?"), {applicationId},
                                 queueEntryFrom);
}

Result<QList<QueueEntry>> ApplicationRepository::waitlistAhead(const Application &application,
                                                               int limit) const
{
    return m_sql.rows<QueueEntry>(QueueSelect + QStringLiteral("WHERE ") + AheadOf +
                                      QStringLiteral(" ORDER BY ") + waitlistOrder() +
                                      QStringLiteral(" LIMIT ?"),
                                  aheadValues(application) << limit, queueEntryFrom);
}

Result<int> ApplicationRepository::waitlistCountAhead(const Application &application) const
{
    auto count =
        m_sql.scalar(QStringLiteral("SELECT count(*) FROM applications a WHERE ") + AheadOf,
                     aheadValues(application));
    if (!count)
        return count.error();
    return count.value().toInt();
}

Result<int> ApplicationRepository::waitlistCount(qint64 cohortId) const
{
    auto count = m_sql.scalar(QStringLiteral("SELECT count(*) FROM applications WHERE "
                                             "cohort_id = ? AND status = 'waitlisted'"),
                              {cohortId});
    if (!count)
        return count.error();
    return count.value().toInt();
}

Result<QList<QueueEntry>> ApplicationRepository::pendingOffers(qint64 cohortId) const
{
    return m_sql.rows<QueueEntry>(QueueSelect +
                                      QStringLiteral("WHERE a.cohort_id = ? AND a.status = "
                                                     "'offered' ORDER BY a.offer_expires_at, a.id"),
                                  {cohortId}, queueEntryFrom);
}

Result<QList<Application>> ApplicationRepository::expiredOffers(const QDateTime &at) const
{
    // Without statistics (no ANALYZE) SQLite prefers the equality on status (every offer, read
    // and sorted) to the range of the partial index, which holds only offers in expiry order.
    return m_sql.rows<Application>(
        Select + QStringLiteral("INDEXED BY applications_offer_expiry "
                                "WHERE status = 'offered' AND offer_expires_at < ? "
                                "ORDER BY offer_expires_at, id"),
        {Timestamp::format(at)}, applicationFrom);
}
