#include "commandgroups.h"

#include "console.h"
#include "invocation.h"
#include "trackcodes.h"

#include "domain/validation.h"
#include "repositories/mentorrepository.h"
#include "services/mentorservice.h"

#include <QCoreApplication>

namespace {
const QString NameOption = QStringLiteral("name");
const QString EmailOption = QStringLiteral("email");
const QString TimeZoneOption = QStringLiteral("time-zone");
const QString TracksOption = QStringLiteral("tracks");
const QString CapacityOption = QStringLiteral("capacity");
const QString WeeklySlotsOption = QStringLiteral("weekly-slots");

// The group's table and what runs each command: static members, for the tr() context.
struct MentorCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler add, list, edit, deactivate, activate;
    // The options a mentor's fields are given with; `editing` for mentor edit, where the name is
    // an option too and an option not given keeps the field as it is.
    static QList<QCommandLineOption> fieldOptions(bool editing);
    // The signed-in actor and the mentor whose id is the first argument; nothing once the
    // reason is on stderr, with the exit code in `exitCode`.
    struct Target
    {
        Actor actor;
        Mentor mentor;
    };
    static std::optional<Target> target(Invocation &invocation, int &exitCode);
    static int setActive(Invocation &invocation, bool active);
    // "2 (Grace Hopper)": a mentor as messages name them, as MentorService does.
    static QString named(const Mentor &mentor);
    Q_DECLARE_TR_FUNCTIONS(MentorCommands)
};
} // namespace

QList<QCommandLineOption> MentorCommands::fieldOptions(bool editing)
{
    QList<QCommandLineOption> options;
    if (editing)
        options << QCommandLineOption(NameOption, tr("The mentor's name."), QStringLiteral("NAME"));
    options << QCommandLineOption(EmailOption,
                                  tr("Their email address (no other mentor may have it)."),
                                  QStringLiteral("EMAIL"))
            << QCommandLineOption(TimeZoneOption,
                                  tr("Where they live, as an IANA time zone such as "
                                     "Europe/Berlin: matching prefers students close to it."),
                                  QStringLiteral("ZONE"))
            << QCommandLineOption(TracksOption,
                                  tr("The codes of the career tracks they mentor, "
                                     "comma-separated, such as SWE,DATA."),
                                  QStringLiteral("CODES"))
            << QCommandLineOption(CapacityOption, tr("How many active mentees they take at most."),
                                  QStringLiteral("N"))
            << QCommandLineOption(WeeklySlotsOption,
                                  editing ? tr("1:1 call slots a week: each mentee takes one.")
                                          : tr("1:1 call slots a week: each mentee takes one "
                                               "(default: the capacity)."),
                                  QStringLiteral("N"));
    return options;
}

QList<CommandSpec> MentorCommands::commands()
{
    const QStringList mentor{QStringLiteral("mentor")};
    return {
        CommandSpec(mentor + QStringList{QStringLiteral("add")}, &MentorCommands::add,
                    tr("Add a mentor."),
                    tr("Adds the mentor NAME with their email address, time zone, the career "
                       "tracks they mentor and how many active mentees they take. --email, "
                       "--time-zone, --tracks and --capacity are required."))
            .takes(QStringLiteral("NAME"), 1)
            .with(fieldOptions(false)),
        CommandSpec(mentor + QStringList{QStringLiteral("list")}, &MentorCommands::list,
                    tr("List the mentors, their tracks and their load."),
                    tr("Prints every mentor by name: id, name, email, the codes of their tracks, "
                       "time zone, weekly slots, the slots their current mentees (active or "
                       "proposed) take of the mentees they can have (the smaller of their "
                       "capacity and their weekly slots), and whether they are active (only active "
                       "mentors are matched with students)."))
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(mentor + QStringList{QStringLiteral("edit")}, &MentorCommands::edit,
                    tr("Change a mentor's name, address, time zone, tracks or capacity."),
                    tr("Changes mentor ID (see mentor list): only the fields whose options are "
                       "given, and at least one must be. --tracks replaces the mentor's tracks. "
                       "Every change is in the audit trail."))
            .takes(QStringLiteral("ID"), 1)
            .with(fieldOptions(true)),
        CommandSpec(mentor + QStringList{QStringLiteral("deactivate")}, &MentorCommands::deactivate,
                    tr("Stop matching a mentor with students."),
                    tr("Deactivates mentor ID: they are no longer suggested or assigned to "
                       "students. Their current mentees keep them."))
            .takes(QStringLiteral("ID"), 1),
        CommandSpec(mentor + QStringList{QStringLiteral("activate")}, &MentorCommands::activate,
                    tr("Match a deactivated mentor with students again."),
                    tr("Activates mentor ID again."))
            .takes(QStringLiteral("ID"), 1),
    };
}

