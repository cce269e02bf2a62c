#include "commandgroups.h"

#include "console.h"
#include "invocation.h"

#include "domain/timestamp.h"
#include "domain/validation.h"
#include "services/desksettingsservice.h"

#include <QCoreApplication>

namespace {
// The group's table and what runs each command: static members, for the tr() context.
struct SettingsCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler showTimeZone, setTimeZone;
    // "Asia/Tokyo (today there: 2027-03-02)".
    static QString describe(const DeskCalendar &calendar);
    Q_DECLARE_TR_FUNCTIONS(SettingsCommands)
};
} // namespace

QList<CommandSpec> SettingsCommands::commands()
{
    return {
        CommandSpec({QStringLiteral("time-zone"), QStringLiteral("show")},
                    &SettingsCommands::showTimeZone, tr("Show the bootcamp's time zone."),
                    tr("Prints the time zone that decides where the bootcamp's days end (a "
                       "cohort's applications-open, start and end dates), and today's date "
                       "there."))
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("time-zone"), QStringLiteral("set")},
                    &SettingsCommands::setTimeZone,
                    tr("Change the bootcamp's time zone (administrators only)."),
                    tr("Makes ZONE, an IANA time zone such as Europe/Berlin or Asia/Tokyo, the "
                       "one time zone whose midnight ends the bootcamp's days, for every desk "
                       "on this database. The change is in the audit trail."))
            .takes(QStringLiteral("ZONE"), 1),
    };
}

QString SettingsCommands::describe(const DeskCalendar &calendar)
{
    return tr("%1 (today there: %2)")
        .arg(QString::fromUtf8(calendar.timeZone().id()), Timestamp::formatDate(calendar.today()));
}

int SettingsCommands::showTimeZone(Invocation &invocation)
{
    Console &console = invocation.console();
    // Only staff who have signed in may look.
    if (!invocation.openAsActor())
        return Console::Failed;
    const auto calendar =
        DeskSettingsService(invocation.database().connectionName(), Actor::desk()).calendar();
    if (!calendar)
        return console.fail(calendar.error().text());
    console.out() << tr("Time zone: %1").arg(describe(calendar.value())) << Qt::endl;
    return Console::Done;
}

int SettingsCommands::setTimeZone(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    DeskSettingsService settings(invocation.database().connectionName(), actor.value());
    if (Status saved = settings.setTimeZone(invocation.arguments().constFirst()); !saved)
        return console.fail(Validation::printable(saved.error().text()));
    const auto calendar = settings.calendar();
    if (!calendar)
        return console.fail(calendar.error().text());
    console.out() << tr("Time zone set: %1").arg(describe(calendar.value())) << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::settings()
{
    return SettingsCommands::commands();
}
