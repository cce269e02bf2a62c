#include "commandgroups.h"

#include "console.h"
#include "invocation.h"

#include "db/database.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "repositories/cohortrepository.h"
#include "repositories/trackrepository.h"
#include "services/catalogservice.h"

#include <QCoreApplication>

namespace {
const QString TrackOption = QStringLiteral("track");
const QString StartsOption = QStringLiteral("starts");
const QString EndsOption = QStringLiteral("ends");
const QString CapacityOption = QStringLiteral("capacity");
const QString HoldOption = QStringLiteral("offer-hold-days");
const QString StateOption = QStringLiteral("state");

// A whole number of at least `minimum`, or nothing (the caller reports the usage error).
std::optional<int> wholeNumber(const QString &text, int minimum)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= minimum ? std::optional<int>(n) : std::nullopt;
}

// Prints the offers that new seats made.
void printOffers(Console &console, const QList<StatusEvent> &events)
{
    for (const StatusEvent &e : events)
        console.out() << QCoreApplication::translate("CohortCommands",
                                                     "Application %1 offered a seat; cause: %2\n")
                             .arg(QString::number(e.applicationId), Validation::printable(e.cause));
    console.out().flush();
}

// The group's table and what runs each command: static members, for the tr() context.
struct CohortCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler addTrack, addCohort, list, setCapacity;
    Q_DECLARE_TR_FUNCTIONS(CohortCommands)
};
} // namespace

QList<CommandSpec> CohortCommands::commands()
{
    return {
        CommandSpec({QStringLiteral("track"), QStringLiteral("add")}, &CohortCommands::addTrack,
                    tr("Add a career track."),
                    tr("Adds the career track CODE (1 to 16 letters, digits, - or _; unique, "
                       "whatever the case) named NAME."))
            .takes(QStringLiteral("CODE NAME"), 2),
        CommandSpec({QStringLiteral("cohort"), QStringLiteral("add")}, &CohortCommands::addCohort,
                    tr("Add a cohort of a track."),
                    tr("Adds the cohort NAME (unique) of a career track, with its start "
                       "(orientation) and end dates and its seats. Refunds are full for 14 "
                       "days from the start."))
            .takes(QStringLiteral("NAME"), 1)
            .with({QCommandLineOption(TrackOption, tr("Career track code (required)."),
                                      QStringLiteral("CODE")),
                   QCommandLineOption(StartsOption, tr("Start date, YYYY-MM-DD (required)."),
                                      QStringLiteral("DATE")),
                   QCommandLineOption(EndsOption, tr("End date, YYYY-MM-DD (required)."),
                                      QStringLiteral("DATE")),
                   QCommandLineOption(CapacityOption, tr("Seats (required)."), QStringLiteral("N")),
                   QCommandLineOption(HoldOption, tr("Days an offer holds a seat (default 7)."),
                                      QStringLiteral("DAYS"), QStringLiteral("7")),
                   QCommandLineOption(StateOption,
                                      tr("draft, open, full, started, completed or cancelled "
                                         "(default open)."),
                                      QStringLiteral("STATE"), QStringLiteral("open"))}),
        CommandSpec({QStringLiteral("cohort"), QStringLiteral("list")}, &CohortCommands::list,
                    tr("List cohorts with seats taken, pending offers and waitlist."),
                    tr("Prints every cohort by track and start date: its state, seats taken "
                       "of its capacity (offered, accepted, enrolled, active and refund "
                       "requested), offers pending and the length of its waitlist.")),
        CommandSpec({QStringLiteral("cohort"), QStringLiteral("set-capacity")},
                    &CohortCommands::setCapacity, tr("Change a cohort's number of seats."),
                    tr("Sets the seats of cohort NAME. Seats added go to the waitlist at "
                       "once, first come first served; the offers made are printed. "
                       "Fewer seats take no offer back."))
            .takes(QStringLiteral("NAME SEATS"), 2),
    };
}