QString MentorCommands::named(const Mentor &mentor)
{
    return tr("%1 (%2)").arg(QString::number(mentor.id), Validation::printable(mentor.name));
}

int MentorCommands::add(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    for (const QString &required : {EmailOption, TimeZoneOption, TracksOption, CapacityOption}) {
        if (!parser.isSet(required))
            return console.usage(tr("mentor add needs --%1.").arg(required));
    }
    Mentor mentor;
    mentor.name = invocation.arguments().constFirst().trimmed();
    mentor.email = parser.value(EmailOption).trimmed();
    mentor.timeZone = parser.value(TimeZoneOption).trimmed();
    const auto capacity = invocation.wholeNumber(CapacityOption, 0);
    if (!capacity)
        return Console::Usage;
    mentor.maxActiveMentees = *capacity;
    mentor.weeklySlots = *capacity;
    if (parser.isSet(WeeklySlotsOption)) {
        const auto slots = invocation.wholeNumber(WeeklySlotsOption, 0);
        if (!slots)
            return Console::Usage;
        mentor.weeklySlots = *slots;
    }

    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto tracks = TrackCodes::load(connection, console);
    if (!tracks)
        return Console::Failed;
    const auto trackIds = tracks->ids(parser.value(TracksOption), console);
    if (!trackIds)
        return Console::Failed;
    mentor.trackIds = *trackIds;
    const auto id = MentorService(connection, actor.value()).create(mentor);
    if (!id)
        return console.fail(id.error().text());
    mentor.id = id.value();
    console.out()
        << tr("Mentor %1 added, for %2.").arg(named(mentor), tracks->codes(mentor.trackIds))
        << Qt::endl;
    return Console::Done;
}

int MentorCommands::list(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto tracks = TrackCodes::load(connection, console);
    if (!tracks)
        return Console::Failed;
    const auto loads = MentorService(connection, actor.value()).loads();
    if (!loads)
        return console.fail(loads.error().text());
    QList<QStringList> rows;
    rows.reserve(loads.value().size());
    for (const MentorLoad &load : loads.value()) {
        const Mentor &m = load.mentor;
        rows << QStringList{QString::number(m.id),
                            Validation::printable(m.name),
                            Validation::printable(m.email),
                            tracks->codes(m.trackIds),
                            Validation::printable(m.timeZone),
                            QString::number(m.weeklySlots),
                            tr("%1 of %2").arg(load.takenSlots()).arg(load.capacity()),
                            m.active ? tr("active") : tr("inactive")};
    }
    console.table({tr("Id"), tr("Name"), tr("Email"), tr("Tracks"), tr("Time zone"),
                   tr("Weekly slots"), tr("Load"), tr("State")},
                  rows,
                  tr("No mentor yet: mentor add NAME --email EMAIL --time-zone ZONE --tracks "
                     "CODES --capacity N adds one."));
    return Console::Done;
}

std::optional<MentorCommands::Target> MentorCommands::target(Invocation &invocation, int &exitCode)
{
    Console &console = invocation.console();
    const QString &argument = invocation.arguments().constFirst();
    bool ok = false;
    const qint64 id = argument.toLongLong(&ok);
    if (!ok || id < 1) {
        exitCode = console.usage(
            tr("ID must be a mentor's id (a whole number; see mentor list), not '%1'.")
                .arg(Validation::quoted(argument)));
        return std::nullopt;
    }
    exitCode = Console::Failed;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return std::nullopt;
    const auto found = MentorRepository(invocation.database().connectionName()).find(id);
    if (!found) {
        console.fail(found.error().text());
        return std::nullopt;
    }
    if (!found.value()) {
        console.fail(tr("There is no mentor %1 (see mentor list).").arg(id));
        return std::nullopt;
    }
    return Target{actor.value(), *found.value()};
}

