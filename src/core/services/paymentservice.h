#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/clock.h"
#include "domain/paymentaccount.h"
#include "domain/refundquote.h"
#include "domain/result.h"
#include "domain/validation.h"

#include <QCoreApplication>

#include <optional>

// The money of the bootcamp's promises: a cohort's price and deposit, the payments ledger of
// each application, the deposit that enrolling asks for (or an administrator's waiver), and the
// refund a request comes to by the cohort's schedule. Every write is audited and keeps the
// application's payment state in step with its ledger.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    PaymentService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // A currency code, a deposit no larger than the price.
    static FieldErrors validate(const CohortFees &fees);
    Result<std::optional<CohortFees>> fees(qint64 cohortId) const;
    // Sets a cohort's price and deposit (managing the catalogue); refreshes the payment state of
    // its applications, which the new fees may change.
    Status setFees(const CohortFees &fees);

    // Money received or paid back, as a person records it.
    struct Entry
    {
        Payment::Kind kind = Payment::Kind::Deposit;
        qint64 amountCents = 0;
        QDate paidOn; // invalid: today
        Payment::Method method = Payment::Method::BankTransfer;
        QString reference;
    };
    // Adds the entry to the application's ledger in the account's currency. A refund cannot
    // pay back more than was paid; no day is in the future.
    Result<Payment> record(qint64 applicationId, const Entry &entry);
    // Lets the application enrol without its deposit (administrators), with why.
    Status waiveDeposit(qint64 applicationId, const QString &reason);

    Result<PaymentAccount> account(qint64 applicationId) const;
    // What a refund asked for on `day` would come to.
    Result<RefundQuote> refundQuote(qint64 applicationId, const QDate &day) const;
    // What moving the application from refund_requested to refunded pays back: the quote of
    // the day the refund was asked for.
    Result<RefundQuote> requestedRefund(qint64 applicationId) const;
    // The bootcamp's calendar day of a time (DeskSettingsService::calendar), and today's.
    QDate dayOf(const QDateTime &at) const;
    QDate today() const { return dayOf(m_clock.now()); }

    // For StatusService, inside its transaction:
    // an error naming the deposit due unless the application's deposit is settled;
    Status requireDepositSettled(const Application &application) const;
    // records the refund of the request (nothing when it comes to nothing).
    Result<std::optional<Payment>> payRequestedRefund(const Application &application);

private:
    Result<Application> application(qint64 applicationId) const;
    Result<PaymentAccount> accountOf(const Application &application) const;
    Result<RefundQuote> quoteOf(const Application &application, const QDate &day) const;
    // Adds an entry (checked) and stores the payment state that follows.
    Result<Payment> append(const Application &application, Payment payment);
    Status refreshState(qint64 applicationId) const;

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
