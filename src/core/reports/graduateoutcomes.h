#pragma once

#include <QString>

// The graduates and their outcome in the CIRR manner, as SQL over `applications a`, shared by
// the outcomes CSV (OutcomeExport) and the Job Outcomes report so that both put the same
// graduate in the same category.
namespace GraduateOutcomes {
// "a.status IN (…)": the applications that graduated (graduated, job search, placed, not
// seeking).
QString graduatesSql();
// The category: the placement's outcome once placed (in_field_full_time,
// in_field_part_time_contract, out_of_field), still_seeking in job search, not_seeking, and
// not_reporting for a graduate who never began a job search.
QString outcomeSql();
// The day of the move to graduated (its last, should it have been undone and made again), as
// the application keeps it from its history (schema v25).
QString graduatedOnSql();
// Days from graduation to the job's start, for a placed graduate; NULL otherwise.
QString daysToJobSql();
} // namespace GraduateOutcomes