int MentorCommands::edit(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    const QStringList fields{NameOption,   EmailOption,    TimeZoneOption,
                             TracksOption, CapacityOption, WeeklySlotsOption};
    bool anyGiven = false;
    for (const QString &field : fields)
        anyGiven = anyGiven || parser.isSet(field);
    if (!anyGiven)
        return console.usage(
            tr("mentor edit needs at least one of --%1.").arg(fields.join(QStringLiteral(", --"))));
    std::optional<int> capacity;
    if (parser.isSet(CapacityOption)) {
        capacity = invocation.wholeNumber(CapacityOption, 0);
        if (!capacity)
            return Console::Usage;
    }
    std::optional<int> slots;
    if (parser.isSet(WeeklySlotsOption)) {
        slots = invocation.wholeNumber(WeeklySlotsOption, 0);
        if (!slots)
            return Console::Usage;
    }

    int exitCode = Console::Failed;
    const auto target = MentorCommands::target(invocation, exitCode);
    if (!target)
        return exitCode;
    const QString connection = invocation.database().connectionName();
    const auto tracks = TrackCodes::load(connection, console);
    if (!tracks)
        return Console::Failed;
    Mentor mentor = target->mentor;
    if (parser.isSet(NameOption))
        mentor.name = parser.value(NameOption).trimmed();
    if (parser.isSet(EmailOption))
        mentor.email = parser.value(EmailOption).trimmed();
    if (parser.isSet(TimeZoneOption))
        mentor.timeZone = parser.value(TimeZoneOption).trimmed();
    if (parser.isSet(TracksOption)) {
        const auto trackIds = tracks->ids(parser.value(TracksOption), console);
        if (!trackIds)
            return Console::Failed;
        mentor.trackIds = *trackIds;
    }
    if (capacity)
        mentor.maxActiveMentees = *capacity;
    if (slots)
        mentor.weeklySlots = *slots;
    if (Status saved = MentorService(connection, target->actor).update(mentor); !saved)
        return console.fail(saved.error().text());
    console.out() << tr("Mentor %1 saved: %2, %3, tracks %4, %5 mentees at most, %6 slots a week.")
                         .arg(named(mentor), Validation::printable(mentor.email),
                              mentor.timeZone.isEmpty() ? tr("no time zone")
                                                        : Validation::printable(mentor.timeZone),
                              tracks->codes(mentor.trackIds))
                         .arg(mentor.maxActiveMentees)
                         .arg(mentor.weeklySlots)
                  << Qt::endl;
    return Console::Done;
}

int MentorCommands::setActive(Invocation &invocation, bool active)
{
    int exitCode = Console::Failed;
    const auto target = MentorCommands::target(invocation, exitCode);
    if (!target)
        return exitCode;
    Console &console = invocation.console();
    Mentor mentor = target->mentor;
    mentor.active = active;
    if (Status saved =
            MentorService(invocation.database().connectionName(), target->actor).update(mentor);
        !saved)
        return console.fail(saved.error().text());
    const QString who = named(mentor);
    if (target->mentor.active == active)
        console.out() << (active ? tr("Mentor %1 was already active.").arg(who)
                                 : tr("Mentor %1 was already inactive.").arg(who))
                      << Qt::endl;
    else
        console.out() << (active ? tr("Mentor %1 is active again: they are matched with "
                                      "students.")
                                       .arg(who)
                                 : tr("Mentor %1 is inactive: they are no longer matched with "
                                      "students; their current mentees keep them.")
                                       .arg(who))
                      << Qt::endl;
    return Console::Done;
}

int MentorCommands::deactivate(Invocation &invocation)
{
    return setActive(invocation, false);
}

int MentorCommands::activate(Invocation &invocation)
{
    return setActive(invocation, true);
}

QList<CommandSpec> CommandGroups::mentors()
{
    return MentorCommands::commands();
}
