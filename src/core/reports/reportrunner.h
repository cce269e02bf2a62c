#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"
#include "reports/report.h"

#include <QCoreApplication>

// Computes a report for a signed-in staff user: any role may read the reports, which show
// counts and sums, never a person. The window runs it on a worker's connection; the command
// line on its own.
class ReportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ReportRunner)

public:
    ReportRunner(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // The report, or why not: a filter the report cannot apply is refused, naming it.
    Result<Report> run(ReportKind kind, const ReportFilter &filter) const;

    // Why `kind` cannot apply `filter`, or nothing.
    static Status checkFilter(ReportKind kind, const ReportFilter &filter);
    // A filter field as the command line's option and the window's label name it.
    static QString filterName(ReportFilterField field);

private:
    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
