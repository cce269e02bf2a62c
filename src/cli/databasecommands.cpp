#include "commandgroups.h"

#include "console.h"
#include "credentials.h"
#include "invocation.h"
#include "namedrecords.h"
#include "terminal.h"

#include "db/database.h"
#include "db/databasecheck.h"
#include "demo/demodatagenerator.h"
#include "domain/validation.h"
#include "services/signin.h"

#include <QCoreApplication>
#include <QDir>

#include <limits>

namespace {
const QString ApplicantsOption = QStringLiteral("applicants");
const QString SeedOption = QStringLiteral("seed");
const QString AdminOption = QStringLiteral("admin");
const QString DisplayNameOption = QStringLiteral("display-name");
const QString NewPasswordFileOption = QStringLiteral("new-password-file");
const QString CohortOption = QStringLiteral("cohort");
const QString ProgressOption = QStringLiteral("progress");

// The group's table and what runs each command: static members, for the tr() context.
struct DatabaseCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler init, seedDemo, check, fairness;
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
};
} // namespace

QList<CommandSpec> DatabaseCommands::commands()
{
    return {
        CommandSpec({QStringLiteral("init")}, &DatabaseCommands::init,
                    tr("Create or upgrade the database; print its path and schema version."),
                    tr("Creates the database file (readable only by you) or upgrades it to "
                       "the newest schema, then prints its path and schema version. With "
                       "--admin, also makes the first administrator of a desk that has none "
                       "(a new file, or one from before staff passwords), with a password "
                       "asked twice on the terminal or read from --new-password-file."))
            .with({QCommandLineOption(AdminOption, tr("The first administrator's username."),
                                      QStringLiteral("USERNAME")),
                   QCommandLineOption(DisplayNameOption,
                                      tr("The administrator's name as the window shows it."),
                                      QStringLiteral("NAME")),
                   QCommandLineOption(NewPasswordFileOption,
                                      tr("Read the administrator's password from FILE "
                                         "(readable by you alone)."),
                                      QStringLiteral("FILE"))})
            .withAccess(CommandSpec::Access::Creates),
        CommandSpec(
            {QStringLiteral("seed-demo")}, &DatabaseCommands::seedDemo,
            tr("Fill a new database with realistic demo data."),
            tr("Fills a new database with demo data: tracks, cohorts in every state, staff, "
               "mentors and N applicants whose applications cover every status, with their "
               "history. The same N and seed give the same data on the same day. Progress goes to "
               "stderr, the summary to stdout. A database that already has applicants is "
               "refused."))
            .with({
                QCommandLineOption(ApplicantsOption,
                                   tr("How many applicants to make (1 to %L1).")
                                       .arg(DemoDataGenerator::MaxApplicants),
                                   QStringLiteral("N")),
                QCommandLineOption(SeedOption, tr("The random seed (default 1)."),
                                   QStringLiteral("S"), QStringLiteral("1")),
            })
            .withAccess(CommandSpec::Access::Creates),
        CommandSpec({QStringLiteral("check")}, &DatabaseCommands::check,
                    tr("Check the file and the admissions rules; exit 1 on problems."),
                    tr("Runs SQLite's integrity and foreign key checks and checks the "
                       "admissions rules: seats taken within capacity, no waitlist next to a "
                       "free seat, a status history that ends at each application's status "
                       "and whose append-only guards are in place, no qualification before "
                       "its application, an audit trail that holds (see audit verify), and "
                       "every seat offered to the first in line (see fairness). "
                       "Prints every problem and exits with status 1 when there is one. On a "
                       "terminal, or with --progress, stderr says which part runs and how long "
                       "each took; Ctrl+C stops the check, which then reports nothing."))
            .with({QCommandLineOption(ProgressOption,
                                      tr("Say on stderr which part of the check runs, also "
                                         "when stderr is not a terminal."))})
            .withAccess(CommandSpec::Access::ReadsAsIs), // it checks the file itself
        CommandSpec({QStringLiteral("fairness")}, &DatabaseCommands::fairness,
                    tr("Prove that every seat went to the first in line; exit 1 if not."),
                    tr("Replays the whole status history cohort by cohort, rebuilding each "
                       "waitlist in first-come-first-served order (queue time, applied time, "
                       "id), and checks every offer: fair when it went to the first in line "
                       "at that moment, or when nobody was waiting. Prints for each cohort the "
                       "offers checked and every exception: when, the application offered, the "
                       "one passed over and the status event that did it. Offers recorded "
                       "before schema v15 do not say their cohort and are counted as not "
                       "judged. Exits with status 1 when there is an exception."))
            .with({QCommandLineOption(CohortOption, tr("Only this cohort."),
                                      QStringLiteral("COHORT"))})
            .withAccess(CommandSpec::Access::ReadsAsIs),
    };
}

