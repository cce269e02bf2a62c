#include "services/paymentservice.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/paymentrepository.h"
#include "repositories/statuseventrepository.h"
#include "services/authorization.h"
#include "services/desksettingsservice.h"

namespace {
// "deposit 500.00 USD by card, ref 4411": the entry as the audit trail's note keeps it.
QString describe(const Payment &payment)
{
    QString text = QStringLiteral("payment %1: %2 %3 %4 by %5")
                       .arg(payment.id)
                       .arg(Payment::machineName(payment.kind), Money::plain(payment.amount.cents),
                            payment.amount.currency, Payment::machineName(payment.method));
    if (!payment.reference.trimmed().isEmpty())
        text += QStringLiteral(", ref %1").arg(payment.reference.trimmed());
    return text;
}
} // namespace

PaymentService::PaymentService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

FieldErrors PaymentService::validate(const CohortFees &fees)
{
    FieldErrors errors;
    if (!Money::isCurrencyCode(fees.currency))
        errors << FieldError{QStringLiteral("currency"),
                             tr("\"%1\" is not a currency code: three capital letters, such as "
                                "USD or EUR.")
                                 .arg(fees.currency)};
    if (fees.priceCents < 0)
        errors << FieldError{QStringLiteral("price"), tr("The price cannot be negative.")};
    if (fees.depositCents < 0)
        errors << FieldError{QStringLiteral("deposit"), tr("The deposit cannot be negative.")};
    else if (fees.depositCents > fees.priceCents)
        errors << FieldError{QStringLiteral("deposit"),
                             tr("The deposit (%1) is more than the price (%2).")
                                 .arg(fees.deposit().display(), fees.price().display())};
    return errors;
}

Result<std::optional<CohortFees>> PaymentService::fees(qint64 cohortId) const
{
    return PaymentRepository(m_connection).fees(cohortId);
}

Status PaymentService::setFees(const CohortFees &fees)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageCatalog);
        !allowed)
        return allowed;
    if (const FieldErrors errors = validate(fees); !errors.isEmpty())
        return Error{errors.first().message, {}};
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto cohort = CohortRepository(m_connection).find(fees.cohortId);
    if (!cohort)
        return cohort.error();
    if (!cohort.value())
        return Error{tr("There is no cohort %1.").arg(fees.cohortId), {}};
    PaymentRepository payments(m_connection);
    auto before = payments.fees(fees.cohortId);
    if (!before)
        return before.error();
    // Entries already made keep their currency: changing it would mix two in one ledger.
    auto paid = payments.applicationsWithPayments(fees.cohortId);
    if (!paid)
        return paid.error();
    if (before.value() && before.value()->currency != fees.currency && !paid.value().isEmpty())
        return Error{tr("Cohort %1 has payments in %2: its currency cannot change to %3.")
                         .arg(cohort.value()->name, before.value()->currency, fees.currency),
                     {}};
    if (Status stored = payments.setFees(fees); !stored)
        return stored;
    for (qint64 applicationId : paid.value()) {
        if (Status refreshed = refreshState(applicationId); !refreshed)
            return refreshed;
    }
    AuditEntry entry(QStringLiteral("update"), QStringLiteral("cohort"), fees.cohortId);
    entry.field = QStringLiteral("fees");
    if (before.value())
        entry.oldValue = AuditValue::plain(QStringLiteral("%1 %2, deposit %3")
                                               .arg(Money::plain(before.value()->priceCents),
                                                    before.value()->currency,
                                                    Money::plain(before.value()->depositCents)));
    entry.newValue = AuditValue::plain(
        QStringLiteral("%1 %2, deposit %3")
            .arg(Money::plain(fees.priceCents), fees.currency, Money::plain(fees.depositCents)));
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return {};
}

