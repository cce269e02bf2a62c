#include "audit/applicantaudit.h"

namespace ApplicantAudit {

const QList<AuditedField<Applicant>> &fields()
{
    using A = Applicant;
    static const QList<AuditedField<Applicant>> all{
        {"first_name", [](const A &a) { return a.firstName; }, true},
        {"last_name", [](const A &a) { return a.lastName; }, true},
        {"email", [](const A &a) { return a.email; }, true},
        {"phone", [](const A &a) { return a.phone; }, true},
        {"country", [](const A &a) { return a.country; }, true},
        {"time_zone", [](const A &a) { return a.timeZone; }, true},
        {"linkedin_url", [](const A &a) { return a.linkedinUrl; }, true},
        {"github_url", [](const A &a) { return a.githubUrl; }, true},
        {"portfolio_url", [](const A &a) { return a.portfolioUrl; }, true},
        {"source", [](const A &a) { return a.source; }, false},
        {"campaign", [](const A &a) { return a.campaign; }, false},
        {"referrer", [](const A &a) { return a.referrer; }, true},
        {"consent", [](const A &a) { return QString::number(int(a.consent)); }, false},
        {"notes", [](const A &a) { return a.notes; }, true},
    };
    return all;
}

AuditEntry created(const Applicant &applicant)
{
    return AuditedFields::created(fields(), QStringLiteral("applicant"), applicant.id, applicant,
                                  applicant.id);
}

QList<AuditEntry> changes(const Applicant &before, const Applicant &after)
{
    return AuditedFields::changes(fields(), QStringLiteral("applicant"), after.id, before, after,
                                  after.id);
}

AuditEntry applicationCreated(qint64 applicationId, qint64 applicantId, const QString &trackCode,
                              qint64 cohortId)
{
    AuditEntry entry(QStringLiteral("create"), QStringLiteral("application"), applicationId);
    entry.newValue = AuditValue::plain(
        QStringLiteral("applicant %1, track %2%3")
            .arg(applicantId)
            .arg(trackCode, cohortId ? QStringLiteral(", cohort %1").arg(cohortId) : QString()));
    return entry;
}

} // namespace ApplicantAudit