int DatabaseCommands::init(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    if (!parser.isSet(AdminOption) &&
        (parser.isSet(DisplayNameOption) || parser.isSet(NewPasswordFileOption)))
        return console.usage(tr("--display-name and --new-password-file go with --admin."));
    if (!invocation.openDatabase())
        return Console::Failed;
    const Database &database = invocation.database();
    console.out() << tr("Database: %1").arg(QDir::toNativeSeparators(database.path())) << '\n'
                  << tr("Schema version: %1").arg(database.schemaVersion()) << Qt::endl;
    if (!parser.isSet(AdminOption))
        return Console::Done;

    const QString username = parser.value(AdminOption).trimmed();
    SignIn signIn(database.connectionName());
    const auto needed = signIn.needsFirstAdministrator();
    if (!needed)
        return console.fail(needed.error().text());
    if (!needed.value())
        return console.fail(tr("This desk already has an administrator: they add staff with "
                               "staff add."));
    const auto password = Credentials::newPassword(parser.value(NewPasswordFileOption), username);
    if (!password)
        return console.fail(password.error().text());
    const auto made = signIn.createFirstAdministrator(username, parser.value(DisplayNameOption),
                                                      password.value());
    if (!made)
        return console.fail(made.error().text());
    console.out() << tr("Administrator: %1").arg(Validation::printable(made->user.username))
                  << Qt::endl;
    return Console::Done;
}

int DatabaseCommands::seedDemo(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    if (!parser.isSet(ApplicantsOption))
        return console.usage(tr("seed-demo needs --applicants N."));
    bool ok = false;
    DemoDataGenerator::Options options;
    options.applicants = parser.value(ApplicantsOption).toLongLong(&ok);
    if (!ok || options.applicants < 1 || options.applicants > DemoDataGenerator::MaxApplicants)
        return console.usage(tr("--applicants needs a whole number from 1 to %L1, not '%2'.")
                                 .arg(DemoDataGenerator::MaxApplicants)
                                 .arg(parser.value(ApplicantsOption)));
    options.seed = parser.value(SeedOption).toULongLong(&ok);
    if (!ok)
        return console.usage(tr("--seed needs a whole number from 0 to %1, not '%2'.")
                                 .arg(std::numeric_limits<quint64>::max())
                                 .arg(parser.value(SeedOption)));

    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    int nextReport = 0; // every ten percent
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (percent < nextReport)
            return;
        nextReport = (percent / 10 + 1) * 10;
        console.err() << tr("Seeding demo data: %1% (%2 of %3 applications)")
                             .arg(percent)
                             .arg(done)
                             .arg(total)
                      << Qt::endl;
    };
    const auto summary = DemoDataGenerator(invocation.database().connectionName(), actor.value())
                             .generate(options, progress);
    if (!summary)
        return console.fail(summary.error().text());

    const DemoDataGenerator::Summary &s = summary.value();
    QTextStream &out = console.out();
    out << tr("Demo data written to %1 (seed %2):")
               .arg(QDir::toNativeSeparators(invocation.database().path()))
               .arg(options.seed)
        << '\n';
    const QList<QPair<QString, qint64>> rows = {
        {tr("Tracks"), s.tracks},
        {tr("Cohorts"), s.cohorts},
        {tr("Staff users"), s.staffUsers},
        {tr("Mentors"), s.mentors},
        {tr("Applicants"), s.applicants},
        {tr("Applications"), s.applications},
        {tr("Status events"), s.statusEvents},
        {tr("Mentor assignments"), s.mentorAssignments},
        {tr("Activities"), s.activities},
    };
    for (const auto &[label, value] : rows)
        out << "  " << (label + QLatin1Char(':')).leftJustified(20) << value << '\n';
    out.flush();
    return Console::Done;
}

