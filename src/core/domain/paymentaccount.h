#pragma once

#include "domain/payment.h"

#include <QList>

#include <optional>

// An application's ledger summed up against its cohort's fees: what was received, paid back and
// is still due, whether the deposit is settled, and the payment state that follows. The state
// is only ever derived here; nobody types it.
class PaymentAccount
{
public:
    PaymentAccount(std::optional<CohortFees> fees, QList<Payment> payments,
                   std::optional<DepositWaiver> waiver);

    const std::optional<CohortFees> &fees() const { return m_fees; }
    const QList<Payment> &payments() const { return m_payments; }
    const std::optional<DepositWaiver> &waiver() const { return m_waiver; }
    // The currency of the fees, else of the first entry, else empty.
    QString currency() const;

    qint64 receivedCents() const; // deposits and instalments
    qint64 refundedCents() const;
    qint64 paidCents() const { return receivedCents() - refundedCents(); } // what a refund is of
    // The price not yet received; 0 without fees.
    qint64 dueCents() const;
    // What enrolling asks to be received: the cohort's deposit, or any deposit at all while the
    // cohort has no fees set.
    qint64 depositRequiredCents() const;
    bool depositReceived() const { return receivedCents() >= depositRequiredCents(); }
    // Received, or waived by an administrator.
    bool depositSettled() const { return depositReceived() || m_waiver.has_value(); }
    // none, deposit_paid, paid_in_full or refunded (applications.payment_state).
    QString state() const;

private:
    qint64 sum(bool refunds) const;

    std::optional<CohortFees> m_fees;
    QList<Payment> m_payments;
    std::optional<DepositWaiver> m_waiver;
};
