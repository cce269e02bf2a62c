#include "commandgroups.h"

#include "console.h"
#include "invocation.h"

#include "db/database.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "services/desksettingsservice.h"
#include "services/interviewservice.h"

#include <QCoreApplication>

namespace {
const QString AtOption = QStringLiteral("at");
const QString InterviewerOption = QStringLiteral("interviewer");
const QString MinutesOption = QStringLiteral("minutes");
const QString ReasonOption = QStringLiteral("reason");

// The group's table and what runs each command: static members, for the tr() context.
struct InterviewCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler schedule, reschedule, cancel, list;
    // The id in argument 0, or nothing once the usage error is on stderr.
    static std::optional<qint64> id(Invocation &invocation, const QString &what);
    // --at as typed: ISO 8601, a wall-clock time unless it says Z or an offset (DeskCalendar::
    // read); nothing once the usage error is on stderr.
    static std::optional<QDateTime> at(Invocation &invocation);
    // The bootcamp's calendar, or nothing once the error is on stderr.
    static std::optional<DeskCalendar> calendar(Invocation &invocation, const Actor &actor);
    // The active staff user named by --interviewer (username, any case); nothing once the
    // reason is on stderr.
    static std::optional<qint64> interviewer(Invocation &invocation,
                                             const InterviewService &service);
    static QString describe(const Interview &interview, const DeskCalendar &calendar);
    Q_DECLARE_TR_FUNCTIONS(InterviewCommands)
};
} // namespace

QList<CommandSpec> InterviewCommands::commands()
{
    const QCommandLineOption at(AtOption,
                                tr("When it starts: YYYY-MM-DDTHH:MM in the bootcamp's time "
                                   "zone (time-zone show), or with Z or an offset (e.g. "
                                   "2026-12-10T14:30, 2026-12-10T13:30Z)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption interviewer(InterviewerOption,
                                         tr("The interviewer: an active staff user's username."),
                                         QStringLiteral("USERNAME"));
    const QCommandLineOption minutes(MinutesOption,
                                     tr("How long it lasts, in minutes (%1 to %2; %3 unless told).")
                                         .arg(Interview::MinMinutes)
                                         .arg(Interview::MaxMinutes)
                                         .arg(Interview::DefaultMinutes),
                                     QStringLiteral("N"));
    return {
        CommandSpec({QStringLiteral("interview"), QStringLiteral("schedule")},
                    &InterviewCommands::schedule, tr("Schedule an interview of an application."),
                    tr("Schedules an interview of application APPLICATION (its id) at --at "
                       "with --interviewer. The time must be to come, the interviewer an active "
                       "staff user, and the application applied, in screening or interviewed; "
                       "one that is applied or in screening moves on to interview_scheduled. "
                       "Prints the interview and the status moves."))
            .takes(QStringLiteral("APPLICATION"), 1)
            .with({at, interviewer, minutes}),
        CommandSpec({QStringLiteral("interview"), QStringLiteral("reschedule")},
                    &InterviewCommands::reschedule, tr("Move a scheduled interview."),
                    tr("Moves scheduled interview INTERVIEW (its id) to --at; --interviewer and "
                       "--minutes change those too, else they stay."))
            .takes(QStringLiteral("INTERVIEW"), 1)
            .with({at, interviewer, minutes}),
        CommandSpec({QStringLiteral("interview"), QStringLiteral("cancel")},
                    &InterviewCommands::cancel, tr("Cancel a scheduled interview."),
                    tr("Cancels scheduled interview INTERVIEW (its id). The application keeps "
                       "its status."))
            .takes(QStringLiteral("INTERVIEW"), 1)
            .with({QCommandLineOption(ReasonOption, tr("Why."), QStringLiteral("TEXT"))}),
        CommandSpec({QStringLiteral("interview"), QStringLiteral("list")}, &InterviewCommands::list,
                    tr("List the interviews to come."),
                    tr("Lists the scheduled interviews that are not over yet, the earliest "
                       "first, with their application, applicant and interviewer. Times are "
                       "the bootcamp's, with their offset from UTC."))
            .with(
                {QCommandLineOption(InterviewerOption, tr("Only this interviewer's (a username)."),
                                    QStringLiteral("USERNAME"))}),
    };
}

std::optional<qint64> InterviewCommands::id(Invocation &invocation, const QString &what)
{
    return invocation.idArgument(
        0, tr("%1 must be an id (a whole number), not '%2'.").arg(what, QStringLiteral("%1")));
}

std::optional<QDateTime> InterviewCommands::at(Invocation &invocation)
{
    if (!invocation.parser().isSet(AtOption)) {
        invocation.console().usage(tr("Say when with --at TIME."));
        return std::nullopt;
    }
    QString text = invocation.parser().value(AtOption).trimmed();
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid() || text.size() < 16) {
        invocation.console().usage(
            tr("--at must be a date and a time such as 2026-12-10T14:30, "
               "not '%1'.")
                .arg(Validation::quoted(invocation.parser().value(AtOption))));
        return std::nullopt;
    }
    return at;
}

std::optional<DeskCalendar> InterviewCommands::calendar(Invocation &invocation, const Actor &actor)
{
    auto found = DeskSettingsService(invocation.database().connectionName(), actor).calendar();
    if (!found) {
        invocation.console().fail(found.error().text());
        return std::nullopt;
    }
    return found.value();
}