int DatabaseCommands::check(Invocation &invocation)
{
    Console &console = invocation.console();
    if (!invocation.openDatabase())
        return Console::Failed;
    // Ctrl+C stops the parts running (SQLite interrupts their statements): a cancelled check
    // fails and says so, and never reports the file healthy.
    Console::catchInterrupts();
    DatabaseCheck::Progress progress;
    if (invocation.parser().isSet(ProgressOption) || Terminal::showsStandardError())
        progress = [&console](const DatabaseCheck::Step &step) {
            const QString part = DatabaseCheck::nameOf(step.part);
            if (step.ended)
                console.err() << tr("Checked %1 in %2 s.")
                                     .arg(part)
                                     .arg(double(step.milliseconds) / 1000.0, 0, 'f', 1)
                              << Qt::endl;
            else
                console.err() << tr("Checking %1…").arg(part) << Qt::endl;
        };
    const auto problems = DatabaseCheck(invocation.database().connectionName())
                              .run(progress, [] { return !Console::interrupted(); });
    if (!problems)
        return console.fail(problems.error().text());
    const QString path = QDir::toNativeSeparators(invocation.database().path());
    if (problems.value().isEmpty()) {
        console.out() << tr("No problems found in %1.").arg(path) << Qt::endl;
        return Console::Done;
    }
    for (const DatabaseCheck::Problem &problem : problems.value())
        console.out() << problem.check << ": " << problem.detail << '\n';
    console.out().flush();
    console.err() << Console::programName() << ": "
                  << tr("%1 has problems (%2 listed).").arg(path).arg(problems.value().size())
                  << Qt::endl;
    return Console::Failed;
}

int DatabaseCommands::fairness(Invocation &invocation)
{
    Console &console = invocation.console();
    // Only staff who have signed in may look: it names applications.
    if (!invocation.openAsActor())
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    qint64 cohortId = 0;
    if (const QString name = invocation.parser().value(CohortOption);
        invocation.parser().isSet(CohortOption)) {
        const auto cohort = NamedRecords::cohort(connection, name);
        if (!cohort)
            return console.fail(cohort.error().text());
        cohortId = cohort->id;
    }
    const auto report = FairnessReplay(connection).run(cohortId);
    if (!report)
        return console.fail(report.error().text());
    QTextStream &out = console.out();
    for (const FairnessReplay::CohortResult &cohort : report.value().cohorts) {
        out << tr("Cohort %1: offers checked: %2, exceptions: %3")
                   .arg(Validation::printable(cohort.cohortName))
                   .arg(cohort.offersChecked)
                   .arg(cohort.exceptions.size())
            << '\n';
        for (const FairnessReplay::Exception &e : cohort.exceptions)
            out << "  " << Validation::printable(DatabaseCheck::describe(e)) << '\n';
    }
    if (report.value().offersNotJudged > 0)
        out << tr("Offers not judged (recorded before schema v15, without their cohort): %1")
                   .arg(report.value().offersNotJudged)
            << '\n';
    const int exceptions = report.value().exceptionCount();
    out << (exceptions == 0 ? tr("Every offer checked went to the first in line, or was made "
                                 "while nobody was waiting.")
                            : tr("Offers that passed over the first in line: %1").arg(exceptions))
        << Qt::endl;
    return exceptions == 0 ? Console::Done : Console::Failed;
}

QList<CommandSpec> CommandGroups::database()
{
    return DatabaseCommands::commands();
}
