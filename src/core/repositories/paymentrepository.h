#pragma once

#include "db/sql.h"
#include "domain/payment.h"
#include "domain/result.h"

#include <QHash>
#include <QList>

#include <optional>

// Cohort fees, the payments ledger and deposit waivers. The caller holds the transaction.
class PaymentRepository
{
public:
    explicit PaymentRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<std::optional<CohortFees>> fees(qint64 cohortId) const;
    Status setFees(const CohortFees &fees);

    Result<qint64> insert(const Payment &payment);
    // The application's ledger, oldest entry first.
    Result<QList<Payment>> payments(qint64 applicationId) const;
    // The cohort's applications with at least one entry.
    Result<QList<qint64>> applicationsWithPayments(qint64 cohortId) const;
    // What each application has paid and not had back (PaymentAccount::paidCents), in cents;
    // an application without entries is not in the answer.
    Result<QHash<qint64, qint64>> paidOf(const QList<qint64> &applicationIds) const;

    Status insertWaiver(const DepositWaiver &waiver, qint64 byUserId);
    Result<std::optional<DepositWaiver>> waiver(qint64 applicationId) const;

    // Stores the state derived from the ledger (PaymentAccount::state).
    Status setPaymentState(qint64 applicationId, const QString &state);

private:
    Sql m_sql;
};
