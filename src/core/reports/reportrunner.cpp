#include "reports/reportrunner.h"

#include "db/transaction.h"
#include "reports/cohortfillreport.h"
#include "reports/funnelreport.h"
#include "reports/mentorloadreport.h"
#include "reports/outcomesreport.h"
#include "reports/refundsreport.h"
#include "reports/reportcontext.h"
#include "reports/sourcesreport.h"
#include "reports/timeinstagereport.h"
#include "services/authorization.h"
#include "services/desksettingsservice.h"

namespace {
Result<Report> compute(ReportKind kind, const ReportContext &context)
{
    switch (kind) {
    case ReportKind::Funnel:
        return FunnelReport::compute(context);
    case ReportKind::TimeInStage:
        return TimeInStageReport::compute(context);
    case ReportKind::CohortFill:
        return CohortFillReport::compute(context);
    case ReportKind::Sources:
        return SourcesReport::compute(context);
    case ReportKind::MentorLoad:
        return MentorLoadReport::compute(context);
    case ReportKind::Refunds:
        return RefundsReport::compute(context);
    case ReportKind::Outcomes:
        return OutcomesReport::compute(context);
    }
    return Error{ReportRunner::tr("There is no such report."), {}};
}
} // namespace

ReportRunner::ReportRunner(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

QString ReportRunner::filterName(ReportFilterField field)
{
    switch (field) {
    case ReportFilterField::Dates:
        return tr("a date range");
    case ReportFilterField::Track:
        return tr("a track");
    case ReportFilterField::Cohort:
        return tr("a cohort");
    case ReportFilterField::Source:
        return tr("a source or campaign");
    case ReportFilterField::Owner:
        return tr("an owner");
    }
    return {};
}

Status ReportRunner::checkFilter(ReportKind kind, const ReportFilter &filter)
{
    for (ReportFilterField field : filter.given()) {
        if (!ReportKindInfo::accepts(kind, field)) {
            return Error{tr("The %1 report cannot be narrowed to %2.")
                             .arg(ReportKindInfo::title(kind), filterName(field)),
                         {}};
        }
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        return Error{tr("The date range ends (%1) before it begins (%2).")
                         .arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)),
                     {}};
    }
    if (filter.by != ReportFilter::Breakdown::None && kind != ReportKind::Funnel)
        return Error{tr("Only the funnel report is broken down by a group."), {}};
    return {};
}

Result<Report> ReportRunner::run(ReportKind kind, const ReportFilter &filter) const
{
    if (const auto role = Authorization::roleOf(m_connection, m_actor); !role)
        return role.error();
    if (Status applicable = checkFilter(kind, filter); !applicable)
        return applicable.error();
    // One read snapshot: every table of a report counts the same moment, whoever writes
    // meanwhile. Nothing is written; it ends by rolling back.
    const Transaction snapshot(m_connection, Transaction::Mode::Deferred);
    if (!snapshot.isActive())
        return snapshot.error();
    const auto calendar = DeskSettingsService(m_connection, m_actor, m_clock).calendar();
    if (!calendar)
        return calendar.error();
    const ReportContext context{m_connection, filter, calendar.value()};
    Result<Report> report = compute(kind, context);
    if (report) {
        report.value().kind = kind;
        report.value().filter = filter;
    }
    return report;
}
