#include "commandgroups.h"

#include "console.h"
#include "invocation.h"
#include "namedrecords.h"

#include "db/database.h"
#include "domain/applicationstatus.h"
#include "domain/validation.h"
#include "services/applicationservice.h"
#include "services/paymentservice.h"
#include "services/statusservice.h"

#include <QCoreApplication>

namespace {
const QString ReasonOption = QStringLiteral("reason");
const QString ToCohortOption = QStringLiteral("to-cohort");

// The group's table and what runs each command: static members, for the tr() context.
struct StatusCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler set, setScore;
    Q_DECLARE_TR_FUNCTIONS(StatusCommands)
};
} // namespace

QList<CommandSpec> StatusCommands::commands()
{
    return {
        CommandSpec({QStringLiteral("status"), QStringLiteral("set")}, &StatusCommands::set,
                    tr("Move an application to another status."),
                    tr("Moves application APPLICATION (its id) to STATUS, one of: %1.\n"
                       "Only the moves of the lifecycle are allowed; not_qualified, declined, "
                       "withdrawn, dropped, refunded and not_seeking need --reason, placed "
                       "the facts of the job (placement record), and deferred --to-cohort: a "
                       "later cohort of the same track, where the application returns as "
                       "qualified when it opens (at once if it is open). Prints every status "
                       "event written, including the seats offered or the waitlisting that "
                       "follow from the move.")
                        .arg(Statuses::machineNameList()))
            .takes(QStringLiteral("APPLICATION STATUS"), 2)
            .with({QCommandLineOption(ReasonOption, tr("Why (required for exit statuses)."),
                                      QStringLiteral("TEXT")),
                   QCommandLineOption(ToCohortOption,
                                      tr("The later cohort a deferral moves to (deferred only)."),
                                      QStringLiteral("COHORT"))}),
        CommandSpec({QStringLiteral("score"), QStringLiteral("set")}, &StatusCommands::setScore,
                    tr("Set an application's assessment score (0 to 100)."),
                    tr("Sets the score of application APPLICATION (its id) to SCORE, a whole "
                       "number from %1 to %2, or 'none' to clear it. `show` prints it.")
                        .arg(ApplicationService::MinScore)
                        .arg(ApplicationService::MaxScore))
            .takes(QStringLiteral("APPLICATION SCORE"), 2),
    };
}

int StatusCommands::set(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = invocation.idArgument(
        0, tr("APPLICATION must be an application id (a whole number), not '%1'."));
    if (!id)
        return Console::Usage;
    const std::optional<ApplicationStatus> status =
        Statuses::fromMachineName(invocation.arguments().at(1));
    if (!status)
        return console.usage(tr("Unknown status '%1'. The statuses are: %2.")
                                 .arg(invocation.arguments().at(1), Statuses::machineNameList()));

    const bool deferring = *status == ApplicationStatus::Deferred;
    const QString cohortName = invocation.parser().value(ToCohortOption);
    if (deferring && cohortName.isEmpty())
        return console.usage(tr("Moving to deferred needs --to-cohort: the later cohort of the "
                                "same track the application moves to."));
    if (!deferring && invocation.parser().isSet(ToCohortOption))
        return console.usage(tr("--to-cohort only goes with deferred."));

    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    StatusService service(connection, actor.value());
    const QString reason = invocation.parser().value(ReasonOption);
    Result<QList<StatusEvent>> events = QList<StatusEvent>();
    if (deferring) {
        const auto cohort = NamedRecords::cohort(connection, cohortName);
        if (!cohort)
            return console.fail(cohort.error().text());
        events = service.defer(*id, cohort->id, reason);
    } else {
        events = service.changeStatus(*id, *status, reason);
    }
    if (!events)
        return console.fail(events.error().text());
    QTextStream &out = console.out();
    for (const StatusEvent &e : events.value()) {
        out << tr("Application %1: %2 -> %3, by %4")
                   .arg(QString::number(e.applicationId),
                        e.from ? Statuses::machineName(*e.from) : QString(),
                        Statuses::machineName(e.to),
                        Validation::printable(e.byUserId ? e.byUsername : tr("desk")));
        if (!e.reason.isEmpty())
            out << tr("; reason: %1").arg(Validation::printable(e.reason));
        if (!e.cause.isEmpty())
            out << tr("; cause: %1").arg(Validation::printable(e.cause));
        out << '\n';
    }
    if (*status == ApplicationStatus::Refunded) {
        const auto account = PaymentService(connection, actor.value()).account(*id);
        if (!account)
            return console.fail(account.error().text());
        const QList<Payment> &entries = account->payments();
        if (!entries.isEmpty() && entries.last().isRefund())
            out << tr("Refund %1 recorded: %2 %3 (%4)")
                       .arg(QString::number(entries.last().id),
                            Money::plain(entries.last().amount.cents),
                            entries.last().amount.currency, entries.last().reference)
                << '\n';
        else
            out << tr("No refund is due: the refund schedule gives nothing back on the day it "
                      "was asked for.")
                << '\n';
    }
    out.flush();
    return Console::Done;
}

int StatusCommands::setScore(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = invocation.idArgument(
        0, tr("APPLICATION must be an application id (a whole number), not '%1'."));
    if (!id)
        return Console::Usage;
    const QString text = invocation.arguments().at(1).trimmed();
    std::optional<int> score;
    if (text != QLatin1String("none")) {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < ApplicationService::MinScore || n > ApplicationService::MaxScore)
            return console.usage(tr("SCORE must be a whole number from %1 to %2, or 'none', not "
                                    "'%3'.")
                                     .arg(ApplicationService::MinScore)
                                     .arg(ApplicationService::MaxScore)
                                     .arg(Validation::quoted(text)));
        score = n;
    }
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    if (Status done = ApplicationService(connection, actor.value()).setScore(*id, score); !done)
        return console.fail(done.error().text());
    console.out() << (score ? tr("Application %1: score %2 of %3")
                                  .arg(*id)
                                  .arg(*score)
                                  .arg(ApplicationService::MaxScore)
                            : tr("Application %1: no score").arg(*id))
                  << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::status()
{
    return StatusCommands::commands();
}
