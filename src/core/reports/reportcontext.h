#pragma once

#include "domain/deskcalendar.h"
#include "reports/reportfilter.h"

#include <QString>

// What every report computes from: the connection to read on, the filter (already checked to
// be one the report can apply) and the bootcamp's calendar.
struct ReportContext
{
    const QString &connection;
    const ReportFilter &filter;
    const DeskCalendar &calendar;
};
