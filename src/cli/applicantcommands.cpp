#include "commandgroups.h"

#include "console.h"
#include "invocation.h"

#include "db/database.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "files/privatefile.h"
#include "repositories/applicantrepository.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/staffrepository.h"
#include "repositories/statuseventrepository.h"
#include "repositories/trackrepository.h"
#include "services/applicantservice.h"
#include "services/privacyservice.h"

#include <QCoreApplication>
#include <QDir>

namespace {
struct Field
{
    const char *option;
    const char *valueName;
    const char *description;
};

// clang-format off
constexpr Field AddFields[] = {
    {"first-name", "NAME", QT_TRANSLATE_NOOP("ApplicantCommands", "First name (required).")},
    {"last-name", "NAME", QT_TRANSLATE_NOOP("ApplicantCommands", "Last name (required).")},
    {"email", "ADDRESS", QT_TRANSLATE_NOOP("ApplicantCommands", "Email address (required, unique).")},
    {"phone", "NUMBER", QT_TRANSLATE_NOOP("ApplicantCommands", "Phone number.")},
    {"track", "CODE", QT_TRANSLATE_NOOP("ApplicantCommands", "Career track code, e.g. SWE (required).")},
    {"cohort", "NAME", QT_TRANSLATE_NOOP("ApplicantCommands", "Cohort of that track.")},
    {"country", "COUNTRY", QT_TRANSLATE_NOOP("ApplicantCommands", "Country.")},
    {"time-zone", "IANA", QT_TRANSLATE_NOOP("ApplicantCommands", "Time zone, e.g. Europe/Berlin.")},
    {"source", "TEXT", QT_TRANSLATE_NOOP("ApplicantCommands", "How they heard of the bootcamp.")},
};
// clang-format on
const QString SamePhoneOption = QStringLiteral("allow-same-phone");
const QString OutputOption = QStringLiteral("output");

QString value(const QCommandLineParser &parser, const char *option)
{
    return parser.value(QString::fromLatin1(option));
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? Timestamp::format(at) : QString();
}

// The group's table and what runs each command: static members, for the tr() context.
struct ApplicantCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler add, show, exportData;
    Q_DECLARE_TR_FUNCTIONS(ApplicantCommands)
};
} // namespace

QList<CommandSpec> ApplicantCommands::commands()
{
    QList<QCommandLineOption> addOptions;
    for (const Field &field : AddFields)
        addOptions << QCommandLineOption(QString::fromLatin1(field.option), tr(field.description),
                                         QString::fromLatin1(field.valueName));
    addOptions << QCommandLineOption(SamePhoneOption,
                                     tr("Allow a phone number another applicant has (family "
                                        "members often share one)."));
    return {
        CommandSpec({QStringLiteral("applicant"), QStringLiteral("add")}, &ApplicantCommands::add,
                    tr("Register an applicant and their application."),
                    tr("Registers an applicant with an application to a career track, as the "
                       "web form does, and prints the new applicant and application ids. An "
                       "applicant with the same email, or the same phone number, is refused "
                       "as a duplicate (--allow-same-phone allows a shared phone)."))
            .with(addOptions),
        CommandSpec({QStringLiteral("show")}, &ApplicantCommands::show,
                    tr("Show an application, its applicant and its status history."),
                    tr("Prints the applicant, the application's fields and its status "
                       "history, oldest first. APPLICATION is the application's id."))
            .takes(QStringLiteral("APPLICATION"), 1),
        CommandSpec({QStringLiteral("applicant"), QStringLiteral("export-data")},
                    &ApplicantCommands::exportData,
                    tr("Export everything stored about an applicant, as JSON (administrators "
                       "only)."),
                    tr("Writes every value stored about applicant APPLICANT (their id): their "
                       "fields, each application with its status history and mentor "
                       "assignments, and their activities, as JSON, for a subject access "
                       "request. To -o FILE (readable by you alone) or standard output."))
            .takes(QStringLiteral("APPLICANT"), 1)
            .with({QCommandLineOption({QStringLiteral("o"), OutputOption},
                                      tr("Write the JSON to FILE, readable by you alone."),
                                      QStringLiteral("FILE"))})
            .withAccess(CommandSpec::Access::ReadsAsIs),
    };
}

