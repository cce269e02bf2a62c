#include "commandgroups.h"

#include "console.h"
#include "invocation.h"

#include "domain/timestamp.h"
#include "domain/validation.h"
#include "services/mentorcallservice.h"
#include "services/mentorservice.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {
const QString OnOption = QStringLiteral("on");
const QString MentorOption = QStringLiteral("mentor");
const QString NoteOption = QStringLiteral("note");
const QString BehindOption = QStringLiteral("behind");

// The group's table and what runs each command: static members, for the tr() context.
struct MentoringCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler suggest, assign, confirm, logCall, listCalls, cadence;
    // The application id in argument 0, or nothing once the usage error is on stderr.
    static std::optional<qint64> application(Invocation &invocation);
    // The application id in argument 0 and the signed-in actor; nothing once the reason is on
    // stderr, with the exit code in `exitCode`.
    struct Target
    {
        qint64 applicationId = 0;
        Actor actor;
    };
    static std::optional<Target> target(Invocation &invocation, int &exitCode);
    // Prints `done` with the application (%1) and its mentor now (%2).
    static int reportMentor(Console &console, const MentorService &service, qint64 applicationId,
                            const QString &done);
    Q_DECLARE_TR_FUNCTIONS(MentoringCommands)
};
} // namespace

QList<CommandSpec> MentoringCommands::commands()
{
    const QStringList mentor{QStringLiteral("mentor")};
    const QStringList call = mentor + QStringList{QStringLiteral("call")};
    return {
        CommandSpec(mentor + QStringList{QStringLiteral("suggest")}, &MentoringCommands::suggest,
                    tr("List the mentors who could take a student."),
                    tr("Lists the active mentors of application APPLICATION's track with a free "
                       "slot (one 1:1 call a week per mentee, so no more mentees than their "
                       "weekly slots nor their maximum), nearest time zone first, then the "
                       "lightest load."))
            .takes(QStringLiteral("APPLICATION"), 1)
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(mentor + QStringList{QStringLiteral("assign")}, &MentoringCommands::assign,
                    tr("Give a student a mentor."),
                    tr("Makes mentor MENTOR (their id) the mentor of application APPLICATION, an "
                       "enrolled or active student; a current mentor's assignment ends "
                       "(\"reassigned\"). The mentor must have a free slot."))
            .takes(QStringLiteral("APPLICATION MENTOR"), 2),
        CommandSpec(mentor + QStringList{QStringLiteral("confirm")}, &MentoringCommands::confirm,
                    tr("Confirm the mentor proposed at enrolment."),
                    tr("Enrolment proposes the best mentor for a student; this makes the "
                       "proposed mentor of application APPLICATION its mentor, confirmed by "
                       "you, now. mentor assign picks another instead."))
            .takes(QStringLiteral("APPLICATION"), 1),
        CommandSpec(call + QStringList{QStringLiteral("log")}, &MentoringCommands::logCall,
                    tr("Log a student's 1:1 call with their mentor."),
                    tr("Logs a 1:1 call of application APPLICATION, an enrolled or active "
                       "student, with their current mentor (or --mentor ID) on a day of the "
                       "bootcamp's calendar (its time zone; see time-zone show). Every student "
                       "is promised one call a week."))
            .takes(QStringLiteral("APPLICATION"), 1)
            .with({QCommandLineOption(OnOption,
                                      tr("The day of the call, YYYY-MM-DD (default today in the "
                                         "bootcamp's time zone)."),
                                      QStringLiteral("DATE")),
                   QCommandLineOption(MentorOption,
                                      tr("The mentor of the call, by id (default the student's "
                                         "current mentor)."),
                                      QStringLiteral("ID")),
                   QCommandLineOption(NoteOption, tr("What was talked about (optional)."),
                                      QStringLiteral("TEXT"))}),
        CommandSpec(call + QStringList{QStringLiteral("list")}, &MentoringCommands::listCalls,
                    tr("List a student's 1:1 calls."),
                    tr("Lists the 1:1 calls of application APPLICATION, newest first, and how the "
                       "student's weekly cadence stands."))
            .takes(QStringLiteral("APPLICATION"), 1)
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(mentor + QStringList{QStringLiteral("cadence")}, &MentoringCommands::cadence,
                    tr("Show who keeps the weekly 1:1 calls."),
                    tr("Lists every mentor with active mentees: the calls held of those promised "
                       "over the last 4 completed weeks of the bootcamp's calendar (weeks begin "
                       "on Monday), and whether they are behind; then the students behind, "
                       "whose last completed week had no call. --behind lists only the mentors "
                       "behind."))
            .with({QCommandLineOption(BehindOption, tr("Only the mentors behind."))})
            .withAccess(CommandSpec::Access::ReadsAsIs),
    };
}

