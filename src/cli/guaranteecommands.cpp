#include "commandgroups.h"

#include "console.h"
#include "guaranteeoptions.h"
#include "invocation.h"
#include "namedrecords.h"

#include "db/database.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "services/catalogservice.h"
#include "services/jobguaranteeservice.h"

#include <QCoreApplication>

namespace {
const QString OutcomeOption = QStringLiteral("outcome");
const QString EmployerOption = QStringLiteral("employer");
const QString TitleOption = QStringLiteral("title");
const QString StartsOnOption = QStringLiteral("starts-on");
const QString SalaryOption = QStringLiteral("salary");
const QString ApplicationsOption = QStringLiteral("applications");
const QString OnOption = QStringLiteral("on");
const QString SummaryOption = QStringLiteral("summary");

// The group's table and what runs each command: static members, for the tr() context.
struct GuaranteeCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler recordPlacement, logCheckIn, due, setGuarantee;
    // The application id in argument 0, or nothing once the usage error is on stderr.
    static std::optional<qint64> application(Invocation &invocation);
    Q_DECLARE_TR_FUNCTIONS(GuaranteeCommands)
};
} // namespace

QList<CommandSpec> GuaranteeCommands::commands()
{
    return {
        CommandSpec({QStringLiteral("placement"), QStringLiteral("record")},
                    &GuaranteeCommands::recordPlacement,
                    tr("Record a graduate's job and move the application to placed."),
                    tr("Records the job of application APPLICATION (its id), a graduate in job "
                       "search, and moves it to placed, in one step: `status set … placed` "
                       "alone is refused. --outcome is one of: %1.")
                        .arg(Placement::outcomeNameList()))
            .takes(QStringLiteral("APPLICATION"), 1)
            .with({QCommandLineOption(OutcomeOption, tr("The outcome (required)."),
                                      QStringLiteral("OUTCOME")),
                   QCommandLineOption(EmployerOption, tr("The employer (required)."),
                                      QStringLiteral("NAME")),
                   QCommandLineOption(TitleOption, tr("The job title (required)."),
                                      QStringLiteral("TEXT")),
                   QCommandLineOption(StartsOnOption,
                                      tr("The first day of work, YYYY-MM-DD (required)."),
                                      QStringLiteral("DATE")),
                   QCommandLineOption(SalaryOption,
                                      tr("The annual salary, a whole number (optional)."),
                                      QStringLiteral("AMOUNT"))}),
        CommandSpec({QStringLiteral("checkin"), QStringLiteral("log")},
                    &GuaranteeCommands::logCheckIn,
                    tr("Log a graduate's weekly job-search check-in."),
                    tr("Logs the check-in of application APPLICATION (its id), a graduate in "
                       "job search, with the number of job applications they sent that week. "
                       "The cohort's guarantee may ask for one every week, and for a minimum of "
                       "job applications; `show` says whether the graduate is still eligible."))
            .takes(QStringLiteral("APPLICATION"), 1)
            .with({QCommandLineOption(ApplicationsOption,
                                      tr("Job applications sent that week (required)."),
                                      QStringLiteral("N")),
                   QCommandLineOption(OnOption,
                                      tr("The day of the check-in, YYYY-MM-DD (default today, "
                                         "UTC)."),
                                      QStringLiteral("DATE")),
                   QCommandLineOption(SummaryOption, tr("What the graduate said (optional)."),
                                      QStringLiteral("TEXT"))}),
        CommandSpec({QStringLiteral("guarantee"), QStringLiteral("due")}, &GuaranteeCommands::due,
                    tr("List the graduates whose job guarantee period ended unplaced."),
                    tr("Lists the graduates still in job search whose guarantee period has "
                       "ended, the earliest end first, eligible or not, for the guarantee "
                       "decision: the application, the graduate, the cohort, when the search "
                       "began and ended, and whether they kept the cohort's terms (and if not, "
                       "which weeks did not)."))
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("cohort"), QStringLiteral("set-guarantee")},
                    &GuaranteeCommands::setGuarantee, tr("Change a cohort's job guarantee terms."),
                    tr("Sets the job guarantee of cohort NAME: how many days it covers from the "
                       "start of a graduate's job search, and what a graduate does every week "
                       "to stay eligible. Options not given stay as they are; with none, prints "
                       "the terms."))
            .takes(QStringLiteral("NAME"), 1)
            .with(GuaranteeOptions::options()),
    };
}

std::optional<qint64> GuaranteeCommands::application(Invocation &invocation)
{
    return invocation.idArgument(
        0, tr("APPLICATION must be an application id (a whole number), not '%1'."));
}

