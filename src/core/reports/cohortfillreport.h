#pragma once

#include "domain/result.h"
#include "reports/report.h"
#include "reports/reportcontext.h"

#include <QCoreApplication>

// Which cohorts will fill: each cohort's seats as the cohort list counts them (CohortSeats),
// its offers pending and waitlist, and how it filled day by day up to its start, rebuilt from
// the status history (the seats held at the end of each day). One pass over the history.
class CohortFillReport
{
    Q_DECLARE_TR_FUNCTIONS(CohortFillReport)

public:
    // The daily table goes back at most this many days before a cohort's start (or today).
    static constexpr int MaxDays = 180;

    static Result<Report> compute(const ReportContext &context);
};
