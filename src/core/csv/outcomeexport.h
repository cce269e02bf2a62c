#pragma once

#include "csv/csvexport.h"

// The cohorts' job outcomes as CSV in the manner of the CIRR standard: one row per graduate with
// their outcome category (placed in field full-time, in field part-time or contract, out of
// field; still seeking; not seeking; not reporting for a graduate who never began a job search),
// the job's facts and the days from graduation to the job's start.
class OutcomeExport
{
public:
    // The header: stable snake_case names.
    static QStringList columns();
    // The rows of one cohort's graduates (0: every cohort's, by track and start date), by last
    // and first name, for CsvExport to write.
    static CsvExport::Source source(qint64 cohortId);
};
