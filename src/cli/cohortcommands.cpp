#include "commandgroups.h"

#include "console.h"
#include "guaranteeoptions.h"
#include "invocation.h"
#include "namedrecords.h"
#include "trackcodes.h"

#include "db/database.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "repositories/cohortrepository.h"
#include "repositories/trackrepository.h"
#include "services/catalogservice.h"
#include "services/cohortstateservice.h"

#include <QCoreApplication>

namespace {
const QString TrackOption = QStringLiteral("track");
const QString StartsOption = QStringLiteral("starts");
const QString EndsOption = QStringLiteral("ends");
const QString CapacityOption = QStringLiteral("capacity");
const QString HoldOption = QStringLiteral("offer-hold-days");
const QString StateOption = QStringLiteral("state");
const QString CodeOption = QStringLiteral("code");
const QString NameOption = QStringLiteral("name");
const QString OpensOption = QStringLiteral("opens");

// A whole number of at least `minimum`, or nothing (the caller reports the usage error).
std::optional<int> wholeNumber(const QString &text, int minimum)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= minimum ? std::optional<int>(n) : std::nullopt;
}

// Prints the offers that new seats made, and the other moves that followed (deferrals that
// returned, waitlistings).
void printOffers(Console &console, const QList<StatusEvent> &events)
{
    for (const StatusEvent &e : events) {
        if (e.to == ApplicationStatus::Offered)
            console.out() << QCoreApplication::translate(
                                 "CohortCommands", "Application %1 offered a seat; cause: %2\n")
                                 .arg(QString::number(e.applicationId),
                                      Validation::printable(e.cause));
        else
            console.out() << QCoreApplication::translate("CohortCommands",
                                                         "Application %1: %2 -> %3; cause: %4\n")
                                 .arg(QString::number(e.applicationId),
                                      e.from ? Statuses::machineName(*e.from) : QString(),
                                      Statuses::machineName(e.to), Validation::printable(e.cause));
    }
    console.out().flush();
}

// The group's table and what runs each command: static members, for the tr() context.
struct CohortCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler addTrack, listTracks, editTrack, deactivateTrack, activateTrack,
        addCohort, list, setCapacity, open, history;
    // The signed-in actor and the track named by the first argument; nothing once the reason is
    // on stderr.
    struct Target
    {
        Actor actor;
        Track track;
    };
    static std::optional<Target> target(Invocation &invocation);
    static int setTrackActive(Invocation &invocation, bool active);
    // The cohort named by the first argument, in the open database; nothing once the reason is
    // on stderr.
    static std::optional<Cohort> namedCohort(Invocation &invocation);
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
        CommandSpec({QStringLiteral("track"), QStringLiteral("list")}, &CohortCommands::listTracks,
                    tr("List the career tracks, their cohorts and applications."),
                    tr("Prints every career track by code: id, code, name, how many cohorts and "
                       "applications it has, and whether it is active (an inactive track takes "
                       "no new applications or cohorts)."))
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("track"), QStringLiteral("edit")}, &CohortCommands::editTrack,
                    tr("Change a career track's code or name."),
                    tr("Gives the career track CODE a new code, a new name or both. Its cohorts "
                       "and applications stay with it; every change is in the audit trail."))
            .takes(QStringLiteral("CODE"), 1)
            .with({QCommandLineOption(CodeOption,
                                      tr("The new code (1 to 16 letters, digits, - or _; "
                                         "unique, whatever the case)."),
                                      QStringLiteral("NEW")),
                   QCommandLineOption(NameOption, tr("The new name."), QStringLiteral("NAME"))}),
        CommandSpec({QStringLiteral("track"), QStringLiteral("deactivate")},
                    &CohortCommands::deactivateTrack,
                    tr("Stop a career track from taking new applications and cohorts."),
                    tr("Deactivates the career track CODE: it takes no new applications and no "
                       "new cohorts. Its cohorts, applications and mentors keep it."))
            .takes(QStringLiteral("CODE"), 1),
        CommandSpec({QStringLiteral("track"), QStringLiteral("activate")},
                    &CohortCommands::activateTrack,
                    tr("Let a deactivated career track take applications and cohorts again."),
                    tr("Activates the career track CODE again."))
            .takes(QStringLiteral("CODE"), 1),
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
                                      QStringLiteral("STATE"), QStringLiteral("open")),
                   QCommandLineOption(OpensOption,
                                      tr("The day a draft cohort opens for applications by "
                                         "itself, YYYY-MM-DD (without it, only 'cohort open' "
                                         "opens it)."),
                                      QStringLiteral("DATE"))})
            .with(GuaranteeOptions::options()),
        CommandSpec({QStringLiteral("cohort"), QStringLiteral("list")}, &CohortCommands::list,
                    tr("List cohorts with seats taken, pending offers and waitlist."),
                    tr("Prints every cohort by track and start date: its state (which follows its "
                       "dates: open, full while no seat is free, started on its start date, "
                       "completed on its end date), its seats of "
                       "its capacity, offers pending and the length of its waitlist. Before "
                       "the start the seats are those taken (offered, accepted, enrolled); from "
                       "the start those its students filled, and a completed cohort shows how "
                       "full it ended (\"final 68/70\").")),
        CommandSpec({QStringLiteral("cohort"), QStringLiteral("set-capacity")},
                    &CohortCommands::setCapacity, tr("Change a cohort's number of seats."),
                    tr("Sets the seats of cohort NAME. Seats added go to the waitlist at "
                       "once, first come first served; the offers made are printed. "
                       "The seats cannot go below those taken (offers, acceptances and "
                       "students): fewer seats never take an offer back."))
            .takes(QStringLiteral("NAME SEATS"), 2),
        CommandSpec({QStringLiteral("cohort"), QStringLiteral("open")}, &CohortCommands::open,
                    tr("Open a draft cohort for applications."),
                    tr("Opens the draft cohort NAME for applications now; its waitlist gets its "
                       "seats at once, first come first served, and the offers made are printed. "
                       "A draft with an applications-open day (cohort add --opens) opens by "
                       "itself on that day."))
            .takes(QStringLiteral("NAME"), 1),
        CommandSpec({QStringLiteral("cohort"), QStringLiteral("history")}, &CohortCommands::history,
                    tr("Show a cohort's state changes."),
                    tr("Prints every state cohort NAME has been in, oldest first: when (UTC), "
                       "from which state to which, who changed it (\"desk\" when the desk "
                       "followed the cohort's dates) and why."))
            .takes(QStringLiteral("NAME"), 1)
            .withAccess(CommandSpec::Access::ReadsAsIs),
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

