#include "commandgroups.h"

#include "console.h"
#include "invocation.h"
#include "namedrecords.h"

#include "db/database.h"
#include "domain/paymenttext.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "services/paymentservice.h"

#include <QCoreApplication>

namespace {
const QString AmountOption = QStringLiteral("amount");
const QString KindOption = QStringLiteral("kind");
const QString OnOption = QStringLiteral("on");
const QString MethodOption = QStringLiteral("method");
const QString ReferenceOption = QStringLiteral("reference");
const QString ReasonOption = QStringLiteral("reason");
const QString PriceOption = QStringLiteral("price");
const QString DepositOption = QStringLiteral("deposit");
const QString CurrencyOption = QStringLiteral("currency");

// The group's table and what runs each command: static members, for the tr() context.
struct PaymentCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler record, list, waiveDeposit, quote, setFees;
    static std::optional<qint64> application(Invocation &invocation);
    // An amount option in cents; nothing once the usage error is on stderr.
    static std::optional<qint64> amount(Invocation &invocation, const QString &option);
    // --on as a day, today when not given (an invalid QDate); nothing once the usage error is
    // on stderr.
    static std::optional<QDate> day(Invocation &invocation);
    Q_DECLARE_TR_FUNCTIONS(PaymentCommands)
};
} // namespace

QList<CommandSpec> PaymentCommands::commands()
{
    const QCommandLineOption on(OnOption, tr("The day (YYYY-MM-DD); today unless told."),
                                QStringLiteral("DATE"));
    return {
        CommandSpec({QStringLiteral("payment"), QStringLiteral("record")}, &PaymentCommands::record,
                    tr("Record money received for an application, or paid back."),
                    tr("Adds an entry to the ledger of application APPLICATION (its id): "
                       "--kind (%1) and --amount (e.g. 1500 or 1500.00, in the cohort's "
                       "currency), with --method (%2; bank_transfer unless told), --reference "
                       "and --on. The payment state follows from the ledger. A refund cannot be "
                       "more than was paid; a refund request moved to refunded records its "
                       "refund by itself.")
                        .arg(Payment::kindNameList(), Payment::methodNameList()))
            .takes(QStringLiteral("APPLICATION"), 1)
            .with(
                {QCommandLineOption(KindOption, tr("deposit, instalment or refund."),
                                    QStringLiteral("KIND")),
                 QCommandLineOption(AmountOption, tr("How much, e.g. 1500.00."),
                                    QStringLiteral("AMOUNT")),
                 QCommandLineOption(MethodOption, tr("How it was paid."), QStringLiteral("METHOD")),
                 QCommandLineOption(ReferenceOption,
                                    tr("The bank's or card processor's reference."),
                                    QStringLiteral("TEXT")),
                 on}),
        CommandSpec({QStringLiteral("payment"), QStringLiteral("list")}, &PaymentCommands::list,
                    tr("List an application's payments."),
                    tr("Prints the ledger of application APPLICATION (its id), oldest entry "
                       "first; the totals go to standard error."))
            .takes(QStringLiteral("APPLICATION"), 1)
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("payment"), QStringLiteral("waive-deposit")},
                    &PaymentCommands::waiveDeposit,
                    tr("Let an application enrol without its deposit (administrators)."),
                    tr("Waives the deposit of application APPLICATION (its id), with --reason. "
                       "The waiver is recorded in the audit trail."))
            .takes(QStringLiteral("APPLICATION"), 1)
            .with({QCommandLineOption(ReasonOption, tr("Why."), QStringLiteral("TEXT"))}),
        CommandSpec({QStringLiteral("refund"), QStringLiteral("quote")}, &PaymentCommands::quote,
                    tr("Say what a refund would come to."),
                    tr("Prints what a refund of application APPLICATION (its id) asked for on "
                       "--on (today unless told) comes to: in full inside the cohort's "
                       "money-back window, then by its refund schedule, of the amount paid."))
            .takes(QStringLiteral("APPLICATION"), 1)
            .with({on})
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("cohort"), QStringLiteral("set-fees")},
                    &PaymentCommands::setFees, tr("Set a cohort's price and deposit."),
                    tr("Sets the price and the deposit of cohort NAME, in --currency (a "
                       "three-letter code; USD unless told, or the one set before)."))
            .takes(QStringLiteral("NAME"), 1)
            .with({QCommandLineOption(PriceOption, tr("The price of a seat, e.g. 15000."),
                                      QStringLiteral("AMOUNT")),
                   QCommandLineOption(DepositOption, tr("The deposit that enrols, e.g. 1500."),
                                      QStringLiteral("AMOUNT")),
                   QCommandLineOption(CurrencyOption, tr("e.g. USD or EUR."),
                                      QStringLiteral("CODE"))}),
    };
}