Result<Payment> PaymentService::record(qint64 applicationId, const Entry &entry)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::RecordPayments);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto found = application(applicationId);
    if (!found)
        return found.error();
    Payment payment;
    payment.applicationId = applicationId;
    payment.kind = entry.kind;
    payment.amount.cents = entry.amountCents;
    payment.paidOn = entry.paidOn.isValid() ? entry.paidOn : today();
    payment.method = entry.method;
    payment.reference = entry.reference;
    auto added = append(found.value(), payment);
    if (!added)
        return added;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<Payment> PaymentService::append(const Application &application, Payment payment)
{
    auto account = accountOf(application);
    if (!account)
        return account.error();
    if (payment.amount.cents <= 0)
        return Error{
            tr("A payment of application %1 needs an amount above zero.").arg(application.id), {}};
    if (payment.paidOn > today())
        return Error{tr("The payment's day %1 is in the future: record money once it has moved.")
                         .arg(Timestamp::formatDate(payment.paidOn)),
                     {}};
    // The ledger keeps one currency: the cohort's, or that of the entries before.
    payment.amount.currency = account.value().currency();
    if (payment.amount.currency.isEmpty())
        return Error{tr("Application %1's cohort has no price set: set the cohort's price and "
                        "deposit first, so the payment has a currency.")
                         .arg(application.id),
                     {}};
    if (payment.isRefund() && payment.amount.cents > account.value().paidCents())
        return Error{
            tr("A refund of %1 is more than application %2 has paid (%3).")
                .arg(payment.amount.display())
                .arg(application.id)
                .arg(Money{account.value().paidCents(), payment.amount.currency}.display()),
            {}};
    payment.recordedById = m_actor.userId;
    payment.recordedByUsername = m_actor.username;
    payment.recordedAt = m_clock.now();
    auto id = PaymentRepository(m_connection).insert(payment);
    if (!id)
        return id.error();
    payment.id = id.value();
    if (Status refreshed = refreshState(application.id); !refreshed)
        return refreshed.error();
    AuditEntry entry(QStringLiteral("payment"), QStringLiteral("application"), application.id);
    entry.field = Payment::machineName(payment.kind);
    entry.newValue = AuditValue::plain(Money::plain(payment.amount.cents));
    entry.note = describe(payment);
    entry.at = payment.recordedAt;
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded.error();
    return payment;
}

Status PaymentService::waiveDeposit(qint64 applicationId, const QString &reason)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::WaiveDeposits);
        !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{tr("Waiving application %1's deposit needs a reason.").arg(applicationId), {}};
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto found = application(applicationId);
    if (!found)
        return found.error();
    PaymentRepository payments(m_connection);
    auto already = payments.waiver(applicationId);
    if (!already)
        return already.error();
    if (already.value())
        return Error{tr("Application %1's deposit was already waived by %2 on %3.")
                         .arg(applicationId)
                         .arg(already.value()->byUsername,
                              Timestamp::formatDate(already.value()->at.date())),
                     {}};
    const DepositWaiver waiver{applicationId, reason.trimmed(), m_actor.username, m_clock.now()};
    if (Status stored = payments.insertWaiver(waiver, m_actor.userId); !stored)
        return stored;
    AuditEntry entry(QStringLiteral("waive_deposit"), QStringLiteral("application"), applicationId);
    entry.field = QStringLiteral("deposit");
    entry.reason = AuditValue::plain(waiver.reason);
    entry.at = waiver.at;
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return {};
}

Result<PaymentAccount> PaymentService::account(qint64 applicationId) const
{
    auto found = application(applicationId);
    if (!found)
        return found.error();
    return accountOf(found.value());
}

Result<RefundQuote> PaymentService::refundQuote(qint64 applicationId, const QDate &day) const
{
    auto found = application(applicationId);
    if (!found)
        return found.error();
    return quoteOf(found.value(), day);
}

Result<RefundQuote> PaymentService::requestedRefund(qint64 applicationId) const
{
    auto found = application(applicationId);
    if (!found)
        return found.error();
    auto history = StatusEventRepository(m_connection).history(applicationId);
    if (!history)
        return history.error();
    for (auto event = history.value().crbegin(); event != history.value().crend(); ++event) {
        if (event->to == ApplicationStatus::RefundRequested)
            return quoteOf(found.value(), dayOf(event->at));
    }
    return Error{tr("Application %1 has not asked for a refund.").arg(applicationId), {}};
}

