#include "applicanthistory.h"

#include "domain/activity.h"
#include "domain/applicationstatus.h"
#include "domain/timestamp.h"

#include <QLocale>

namespace {
QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

QString ApplicantHistory::headline(const ApplicantService::HistoryEntry &entry)
{
    return entry.status ? headline(*entry.status) : headline(*entry.change);
}

QString ApplicantHistory::details(const ApplicantService::HistoryEntry &entry)
{
    QStringList parts{when(entry.at)};
    if (entry.status) {
        const StatusEvent &e = *entry.status;
        parts << (e.byUserId ? e.byUsername : tr("the desk"));
        if (!e.reason.isEmpty())
            parts << e.reason;
        if (!e.cause.isEmpty())
            parts << e.cause;
    } else {
        const AuditRecord &r = *entry.change;
        parts << (r.actorName.isEmpty() || r.actorName == QLatin1String("desk") ? tr("the desk")
                                                                                : r.actorName);
        if (r.reason.text || r.reason.erased)
            parts << value(r.reason);
        if (r.action == QLatin1String("erase")) // why, and what went
            parts << r.note;
    }
    return parts.join(QStringLiteral(" · "));
}

QString ApplicantHistory::headline(const StatusEvent &e)
{
    const QString move =
        e.from ? tr("%1 → %2").arg(Statuses::displayName(*e.from), Statuses::displayName(e.to))
               : Statuses::displayName(e.to);
    return tr("Application %1: %2").arg(e.applicationId).arg(move);
}

QString ApplicantHistory::headline(const AuditRecord &r)
{
    const QString action = r.action;
    if (r.entity == QLatin1String("applicant")) {
        if (action == QLatin1String("create"))
            return tr("Applicant created");
        if (action == QLatin1String("update"))
            return tr("%1 changed: %2 → %3")
                .arg(fieldName(r.field), value(r.oldValue), value(r.newValue));
        if (action == QLatin1String("add_activity")) {
            const auto kind = Activity::kindFromMachineName(r.field);
            return tr("%1 recorded: %2")
                .arg(kind ? Activity::displayName(*kind) : r.field, value(r.newValue));
        }
        if (action == QLatin1String("export_data"))
            return tr("Everything stored about the applicant was exported");
        if (action == QLatin1String("erase"))
            return tr("Personal data erased");
    } else if (r.entity == QLatin1String("application")) {
        if (action == QLatin1String("create"))
            return tr("Application %1 created").arg(r.entityId);
        if (action == QLatin1String("update"))
            return tr("Application %1: %2 %3 → %4")
                .arg(r.entityId)
                .arg(fieldName(r.field), value(r.oldValue), value(r.newValue));
        if (action == QLatin1String("assign_mentor"))
            return tr("Application %1: mentor %2").arg(r.entityId).arg(value(r.newValue));
        if (action == QLatin1String("propose_mentor"))
            return tr("Application %1: mentor %2 proposed").arg(r.entityId).arg(value(r.newValue));
        if (action == QLatin1String("confirm_mentor"))
            return tr("Application %1: mentor %2 confirmed").arg(r.entityId).arg(value(r.newValue));
        if (action == QLatin1String("end_mentor"))
            return tr("Application %1: mentor %2 ended (%3)")
                .arg(r.entityId)
                .arg(value(r.oldValue), r.note);
        if (action == QLatin1String("schedule_interview"))
            return tr("Application %1: interview scheduled for %2")
                .arg(r.entityId)
                .arg(timeValue(r.newValue));
        if (action == QLatin1String("reschedule_interview"))
            return tr("Application %1: interview moved from %2 to %3")
                .arg(r.entityId)
                .arg(timeValue(r.oldValue), timeValue(r.newValue));
        if (action == QLatin1String("cancel_interview"))
            return tr("Application %1: interview cancelled").arg(r.entityId);
        if (action == QLatin1String("hold_interview"))
            return tr("Application %1: interview held").arg(r.entityId);
    }
    // A kind of record this window does not know yet: shown as the trail names it.
    return QStringLiteral("%1 %2 %3").arg(action, r.entity, r.field).trimmed();
}

QString ApplicantHistory::fieldName(const QString &machineName)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("time_zone"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("linkedin_url"), QT_TR_NOOP("LinkedIn")},
        {QStringLiteral("github_url"), QT_TR_NOOP("GitHub")},
        {QStringLiteral("portfolio_url"), QT_TR_NOOP("Portfolio")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("campaign"), QT_TR_NOOP("Campaign")},
        {QStringLiteral("referrer"), QT_TR_NOOP("Referrer")},
        {QStringLiteral("consent"), QT_TR_NOOP("Consent")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("owner"), QT_TR_NOOP("owner")},
        {QStringLiteral("cohort"), QT_TR_NOOP("cohort")},
        {QStringLiteral("score"), QT_TR_NOOP("score")},
    };
    const auto it = names.constFind(machineName);
    return it == names.constEnd() ? machineName : tr(it.value());
}

QString ApplicantHistory::timeValue(const AuditRecord::Value &v)
{
    const QDateTime at = v.text ? Timestamp::parse(*v.text) : QDateTime();
    return at.isValid() ? when(at) : value(v);
}

QString ApplicantHistory::value(const AuditRecord::Value &v)
{
    if (v.erased)
        return tr("(erased)");
    if (!v.text || v.text->isEmpty())
        return tr("(empty)");
    // Notes run to many lines; the timeline shows their start.
    const QString oneLine = v.text->simplified();
    return oneLine.size() > 80 ? oneLine.left(79) + QChar(0x2026) : oneLine;
}
