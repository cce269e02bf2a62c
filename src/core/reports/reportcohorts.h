#pragma once

#include "domain/cohort.h"
#include "domain/result.h"
#include "reports/reportfilter.h"

#include <QList>
#include <QString>

// A cohort as the cohort reports list it: with its track's code.
struct ReportCohort
{
    Cohort cohort;
    QString trackCode;
};

// The cohorts a filter selects for the reports that go by cohort (cohort fill, refunds,
// outcomes): those that start on a day of the date range, of the track, the cohort named.
class ReportCohorts
{
public:
    static bool selects(const ReportFilter &filter, const Cohort &cohort);
    // The order the cohort reports list cohorts in: by start date, then name.
    static bool startsBefore(const Cohort &a, const Cohort &b)
    {
        return a.startsOn != b.startsOn ? a.startsOn < b.startsOn : a.name < b.name;
    }
    // The cohorts the filter selects, in that order.
    static Result<QList<ReportCohort>> list(const QString &connection, const ReportFilter &filter);
};
