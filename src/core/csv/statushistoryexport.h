#pragma once

#include "browse/applicationquery.h"
#include "csv/csvexport.h"

// The status history (every status event, oldest first) of the applications an
// ApplicationQuery selects, as CSV: for fairness disputes and the board's time-in-stage
// figures. Events by the desk itself (expiry, automatic offers) say "desk".
class StatusHistoryExport
{
public:
    // The header: stable snake_case names.
    static QStringList columns();
    // The rows, for CsvExport to write.
    static CsvExport::Source source(const ApplicationQuery &query);
};
