#include "reports/reportkind.h"

#include <QStringList>

const QList<ReportKind> &ReportKindInfo::all()
{
    static const QList<ReportKind> kinds{ReportKind::Funnel,     ReportKind::TimeInStage,
                                         ReportKind::CohortFill, ReportKind::Sources,
                                         ReportKind::MentorLoad, ReportKind::Refunds,
                                         ReportKind::Outcomes};
    return kinds;
}

QString ReportKindInfo::machineName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Funnel:
        return QStringLiteral("funnel");
    case ReportKind::TimeInStage:
        return QStringLiteral("time-in-stage");
    case ReportKind::CohortFill:
        return QStringLiteral("cohort-fill");
    case ReportKind::Sources:
        return QStringLiteral("sources");
    case ReportKind::MentorLoad:
        return QStringLiteral("mentor-load");
    case ReportKind::Refunds:
        return QStringLiteral("refunds");
    case ReportKind::Outcomes:
        return QStringLiteral("outcomes");
    }
    return {};
}

std::optional<ReportKind> ReportKindInfo::fromMachineName(const QString &name)
{
    for (ReportKind kind : all()) {
        if (machineName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString ReportKindInfo::machineNameList()
{
    QStringList names;
    for (ReportKind kind : all())
        names << machineName(kind);
    return names.join(QStringLiteral(", "));
}

QString ReportKindInfo::title(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Funnel:
        return tr("Funnel");
    case ReportKind::TimeInStage:
        return tr("Time in Stage");
    case ReportKind::CohortFill:
        return tr("Cohort Fill");
    case ReportKind::Sources:
        return tr("Sources");
    case ReportKind::MentorLoad:
        return tr("Mentor Load");
    case ReportKind::Refunds:
        return tr("Refunds");
    case ReportKind::Outcomes:
        return tr("Job Outcomes");
    }
    return {};
}

QString ReportKindInfo::description(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Funnel:
        return tr("How many applications reached each stage, from applied to placed, and why "
                  "people left.");
    case ReportKind::TimeInStage:
        return tr("How many days applications spend in each status, and from applying to a "
                  "decision.");
    case ReportKind::CohortFill:
        return tr("Seats taken, offers pending and waitlists of the cohorts, and how each "
                  "filled day by day up to its start.");
    case ReportKind::Sources:
        return tr("Applications, qualified applicants and students by source and campaign.");
    case ReportKind::MentorLoad:
        return tr("Each mentor's current mentees against capacity, and 1:1 calls against the "
                  "weekly cadence.");
    case ReportKind::Refunds:
        return tr("Refund requests and refunds per cohort, inside and after the refund window.");
    case ReportKind::Outcomes:
        return tr("What each graduating cohort's graduates went on to, in the CIRR categories.");
    }
    return {};
}

bool ReportKindInfo::accepts(ReportKind kind, ReportFilterField field)
{
    switch (kind) {
    case ReportKind::Funnel:
    case ReportKind::TimeInStage:
    case ReportKind::Sources:
        return true;
    case ReportKind::CohortFill:
    case ReportKind::Refunds:
    case ReportKind::Outcomes:
        return field == ReportFilterField::Dates || field == ReportFilterField::Track ||
               field == ReportFilterField::Cohort;
    case ReportKind::MentorLoad:
        return field == ReportFilterField::Track;
    }
    return false;
}

QString ReportKindInfo::datesMean(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Funnel:
    case ReportKind::TimeInStage:
    case ReportKind::Sources:
        return tr("applications that applied on these days");
    case ReportKind::CohortFill:
    case ReportKind::Refunds:
    case ReportKind::Outcomes:
        return tr("cohorts that start on these days");
    case ReportKind::MentorLoad:
        break;
    }
    return {};
}
