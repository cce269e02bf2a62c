#include "audit/catalogaudit.h"

#include "domain/timestamp.h"

#include <algorithm>

namespace CatalogAudit {

const QList<AuditedField<Track>> &trackFields()
{
    using T = Track;
    static const QList<AuditedField<Track>> all{
        {"code", [](const T &t) { return t.code; }},
        {"name", [](const T &t) { return t.name; }},
        {"active", [](const T &t) { return QString::number(int(t.active)); }},
    };
    return all;
}

const QList<AuditedField<Cohort>> &cohortFields()
{
    using C = Cohort;
    static const QList<AuditedField<Cohort>> all{
        {"track_id", [](const C &c) { return QString::number(c.trackId); }},
        {"name", [](const C &c) { return c.name; }},
        {"starts_on", [](const C &c) { return Timestamp::formatDate(c.startsOn); }},
        {"ends_on", [](const C &c) { return Timestamp::formatDate(c.endsOn); }},
        {"capacity", [](const C &c) { return QString::number(c.capacity); }},
        {"offer_hold_days", [](const C &c) { return QString::number(c.offerHoldDays); }},
        {"refund_window_days", [](const C &c) { return QString::number(c.refundWindowDays); }},
        {"state", [](const C &c) { return c.state; }},
        {"guarantee_days", [](const C &c) { return QString::number(c.guarantee.periodDays); }},
        {"guarantee_weekly_check_in",
         [](const C &c) { return QString::number(int(c.guarantee.weeklyCheckIn)); }},
        {"guarantee_min_applications",
         [](const C &c) { return QString::number(c.guarantee.minApplicationsPerWeek); }},
        {"applications_open_on",
         [](const C &c) { return Timestamp::formatDate(c.applicationsOpenOn); }},
    };
    return all;
}

const QList<AuditedField<Mentor>> &mentorFields()
{
    using M = Mentor;
    static const QList<AuditedField<Mentor>> all{
        {"name", [](const M &m) { return m.name; }},
        {"email", [](const M &m) { return m.email; }},
        {"time_zone", [](const M &m) { return m.timeZone; }},
        {"weekly_slots", [](const M &m) { return QString::number(m.weeklySlots); }},
        {"max_active_mentees", [](const M &m) { return QString::number(m.maxActiveMentees); }},
        {"active", [](const M &m) { return QString::number(int(m.active)); }},
        {"tracks",
         [](const M &m) {
             QList<qint64> sorted = m.trackIds; // a set: the order they were given in is no change
             std::sort(sorted.begin(), sorted.end());
             QStringList ids;
             for (qint64 id : sorted)
                 ids << QString::number(id);
             return ids.join(QLatin1Char(','));
         }},
    };
    return all;
}

} // namespace CatalogAudit