std::optional<qint64> MentoringCommands::application(Invocation &invocation)
{
    return invocation.idArgument(
        0, tr("APPLICATION must be an application id (a whole number), not '%1'."));
}

std::optional<MentoringCommands::Target> MentoringCommands::target(Invocation &invocation,
                                                                   int &exitCode)
{
    exitCode = Console::Usage;
    const auto id = application(invocation);
    if (!id)
        return std::nullopt;
    exitCode = Console::Failed;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return std::nullopt;
    return Target{*id, actor.value()};
}

int MentoringCommands::suggest(Invocation &invocation)
{
    Console &console = invocation.console();
    int exitCode = Console::Failed;
    const auto target = MentoringCommands::target(invocation, exitCode);
    if (!target)
        return exitCode;
    const qint64 id = target->applicationId;
    const auto suggestions =
        MentorService(invocation.database().connectionName(), target->actor).suggestions(id);
    if (!suggestions)
        return console.fail(suggestions.error().text());
    QList<QStringList> rows;
    for (const MentorService::Suggestion &s : suggestions.value())
        rows << QStringList{
            QString::number(s.load.mentor.id), Validation::printable(s.load.mentor.name),
            tr("%1 h").arg(QLocale::c().toString(s.timeZoneDistanceMinutes / 60.0, 'f', 1)),
            tr("%1 of %2").arg(s.load.takenSlots()).arg(s.load.capacity()),
            Validation::printable(s.load.mentor.timeZone)};
    console.table({tr("Id"), tr("Name"), tr("Distance"), tr("Slots used"), tr("Time zone")}, rows,
                  tr("Application %1: %2.").arg(id).arg(MentorService::noFreeSlot()));
    return Console::Done;
}

int MentoringCommands::assign(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = application(invocation);
    if (!id)
        return Console::Usage;
    const auto mentorId =
        invocation.idArgument(1, tr("MENTOR must be a mentor's id (see mentor list), not '%1'."));
    if (!mentorId)
        return Console::Usage;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    MentorService service(invocation.database().connectionName(), actor.value());
    if (const Status done = service.assign(*id, *mentorId); !done)
        return console.fail(done.error().text());
    return reportMentor(console, service, *id, tr("Application %1: mentor %2."));
}

int MentoringCommands::reportMentor(Console &console, const MentorService &service,
                                    qint64 applicationId, const QString &done)
{
    const auto now = service.assignment(applicationId);
    if (!now || !now.value())
        return console.fail(now ? tr("Application %1 has no mentor.").arg(applicationId)
                                : now.error().text());
    console.out() << done.arg(applicationId)
                         .arg(Validation::printable(
                             Mentor::named(now.value()->mentorId, now.value()->mentorName)))
                  << Qt::endl;
    return Console::Done;
}

int MentoringCommands::confirm(Invocation &invocation)
{
    Console &console = invocation.console();
    int exitCode = Console::Failed;
    const auto target = MentoringCommands::target(invocation, exitCode);
    if (!target)
        return exitCode;
    const qint64 id = target->applicationId;
    MentorService service(invocation.database().connectionName(), target->actor);
    if (const Status done = service.confirm(id); !done)
        return console.fail(done.error().text());
    return reportMentor(console, service, id, tr("Application %1: mentor %2 confirmed."));
}

