#pragma once

#include "domain/paymentaccount.h"
#include "domain/refundquote.h"

#include <QCoreApplication>
#include <QString>

// The money of one application in words, the same in the window's panel and in `show`.
class PaymentText
{
    Q_DECLARE_TR_FUNCTIONS(PaymentText)

public:
    // "4,000.00 USD received of 15,000.00 USD (deposit paid); 11,000.00 USD due".
    static QString account(const PaymentAccount &account);
    // "Deposit of 1,500.00 USD waived by head: scholarship", empty without a waiver.
    static QString waiver(const PaymentAccount &account);
    // Today's refund for an active student: "Money-back window open until 3/15/27, days left:
    // 9. A refund today is 100%, 4,000.00 USD", or after it "Money-back window closed on
    // 3/15/27 (today is day 21 of the program): a refund today is 80%, 3,200.00 USD".
    static QString refundToday(const RefundQuote &quote);
    // The refund of a request: "Asked on day 20 of the program: 80% of 4,000.00 USD paid,
    // 3,200.00 USD".
    static QString refundRequested(const RefundQuote &quote);
    // applications.payment_state as people read it.
    static QString stateDisplayName(const QString &state);
};