int GuaranteeCommands::recordPlacement(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    const auto id = application(invocation);
    if (!id)
        return Console::Usage;
    Placement placement;
    if (parser.isSet(OutcomeOption)) {
        placement.outcome = Placement::outcomeNamed(parser.value(OutcomeOption));
        if (!placement.outcome)
            return console.usage(tr("--outcome must be one of %1, not '%2'.")
                                     .arg(Placement::outcomeNameList(),
                                          Validation::quoted(parser.value(OutcomeOption))));
    }
    placement.employer = parser.value(EmployerOption);
    placement.jobTitle = parser.value(TitleOption);
    const auto startsOn = invocation.date(StartsOnOption);
    if (!startsOn)
        return Console::Usage;
    placement.startsOn = *startsOn;
    if (parser.isSet(SalaryOption)) {
        bool ok = false;
        const qint64 salary = parser.value(SalaryOption).trimmed().toLongLong(&ok);
        if (!ok || salary < 0)
            return console.usage(tr("--salary must be a whole number of at least 0, not '%1'.")
                                     .arg(Validation::quoted(parser.value(SalaryOption))));
        placement.salary = salary;
    }
    // Every missing fact at once, before anything is opened.
    if (const FieldErrors errors = placement.problems(); !errors.isEmpty())
        return console.usage(
            tr("The placement is not complete: %1").arg(Validation::describe(errors)));

    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const auto events = JobGuaranteeService(invocation.database().connectionName(), actor.value())
                            .recordPlacement(*id, placement);
    if (!events)
        return console.fail(events.error().text());
    console.out() << tr("Application %1: placed (%2) as %3 at %4 from %5")
                         .arg(QString::number(*id), Placement::machineName(*placement.outcome),
                              Validation::printable(placement.jobTitle.trimmed()),
                              Validation::printable(placement.employer.trimmed()),
                              Timestamp::formatDate(placement.startsOn))
                  << Qt::endl;
    return Console::Done;
}

int GuaranteeCommands::logCheckIn(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = application(invocation);
    if (!id)
        return Console::Usage;
    if (!invocation.parser().isSet(ApplicationsOption))
        return console.usage(tr("Say how many job applications were sent with --applications N."));
    const auto sent = invocation.wholeNumber(ApplicationsOption, 0);
    if (!sent)
        return Console::Usage;
    const auto on = invocation.date(OnOption);
    if (!on)
        return Console::Usage;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    JobGuaranteeService service(invocation.database().connectionName(), actor.value());
    const auto logged =
        service.logCheckIn(*id, *sent, *on, invocation.parser().value(SummaryOption));
    if (!logged)
        return console.fail(logged.error().text());
    console.out() << tr("Application %1: check-in logged (activity %2), job applications: %3")
                         .arg(*id)
                         .arg(logged.value())
                         .arg(*sent)
                  << '\n';
    if (const auto standing = service.standing(*id); standing && standing->has_value())
        console.out() << tr("Eligibility: %1").arg(standing->value().eligibilityText()) << '\n';
    console.out().flush();
    return Console::Done;
}

int GuaranteeCommands::due(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const auto due =
        JobGuaranteeService(invocation.database().connectionName(), actor.value()).decisionsDue();
    if (!due)
        return console.fail(due.error().text());
    QList<QStringList> rows;
    for (const GuaranteeStanding &standing : due.value())
        rows << QStringList{QString::number(standing.search.applicationId),
                            Validation::printable(standing.search.applicantName),
                            Validation::printable(standing.search.cohortName),
                            Timestamp::formatDate(standing.search.startedOn),
                            Timestamp::formatDate(standing.endsOn),
                            standing.eligibility.isEligible() ? tr("yes") : tr("no"),
                            Validation::printable(standing.eligibility.describe())};
    console.table({tr("Application"), tr("Graduate"), tr("Cohort"), tr("Search began"), tr("Ended"),
                   tr("Eligible"), tr("Why")},
                  rows, tr("No guarantee decision is due: no job search ended unplaced."));
    return Console::Done;
}

int GuaranteeCommands::setGuarantee(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const QString name = invocation.arguments().at(0);
    const auto found = NamedRecords::cohort(connection, name);
    if (!found)
        return console.fail(found.error().text());
    Cohort cohort = found.value();
    if (GuaranteeOptions::given(invocation)) {
        if (!GuaranteeOptions::apply(invocation, cohort.guarantee))
            return Console::Usage;
        if (const auto saved = CatalogService(connection, actor.value()).updateCohort(cohort);
            !saved)
            return console.fail(saved.error().text());
    }
    const GuaranteeTerms &terms = cohort.guarantee;
    console.out() << tr("Cohort %1: job guarantee of %2 days; check-in: %3; job applications a "
                        "week: at least %4")
                         .arg(Validation::printable(cohort.name))
                         .arg(terms.periodDays)
                         .arg(terms.weeklyCheckIn ? tr("weekly") : tr("none"))
                         .arg(terms.minApplicationsPerWeek)
                  << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::guarantee()
{
    return GuaranteeCommands::commands();
}
