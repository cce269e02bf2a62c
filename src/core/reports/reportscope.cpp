#include "reports/reportscope.h"

#include "domain/timestamp.h"

ReportScope::ReportScope(const ReportFilter &filter, const DeskCalendar &calendar)
{
    if (filter.from.isValid()) {
        m_conditions << QStringLiteral("a.applied_at >= ?");
        m_values << dayStart(calendar, filter.from);
    }
    if (filter.to.isValid()) {
        m_conditions << QStringLiteral("a.applied_at < ?");
        m_values << dayStart(calendar, filter.to.addDays(1));
    }
    const auto narrow = [this](const char *condition, const QVariant &value) {
        m_conditions << QString::fromLatin1(condition);
        m_values << value;
    };
    if (filter.trackId != 0) {
        narrow("a.track_id = ?", filter.trackId);
        m_trackId = filter.trackId;
    }
    if (filter.cohortId != 0)
        narrow("a.cohort_id = ?", filter.cohortId);
    if (filter.ownerId != 0)
        narrow("a.owner_id = ?", filter.ownerId);
    if (!filter.source.isEmpty())
        narrow("a.applicant_source = ?", filter.source);
    if (!filter.campaign.isEmpty())
        narrow("a.applicant_campaign = ?", filter.campaign);
}

QString ReportScope::dayStart(const DeskCalendar &calendar, const QDate &day)
{
    return Timestamp::format(calendar.startOf(day));
}
