#include "demo/demodatagenerator.h"

#include "audit/audittrail.h"
#include "browse/applicationsearchindex.h"
#include "db/bulkwritecache.h"
#include "db/memorytempstore.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "demo/demoapplicationwriter.h"
#include "demo/democalendar.h"
#include "demo/democatalogwriter.h"
#include "demo/democohortplan.h"
#include "demo/demonames.h"
#include "demo/demoslotplan.h"
#include "services/authorization.h"

#include <QCoreApplication>
#include <QDateTime>

DemoDataGenerator::DemoDataGenerator(QString connectionName, Actor actor)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor))
{
}

Result<DemoDataGenerator::Summary> DemoDataGenerator::generate(const Options &options,
                                                               const Progress &progress) const
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::SeedDemoData);
        !allowed)
        return allowed.error();
    if (options.applicants < 1 || options.applicants > MaxApplicants)
        return Error{tr("The number of applicants must be between 1 and %L1.").arg(MaxApplicants),
                     {}};
    Options fixed = options;
    if (!fixed.today.isValid())
        fixed.today = QDateTime::currentDateTimeUtc().date();

    const Sql sql(m_connection);
    // Keeps the random inserts of the name and email indexes in memory during the one big
    // transaction.
    const BulkWriteCache cache(m_connection);
    const MemoryTempStore journals(m_connection);
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return Error{tr("Cannot start writing the demo data"), transaction.error().sqlError};
    // Inside the transaction, so that two seeds at once cannot both find the file empty.
    const auto used = sql.scalar(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM applicants) OR EXISTS (SELECT 1 FROM applications) "
        "OR EXISTS (SELECT 1 FROM cohorts) OR EXISTS (SELECT 1 FROM mentors)"));
    if (!used)
        return used.error();
    if (used.value().toBool())
        return Error{tr("The database already has applicants, cohorts or mentors; demo data "
                        "goes only into a new database. Nothing was changed."),
                     {}};

    Result<Summary> summary = write(fixed, progress);
    if (!summary)
        return summary;
    // Once at the end: keeping the index current row by row would make the seed far slower.
    if (Status indexed = ApplicationSearchIndex(m_connection).rebuild(); !indexed)
        return indexed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    // The one big transaction went through the write-ahead log; give that space back. The data
    // is committed either way: a checkpoint that cannot finish now (a reader holds the log) only
    // leaves the space to a later one.
    (void)sql.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return summary;
}

Result<DemoDataGenerator::Summary> DemoDataGenerator::write(const Options &options,
                                                            const Progress &progress) const
{
    // Everything is planned from one stream before a row is written, the fixed tables draw from
    // it next, and each application from a seed of its own that the plan gave it.
    DemoMainDice dice(std::mt19937_64(options.seed));
    const qint64 anchorDay = DemoCalendar::dayNumber(options.today);
    const qint64 anchor = anchorDay * DemoCalendar::Day;
    std::vector<DemoCohort> cohorts = DemoCohortPlan::make(options.applicants, anchorDay, dice);
    std::vector<DemoSlotPlan::Slot> slots = DemoSlotPlan::make(cohorts, options.applicants, dice);

    Summary summary;
    const DemoNames names;
    auto catalog = DemoCatalogWriter(m_connection, names, dice, summary)
                       .write(cohorts, options.applicants, anchor);
    if (!catalog)
        return catalog.error();
    DemoApplicationWriter applications(m_connection, anchor, names, catalog.value(), summary);
    if (Status prepared = applications.prepare(); !prepared)
        return prepared.error();
    if (Status written = applications.write(slots, cohorts, options.applicants, progress); !written)
        return written.error();
    if (Status named = applications.nameDeferralCohorts(); !named)
        return named.error();
    if (Status recorded = record(options, summary, applications.firstStatusEvent(),
                                 applications.lastStatusEvent());
        !recorded)
        return recorded.error();
    return summary;
}

// The seed is one record in the audit trail, not a record per applicant, application or staff
// user it made: the people are made up, and one record that says so (with the counts) is the
// honest account. Its status events are covered like any others, so that `check` can vouch for
// every row of the history.
Status DemoDataGenerator::record(const Options &options, const Summary &summary, qint64 firstEvent,
                                 qint64 lastEvent) const
{
    AuditTrail trail(m_connection, m_actor);
    if (Status covered =
            trail.coverStatusEvents(firstEvent, lastEvent, QStringLiteral("demo data"));
        !covered)
        return covered;
    const std::pair<const char *, qint64> counts[] = {
        {"tracks", summary.tracks},
        {"cohorts", summary.cohorts},
        {"staff users", summary.staffUsers},
        {"mentors", summary.mentors},
        {"applicants", summary.applicants},
        {"applications", summary.applications},
        {"status events", summary.statusEvents},
        {"mentor assignments", summary.mentorAssignments},
        {"activities", summary.activities}};
    // Plain English like the history's causes; labels before numbers need no plurals.
    QStringList parts;
    for (const auto &[label, count] : counts)
        parts << QLatin1String(label) + QStringLiteral(": ") + QString::number(count);
    AuditEntry entry(QStringLiteral("seed_demo"), QStringLiteral("database"));
    entry.note = QStringLiteral("demo data, seed %1, relative to %2; ")
                     .arg(QString::number(options.seed), options.today.toString(Qt::ISODate)) +
                 parts.join(QStringLiteral(", "));
    return trail.record(entry);
}
