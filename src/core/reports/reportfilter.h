#pragma once

#include "reports/reportkind.h"

#include <QDate>
#include <QList>
#include <QString>

// What a report is narrowed to. Every field left empty (0, null, "") narrows nothing.
struct ReportFilter
{
    // Days of the bootcamp's calendar, both included; what they select is the report's
    // (ReportKindInfo::datesMean): applied on those days, or cohorts starting on them.
    QDate from;
    QDate to;
    qint64 trackId = 0;
    qint64 cohortId = 0;
    QString source;
    QString campaign;
    qint64 ownerId = 0;

    // The funnel's breakdown: one row per track, cohort, source or campaign.
    enum class Breakdown
    {
        None,
        Track,
        Cohort,
        Source,
        Campaign
    };
    Breakdown by = Breakdown::None;

    // The fields this filter narrows by.
    QList<ReportFilterField> given() const;
};
