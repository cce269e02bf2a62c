#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The head of admissions' reports, each answering one weekly question.
enum class ReportKind
{
    Funnel,      // how many applicants became students, stage by stage
    TimeInStage, // how long each status lasts, and applied to a decision
    CohortFill,  // which cohorts will fill, and how they filled day by day
    Sources,     // where applicants came from, and who of them became students
    MentorLoad,  // mentees against capacity, calls against the promised cadence
    Refunds,     // refunds per cohort, inside and after the refund window
    Outcomes     // graduates' jobs per cohort, CIRR style
};

// The filters a report can apply. A filter a report cannot apply is refused (the command line
// says so, the window does not offer it), never silently dropped.
enum class ReportFilterField
{
    Dates,    // --from/--to: what the dates select is the report's own (applied, cohort start)
    Track,
    Cohort,
    Source,   // and campaign
    Owner
};

class ReportKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(ReportKindInfo)

public:
    static const QList<ReportKind> &all();
    // "funnel", "time-in-stage", …: typed on the command line, stable.
    static QString machineName(ReportKind kind);
    static std::optional<ReportKind> fromMachineName(const QString &name);
    static QString machineNameList();
    // "Funnel", "Time in Stage", …: translated.
    static QString title(ReportKind kind);
    // One sentence on what it answers, translated.
    static QString description(ReportKind kind);
    static bool accepts(ReportKind kind, ReportFilterField field);
    // What the date range selects for this report ("applied between"), translated.
    static QString datesMean(ReportKind kind);
};