std::optional<qint64> InterviewCommands::interviewer(Invocation &invocation,
                                                     const InterviewService &service)
{
    const QString name = invocation.parser().value(InterviewerOption).trimmed();
    const auto staff = service.interviewers();
    if (!staff) {
        invocation.console().fail(staff.error().text());
        return std::nullopt;
    }
    for (const StaffUser &user : staff.value()) {
        if (user.username.compare(name, Qt::CaseInsensitive) == 0)
            return user.id;
    }
    invocation.console().fail(
        tr("There is no active staff user '%1' to interview.").arg(Validation::quoted(name)));
    return std::nullopt;
}

QString InterviewCommands::describe(const Interview &interview, const DeskCalendar &calendar)
{
    return tr("Interview %1 of application %2: %3, %4 min, with %5 (%6)")
        .arg(QString::number(interview.id), QString::number(interview.applicationId),
             calendar.isoText(interview.startsAt), QString::number(interview.durationMinutes),
             Validation::printable(interview.interviewerUsername),
             Interview::machineName(interview.state));
}

int InterviewCommands::schedule(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto application = id(invocation, QStringLiteral("APPLICATION"));
    if (!application)
        return Console::Usage;
    if (!invocation.parser().isSet(InterviewerOption))
        return console.usage(tr("Say who interviews with --interviewer USERNAME."));
    InterviewService::Plan plan;
    const auto when = at(invocation);
    if (!when)
        return Console::Usage;
    if (invocation.parser().isSet(MinutesOption)) {
        const auto minutes = invocation.wholeNumber(MinutesOption, 1);
        if (!minutes)
            return Console::Usage;
        plan.durationMinutes = *minutes;
    }
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const auto desk = calendar(invocation, actor.value());
    if (!desk)
        return Console::Failed;
    plan.startsAt = desk->read(*when).toUTC();
    InterviewService service(invocation.database().connectionName(), actor.value());
    const auto interviewerId = interviewer(invocation, service);
    if (!interviewerId)
        return Console::Failed;
    plan.interviewerId = *interviewerId;
    const auto scheduled = service.schedule(*application, plan);
    if (!scheduled)
        return console.fail(scheduled.error().text());
    QTextStream &out = console.out();
    out << describe(scheduled->interview, *desk) << '\n';
    for (const StatusEvent &e : scheduled->events)
        out << tr("Application %1: %2 -> %3")
                   .arg(QString::number(e.applicationId),
                        e.from ? Statuses::machineName(*e.from) : QString(),
                        Statuses::machineName(e.to))
            << '\n';
    out.flush();
    return Console::Done;
}

int InterviewCommands::reschedule(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto interviewId = id(invocation, QStringLiteral("INTERVIEW"));
    if (!interviewId)
        return Console::Usage;
    const auto when = at(invocation);
    if (!when)
        return Console::Usage;
    std::optional<int> minutes;
    if (invocation.parser().isSet(MinutesOption)) {
        minutes = invocation.wholeNumber(MinutesOption, 1);
        if (!minutes)
            return Console::Usage;
    }
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const auto desk = calendar(invocation, actor.value());
    if (!desk)
        return Console::Failed;
    InterviewService service(invocation.database().connectionName(), actor.value());
    const auto found = service.find(*interviewId);
    if (!found)
        return console.fail(found.error().text());
    if (!found.value())
        return console.fail(tr("There is no interview %1.").arg(*interviewId));
    InterviewService::Plan plan;
    plan.startsAt = desk->read(*when).toUTC();
    plan.durationMinutes = minutes.value_or(found.value()->durationMinutes);
    plan.interviewerId = found.value()->interviewerId;
    if (invocation.parser().isSet(InterviewerOption)) {
        const auto interviewerId = interviewer(invocation, service);
        if (!interviewerId)
            return Console::Failed;
        plan.interviewerId = *interviewerId;
    }
    const auto moved = service.reschedule(*interviewId, plan);
    if (!moved)
        return console.fail(moved.error().text());
    console.out() << describe(moved.value(), *desk) << Qt::endl;
    return Console::Done;
}

int InterviewCommands::cancel(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto interviewId = id(invocation, QStringLiteral("INTERVIEW"));
    if (!interviewId)
        return Console::Usage;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    InterviewService service(invocation.database().connectionName(), actor.value());
    if (Status done = service.cancel(*interviewId, invocation.parser().value(ReasonOption)); !done)
        return console.fail(done.error().text());
    console.out() << tr("Interview %1 cancelled.").arg(*interviewId) << Qt::endl;
    return Console::Done;
}

int InterviewCommands::list(Invocation &invocation)
{
    Console &console = invocation.console();
    // Only staff who have signed in may look.
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    InterviewService service(invocation.database().connectionName(), actor.value());
    qint64 interviewerId = 0;
    if (invocation.parser().isSet(InterviewerOption)) {
        const auto found = interviewer(invocation, service);
        if (!found)
            return Console::Failed;
        interviewerId = *found;
    }
    const auto upcoming = service.upcoming(interviewerId);
    if (!upcoming)
        return console.fail(upcoming.error().text());
    const auto desk = calendar(invocation, actor.value());
    if (!desk)
        return Console::Failed;
    QList<QStringList> rows;
    for (const Interview &i : upcoming.value())
        rows << QStringList{QString::number(i.id),
                            desk->isoText(i.startsAt),
                            QString::number(i.durationMinutes),
                            QString::number(i.applicationId),
                            Validation::printable(i.applicantName),
                            Validation::printable(i.interviewerUsername)};
    console.table({tr("Interview"), tr("Starts"), tr("Minutes"), tr("Application"),
                   tr("Applicant"), tr("Interviewer")},
                  rows,
                  tr("No interview is coming up: interview schedule APPLICATION --at TIME "
                     "--interviewer USERNAME schedules one."));
    return Console::Done;
}

QList<CommandSpec> CommandGroups::interviews()
{
    return InterviewCommands::commands();
}