std::optional<qint64> PaymentCommands::application(Invocation &invocation)
{
    return invocation.idArgument(
        0, tr("APPLICATION must be an application id (a whole number), not '%1'."));
}

std::optional<qint64> PaymentCommands::amount(Invocation &invocation, const QString &option)
{
    if (!invocation.parser().isSet(option)) {
        invocation.console().usage(tr("Say how much with --%1 AMOUNT.").arg(option));
        return std::nullopt;
    }
    const auto cents = Money::parse(invocation.parser().value(option));
    if (!cents)
        invocation.console().usage(
            tr("--%1 must be an amount such as 1500 or 1500.50, not '%2'.")
                .arg(option, Validation::quoted(invocation.parser().value(option))));
    return cents;
}

std::optional<QDate> PaymentCommands::day(Invocation &invocation)
{
    if (!invocation.parser().isSet(OnOption))
        return QDate();
    const QDate day = Timestamp::parseDate(invocation.parser().value(OnOption));
    if (!day.isValid()) {
        invocation.console().usage(
            tr("--on must be a day such as 2026-12-07, not '%1'.")
                .arg(Validation::quoted(invocation.parser().value(OnOption))));
        return std::nullopt;
    }
    return day;
}

int PaymentCommands::record(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = application(invocation);
    if (!id)
        return Console::Usage;
    PaymentService::Entry entry;
    const auto kind = Payment::kindFromMachineName(invocation.parser().value(KindOption));
    if (!kind)
        return console.usage(tr("--kind must be one of %1, not '%2'.")
                                 .arg(Payment::kindNameList(),
                                      Validation::quoted(invocation.parser().value(KindOption))));
    entry.kind = *kind;
    if (invocation.parser().isSet(MethodOption)) {
        const auto method = Payment::methodFromMachineName(invocation.parser().value(MethodOption));
        if (!method)
            return console.usage(
                tr("--method must be one of %1, not '%2'.")
                    .arg(Payment::methodNameList(),
                         Validation::quoted(invocation.parser().value(MethodOption))));
        entry.method = *method;
    }
    const auto cents = amount(invocation, AmountOption);
    if (!cents)
        return Console::Usage;
    entry.amountCents = *cents;
    const auto paidOn = day(invocation);
    if (!paidOn)
        return Console::Usage;
    entry.paidOn = *paidOn;
    entry.reference = invocation.parser().value(ReferenceOption);
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    PaymentService service(invocation.database().connectionName(), actor.value());
    const auto recorded = service.record(*id, entry);
    if (!recorded)
        return console.fail(recorded.error().text());
    const auto account = service.account(*id);
    if (!account)
        return console.fail(account.error().text());
    console.out() << tr("Payment %1 recorded: %2 of %3 on %4.")
                         .arg(QString::number(recorded->id), Payment::machineName(recorded->kind),
                              Money::plain(recorded->amount.cents) + QLatin1Char(' ') +
                                  recorded->amount.currency,
                              Timestamp::formatDate(recorded->paidOn))
                  << '\n'
                  << tr("Application %1: %2.").arg(*id).arg(PaymentText::account(account.value()))
                  << Qt::endl;
    return Console::Done;
}

