#include "services/privacyservice.h"

#include "audit/auditlog.h"
#include "audit/audittrail.h"
#include "browse/applicationsearchindex.h"
#include "db/database.h"
#include "db/transaction.h"
#include "domain/timestamp.h"
#include "privacy/personerasure.h"
#include "repositories/applicantrepository.h"
#include "repositories/personaldatarepository.h"
#include "services/authorization.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
using Row = PersonalDataRepository::Row;

QJsonArray arrayOf(const QList<Row> &rows)
{
    QJsonArray array;
    for (const Row &row : rows)
        array.append(QJsonObject::fromVariantMap(row));
    return array;
}

// The rows whose application_id is `applicationId`.
QList<Row> ofApplication(const QList<Row> &rows, const QVariant &applicationId)
{
    QList<Row> found;
    for (const Row &row : rows) {
        if (row.value(QStringLiteral("application_id")) == applicationId)
            found << row;
    }
    return found;
}

QJsonValue auditValue(const AuditRecord::Value &value)
{
    if (value.erased)
        return QStringLiteral("(erased)");
    return value.text ? QJsonValue(*value.text) : QJsonValue();
}

// The applicant's own records of the audit trail: who changed which of their fields, when.
QJsonArray auditArray(const QList<AuditRecord> &records)
{
    QJsonArray array;
    for (const AuditRecord &r : records) {
        array.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("at"), Timestamp::format(r.at)},
            {QStringLiteral("by"), r.actorName},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("entity"), r.entity},
            {QStringLiteral("entity_id"), r.entityId},
            {QStringLiteral("field"), r.field},
            {QStringLiteral("old"), auditValue(r.oldValue)},
            {QStringLiteral("new"), auditValue(r.newValue)},
            {QStringLiteral("reason"), auditValue(r.reason)},
            {QStringLiteral("note"), r.note},
        });
    }
    return array;
}
} // namespace

PrivacyService::PrivacyService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Status PrivacyService::require() const
{
    return Authorization::require(m_connection, m_actor, Action::HandlePrivacyRequests);
}

Result<QJsonDocument> PrivacyService::exportData(qint64 applicantId) const
{
    if (Status allowed = require(); !allowed)
        return allowed.error();
    const PersonalDataRepository data(m_connection);
    const auto applicant = data.applicant(applicantId);
    if (!applicant)
        return applicant.error();
    if (!applicant.value())
        return Error{tr("There is no applicant %1.").arg(applicantId), {}};
    const auto applications = data.applications(applicantId);
    const auto events = data.statusEvents(applicantId);
    const auto assignments = data.mentorAssignments(applicantId);
    const auto activities = data.activities(applicantId);
    const auto interviews = data.interviews(applicantId);
    for (const Error *failed :
         {applications ? nullptr : &applications.error(), events ? nullptr : &events.error(),
          assignments ? nullptr : &assignments.error(), activities ? nullptr : &activities.error(),
          interviews ? nullptr : &interviews.error()}) {
        if (failed)
            return *failed;
    }

    QJsonArray applicationArray;
    for (const Row &application : applications.value()) {
        QJsonObject object = QJsonObject::fromVariantMap(application);
        const QVariant id = application.value(QStringLiteral("id"));
        object.insert(QStringLiteral("status_history"), arrayOf(ofApplication(events.value(), id)));
        object.insert(QStringLiteral("mentor_assignments"),
                      arrayOf(ofApplication(assignments.value(), id)));
        object.insert(QStringLiteral("interviews"), arrayOf(ofApplication(interviews.value(), id)));
        applicationArray.append(object);
    }
    const auto audit = AuditLog(m_connection).aboutApplicant(applicantId);
    if (!audit)
        return audit.error();
    QJsonObject document{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("exported_at"), Timestamp::format(m_clock.now())},
        {QStringLiteral("exported_by"), m_actor.username},
        {QStringLiteral("applicant"), QJsonObject::fromVariantMap(*applicant.value())},
        {QStringLiteral("applications"), applicationArray},
        {QStringLiteral("activities"), arrayOf(activities.value())},
        {QStringLiteral("audit_trail"), auditArray(audit.value())},
    };
    AuditEntry entry(QStringLiteral("export_data"), QStringLiteral("applicant"), applicantId);
    entry.note = QStringLiteral("subject access request: everything stored about the applicant");
    if (Status recorded = AuditTrail::recordAlone(m_connection, m_actor, entry, m_clock); !recorded)
        return recorded.error();
    return QJsonDocument(document);
}

