#include "commandgroups.h"

#include "console.h"
#include "invocation.h"
#include "terminal.h"

#include "domain/timestamp.h"
#include "domain/validation.h"
#include "services/authorization.h"
#include "services/privacyservice.h"

#include <QCoreApplication>

namespace {
const QString YesOption = QStringLiteral("yes");

QCommandLineOption yesOption(const QString &description)
{
    return QCommandLineOption(YesOption, description);
}

// The group's table and what runs each command: static members, for the tr() context.
struct PrivacyCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler erase, show, set, due, eraseDue;
    // Console::Done when the person confirmed an erase that cannot be undone (--yes, or
    // `expected` typed on the terminal); else says why not, and returns the exit code.
    static int confirm(Invocation &invocation, const QString &question, const QString &expected);
    static void printErasure(Console &console, const PrivacyService::Erasure &erasure);
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommands)
};
} // namespace

QList<CommandSpec> PrivacyCommands::commands()
{
    return {
        CommandSpec({QStringLiteral("applicant"), QStringLiteral("erase")}, &PrivacyCommands::erase,
                    tr("Erase an applicant's personal data on request (administrators only)."),
                    tr("Erases applicant APPLICANT (their id) for good: their names, email, "
                       "phone, time zone, URLs, referrer, notes and activity texts, and their "
                       "values in the audit trail. Their applications keep their statuses, "
                       "dates, track, cohort and source, so the statistics stay true. The "
                       "values leave the file itself. Backups made before keep the person until "
                       "the backup rotation deletes them; restoring one erases them again. Asks "
                       "for the applicant's id to be typed again on a terminal; scripts pass "
                       "--yes."))
            .takes(QStringLiteral("APPLICANT"), 1)
            .with({yesOption(tr("Erase without asking (for scripts)."))}),
        CommandSpec({QStringLiteral("retention"), QStringLiteral("show")}, &PrivacyCommands::show,
                    tr("Show the retention policy."),
                    tr("Prints how many days a person who did not consent to keeping their data "
                       "is kept after their last application closed, and how many are due for "
                       "erasure today."))
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("retention"), QStringLiteral("set")}, &PrivacyCommands::set,
                    tr("Change the retention policy (administrators only)."),
                    tr("Keeps a person who did not consent to keeping their data DAYS days "
                       "after their last application closed (%1 to %2).")
                        .arg(RetentionReview::MinimumDays)
                        .arg(RetentionReview::MaximumDays))
            .takes(QStringLiteral("DAYS"), 1),
        CommandSpec({QStringLiteral("retention"), QStringLiteral("due")}, &PrivacyCommands::due,
                    tr("List the people due for erasure (administrators only)."),
                    tr("Lists everyone the retention policy says to erase today: no consent to "
                       "keeping their data, and every application closed longer ago than the "
                       "policy's days. Longest closed first."))
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("retention"), QStringLiteral("erase-due")},
                    &PrivacyCommands::eraseDue,
                    tr("Erase everyone due under the retention policy (administrators only)."),
                    tr("Erases everyone `retention due` lists, as `applicant erase` does, in "
                       "batches. Asks for their number to be typed on a terminal; scripts pass "
                       "--yes. Ctrl+C stops after the current batch; those erased stay erased."))
            .with({yesOption(tr("Erase without asking (for scripts)."))}),
    };
}

int PrivacyCommands::confirm(Invocation &invocation, const QString &question,
                             const QString &expected)
{
    if (invocation.parser().isSet(YesOption))
        return Console::Done;
    Console &console = invocation.console();
    if (!Terminal::available())
        return console.usage(tr("This cannot be undone: pass --yes to confirm when there is no "
                                "terminal to ask."));
    const std::optional<QString> answer = Terminal::ask(question);
    if (answer && answer->trimmed() == expected)
        return Console::Done;
    return console.fail(tr("Not confirmed: nothing was erased."));
}

void PrivacyCommands::printErasure(Console &console, const PrivacyService::Erasure &erasure)
{
    console.out() << tr("Erased %n person(s): %1 activity texts and %2 values of the audit trail.",
                        nullptr, erasure.people)
                         .arg(erasure.removed.activityTexts)
                         .arg(erasure.removed.auditValues)
                  << '\n';
    if (!erasure.logCleared)
        console.out() << tr("Another program has the database open: the erased values leave its "
                            "write-ahead log when that program closes it.")
                      << '\n';
    console.out().flush();
}

