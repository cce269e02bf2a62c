#pragma once

#include "domain/result.h"
#include "reports/report.h"
#include "reports/reportcontext.h"

#include <QCoreApplication>

// Where applicants came from: applications, those that reached qualified and those that became
// students (reached enrolled), by source and by source and campaign, with the conversion of
// each, by the furthest stage of the status history as the funnel reads it (FunnelStages).
class SourcesReport
{
    Q_DECLARE_TR_FUNCTIONS(SourcesReport)

public:
    static Result<Report> compute(const ReportContext &context);
};