int PaymentCommands::list(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = application(invocation);
    if (!id)
        return Console::Usage;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const auto account =
        PaymentService(invocation.database().connectionName(), actor.value()).account(*id);
    if (!account)
        return console.fail(account.error().text());
    QList<QStringList> rows;
    for (const Payment &p : account->payments())
        rows << QStringList{
            QString::number(p.id),
            Timestamp::formatDate(p.paidOn),
            Payment::machineName(p.kind),
            Money::plain(p.amount.cents),
            p.amount.currency,
            Payment::machineName(p.method),
            Validation::printable(p.reference),
            Validation::printable(p.recordedById ? p.recordedByUsername : tr("desk"))};
    console.table({tr("Payment"), tr("On"), tr("Kind"), tr("Amount"), tr("Currency"), tr("Method"),
                   tr("Reference"), tr("Recorded by")},
                  rows,
                  tr("No payment yet: payment record %1 --kind deposit --amount AMOUNT records "
                     "one.")
                      .arg(*id));
    console.err() << tr("Application %1: %2.").arg(*id).arg(PaymentText::account(account.value()))
                  << '\n';
    if (const QString waiver = PaymentText::waiver(account.value()); !waiver.isEmpty())
        console.err() << Validation::printable(waiver) << '\n';
    console.err().flush();
    return Console::Done;
}

int PaymentCommands::waiveDeposit(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = application(invocation);
    if (!id)
        return Console::Usage;
    if (invocation.parser().value(ReasonOption).trimmed().isEmpty())
        return console.usage(tr("Say why with --reason TEXT."));
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    if (Status waived = PaymentService(invocation.database().connectionName(), actor.value())
                            .waiveDeposit(*id, invocation.parser().value(ReasonOption));
        !waived)
        return console.fail(waived.error().text());
    console.out() << tr("Application %1's deposit is waived: it may be enrolled.").arg(*id)
                  << Qt::endl;
    return Console::Done;
}

int PaymentCommands::quote(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = application(invocation);
    if (!id)
        return Console::Usage;
    const auto asked = day(invocation);
    if (!asked)
        return Console::Usage;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    PaymentService service(invocation.database().connectionName(), actor.value());
    const auto quoted = service.refundQuote(*id, asked->isValid() ? *asked : service.today());
    if (!quoted)
        return console.fail(quoted.error().text());
    const RefundQuote &q = quoted.value();
    QTextStream &out = console.out();
    out << tr("Day of the program: %1").arg(q.dayOfProgram + 1) << '\n'
        << tr("Money-back window: %1 days, %2")
               .arg(q.windowDays)
               .arg(q.insideWindow ? tr("%1 left").arg(q.daysLeftInWindow) : tr("closed"))
        << '\n'
        << tr("Refund: %1% of %2 paid").arg(q.percent).arg(Money::plain(q.paid.cents)) << '\n'
        << tr("Amount: %1 %2").arg(Money::plain(q.amount.cents), q.amount.currency) << Qt::endl;
    return Console::Done;
}

int PaymentCommands::setFees(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto price = amount(invocation, PriceOption);
    if (!price)
        return Console::Usage;
    const auto deposit = amount(invocation, DepositOption);
    if (!deposit)
        return Console::Usage;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const QString name = invocation.arguments().at(0);
    const auto cohort = NamedRecords::cohort(connection, name);
    if (!cohort)
        return console.fail(cohort.error().text());
    PaymentService service(connection, actor.value());
    const auto before = service.fees(cohort->id);
    if (!before)
        return console.fail(before.error().text());
    CohortFees fees;
    fees.cohortId = cohort->id;
    if (before.value())
        fees.currency = before.value()->currency;
    if (invocation.parser().isSet(CurrencyOption))
        fees.currency = invocation.parser().value(CurrencyOption).trimmed().toUpper();
    fees.priceCents = *price;
    fees.depositCents = *deposit;
    if (const FieldErrors errors = PaymentService::validate(fees); !errors.isEmpty())
        return console.usage(errors.first().message);
    if (Status set = service.setFees(fees); !set)
        return console.fail(set.error().text());
    console.out() << tr("Cohort %1: a seat costs %2, with a deposit of %3.")
                         .arg(Validation::printable(cohort->name),
                              Money::plain(fees.priceCents) + QLatin1Char(' ') + fees.currency,
                              Money::plain(fees.depositCents) + QLatin1Char(' ') + fees.currency)
                  << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::payments()
{
    return PaymentCommands::commands();
}