int MentoringCommands::logCall(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = application(invocation);
    if (!id)
        return Console::Usage;
    const auto on = invocation.date(OnOption);
    if (!on)
        return Console::Usage;
    qint64 mentorId = 0;
    if (invocation.parser().isSet(MentorOption)) {
        const auto given = invocation.wholeNumber(MentorOption, 1);
        if (!given)
            return Console::Usage;
        mentorId = *given;
    }
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    MentorCallService calls(invocation.database().connectionName(), actor.value());
    const auto logged = calls.logCall(*id, *on, mentorId, invocation.parser().value(NoteOption));
    if (!logged)
        return console.fail(logged.error().text());
    console.out()
        << tr("Application %1: mentor call logged (activity %2).").arg(*id).arg(logged.value())
        << '\n';
    if (const auto cadence = calls.menteeCadence(*id); cadence && cadence->has_value())
        console.out() << tr("Calls: %1").arg(cadence->value().describe()) << '\n';
    console.out().flush();
    return Console::Done;
}

int MentoringCommands::listCalls(Invocation &invocation)
{
    Console &console = invocation.console();
    int exitCode = Console::Failed;
    const auto target = MentoringCommands::target(invocation, exitCode);
    if (!target)
        return exitCode;
    const qint64 id = target->applicationId;
    const MentorCallService service(invocation.database().connectionName(), target->actor);
    const auto calls = service.calls(id);
    if (!calls)
        return console.fail(calls.error().text());
    const auto cadence = service.menteeCadence(id);
    if (!cadence)
        return console.fail(cadence.error().text());
    QList<QStringList> rows;
    for (const MentorCall &call : calls.value())
        rows << QStringList{Timestamp::formatDate(call.on),
                            Validation::printable(Mentor::named(call.mentorId, call.mentorName)),
                            Validation::printable(call.byUsername),
                            Validation::printable(call.note)};
    console.table(
        {tr("Day"), tr("Mentor"), tr("Logged by"), tr("Note")}, rows,
        tr("No mentor call logged for application %1: mentor call log %1 logs one.").arg(id));
    if (cadence.value())
        console.out() << '\n' << tr("Cadence: %1").arg(cadence.value()->describe()) << Qt::endl;
    return Console::Done;
}

int MentoringCommands::cadence(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto loads = MentorService(connection, actor.value()).loads();
    if (!loads)
        return console.fail(loads.error().text());
    const auto cadences = MentorCallService(connection, actor.value()).mentorCadences();
    if (!cadences)
        return console.fail(cadences.error().text());
    const bool onlyBehind = invocation.parser().isSet(BehindOption);
    QList<QStringList> mentors;
    QList<QStringList> students;
    for (const MentorLoad &load : loads.value()) {
        const auto it =
            std::find_if(cadences->cbegin(), cadences->cend(),
                         [&](const MentorCadence &c) { return c.mentorId == load.mentor.id; });
        if (it == cadences->cend() || (onlyBehind && !it->behind()))
            continue;
        mentors << QStringList{QString::number(load.mentor.id),
                               Validation::printable(load.mentor.name),
                               QString::number(load.activeMentees),
                               tr("%1 of %2").arg(it->weeksHeld).arg(it->weeksDue),
                               it->behind() ? tr("behind") : QString()};
        for (const MenteeCadence &mentee : it->behindMentees)
            students << QStringList{QString::number(mentee.applicationId),
                                    Validation::printable(mentee.studentName),
                                    Validation::printable(load.mentor.name), mentee.describe()};
    }
    console.table({tr("Id"), tr("Mentor"), tr("Mentees"), tr("Calls (4 wk)"), tr("Behind")},
                  mentors,
                  onlyBehind ? tr("No mentor is behind on the weekly calls.")
                             : tr("No mentor has an active mentee with a confirmed assignment."));
    if (!students.isEmpty()) {
        console.out() << '\n' << tr("Students behind") << '\n';
        console.table({tr("Application"), tr("Student"), tr("Mentor"), tr("Calls")}, students);
    }
    return Console::Done;
}

QList<CommandSpec> CommandGroups::mentoring()
{
    return MentoringCommands::commands();
}
