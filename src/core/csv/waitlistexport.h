#pragma once

#include "csv/csvexport.h"

// Each cohort's waitlist as CSV, in the order seats are offered (first come, first served by
// qualification time, then application time), with each application's place in line.
class WaitlistExport
{
public:
    // The header: stable snake_case names.
    static QStringList columns();
    // The rows of one cohort's waitlist (0: every cohort's, by track and start date), for
    // CsvExport to write.
    static CsvExport::Source source(qint64 cohortId);
};
