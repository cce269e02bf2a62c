#include "commandgroups.h"

#include "console.h"
#include "invocation.h"

#include "audit/auditanchor.h"
#include "audit/auditverifier.h"
#include "csv/auditexport.h"
#include "db/database.h"
#include "domain/timestamp.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {
const QString EntityOption = QStringLiteral("entity");
const QString SinceOption = QStringLiteral("since");
const QString FormatOption = QStringLiteral("format");
const QString OutputOption = QStringLiteral("output");

// The group's table and what runs each command: static members, for the tr() context.
struct AuditCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler verify, exportTrail;
    // --since as a time: a day (from its start, UTC) or an ISO 8601 date and time (UTC unless it
    // names its offset); invalid when it is neither.
    static QDateTime sinceOf(const QString &text);
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
};
} // namespace

QList<CommandSpec> AuditCommands::commands()
{
    return {
        CommandSpec({QStringLiteral("audit"), QStringLiteral("verify")}, &AuditCommands::verify,
                    tr("Verify the audit trail; exit 1 when it does not hold."),
                    tr("Walks the audit trail from its first record: each record against its "
                       "hash and the record before it, each personal value still kept against "
                       "its record, every status event against the record that covers it, and "
                       "the trail against the heads kept outside the file (this computer's "
                       "settings and the newest backup), which a rewrite of the whole file "
                       "cannot reach. Prints how many records and status events were checked "
                       "and the head of the trail (its last record and hash). When the trail "
                       "does not hold, prints the first problems, each with its audit record, "
                       "and exits with status 1. Needs no sign-in, like check: it shows no "
                       "personal value, and a sign-in would add a record to the trail it "
                       "verifies."))
            .withAccess(CommandSpec::Access::ReadsAsIs), // it checks the file itself
        CommandSpec({QStringLiteral("audit"), QStringLiteral("export")},
                    &AuditCommands::exportTrail,
                    tr("Export the audit trail as CSV or JSON (administrators only)."),
                    tr("Writes every record of the audit trail the filters select, oldest "
                       "first: who (actor, actor_id), when (at, UTC), action, entity and "
                       "entity_id, field, old_value, new_value, reason and note; a record of "
                       "status changes names the status events it covers (export history lists "
                       "them). A personal value erased with its person shows as %1 in CSV and "
                       "as null in JSON, and the column erased names it. The trail holds "
                       "personal data: only administrators may export it, the export is "
                       "recorded in the trail itself, and -o FILE is readable by you alone. "
                       "Without -o, the export goes to standard output. CSV is RFC 4180, UTF-8, "
                       "with formulas guarded as export applications guards them; JSON is an "
                       "array with one record a line.\nThe columns are: %2.")
                        .arg(QString::fromLatin1(AuditExport::ErasedMark),
                             AuditExport::columns().join(QStringLiteral(", "))))
            .with({QCommandLineOption(EntityOption,
                                      tr("Only the records of this entity: its name, or its "
                                         "name and id (applicant:12, application:7, staff:2)."),
                                      QStringLiteral("ENTITY[:ID]")),
                   QCommandLineOption(SinceOption,
                                      tr("Only records made at or after this day (from its "
                                         "start, UTC) or time (ISO 8601; UTC unless an offset "
                                         "is given)."),
                                      QStringLiteral("DATE|DATETIME")),
                   QCommandLineOption(FormatOption, tr("csv (default) or json."),
                                      QStringLiteral("FORMAT"), QStringLiteral("csv")),
                   QCommandLineOption({QStringLiteral("o"), OutputOption},
                                      tr("Write to FILE, readable by you alone (replaced only "
                                         "once the export is complete and recorded)."),
                                      QStringLiteral("FILE"))}),
    };
}

