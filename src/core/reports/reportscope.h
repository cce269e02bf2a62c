#pragma once

#include "domain/deskcalendar.h"
#include "reports/reportfilter.h"

#include <QString>
#include <QVariantList>

// A filter as SQL over `applications a`: the FROM clause and the WHERE conditions with their
// values, for the reports that count applications. The date range selects applications by the
// day they applied, on the bootcamp's calendar; the source and the campaign are the applicant's
// copies on the application (schema v27), so no report joins the applicants.
class ReportScope
{
public:
    ReportScope(const ReportFilter &filter, const DeskCalendar &calendar);

    // "applications a".
    static QString from() { return QStringLiteral("applications a"); }
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
    QStringList m_conditions;
    QVariantList m_values;
    qint64 m_trackId = 0;
};