QDate PaymentService::dayOf(const QDateTime &at) const
{
    // The bootcamp's day, in its one time zone; UTC only if the setting cannot be read (the
    // read's error then shows at the next read of anything else).
    const auto calendar = DeskSettingsService(m_connection, Actor::desk(), m_clock).calendar();
    return calendar ? calendar->dayOf(at) : at.toUTC().date();
}

Status PaymentService::requireDepositSettled(const Application &application) const
{
    auto account = accountOf(application);
    if (!account)
        return account.error();
    const PaymentAccount &a = account.value();
    if (a.depositSettled())
        return {};
    if (!a.fees())
        return Error{tr("Application %1 cannot be enrolled: no deposit is recorded (its cohort "
                        "has no price set). Record the deposit, or an administrator may waive it.")
                         .arg(application.id),
                     {}};
    return Error{
        tr("Application %1 cannot be enrolled: its deposit of %2 is not paid (received "
           "so far: %3). Record the deposit, or an administrator may waive it.")
            .arg(application.id)
            .arg(a.fees()->deposit().display(), Money{a.receivedCents(), a.currency()}.display()),
        {}};
}

Result<std::optional<Payment>> PaymentService::payRequestedRefund(const Application &application)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::RecordPayments);
        !allowed)
        return allowed.error();
    auto quote = requestedRefund(application.id);
    if (!quote)
        return quote.error();
    if (quote.value().amount.cents <= 0)
        return std::optional<Payment>();
    auto account = accountOf(application);
    if (!account)
        return account.error();
    Payment refund;
    refund.applicationId = application.id;
    refund.kind = Payment::Kind::Refund;
    refund.amount = quote.value().amount;
    refund.paidOn = today();
    // Paid back the way it came in.
    const QList<Payment> &entries = account.value().payments();
    refund.method = entries.isEmpty() ? Payment::Method::BankTransfer : entries.last().method;
    refund.reference = QStringLiteral("%1% asked on day %2 of the program")
                           .arg(quote.value().percent)
                           .arg(quote.value().dayOfProgram + 1);
    auto paid = append(application, refund);
    if (!paid)
        return paid.error();
    return std::optional<Payment>(paid.value());
}

Result<Application> PaymentService::application(qint64 applicationId) const
{
    auto found = ApplicationRepository(m_connection).find(applicationId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    return *found.value();
}

Result<PaymentAccount> PaymentService::accountOf(const Application &application) const
{
    const PaymentRepository repository(m_connection);
    std::optional<CohortFees> fees;
    if (application.cohortId != 0) {
        auto found = repository.fees(application.cohortId);
        if (!found)
            return found.error();
        fees = found.value();
    }
    auto payments = repository.payments(application.id);
    if (!payments)
        return payments.error();
    auto waiver = repository.waiver(application.id);
    if (!waiver)
        return waiver.error();
    return PaymentAccount(fees, payments.value(), waiver.value());
}

Result<RefundQuote> PaymentService::quoteOf(const Application &application, const QDate &day) const
{
    if (application.cohortId == 0)
        return Error{tr("Application %1 has no cohort, so no refund schedule.").arg(application.id),
                     {}};
    const CohortRepository cohorts(m_connection);
    auto cohort = cohorts.find(application.cohortId);
    if (!cohort)
        return cohort.error();
    if (!cohort.value())
        return Error{tr("There is no cohort %1.").arg(application.cohortId), {}};
    auto schedule = cohorts.refundSchedule(application.cohortId);
    if (!schedule)
        return schedule.error();
    auto account = accountOf(application);
    if (!account)
        return account.error();
    return RefundQuote::on(*cohort.value(), schedule.value(),
                           {account.value().paidCents(), account.value().currency()}, day);
}

Status PaymentService::refreshState(qint64 applicationId) const
{
    auto account = this->account(applicationId);
    if (!account)
        return account.error();
    return PaymentRepository(m_connection).setPaymentState(applicationId, account.value().state());
}
