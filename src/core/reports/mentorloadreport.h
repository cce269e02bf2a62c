#pragma once

#include "domain/result.h"
#include "reports/report.h"
#include "reports/reportcontext.h"

#include <QCoreApplication>

// Each active mentor's current mentees against their capacity (MentorLoad, as MentorService
// counts them) and their 1:1 calls over the last CallCadence::RecentWeeks completed weeks
// against the weekly promise, as the Mentors page computes them (MentorCallService).
class MentorLoadReport
{
    Q_DECLARE_TR_FUNCTIONS(MentorLoadReport)

public:
    static Result<Report> compute(const ReportContext &context);
};
