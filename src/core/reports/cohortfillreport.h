#pragma once

#include "domain/result.h"
#include "reports/report.h"
#include "reports/reportcontext.h"

#include <QCoreApplication>

// Which cohorts will fill: each cohort's seats as the cohort list counts them (CohortSeats),
// its offers pending and waitlist, and how the cohorts still to start filled day by day, from
// the seat moves the file keeps with the history (seat_moves, schema v19).
class CohortFillReport
{
    Q_DECLARE_TR_FUNCTIONS(CohortFillReport)

public:
    // The daily table goes back at most this many days before a cohort's start (or today).
    static constexpr int MaxDays = 180;

    static Result<Report> compute(const ReportContext &context);
};
