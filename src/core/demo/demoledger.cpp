#include "demo/demoledger.h"

#include "demo/democalendar.h"
#include "domain/paymentaccount.h"
#include "domain/refundquote.h"
#include "domain/timestamp.h"

using S = ApplicationStatus;

namespace DemoLedger {

QList<Payment> of(const DemoTimeline &t, const DemoCohort &cohort, qint64 applicationNumber)
{
    const qint64 enrolledAt = t.at(S::Enrolled);
    if (enrolledAt == 0)
        return {};
    const CohortFees fees = cohort.fees();
    static constexpr Payment::Method Methods[] = {
        Payment::Method::BankTransfer, Payment::Method::Card, Payment::Method::BankTransfer,
        Payment::Method::Financing};
    const Payment::Method method = Methods[applicationNumber % 4];
    QList<Payment> entries;
    const auto add = [&](Payment::Kind kind, qint64 cents, qint64 atMs, const QString &ref) {
        Payment p;
        p.kind = kind;
        p.amount = {cents, fees.currency};
        p.paidOn = Timestamp::parseDate(DemoCalendar::dateText(DemoCalendar::dayOf(atMs)));
        p.method = method;
        p.reference = ref;
        p.recordedAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        entries << p;
    };
    add(Payment::Kind::Deposit, fees.depositCents, enrolledAt,
        QStringLiteral("DEP-%1").arg(applicationNumber));
    if (const qint64 startedAt = t.at(S::Active))
        add(Payment::Kind::Instalment, fees.priceCents - fees.depositCents, startedAt,
            QStringLiteral("INV-%1").arg(applicationNumber));
    else if (const qint64 leftAt = t.at(S::Withdrawn))
        add(Payment::Kind::Refund, fees.depositCents, leftAt,
            QStringLiteral("deposit back before the start"));
    const qint64 askedAt = t.at(S::RefundRequested);
    const qint64 refundedAt = t.at(S::Refunded);
    if (askedAt && refundedAt) {
        const PaymentAccount paid(fees, entries, std::nullopt);
        const RefundQuote quote = RefundQuote::on(
            cohort.asCohort(), cohort.refundSchedule(), {paid.paidCents(), fees.currency},
            Timestamp::parseDate(DemoCalendar::dateText(DemoCalendar::dayOf(askedAt))));
        if (quote.amount.cents > 0)
            add(Payment::Kind::Refund, quote.amount.cents, refundedAt,
                QStringLiteral("%1% asked on day %2 of the program")
                    .arg(quote.percent)
                    .arg(quote.dayOfProgram + 1));
    }
    return entries;
}
} // namespace DemoLedger