int AuditCommands::verify(Invocation &invocation)
{
    Console &console = invocation.console();
    if (!invocation.openDatabase())
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const QList<AuditVerifier::Anchor> anchors = AuditAnchor::known(connection);
    const auto report = AuditVerifier(connection).verify(anchors);
    if (!report)
        return console.fail(tr("The audit trail could not be read: %1").arg(report.error().text()));
    const AuditVerifier::Report &r = report.value();
    const QString path = QDir::toNativeSeparators(invocation.database().path());

    QTextStream &out = console.out();
    out << tr("Audit trail of %1").arg(path) << '\n';
    const QString head =
        r.head.id > 0
            ? tr("record %1, %2").arg(r.head.id).arg(QString::fromLatin1(r.head.hash.toHex()))
            : tr("none (the trail is empty)");
    const QList<QPair<QString, QString>> rows = {
        {tr("Records checked"), QString::number(r.records)},
        {tr("Status events checked"), QString::number(r.statusEvents)},
        {tr("Head"), head},
    };
    for (const auto &[label, value] : rows)
        out << "  " << (label + QLatin1Char(':')).leftJustified(24) << value << '\n';
    if (anchors.isEmpty()) {
        out << "  "
            << tr("No head is known outside the file yet: a rewrite of the whole trail "
                  "would not show.")
            << '\n';
    }
    for (const AuditVerifier::Anchor &anchor : anchors)
        out << "  " << tr("Checked against %1 (record %2).").arg(anchor.source).arg(anchor.id)
            << '\n';

    if (r.holds()) {
        out << tr("The audit trail holds.") << Qt::endl;
        return Console::Done;
    }
    for (const AuditVerifier::Problem &problem : r.problems) {
        if (problem.recordId > 0)
            out << tr("record %1: %2").arg(problem.recordId).arg(problem.detail) << '\n';
        else
            out << problem.detail << '\n';
    }
    if (r.moreProblems > 0)
        out << tr("… and %n more problem(s)", nullptr, int(r.moreProblems)) << '\n';
    out.flush();
    console.err() << Console::programName() << ": "
                  << tr("The audit trail of %1 does not hold (%n problem(s)).", nullptr,
                        int(r.problems.size() + r.moreProblems))
                         .arg(path)
                  << Qt::endl;
    return Console::Failed;
}

QDateTime AuditCommands::sinceOf(const QString &text)
{
    const QDate day = Timestamp::parseDate(text);
    if (day.isValid() && text.size() == 10)
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    // Stored times are UTC, and a script's clock may be in any zone: no offset means UTC.
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toUTC();
}

int AuditCommands::exportTrail(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    AuditExport::Request request;
    const auto format = AuditExport::formatNamed(parser.value(FormatOption));
    if (!format)
        return console.usage(tr("--format must be csv or json, not '%1'.")
                                 .arg(Validation::quoted(parser.value(FormatOption))));
    request.format = *format;
    if (parser.isSet(EntityOption)) {
        const auto filter = AuditExport::entityFilter(parser.value(EntityOption));
        if (!filter)
            return console.usage(tr("--entity: %1").arg(filter.error().text()));
        request.filter = filter.value();
    }
    if (parser.isSet(SinceOption)) {
        request.filter.since = sinceOf(parser.value(SinceOption));
        if (!request.filter.since.isValid())
            return console.usage(tr("--since: '%1' is neither a date (YYYY-MM-DD) nor a date and "
                                    "time (YYYY-MM-DDTHH:MM:SS, UTC unless an offset is given).")
                                     .arg(Validation::quoted(parser.value(SinceOption))));
    }

    if (parser.isSet(OutputOption) && !invocation.outputAllowed(parser.value(OutputOption)))
        return Console::Failed;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const AuditExport exporter(invocation.database().connectionName(), actor.value());
    if (!parser.isSet(OutputOption))
        return console.writeToStandardOutput([&](QIODevice *out) {
            const auto written = exporter.write(request, out);
            return written ? Status() : Status(written.error());
        });
    const QString path = parser.value(OutputOption);
    const auto written = exporter.writeFile(request, path);
    if (!written)
        return console.fail(written.error().text());
    console.err() << tr("%n audit records written to %1, readable by you alone.", nullptr,
                        int(written.value()))
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::audit()
{
    return AuditCommands::commands();
}
