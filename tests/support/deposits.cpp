#include "deposits.h"

#include "services/applicationservice.h"
#include "services/paymentservice.h"

Status payDeposit(const QString &connectionName, const Actor &actor, qint64 applicationId,
                  const Clock &clock)
{
    auto application = ApplicationService(connectionName, actor, clock).application(applicationId);
    if (!application)
        return application.error();
    if (!application.value())
        return Error{QStringLiteral("no application %1").arg(applicationId), {}};
    PaymentService payments(connectionName, actor, clock);
    const qint64 cohortId = application.value()->cohortId;
    auto fees = payments.fees(cohortId);
    if (!fees)
        return fees.error();
    if (!fees.value()) {
        if (Status set = payments.setFees({cohortId, QStringLiteral("USD"), 1000000, 100000}); !set)
            return set;
        fees = payments.fees(cohortId);
    }
    PaymentService::Entry deposit;
    deposit.kind = Payment::Kind::Deposit;
    deposit.amountCents = fees.value()->depositCents;
    auto recorded = payments.record(applicationId, deposit);
    if (!recorded)
        return recorded.error();
    return {};
}