int CohortCommands::listTracks(Invocation &invocation)
{
    Console &console = invocation.console();
    // Only staff who have signed in may look.
    if (!invocation.openAsActor())
        return Console::Failed;
    const auto tracks = TrackRepository(invocation.database().connectionName()).usage();
    if (!tracks)
        return console.fail(tracks.error().text());
    QList<QStringList> rows;
    rows.reserve(tracks.value().size());
    for (const TrackUsage &t : tracks.value())
        rows << QStringList{
            QString::number(t.track.id),         Validation::printable(t.track.code),
            Validation::printable(t.track.name), QString::number(t.cohorts),
            QString::number(t.applications),     t.track.active ? tr("active") : tr("inactive")};
    console.table(
        {tr("Id"), tr("Code"), tr("Name"), tr("Cohorts"), tr("Applications"), tr("State")}, rows,
        tr("No career track yet: track add CODE NAME adds one."));
    return Console::Done;
}

std::optional<CohortCommands::Target> CohortCommands::target(Invocation &invocation)
{
    const auto actor = invocation.openAsActor();
    if (!actor)
        return std::nullopt;
    const auto tracks =
        TrackCodes::load(invocation.database().connectionName(), invocation.console());
    if (!tracks)
        return std::nullopt;
    const auto track = tracks->find(invocation.arguments().constFirst(), invocation.console());
    if (!track)
        return std::nullopt;
    return Target{actor.value(), *track};
}

int CohortCommands::editTrack(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    if (!parser.isSet(CodeOption) && !parser.isSet(NameOption))
        return console.usage(
            tr("track edit needs --%1, --%2 or both.").arg(CodeOption, NameOption));
    const auto target = CohortCommands::target(invocation);
    if (!target)
        return Console::Failed;
    Track track = target->track;
    if (parser.isSet(CodeOption))
        track.code = parser.value(CodeOption).trimmed();
    if (parser.isSet(NameOption))
        track.name = parser.value(NameOption).trimmed();
    if (Status saved = CatalogService(invocation.database().connectionName(), target->actor)
                           .updateTrack(track);
        !saved)
        return console.fail(saved.error().text());
    console.out() << tr("Track %1 saved: code %2, name %3.")
                         .arg(Validation::printable(target->track.code),
                              Validation::printable(track.code), Validation::printable(track.name))
                  << Qt::endl;
    return Console::Done;
}

int CohortCommands::setTrackActive(Invocation &invocation, bool active)
{
    const auto target = CohortCommands::target(invocation);
    if (!target)
        return Console::Failed;
    Console &console = invocation.console();
    Track track = target->track;
    track.active = active;
    if (Status saved = CatalogService(invocation.database().connectionName(), target->actor)
                           .updateTrack(track);
        !saved)
        return console.fail(saved.error().text());
    const QString code = Validation::printable(track.code);
    if (target->track.active == active)
        console.out() << (active ? tr("Track %1 was already active.").arg(code)
                                 : tr("Track %1 was already inactive.").arg(code))
                      << Qt::endl;
    else
        console.out() << (active ? tr("Track %1 is active again: it takes new applications and "
                                      "cohorts.")
                                       .arg(code)
                                 : tr("Track %1 is inactive: it takes no new applications or "
                                      "cohorts.")
                                       .arg(code))
                      << Qt::endl;
    return Console::Done;
}

