#include "audit/applicantaudit.h"

namespace ApplicantAudit {

namespace {
AuditValue valueOf(const Field &field, const Applicant &applicant)
{
    const QString text = field.value(applicant);
    return field.personal ? AuditValue::personal(text, applicant.id) : AuditValue::plain(text);
}
} // namespace

const QList<Field> &fields()
{
    // clang-format off
    static const QList<Field> all{
        {"first_name", [](const Applicant &a) { return a.firstName; }, true},
        {"last_name", [](const Applicant &a) { return a.lastName; }, true},
        {"email", [](const Applicant &a) { return a.email; }, true},
        {"phone", [](const Applicant &a) { return a.phone; }, true},
        {"country", [](const Applicant &a) { return a.country; }, true},
        {"time_zone", [](const Applicant &a) { return a.timeZone; }, true},
        {"linkedin_url", [](const Applicant &a) { return a.linkedinUrl; }, true},
        {"github_url", [](const Applicant &a) { return a.githubUrl; }, true},
        {"portfolio_url", [](const Applicant &a) { return a.portfolioUrl; }, true},
        {"source", [](const Applicant &a) { return a.source; }, false},
        {"campaign", [](const Applicant &a) { return a.campaign; }, false},
        {"referrer", [](const Applicant &a) { return a.referrer; }, true},
        {"consent", [](const Applicant &a) { return a.consent ? QStringLiteral("1") : QStringLiteral("0"); }, false},
        {"notes", [](const Applicant &a) { return a.notes; }, true},
    };
    // clang-format on
    return all;
}

AuditEntry created(const Applicant &applicant)
{
    QStringList lines;
    for (const Field &field : fields()) {
        const QString text = field.value(applicant);
        if (!text.isEmpty())
            lines << QString::fromLatin1(field.name) + QLatin1Char('=') + text;
    }
    AuditEntry entry(QStringLiteral("create"), QStringLiteral("applicant"), applicant.id);
    entry.newValue = AuditValue::personal(lines.join(QLatin1Char('\n')), applicant.id);
    return entry;
}

QList<AuditEntry> changes(const Applicant &before, const Applicant &after)
{
    QList<AuditEntry> entries;
    for (const Field &field : fields()) {
        if (field.value(before) == field.value(after))
            continue;
        AuditEntry entry(QStringLiteral("update"), QStringLiteral("applicant"), after.id);
        entry.field = QString::fromLatin1(field.name);
        entry.oldValue = valueOf(field, before);
        entry.newValue = valueOf(field, after);
        entries << entry;
    }
    return entries;
}

} // namespace ApplicantAudit
