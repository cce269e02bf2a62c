#include "domain/refundquote.h"

RefundQuote RefundQuote::on(const Cohort &cohort, const QList<RefundStep> &schedule,
                            const Money &paid, const QDate &day)
{
    RefundQuote quote;
    quote.dayOfProgram = int(cohort.startsOn.daysTo(day));
    quote.windowDays = cohort.refundWindowDays;
    quote.windowLastDay = cohort.refundWindowLastDay();
    // Before the start the clock has not begun: the whole window is still ahead.
    const int elapsed = qMax(0, quote.dayOfProgram);
    quote.insideWindow = elapsed <= quote.windowDays;
    quote.daysLeftInWindow = quote.insideWindow ? quote.windowDays - elapsed : 0;
    if (quote.insideWindow) {
        quote.percent = 100;
    } else {
        int stepFrom = -1; // the step in force is the one begun last
        for (const RefundStep &step : schedule) {
            if (step.fromDay <= elapsed && step.fromDay > stepFrom) {
                stepFrom = step.fromDay;
                quote.percent = step.refundPercent;
            }
        }
    }
    quote.paid = paid;
    // Rounded to the nearest cent, halves up.
    quote.amount = {(qMax<qint64>(0, paid.cents) * quote.percent + 50) / 100, paid.currency};
    return quote;
}