int CohortCommands::deactivateTrack(Invocation &invocation)
{
    return setTrackActive(invocation, false);
}

int CohortCommands::activateTrack(Invocation &invocation)
{
    return setTrackActive(invocation, true);
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
    const auto capacity = invocation.wholeNumber(CapacityOption, 0);
    if (!capacity)
        return Console::Usage;
    const auto hold = invocation.wholeNumber(HoldOption, 1);
    if (!hold)
        return Console::Usage;
    cohort.capacity = *capacity;
    cohort.offerHoldDays = *hold;
    if (!GuaranteeOptions::apply(invocation, cohort.guarantee))
        return Console::Usage;
    if (parser.isSet(OpensOption)) {
        cohort.applicationsOpenOn = Timestamp::parseDate(parser.value(OpensOption));
        if (!cohort.applicationsOpenOn.isValid())
            return console.usage(tr("--%1 must be a date, YYYY-MM-DD, not '%2'.")
                                     .arg(OpensOption, parser.value(OpensOption)));
    }

    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto tracks = TrackCodes::load(connection, console);
    if (!tracks)
        return Console::Failed;
    const auto track = tracks->find(parser.value(TrackOption), console);
    if (!track)
        return Console::Failed;
    cohort.trackId = track->id;
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

std::optional<Cohort> CohortCommands::namedCohort(Invocation &invocation)
{
    const QString name = invocation.arguments().constFirst();
    const auto found = NamedRecords::cohort(invocation.database().connectionName(), name);
    if (!found) {
        invocation.console().fail(found.error().text());
        return std::nullopt;
    }
    return found.value();
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
    auto cohort = namedCohort(invocation);
    if (!cohort)
        return Console::Failed;
    cohort->capacity = *seats;
    const auto offers =
        CatalogService(invocation.database().connectionName(), actor.value()).updateCohort(*cohort);
    if (!offers)
        return console.fail(offers.error().text());
    printOffers(console, offers.value());
    return Console::Done;
}

int CohortCommands::open(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const auto cohort = namedCohort(invocation);
    if (!cohort)
        return Console::Failed;
    const auto opened = CohortStateService(invocation.database().connectionName(), actor.value())
                            .openForApplications(cohort->id);
    if (!opened)
        return console.fail(opened.error().text());
    console.out()
        << tr("Cohort %1 is open for applications.\n").arg(Validation::printable(cohort->name));
    printOffers(console, opened->statuses);
    return Console::Done;
}

int CohortCommands::history(Invocation &invocation)
{
    Console &console = invocation.console();
    // Only staff who have signed in may look.
    if (!invocation.openAsActor())
        return Console::Failed;
    const auto cohort = namedCohort(invocation);
    if (!cohort)
        return Console::Failed;
    const auto events = CohortStateService(invocation.database().connectionName(), Actor::desk())
                            .history(cohort->id);
    if (!events)
        return console.fail(events.error().text());
    QList<QStringList> rows;
    rows.reserve(events->size());
    for (const CohortStateEvent &e : events.value())
        rows << QStringList{Timestamp::format(e.at), e.from.isEmpty() ? tr("—") : e.from, e.to,
                            e.byUserId == 0 ? tr("desk") : Validation::printable(e.byUsername),
                            Validation::printable(e.cause)};
    console.table(
        {tr("At"), tr("From"), tr("To"), tr("By"), tr("Cause")}, rows,
        tr("Cohort %1 has no recorded state change.").arg(Validation::printable(cohort->name)));
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
    for (const CohortSeats &c : cohorts.value()) {
        const QString seats = QStringLiteral("%1/%2").arg(c.seatsCounted()).arg(c.cohort.capacity);
        rows << QStringList{Validation::printable(c.trackCode),
                            Validation::printable(c.cohort.name),
                            Timestamp::formatDate(c.cohort.startsOn),
                            Validation::printable(c.cohort.state),
                            c.cohort.state == QLatin1String("completed") ? tr("final %1").arg(seats)
                                                                         : seats,
                            QString::number(c.offersPending),
                            QString::number(c.waitlisted)};
    }
    console.table({tr("Track"), tr("Cohort"), tr("Starts"), tr("State"), tr("Seats"), tr("Offers"),
                   tr("Waitlist")},
                  rows,
                  tr("No cohort yet: cohort add NAME --track CODE --starts DATE --ends DATE "
                     "--capacity SEATS adds one."));
    return Console::Done;
}

QList<CommandSpec> CommandGroups::cohorts()
{
    return CohortCommands::commands();
}
