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
    static CommandSpec::Handler showTimeZone, setTimeZone, showDeferralQueue, setDeferralQueue,
        showFormTimeZone, setFormTimeZone;
    // "keep (…)" or "reset (…)": the deferral queue policy as the command line names it.
    static QString describeDeferralQueue(bool keeps);
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
        CommandSpec({QStringLiteral("form-time-zone"), QStringLiteral("show")},
                    &SettingsCommands::showFormTimeZone,
                    tr("Show the time zone of a web form's times."),
                    tr("Prints the time zone in which the import reads the times that FORM's "
                       "exports write without an offset. FORM is the form builder's name as the "
                       "import recognises it (\"Gravity Forms\", \"Jotform\", …), or \"web form\" "
                       "for a file it does not recognise. Unless set, the bootcamp's."))
            .takes(QStringLiteral("FORM"), 1)
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("form-time-zone"), QStringLiteral("set")},
                    &SettingsCommands::setFormTimeZone,
                    tr("Change the time zone of a web form's times (administrators only)."),
                    tr("Makes ZONE, an IANA time zone, the one in which the import reads the "
                       "times that FORM's exports write without an offset, when the form's site "
                       "keeps another time than the bootcamp's. The change is in the audit "
                       "trail."))
            .takes(QStringLiteral("FORM ZONE"), 2),
        CommandSpec({QStringLiteral("deferral-queue"), QStringLiteral("show")},
                    &SettingsCommands::showDeferralQueue,
                    tr("Show where a returning deferral queues."),
                    tr("Prints whether an application deferred to a later cohort keeps its "
                       "original qualification time as its place in that cohort's queue when it "
                       "returns (keep), or queues from the time it returns (reset)."))
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("deferral-queue"), QStringLiteral("set")},
                    &SettingsCommands::setDeferralQueue,
                    tr("Change where a returning deferral queues (administrators only)."),
                    tr("POLICY is keep (a returning deferral queues at its original "
                       "qualification time) or reset (it queues from the time it returns). "
                       "qualified_at itself never changes; the queue time a deferral takes is "
                       "recorded on its return event. The change is in the audit trail."))
            .takes(QStringLiteral("POLICY"), 1),
    };
}

QString SettingsCommands::describeDeferralQueue(bool keeps)
{
    return keeps ? tr("keep (a returning deferral queues at its original qualification time)")
                 : tr("reset (a returning deferral queues from the time it returns)");
}

int SettingsCommands::showDeferralQueue(Invocation &invocation)
{
    Console &console = invocation.console();
    if (!invocation.openAsActor())
        return Console::Failed;
    const auto keeps = DeskSettingsService(invocation.database().connectionName(), Actor::desk())
                           .deferralKeepsQualificationTime();
    if (!keeps)
        return console.fail(keeps.error().text());
    console.out() << tr("Deferral queue: %1").arg(describeDeferralQueue(keeps.value())) << Qt::endl;
    return Console::Done;
}

int SettingsCommands::setDeferralQueue(Invocation &invocation)
{
    Console &console = invocation.console();
    const QString policy = invocation.arguments().constFirst().trimmed();
    if (policy != QLatin1String("keep") && policy != QLatin1String("reset"))
        return console.usage(
            tr("POLICY must be keep or reset, not '%1'.").arg(Validation::printable(policy)));
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const bool keeps = policy == QLatin1String("keep");
    DeskSettingsService settings(invocation.database().connectionName(), actor.value());
    if (Status saved = settings.setDeferralKeepsQualificationTime(keeps); !saved)
        return console.fail(saved.error().text());
    console.out() << tr("Deferral queue set: %1").arg(describeDeferralQueue(keeps)) << Qt::endl;
    return Console::Done;
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

int SettingsCommands::showFormTimeZone(Invocation &invocation)
{
    Console &console = invocation.console();
    if (!invocation.openAsActor())
        return Console::Failed;
    const QString form = invocation.arguments().constFirst();
    const auto zone = DeskSettingsService(invocation.database().connectionName(), Actor::desk())
                          .formTimeZone(form);
    if (!zone)
        return console.fail(zone.error().text());
    console.out()
        << tr("Time zone of %1: %2").arg(Validation::printable(form), QString::fromUtf8(zone->id()))
        << Qt::endl;
    return Console::Done;
}

int SettingsCommands::setFormTimeZone(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString form = invocation.arguments().at(0);
    DeskSettingsService settings(invocation.database().connectionName(), actor.value());
    if (Status saved = settings.setFormTimeZone(form, invocation.arguments().at(1)); !saved)
        return console.fail(Validation::printable(saved.error().text()));
    const auto zone = settings.formTimeZone(form);
    if (!zone)
        return console.fail(zone.error().text());
    console.out() << tr("Time zone of %1 set: %2")
                         .arg(Validation::printable(form), QString::fromUtf8(zone->id()))
                  << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::settings()
{
    return SettingsCommands::commands();
}
