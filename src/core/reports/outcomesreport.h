#pragma once

#include "domain/result.h"
#include "reports/report.h"
#include "reports/reportcontext.h"

#include <QCoreApplication>
#include <QStringList>

// What each graduating cohort's graduates went on to, CIRR style: their outcome categories
// as the outcomes CSV gives them (GraduateOutcomes), the share placed in field, the median days
// from graduation to the job, and the job guarantee's decisions due (JobGuaranteeRepository::
// periodsEndedBy, as JobGuaranteeService::decisionsDue) with how many of them kept the terms.
class OutcomesReport
{
    Q_DECLARE_TR_FUNCTIONS(OutcomesReport)

public:
    // The categories in the order of the table: the three placed ones, then still seeking, not
    // seeking, not reporting (machine names, the columns' keys).
    static const QStringList &categories();

    static Result<Report> compute(const ReportContext &context);
};
