#include "domain/paymentaccount.h"

PaymentAccount::PaymentAccount(std::optional<CohortFees> fees, QList<Payment> payments,
                               std::optional<DepositWaiver> waiver)
    : m_fees(std::move(fees)), m_payments(std::move(payments)), m_waiver(std::move(waiver))
{
}

QString PaymentAccount::currency() const
{
    if (m_fees)
        return m_fees->currency;
    return m_payments.isEmpty() ? QString() : m_payments.first().amount.currency;
}

qint64 PaymentAccount::sum(bool refunds) const
{
    qint64 total = 0;
    for (const Payment &payment : m_payments) {
        if (payment.isRefund() == refunds)
            total += payment.amount.cents;
    }
    return total;
}

qint64 PaymentAccount::receivedCents() const
{
    return sum(false);
}

qint64 PaymentAccount::refundedCents() const
{
    return sum(true);
}

qint64 PaymentAccount::dueCents() const
{
    if (!m_fees)
        return 0;
    return qMax<qint64>(0, m_fees->priceCents - receivedCents());
}

qint64 PaymentAccount::depositRequiredCents() const
{
    return m_fees ? m_fees->depositCents : 1;
}

QString PaymentAccount::state() const
{
    if (refundedCents() > 0)
        return QStringLiteral("refunded");
    if (m_fees && m_fees->priceCents > 0 && receivedCents() >= m_fees->priceCents)
        return QStringLiteral("paid_in_full");
    if (receivedCents() > 0 && depositReceived())
        return QStringLiteral("deposit_paid");
    return QStringLiteral("none");
}
