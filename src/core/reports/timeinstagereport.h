#pragma once

#include "domain/applicationstatus.h"
#include "domain/result.h"
#include "reports/report.h"
#include "reports/reportcontext.h"

#include <QCoreApplication>

// Days spent in each status, from the status history: a stay runs from the event that entered
// the status to the application's next event. The median and 90th percentile (nearest rank) of
// the stays that ended; the stays still running (the statuses now) are counted apart. And the
// days from applying to the first decision, qualified or not qualified. Read from the
// summaries the file's trigger keeps with the history (status_stays, decision_waits, schema
// v18), in tenths of a day, as counts per tenth.
class TimeInStageReport
{
    Q_DECLARE_TR_FUNCTIONS(TimeInStageReport)

public:
    static Result<Report> compute(const ReportContext &context);
    // The statuses an application stays in on its way, in lifecycle order; exits are not
    // stays.
    static const QList<ApplicationStatus> &stayStatuses();
};