int CohortCommands::addTrack(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const Track track{0, invocation.arguments().at(0), invocation.arguments().at(1), true};
    const auto id = CatalogService(connection, actor.value()).addTrack(track);
    if (!id)
        return console.fail(id.error().text());
    console.out() << tr("Track %1 added.\n").arg(Validation::printable(track.code.trimmed()));
    console.out().flush();
    return Console::Done;
}

int CohortCommands::addCohort(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    for (const QString &required : {TrackOption, StartsOption, EndsOption, CapacityOption}) {
        if (!parser.isSet(required))
            return console.usage(tr("cohort add needs --%1.").arg(required));
    }
    Cohort cohort;
    cohort.name = invocation.arguments().at(0);
    cohort.startsOn = Timestamp::parseDate(parser.value(StartsOption));
    cohort.endsOn = Timestamp::parseDate(parser.value(EndsOption));
    cohort.state = parser.value(StateOption);
    const auto capacity = wholeNumber(parser.value(CapacityOption), 0);
    const auto hold = wholeNumber(parser.value(HoldOption), 1);
    if (!capacity || !hold)
        return console.usage(tr("--%1 must be a whole number of at least 0 and --%2 of at "
                                "least 1.")
                                 .arg(CapacityOption, HoldOption));
    cohort.capacity = *capacity;
    cohort.offerHoldDays = *hold;

    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto track = TrackRepository(connection).findByCode(parser.value(TrackOption));
    if (!track)
        return console.fail(track.error().text());
    if (!track.value())
        return console.fail(
            tr("track: there is no career track \"%1\".").arg(parser.value(TrackOption)));
    cohort.trackId = track.value()->id;
    const auto id = CatalogService(connection, actor.value()).addCohort(cohort);
    if (!id)
        return console.fail(id.error().text());
    console.out() << tr("Cohort %1 added: %2 seats from %3.\n")
                         .arg(Validation::printable(cohort.name.trimmed()))
                         .arg(cohort.capacity)
                         .arg(Timestamp::formatDate(cohort.startsOn));
    console.out().flush();
    return Console::Done;
}

int CohortCommands::setCapacity(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto seats = wholeNumber(invocation.arguments().at(1), 0);
    if (!seats)
        return console.usage(tr("SEATS must be a whole number of at least 0, not '%1'.")
                                 .arg(invocation.arguments().at(1)));
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto found = CohortRepository(connection).findByName(invocation.arguments().at(0));
    if (!found)
        return console.fail(found.error().text());
    if (!found.value())
        return console.fail(tr("There is no cohort named %1.").arg(invocation.arguments().at(0)));
    Cohort cohort = *found.value();
    cohort.capacity = *seats;
    const auto offers = CatalogService(connection, actor.value()).updateCohort(cohort);
    if (!offers)
        return console.fail(offers.error().text());
    printOffers(console, offers.value());
    return Console::Done;
}

int CohortCommands::list(Invocation &invocation)
{
    Console &console = invocation.console();
    // Only staff who have signed in may look.
    if (!invocation.openAsActor())
        return Console::Failed;
    const auto cohorts = CohortRepository(invocation.database().connectionName()).seatSummary();
    if (!cohorts)
        return console.fail(cohorts.error().text());
    QList<QStringList> rows;
    rows.reserve(cohorts.value().size());
    for (const CohortSeats &c : cohorts.value())
        rows << QStringList{Validation::printable(c.trackCode),
                            Validation::printable(c.cohort.name),
                            Timestamp::formatDate(c.cohort.startsOn),
                            Validation::printable(c.cohort.state),
                            QStringLiteral("%1/%2").arg(c.seatsTaken).arg(c.cohort.capacity),
                            QString::number(c.offersPending),
                            QString::number(c.waitlisted)};
    console.table({tr("Track"), tr("Cohort"), tr("Starts"), tr("State"), tr("Seats"), tr("Offers"),
                   tr("Waitlist")},
                  rows);
    return Console::Done;
}

QList<CommandSpec> CommandGroups::cohorts()
{
    return CohortCommands::commands();
}