int ApplicantCommands::add(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    for (const char *required : {"first-name", "last-name", "email", "track"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return console.usage(tr("applicant add needs --%1.").arg(QLatin1String(required)));
    }

    ApplicantService::NewApplication input;
    Applicant &applicant = input.applicant;
    applicant.firstName = value(parser, "first-name");
    applicant.lastName = value(parser, "last-name");
    applicant.email = value(parser, "email");
    applicant.phone = value(parser, "phone");
    applicant.country = value(parser, "country");
    applicant.timeZone = value(parser, "time-zone");
    applicant.source = value(parser, "source");
    input.trackCode = value(parser, "track");
    input.cohortName = value(parser, "cohort");
    input.allowSamePhone = parser.isSet(SamePhoneOption);

    if (const FieldErrors errors = ApplicantService::validate(applicant); !errors.isEmpty())
        return console.fail(tr("The applicant is not valid: %1").arg(Validation::describe(errors)));
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto registered = ApplicantService(connection, actor.value()).registerApplication(input);
    if (!registered) // a duplicate's message names the stored applicant
        return console.fail(Validation::printable(registered.error().text()));
    console.out() << tr("Applicant: %1").arg(registered->applicantId) << '\n'
                  << tr("Application: %1").arg(registered->applicationId) << Qt::endl;
    return Console::Done;
}

int ApplicantCommands::show(Invocation &invocation)
{
    Console &console = invocation.console();
    bool ok = false;
    const qint64 id = invocation.arguments().first().toLongLong(&ok);
    if (!ok || id < 1)
        return console.usage(tr("APPLICATION must be an application id (a whole number), not "
                                "'%1'.")
                                 .arg(invocation.arguments().first()));
    // Only staff who have signed in may look.
    if (!invocation.openAsActor())
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto application = ApplicationRepository(connection).find(id);
    if (!application)
        return console.fail(application.error().text());
    if (!application.value())
        return console.fail(tr("There is no application %1.").arg(id));
    const Application &a = *application.value();
    const auto applicant = ApplicantRepository(connection).find(a.applicantId);
    const auto track = TrackRepository(connection).find(a.trackId);
    const auto cohort = a.cohortId ? CohortRepository(connection).find(a.cohortId)
                                   : Result<std::optional<Cohort>>(std::optional<Cohort>());
    const auto owner = StaffRepository(connection).find(a.ownerId);
    const auto history = StatusEventRepository(connection).history(id);
    const auto interview = InterviewRepository(connection).scheduledFor(id);
    for (const Error *error :
         {applicant ? nullptr : &applicant.error(), track ? nullptr : &track.error(),
          cohort ? nullptr : &cohort.error(), owner ? nullptr : &owner.error(),
          history ? nullptr : &history.error(), interview ? nullptr : &interview.error()}) {
        if (error)
            return console.fail(error->text());
    }

    QList<QPair<QString, QString>> fields;
    fields.append({tr("Status"), Statuses::machineName(a.status) + QStringLiteral(" (") +
                                     Statuses::displayName(a.status) + QLatin1Char(')')});
    if (const std::optional<Applicant> &p = applicant.value()) {
        fields.append(
            {tr("Applicant"), p->email.isEmpty()
                                  ? QStringLiteral("%1  %2").arg(p->id).arg(p->fullName())
                                  : QStringLiteral("%1  %2 <%3>")
                                        .arg(QString::number(p->id), p->fullName(), p->email)});
        if (p->isErased())
            fields.append(
                {tr("Erased"), tr("%1, at a privacy request").arg(Timestamp::format(p->erasedAt))});
        fields.append({tr("Phone"), p->phone});
        fields.append({tr("Country"), p->country});
        fields.append({tr("Time zone"), p->timeZone});
        fields.append({tr("Source"), p->source});
    }
    if (const std::optional<Track> &t = track.value())
        fields.append({tr("Track"), t->code + QStringLiteral("  ") + t->name});
    if (const std::optional<Cohort> &c = cohort.value())
        fields.append(
            {tr("Cohort"),
             tr("%1 (starts %2, %3)").arg(c->name, Timestamp::formatDate(c->startsOn), c->state)});
    fields.append({tr("Applied"), timeText(a.appliedAt)});
    fields.append({tr("Qualified"), timeText(a.qualifiedAt)});
    fields.append({tr("Status changed"), timeText(a.statusChangedAt)});
    fields.append({tr("Offer expires"), timeText(a.offerExpiresAt)});
    fields.append({tr("Owner"), owner.value() ? owner.value()->username : QString()});
    fields.append({tr("Score"), a.score ? tr("%1 of 100").arg(*a.score) : QString()});
    if (const std::optional<Interview> &i = interview.value())
        fields.append({tr("Interview"), tr("%1, %2 min, with %3 (interview %4)")
                                            .arg(Timestamp::format(i->startsAt))
                                            .arg(i->durationMinutes)
                                            .arg(i->interviewerName)
                                            .arg(i->id)});
    fields.append({tr("Payment"), a.paymentState});
    fields.append({tr("Decision reason"), a.decisionReason});

    QTextStream &out = console.out();
    out << tr("Application %1").arg(id) << '\n';
    qsizetype width = 0;
    for (const auto &field : fields)
        width = std::max(width, field.first.size() + 1);
    // Stored text is printed with its control characters escaped: a name holding an escape
    // sequence, from before they were refused or written past the desk, cannot drive the
    // terminal.
    for (const auto &[label, text] : fields) {
        if (!text.isEmpty())
            out << "  " << (label + QLatin1Char(':')).leftJustified(width) << "  "
                << Validation::printable(text) << '\n';
    }

    out << '\n' << tr("History") << '\n';
    QList<QStringList> rows;
    for (const StatusEvent &e : history.value()) {
        const QString move = e.from ? Statuses::machineName(*e.from) + QStringLiteral(" -> ") +
                                          Statuses::machineName(e.to)
                                    : Statuses::machineName(e.to);
        QStringList notes;
        if (!e.reason.isEmpty())
            notes << tr("reason: %1").arg(e.reason);
        if (!e.cause.isEmpty())
            notes << tr("cause: %1").arg(e.cause);
        rows << QStringList{Timestamp::format(e.at), move,
                            Validation::printable(e.byUserId ? e.byUsername : tr("desk")),
                            Validation::printable(notes.join(QStringLiteral("; ")))};
    }
    out.flush();
    console.table({tr("At"), tr("Status"), tr("By"), tr("Reason and cause")}, rows);
    return Console::Done;
}

int ApplicantCommands::exportData(Invocation &invocation)
{
    Console &console = invocation.console();
    bool ok = false;
    const qint64 id = invocation.arguments().constFirst().toLongLong(&ok);
    if (!ok || id < 1)
        return console.usage(tr("APPLICANT must be an applicant id (a whole number), not '%1'.")
                                 .arg(invocation.arguments().constFirst()));
    const QCommandLineParser &parser = invocation.parser();
    if (parser.isSet(OutputOption) && !invocation.outputAllowed(parser.value(OutputOption)))
        return Console::Failed;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const auto data =
        PrivacyService(invocation.database().connectionName(), actor.value()).exportData(id);
    if (!data)
        return console.fail(data.error().text());
    const QByteArray json = data->toJson(QJsonDocument::Indented);
    if (!parser.isSet(OutputOption)) {
        console.out() << QString::fromUtf8(json) << Qt::flush;
        return Console::Done;
    }
    if (Status written =
            PrivateFile::write(parser.value(OutputOption), json, invocation.database().path());
        !written)
        return console.fail(written.error().text());
    console.err() << tr("Everything stored about applicant %1 is in %2, readable by you alone.")
                         .arg(QString::number(id),
                              QDir::toNativeSeparators(parser.value(OutputOption)))
                  << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::applicants()
{
    return ApplicantCommands::commands();
}
