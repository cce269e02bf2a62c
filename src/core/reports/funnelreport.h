#pragma once

#include "domain/result.h"
#include "reports/report.h"
#include "reports/reportcontext.h"

#include <QCoreApplication>

// How many applications reached each stage from applied to placed (FunnelStages), taken from
// the status history, with each stage's conversion from the one before and from applied; why
// people left (their status now, when it is an exit); and, when asked, the same stages per
// track, cohort, source or campaign. One pass over the filtered applications, by the furthest
// stage the file keeps for each (applications.furthest_stage, schema v17).
class FunnelReport
{
    Q_DECLARE_TR_FUNCTIONS(FunnelReport)

public:
    static Result<Report> compute(const ReportContext &context);

private:
    static QString groupTitle(ReportFilter::Breakdown by);
    static QString groupColumnTitle(ReportFilter::Breakdown by);
};
