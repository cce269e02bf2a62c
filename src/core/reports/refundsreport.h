#pragma once

#include "domain/result.h"
#include "reports/report.h"
#include "reports/reportcontext.h"

#include <QCoreApplication>

// Refunds per cohort: the applications that asked for one (from the status history), those
// refunded for a request asked inside the money-back window and after it (as RefundQuote
// judges the day asked), the amounts paid back, the requests still open, and the refunds paid
// without a request (a deposit given back before the start). Two passes: the requests in the
// history, the refunds in the ledger.
class RefundsReport
{
    Q_DECLARE_TR_FUNCTIONS(RefundsReport)

public:
    static Result<Report> compute(const ReportContext &context);
};