Result<PrivacyService::Erasure> PrivacyService::erase(qint64 applicantId)
{
    if (Status allowed = require(); !allowed)
        return allowed.error();
    Erasure erasure;
    {
        Transaction transaction(m_connection);
        if (!transaction.isActive())
            return transaction.error();
        // A record merged into another (ApplicantMerge) is erased with the person it was
        // merged into: erasing it alone would leave the person.
        const auto found = ApplicantRepository(m_connection).find(applicantId);
        if (!found)
            return found.error();
        if (found.value() && found.value()->isMerged() && !found.value()->isErased()) {
            const auto survivor = ApplicantRepository(m_connection).find(found.value()->mergedInto);
            if (!survivor)
                return survivor.error();
            return Error{tr("Applicant %1 was merged into %2 (applicant %3): erase applicant %3, "
                            "which erases the merged record too.")
                             .arg(QString::number(applicantId),
                                  survivor.value() ? survivor.value()->fullName() : QString(),
                                  QString::number(found.value()->mergedInto)),
                         {}};
        }
        const auto removed = PersonErasure(m_connection, m_actor, m_clock)
                                 .erase(applicantId, QStringLiteral("privacy request"));
        if (!removed)
            return removed.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        erasure.people = 1;
        erasure.removed = removed.value();
    }
    if (Status scrubbed = scrub(erasure); !scrubbed)
        return scrubbed.error();
    return erasure;
}

Status PrivacyService::scrub(Erasure &erasure) const
{
    // The erased values are gone from the tables at the commit, and secure_delete zeroed the
    // space they held; the search index's older segments and the log still hold copies.
    if (Status merged = ApplicationSearchIndex(m_connection).purgeRemovedEntries(); !merged)
        return Error{tr("The erase is saved, but the search index still holds parts of the "
                        "erased values until its next merge: %1")
                         .arg(merged.error().text()),
                     merged.error().sqlError};
    const auto cleared = Database::truncateLog(m_connection);
    if (!cleared)
        return Error{tr("The erase is saved, but the write-ahead log still holds the erased "
                        "values until its next checkpoint: %1")
                         .arg(cleared.error().text()),
                     cleared.error().sqlError};
    erasure.logCleared = cleared.value();
    return {};
}

Result<int> PrivacyService::retentionDays() const
{
    return RetentionReview(m_connection).keepDays();
}

Status PrivacyService::setRetentionDays(int days)
{
    if (Status allowed = require(); !allowed)
        return allowed;
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    RetentionReview review(m_connection);
    const auto before = review.keepDays();
    if (!before)
        return before.error();
    if (before.value() == days)
        return {};
    if (Status set = review.setKeepDays(days); !set)
        return set;
    AuditEntry entry(QStringLiteral("update"), QStringLiteral("retention_policy"));
    entry.field = QStringLiteral("keep_days");
    entry.oldValue = AuditValue::plain(QString::number(before.value()));
    entry.newValue = AuditValue::plain(QString::number(days));
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded;
    return transaction.commit();
}

Result<QList<RetentionReview::Due>> PrivacyService::dueForErasure() const
{
    if (Status allowed = require(); !allowed)
        return allowed.error();
    return RetentionReview(m_connection).due(m_clock.now());
}

Result<PrivacyService::Erasure> PrivacyService::eraseDue(const Progress &progress)
{
    const auto due = dueForErasure();
    if (!due)
        return due.error();
    const QList<RetentionReview::Due> &people = due.value();
    Erasure erasure;
    std::optional<Error> failed;
    for (qsizetype first = 0; first < people.size(); first += BatchSize) {
        const auto batch = eraseBatch(people.mid(first, BatchSize));
        if (!batch) {
            failed = batch.error();
            break;
        }
        erasure.people += batch->people;
        erasure.removed += batch->removed;
        if (progress && !progress(erasure.people, int(people.size())))
            break;
    }
    // The batches committed before a failure are erasures too: their values leave the file.
    if (erasure.people > 0) {
        if (Status scrubbed = scrub(erasure); !scrubbed && !failed)
            failed = scrubbed.error();
    }
    if (failed)
        return *failed;
    return erasure;
}

Result<PrivacyService::Erasure>
PrivacyService::eraseBatch(const QList<RetentionReview::Due> &people)
{
    if (Status allowed = require(); !allowed) // a role taken away stops the next batch
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    PersonErasure person(m_connection, m_actor, m_clock);
    Erasure erasure;
    for (const RetentionReview::Due &due : people) {
        const auto removed = person.erase(due.applicantId, QStringLiteral("retention policy"));
        if (!removed)
            return removed.error();
        erasure.removed += removed.value();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    erasure.people = int(people.size());
    return erasure;
}
