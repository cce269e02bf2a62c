#pragma once

#include "domain/deskcalendar.h"
#include "reports/reportfilter.h"

#include <QString>
#include <QVariantList>

// A filter as SQL over `applications a` (joined to `applicants p` when it narrows by source or
// campaign): the FROM clause and the WHERE conditions with their values, for the reports that
// count applications. The date range selects applications by the day they applied, on the
// bootcamp's calendar.
class ReportScope
{
public:
    ReportScope(const ReportFilter &filter, const DeskCalendar &calendar);

    // "applications a" or "applications a JOIN applicants p ON p.id = a.applicant_id".
    QString from() const { return m_from; }
    // "a.track_id = ? AND …", or "1" when nothing narrows.
    QString where() const { return m_conditions.isEmpty() ? QStringLiteral("1") : m_conditions.join(QStringLiteral(" AND ")); }
    const QVariantList &values() const { return m_values; }
    // Whether any condition narrows the applications.
    bool narrows() const { return !m_conditions.isEmpty(); }
    // The track, when it is all that narrows the applications; 0 otherwise. A summary that
    // keeps its application's track is read by it without joining the applications.
    qint64 trackAlone() const { return m_conditions.size() == 1 ? m_trackId : 0; }

    // The stored instant a bootcamp day begins, for comparing with stored times.
    static QString dayStart(const DeskCalendar &calendar, const QDate &day);

private:
    QString m_from;
    QStringList m_conditions;
    QVariantList m_values;
    qint64 m_trackId = 0;
};
