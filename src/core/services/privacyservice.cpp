#include "services/privacyservice.h"

#include "audit/auditlog.h"
#include "audit/audittrail.h"
#include "domain/timestamp.h"
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

Result<QJsonDocument> PrivacyService::exportData(qint64 applicantId) const
{
    if (Status allowed =
            Authorization::require(m_connection, m_actor, Action::HandlePrivacyRequests);
        !allowed)
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
    for (const Error *failed : {applications ? nullptr : &applications.error(),
                                events ? nullptr : &events.error(),
                                assignments ? nullptr : &assignments.error(),
                                activities ? nullptr : &activities.error()}) {
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
    if (Status recorded = AuditTrail::recordAlone(m_connection, m_actor, entry, m_clock);
        !recorded)
        return recorded.error();
    return QJsonDocument(document);
}
