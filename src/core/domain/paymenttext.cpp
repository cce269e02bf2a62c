#include "domain/paymenttext.h"

#include <QLocale>

QString PaymentText::stateDisplayName(const QString &state)
{
    if (state == QLatin1String("deposit_paid"))
        return tr("deposit paid");
    if (state == QLatin1String("paid_in_full"))
        return tr("paid in full");
    if (state == QLatin1String("refunded"))
        return tr("refunded");
    return tr("nothing paid");
}

QString PaymentText::account(const PaymentAccount &account)
{
    const QString currency = account.currency();
    if (currency.isEmpty())
        return tr("No price set for the cohort; nothing received");
    const Money received{account.receivedCents(), currency};
    QString text =
        account.fees()
            ? tr("%1 received of %2 (%3)")
                  .arg(received.display(), account.fees()->price().display(),
                       stateDisplayName(account.state()))
            : tr("%1 received (%2)").arg(received.display(), stateDisplayName(account.state()));
    if (account.refundedCents() > 0)
        text += tr("; %1 refunded").arg(Money{account.refundedCents(), currency}.display());
    else if (account.dueCents() > 0)
        text += tr("; %1 due").arg(Money{account.dueCents(), currency}.display());
    return text;
}

QString PaymentText::waiver(const PaymentAccount &account)
{
    if (!account.waiver())
        return {};
    const DepositWaiver &w = *account.waiver();
    return account.fees() ? tr("Deposit of %1 waived by %2: %3")
                                .arg(account.fees()->deposit().display(), w.byUsername, w.reason)
                          : tr("Deposit waived by %1: %2").arg(w.byUsername, w.reason);
}

QString PaymentText::refundToday(const RefundQuote &quote)
{
    const QString lastDay = QLocale().toString(quote.windowLastDay, QLocale::ShortFormat);
    if (quote.insideWindow && quote.daysLeftInWindow == 0)
        return tr("Today (%1) is the last day of the money-back window: a refund today is %2%, "
                  "%3")
            .arg(lastDay)
            .arg(quote.percent)
            .arg(quote.amount.display());
    if (quote.insideWindow)
        return tr("Money-back window open until %1, days left: %2. A refund today is %3%, %4")
            .arg(lastDay)
            .arg(quote.daysLeftInWindow)
            .arg(quote.percent)
            .arg(quote.amount.display());
    return tr("Money-back window closed on %1 (today is day %2 of the program): a refund today "
              "is %3%, %4")
        .arg(lastDay)
        .arg(quote.dayOfProgram + 1)
        .arg(quote.percent)
        .arg(quote.amount.display());
}

QString PaymentText::refundRequested(const RefundQuote &quote)
{
    return tr("Asked on day %1 of the program%2: %3% of %4 paid, %5")
        .arg(quote.dayOfProgram + 1)
        .arg(quote.insideWindow ? tr(", inside the money-back window") : QString())
        .arg(quote.percent)
        .arg(quote.paid.display(), quote.amount.display());
}