int PrivacyCommands::erase(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto given = invocation.idArgument(
        0, tr("APPLICANT must be an applicant id (a whole number), not '%1'."));
    if (!given)
        return Console::Usage;
    const qint64 id = *given;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    // Refused before anyone is asked to confirm.
    if (Status allowed = Authorization::require(invocation.database().connectionName(),
                                                actor.value(), Action::HandlePrivacyRequests);
        !allowed)
        return console.fail(allowed.error().text());
    if (const int confirmed = confirm(invocation,
                                      tr("Erasing applicant %1 cannot be undone. Type their id "
                                         "again to erase them: ")
                                          .arg(id),
                                      QString::number(id));
        confirmed != Console::Done)
        return confirmed;
    const auto erased =
        PrivacyService(invocation.database().connectionName(), actor.value()).erase(id);
    if (!erased)
        return console.fail(erased.error().text());
    printErasure(console, erased.value());
    return Console::Done;
}

int PrivacyCommands::show(Invocation &invocation)
{
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const PrivacyService privacy(invocation.database().connectionName(), actor.value());
    const auto days = privacy.retentionDays();
    if (!days)
        return invocation.console().fail(days.error().text());
    QTextStream &out = invocation.console().out();
    out << tr("A person who did not consent to keeping their data is kept %n day(s) after their "
              "last application closed.",
              nullptr, days.value())
        << '\n';
    // Only administrators may see who is due.
    if (const auto due = privacy.dueForErasure())
        out << tr("Due for erasure today: %1 (see retention due).").arg(due->size()) << '\n';
    out.flush();
    return Console::Done;
}

int PrivacyCommands::set(Invocation &invocation)
{
    Console &console = invocation.console();
    bool ok = false;
    const QString argument = invocation.arguments().constFirst();
    const int days = argument.toInt(&ok);
    if (!ok || days < RetentionReview::MinimumDays || days > RetentionReview::MaximumDays)
        return console.usage(tr("DAYS must be a whole number from %1 to %2, not '%3'.")
                                 .arg(RetentionReview::MinimumDays)
                                 .arg(RetentionReview::MaximumDays)
                                 .arg(argument));
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    if (Status set = PrivacyService(invocation.database().connectionName(), actor.value())
                         .setRetentionDays(days);
        !set)
        return console.fail(set.error().text());
    console.out() << tr("People who did not consent are now kept %n day(s) after their last "
                        "application closed.",
                        nullptr, days)
                  << Qt::endl;
    return Console::Done;
}

int PrivacyCommands::due(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const auto due =
        PrivacyService(invocation.database().connectionName(), actor.value()).dueForErasure();
    if (!due)
        return console.fail(due.error().text());
    QList<QStringList> rows;
    for (const RetentionReview::Due &person : due.value())
        rows << QStringList{QString::number(person.applicantId), Validation::printable(person.name),
                            Timestamp::formatDate(person.lastClosedAt.date())};
    console.table({tr("Applicant"), tr("Name"), tr("Last closed")}, rows);
    console.err() << tr("%n person(s) due for erasure.", nullptr, int(rows.size())) << Qt::endl;
    return Console::Done;
}

int PrivacyCommands::eraseDue(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    PrivacyService privacy(invocation.database().connectionName(), actor.value());
    const auto due = privacy.dueForErasure();
    if (!due)
        return console.fail(due.error().text());
    if (due->isEmpty()) {
        console.out() << tr("Nobody is due for erasure.") << Qt::endl;
        return Console::Done;
    }
    const QString count = QString::number(due->size());
    if (const int confirmed = confirm(
            invocation,
            tr("Erasing %1 people cannot be undone. Type %1 to erase them: ").arg(count), count);
        confirmed != Console::Done)
        return confirmed;
    const auto progress = console.interruptibleProgress([](int percent, qint64 done, qint64 total) {
        return tr("Erasing: %1% (%2 of %3 people)").arg(percent).arg(done).arg(total);
    });
    const auto erased =
        privacy.eraseDue([&progress](int done, int total) { return progress(done, total); });
    if (!erased)
        return console.fail(erased.error().text());
    printErasure(console, erased.value());
    return Console::Done;
}

QList<CommandSpec> CommandGroups::privacy()
{
    return PrivacyCommands::commands();
}
