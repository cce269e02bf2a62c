#include "commandgroups.h"

#include "console.h"
#include "invocation.h"

#include "db/database.h"
#include "domain/paymenttext.h"
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
#include "services/applicantmerge.h"
#include "services/applicantservice.h"
#include "services/desksettingsservice.h"
#include "services/jobguaranteeservice.h"
#include "services/offernoticeservice.h"
#include "services/mentorcallservice.h"
#include "services/mentorservice.h"
#include "services/paymentservice.h"
#include "services/privacyservice.h"
#include "services/waitlistplace.h"

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
const QString FromDuplicateOption = QStringLiteral("from-duplicate");
const QString FromSurvivorOption = QStringLiteral("from-survivor");
const QString DryRunOption = QStringLiteral("dry-run");

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
    static CommandSpec::Handler add, show, exportData, merge;
    // A waitlisted application's place: position, those ahead and why.
    static void printPlace(Console &console, const WaitlistPlace &place);
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
                       "history, oldest first. For a waitlisted application, its place: the "
                       "position among those waiting in its cohort, and the applications ahead "
                       "(up to %1 named) with their qualification, application and queue times "
                       "and why each is ahead. APPLICATION is the application's id.")
                        .arg(WaitlistPlace::MaxNamed))
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
        CommandSpec({QStringLiteral("applicant"), QStringLiteral("merge")},
                    &ApplicantCommands::merge, tr("Merge two applicants who are the same person."),
                    tr("Merges applicant DUPLICATE into applicant SURVIVOR (their ids): the "
                       "survivor keeps its own value of each field, or the duplicate's where "
                       "its own is empty, and both notes one after the other; "
                       "--from-duplicate and --from-survivor choose otherwise, field by field "
                       "(%1). The duplicate's applications and activities move to the "
                       "survivor, and the duplicate stays only as a record that names the "
                       "survivor. --dry-run prints the plan, field by field, and changes "
                       "nothing.")
                        .arg(ApplicantMerge::fieldNames().join(QStringLiteral(", "))))
            .takes(QStringLiteral("SURVIVOR DUPLICATE"), 2)
            .with({QCommandLineOption(FromDuplicateOption,
                                      tr("Take these fields from the duplicate (a list with "
                                         "commas, e.g. email,phone)."),
                                      QStringLiteral("FIELDS")),
                   QCommandLineOption(FromSurvivorOption,
                                      tr("Keep the survivor's value of these fields, even when "
                                         "it is empty (notes: the survivor's alone)."),
                                      QStringLiteral("FIELDS")),
                   QCommandLineOption(DryRunOption,
                                      tr("Print what the merge would do, and change nothing."))}),
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
    const auto given = invocation.idArgument(
        0, tr("APPLICATION must be an application id (a whole number), not '%1'."));
    if (!given)
        return Console::Usage;
    const qint64 id = *given;
    // Only staff who have signed in may look.
    const auto actor = invocation.openAsActor();
    if (!actor)
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
    const auto guarantee = JobGuaranteeService(connection, actor.value()).standing(id);
    const auto mentor = MentorService(connection, actor.value()).assignment(id);
    const auto calls = MentorCallService(connection, actor.value()).menteeCadence(id);
    const auto calendar = DeskSettingsService(connection, actor.value()).calendar();
    const auto deferredTo = a.deferredToCohortId
                                ? CohortRepository(connection).find(a.deferredToCohortId)
                                : Result<std::optional<Cohort>>(std::optional<Cohort>());
    const auto place = WaitlistPlace::explain(connection, id);
    for (const Error *error :
         {applicant ? nullptr : &applicant.error(), track ? nullptr : &track.error(),
          cohort ? nullptr : &cohort.error(), owner ? nullptr : &owner.error(),
          history ? nullptr : &history.error(), interview ? nullptr : &interview.error(),
          guarantee ? nullptr : &guarantee.error(), mentor ? nullptr : &mentor.error(),
          calls ? nullptr : &calls.error(), calendar ? nullptr : &calendar.error(),
          deferredTo ? nullptr : &deferredTo.error(), place ? nullptr : &place.error()}) {
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
    if (a.queueAt != a.qualifiedAt)
        fields.append({tr("Queue time"), timeText(a.queueAt)});
    if (const std::optional<Cohort> &c = deferredTo.value())
        fields.append(
            {tr("Deferred to"), tr("%1 (starts %2, %3; returns as qualified when it "
                                   "opens)")
                                    .arg(c->name, Timestamp::formatDate(c->startsOn), c->state)});
    fields.append({tr("Status changed"), timeText(a.statusChangedAt)});
    fields.append({tr("Offer expires"), timeText(a.offerExpiresAt)});
    if (a.status == ApplicationStatus::Offered) {
        const auto offer = OfferNoticeService(connection, Actor::desk()).current(id);
        if (!offer)
            return console.fail(offer.error().text());
        if (offer.value())
            fields.append({tr("Offer"), OfferText::describe(*offer.value(), calendar.value())});
    }
    fields.append({tr("Owner"), owner.value() ? owner.value()->username : QString()});
    fields.append({tr("Score"), a.score ? tr("%1 of 100").arg(*a.score) : QString()});
    if (const std::optional<Interview> &i = interview.value())
        fields.append({tr("Interview"), tr("%1, %2 min, with %3 (interview %4)")
                                            .arg(calendar->isoText(i->startsAt))
                                            .arg(i->durationMinutes)
                                            .arg(i->interviewerName)
                                            .arg(i->id)});
    if (const std::optional<MentorAssignment> &m = mentor.value())
        fields.append({tr("Mentor"), m->describe(calendar.value())});
    else if (Statuses::isStudent(a.status))
        fields.append({tr("Mentor"), tr("none: %1").arg(MentorService::noFreeSlot())});
    if (const std::optional<MenteeCadence> &c = calls.value())
        fields.append({tr("Mentor calls"), c->describe()});
    if (const std::optional<GuaranteeStanding> &g = guarantee.value()) {
        fields.append({tr("Job search"), g->searchText()});
        fields.append({tr("Eligibility"), g->eligibilityText()});
        fields.append({tr("Placement"), g->placementText()});
    }
    const PaymentService payments(connection, Actor::desk());
    const auto account = payments.account(id);
    if (!account)
        return console.fail(account.error().text());
    fields.append({tr("Payment"), PaymentText::account(account.value())});
    fields.append({tr("Deposit waiver"), PaymentText::waiver(account.value())});
    if (a.status == ApplicationStatus::Active || a.status == ApplicationStatus::RefundRequested) {
        const bool asked = a.status == ApplicationStatus::RefundRequested;
        const auto quote =
            asked ? payments.requestedRefund(id) : payments.refundQuote(id, payments.today());
        if (!quote)
            return console.fail(quote.error().text());
        fields.append({tr("Refund"), asked ? PaymentText::refundRequested(quote.value())
                                           : PaymentText::refundToday(quote.value())});
    }
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

    if (const std::optional<WaitlistPlace> &p = place.value())
        printPlace(console, *p);

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

void ApplicantCommands::printPlace(Console &console, const WaitlistPlace &place)
{
    QTextStream &out = console.out();
    out << '\n'
        << tr("Waitlist: place %1 of %2 waiting for cohort %3")
               .arg(place.position)
               .arg(place.waiting)
               .arg(Validation::printable(place.cohortName))
        << '\n';
    out << "  " << tr("Queue time: %1").arg(timeText(place.self.queueAt));
    if (const QString source = WaitlistPlace::queueTimeSource(place.self); !source.isEmpty())
        out << " (" << Validation::printable(source) << ')';
    out << '\n';
    if (place.ahead.isEmpty()) {
        out << "  " << tr("First in line: the next free seat is offered to this application.")
            << "\n\n";
        out.flush();
        return;
    }
    out << "  " << tr("Ahead, in the order seats are offered:") << '\n';
    QList<QStringList> rows;
    int position = 0;
    for (const WaitlistPlace::Ahead &ahead : place.ahead)
        rows << QStringList{QString::number(++position),
                            QString::number(ahead.entry.applicationId),
                            Validation::printable(ahead.entry.applicantName),
                            timeText(ahead.entry.qualifiedAt),
                            timeText(ahead.entry.appliedAt),
                            timeText(ahead.entry.queueAt),
                            Validation::printable(ahead.why)};
    out.flush();
    console.table({tr("#"), tr("Application"), tr("Applicant"), tr("Qualified"), tr("Applied"),
                   tr("Queue time"), tr("Why ahead")},
                  rows);
    if (place.aheadNotNamed > 0)
        out << tr("… and %1 more ahead").arg(place.aheadNotNamed) << '\n';
    out.flush();
}

int ApplicantCommands::exportData(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto given = invocation.idArgument(
        0, tr("APPLICANT must be an applicant id (a whole number), not '%1'."));
    if (!given)
        return Console::Usage;
    const qint64 id = *given;
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

int ApplicantCommands::merge(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    qint64 ids[2] = {0, 0};
    const char *names[2] = {"SURVIVOR", "DUPLICATE"};
    for (int i = 0; i < 2; ++i) {
        const auto given =
            invocation.idArgument(i, tr("%1 must be an applicant id (a whole number), not '%2'.")
                                         .arg(QString::fromLatin1(names[i]), QStringLiteral("%1")));
        if (!given)
            return Console::Usage;
        ids[i] = *given;
    }
    ApplicantMerge::Choices choices;
    const std::pair<const QString *, ApplicantMerge::Side> sides[] = {
        {&FromDuplicateOption, ApplicantMerge::Side::Duplicate},
        {&FromSurvivorOption, ApplicantMerge::Side::Survivor}};
    for (const auto &[option, side] : sides) {
        for (const QString &listed : parser.values(*option)) {
            for (QString field : listed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                field = field.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
                if (!ApplicantMerge::fieldNames().contains(field))
                    return console.usage(
                        tr("--%1: \"%2\" is not a field of an applicant; the "
                           "fields are: %3.")
                            .arg(*option, Validation::printable(field),
                                 ApplicantMerge::fieldNames().join(QStringLiteral(", "))));
                if (choices.contains(field) && choices.value(field) != side)
                    return console.usage(tr("%1 is both in --%2 and in --%3: choose one side.")
                                             .arg(field, FromDuplicateOption, FromSurvivorOption));
                choices.insert(field, side);
            }
        }
    }

    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    ApplicantMerge merger(invocation.database().connectionName(), actor.value());
    const bool dryRun = parser.isSet(DryRunOption);
    const auto done =
        dryRun ? merger.plan(ids[0], ids[1], choices) : merger.merge(ids[0], ids[1], choices);
    if (!done)
        return console.fail(Validation::printable(done.error().text()));
    const ApplicantMerge::Plan &plan = done.value();

    QTextStream &out = console.out();
    if (dryRun) {
        out << tr("Merging %1 into %2 would keep:")
                   .arg(Validation::printable(ApplicantMerge::displayName(plan.duplicate)),
                        Validation::printable(ApplicantMerge::displayName(plan.survivor)))
            << '\n';
        QList<QStringList> rows;
        for (const QString &field : ApplicantMerge::fieldNames()) {
            const ApplicantMerge::Side side = plan.choices.value(field);
            const QString kept = side == ApplicantMerge::Side::Both        ? tr("both")
                                 : side == ApplicantMerge::Side::Duplicate ? tr("duplicate")
                                                                           : tr("survivor");
            rows << QStringList{
                field, Validation::printable(ApplicantMerge::valueText(plan.survivor, field)),
                Validation::printable(ApplicantMerge::valueText(plan.duplicate, field)), kept};
        }
        out.flush();
        console.table({tr("Field"), tr("Survivor %1").arg(plan.survivor.id),
                       tr("Duplicate %1").arg(plan.duplicate.id), tr("Kept")},
                      rows);
        out << tr("Would move to the survivor: applications %L1, activities %L2. Nothing was "
                  "changed.")
                   .arg(plan.applications)
                   .arg(plan.activities)
            << Qt::endl;
        return Console::Done;
    }
    out << tr("Merged %1 into %2:")
               .arg(Validation::printable(ApplicantMerge::displayName(plan.duplicate)),
                    Validation::printable(ApplicantMerge::displayName(plan.merged)))
        << ' '
        << tr("moved applications %L1, activities %L2.").arg(plan.applications).arg(plan.activities)
        << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::applicants()
{
    return ApplicantCommands::commands();
}
