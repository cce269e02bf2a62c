#include "services/privacyservice.h"

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
    QJsonObject document{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("exported_at"), Timestamp::format(m_clock.now())},
        {QStringLiteral("exported_by"), m_actor.username},
        {QStringLiteral("applicant"), QJsonObject::fromVariantMap(*applicant.value())},
        {QStringLiteral("applications"), applicationArray},
        {QStringLiteral("activities"), arrayOf(activities.value())},
    };
    return QJsonDocument(document);
}
