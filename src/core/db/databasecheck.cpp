#include "db/databasecheck.h"

#include "audit/auditanchor.h"
#include "audit/auditverifier.h"
#include "audit/fairnessreplay.h"
#include "db/database.h"
#include "db/historywalk.h"
#include "db/rowstream.h"
#include "db/sql.h"
#include "db/sqlitehandle.h"
#include "db/statementinterrupter.h"
#include "domain/applicationstatus.h"
#include "domain/cohort.h"
#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace {
// Names the first few problems of one kind, counts the rest.
class Examples
{
public:
    Examples(QString check, QList<DatabaseCheck::Problem> &problems)
        : m_check(std::move(check)), m_problems(problems)
    {
    }
    ~Examples()
    {
        if (m_found > DatabaseCheck::MaxExamples)
            m_problems << DatabaseCheck::Problem{
                m_check, DatabaseCheck::tr("… and %n more like this", nullptr,
                                           int(m_found - DatabaseCheck::MaxExamples))};
    }
    Examples(const Examples &) = delete;
    Examples &operator=(const Examples &) = delete;

    // Whether the next problem is named: call add() with its detail then.
    bool named() { return m_found++ < DatabaseCheck::MaxExamples; }
    void add(const QString &detail) { m_problems << DatabaseCheck::Problem{m_check, detail}; }
    // Problems counted elsewhere, beyond those named.
    void countMore(qint64 more) { m_found += more; }

private:
    QString m_check;
    QList<DatabaseCheck::Problem> &m_problems;
    qint64 m_found = 0;
};

// Runs a query whose rows are problems: names the first few, counts the rest.
template <typename Describe>
Status collect(const QString &connection, const QString &check, const QString &sql,
               const QVariantList &values, QList<DatabaseCheck::Problem> &problems,
               Describe describe)
{
    auto query = Sql(connection).select(sql, values);
    if (!query)
        return Error{DatabaseCheck::tr("The check could not run"), query.error().sqlError};
    Examples examples(check, problems);
    while (query.value().next()) {
        if (examples.named())
            examples.add(describe(query.value()));
    }
    return {};
}

// A walk over the history (HistoryWalk) or a summary read beside it that failed.
Error walkFailed(const Error &error)
{
    return Error{DatabaseCheck::tr("The check could not run: %1").arg(error.text()),
                 error.sqlError};
}

// The triggers that keep a summary current, each named when it is gone (dropped with another
// tool): the summary then stops following the writes it should.
Status missingTriggers(const QString &connection, const QString &check, const QStringList &names,
                       const QString &whatStopsFollowing, QList<DatabaseCheck::Problem> &problems)
{
    QStringList marks;
    QVariantList values;
    for (const QString &name : names) {
        marks << QStringLiteral("(?)");
        values << name;
    }
    return collect(connection, check,
                   QStringLiteral("WITH kept(name) AS (VALUES %1) SELECT name FROM kept WHERE "
                                  "name NOT IN (SELECT name FROM sqlite_master WHERE type = "
                                  "'trigger') ORDER BY name")
                       .arg(marks.join(QLatin1Char(','))),
                   values, problems, [&whatStopsFollowing](const QSqlQuery &q) {
                       return DatabaseCheck::tr("%1: the trigger %2 is missing (removed with "
                                                "another tool)")
                           .arg(whatStopsFollowing, q.value(0).toString());
                   });
}
// A day as kept or derived, or "none".
QString dayOrNone(const QByteArray &day)
{
    return day.isEmpty() ? DatabaseCheck::tr("none") : QString::fromLatin1(day);
}
} // namespace

namespace {
using Part = DatabaseCheck::Part;
struct PartInfo
{
    Part part;
    const char *key;
    const char *name;
};
// In the order their problems are listed.
constexpr PartInfo Parts[] = {
    {Part::Integrity, "integrity", QT_TRANSLATE_NOOP("DatabaseCheck", "the integrity of the file")},
    {Part::ForeignKeys, "foreign-keys",
     QT_TRANSLATE_NOOP("DatabaseCheck", "the references between rows")},
    {Part::Seats, "seats", QT_TRANSLATE_NOOP("DatabaseCheck", "the seats taken")},
    {Part::Waitlist, "waitlist", QT_TRANSLATE_NOOP("DatabaseCheck", "the waitlists")},
    {Part::History, "history", QT_TRANSLATE_NOOP("DatabaseCheck", "the status history")},
    {Part::HistoryGuards, "history-guards",
     QT_TRANSLATE_NOOP("DatabaseCheck", "the guards of the history")},
    {Part::ReportSummaries, "report-summaries",
     QT_TRANSLATE_NOOP("DatabaseCheck", "the reports' summaries")},
    {Part::StatusTotals, "status-totals",
     QT_TRANSLATE_NOOP("DatabaseCheck", "the list's totals by status")},
    {Part::SortKeys, "sort-keys", QT_TRANSLATE_NOOP("DatabaseCheck", "the list's sort keys")},
    {Part::Dates, "dates", QT_TRANSLATE_NOOP("DatabaseCheck", "the dates")},
    {Part::Erasures, "erasures", QT_TRANSLATE_NOOP("DatabaseCheck", "the erasures")},
    {Part::AuditTrail, "audit-chain", QT_TRANSLATE_NOOP("DatabaseCheck", "the audit chain")},
    {Part::Fairness, "fairness-replay",
     QT_TRANSLATE_NOOP("DatabaseCheck", "the fairness of every offer")},
};

const PartInfo &infoOf(Part part)
{
    return *std::find_if(std::begin(Parts), std::end(Parts),
                         [part](const PartInfo &info) { return info.part == part; });
}

// The parts in the order the workers take them: the longest first, so that the short ones fill
// the time beside SQLite's integrity check.
const QList<Part> LongestFirst = {
    Part::Integrity, Part::AuditTrail, Part::ForeignKeys, Part::ReportSummaries,
    Part::History,   Part::Fairness,   Part::Seats,       Part::Dates,
    Part::StatusTotals, Part::Waitlist, Part::Erasures,   Part::HistoryGuards,
    Part::SortKeys};

// What the workers share with the thread that waits for them: the next part to take, what each
// part found, and the steps not yet reported.
struct Board
{
    QMutex mutex;
    QWaitCondition changed;
    int next = 0;
    int working = 0;
    QMap<DatabaseCheck::Part, Status> outcomes;
    QMap<DatabaseCheck::Part, QList<DatabaseCheck::Problem>> found;
    QList<DatabaseCheck::Step> steps;
    std::optional<Error> openFailure;
};
} // namespace

DatabaseCheck::DatabaseCheck(QString connectionName, const Clock &clock)
    : m_connection(std::move(connectionName)), m_clock(clock),
      m_interrupter(std::make_shared<StatementInterrupter>())
{
}

DatabaseCheck::~DatabaseCheck() = default;

QList<DatabaseCheck::Part> DatabaseCheck::parts()
{
    QList<Part> all;
    for (const PartInfo &info : Parts)
        all << info.part;
    return all;
}

QString DatabaseCheck::nameOf(Part part)
{
    return tr(infoOf(part).name);
}

QString DatabaseCheck::keyOf(Part part)
{
    return QLatin1String(infoOf(part).key);
}

void DatabaseCheck::cancel() const
{
    m_interrupter->cancel();
}

bool DatabaseCheck::isCancellation(const Error &error)
{
    return error.message == cancelled().message;
}

Error DatabaseCheck::cancelled()
{
    return Error{tr("The check was cancelled: the file was not checked to the end."), {}};
}

Result<QList<DatabaseCheck::Problem>> DatabaseCheck::run(Part part) const
{
    QList<Problem> problems;
    if (Status done = check(part, problems); !done)
        return done.error();
    return problems;
}

Result<QList<DatabaseCheck::Problem>> DatabaseCheck::run(const Progress &progress,
                                                        const KeepGoing &keepGoing) const
{
    if (Database::fileOf(m_connection).isEmpty() ||
        !sqliteHandleOf(QSqlDatabase::database(m_connection, false)))
        return runInTurn(progress, keepGoing);

    Board board;
    const auto work = [this, &board] {
        const QString name = Database::uniqueConnectionName(QStringLiteral("check"));
        {
            // The caller's file, driver and options (read-only, immutable), on this thread.
            QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connection, name);
            Status opened = db.open() ? Status()
                                      : Status(Error{tr("The check could not open the file a "
                                                        "second time"),
                                                     db.lastError()});
            if (opened) {
                if (auto readOnly = Sql(name).exec(QStringLiteral("PRAGMA query_only = ON"));
                    !readOnly)
                    opened = readOnly.error();
            }
            sqlite3 *handle = sqliteHandleOf(db);
            if (!opened) {
                const QMutexLocker lock(&board.mutex);
                if (!board.openFailure)
                    board.openFailure = opened.error();
            } else {
                m_interrupter->add(handle);
                const DatabaseCheck onWorker(name, m_clock);
                for (;;) {
                    Part part;
                    {
                        const QMutexLocker lock(&board.mutex);
                        if (board.next == LongestFirst.size() || m_interrupter->cancelled())
                            break;
                        part = LongestFirst.at(board.next++);
                        board.steps << Step{part, false, 0};
                        board.changed.wakeAll();
                    }
                    QElapsedTimer timer;
                    timer.start();
                    QList<Problem> problems;
                    const Status done = onWorker.check(part, problems);
                    // An interrupted part did not end: it says nothing.
                    if (m_interrupter->cancelled())
                        break;
                    const QMutexLocker lock(&board.mutex);
                    board.outcomes.insert(part, done);
                    board.found.insert(part, problems);
                    board.steps << Step{part, true, timer.elapsed()};
                    board.changed.wakeAll();
                }
                m_interrupter->remove(handle);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        const QMutexLocker lock(&board.mutex);
        --board.working;
        board.changed.wakeAll();
    };

    std::vector<std::unique_ptr<QThread>> workers;
    board.working = Workers;
    for (int i = 0; i < Workers; ++i) {
        workers.emplace_back(QThread::create(work));
        workers.back()->start();
    }
    for (bool done = false; !done;) {
        QList<Step> steps;
        {
            QMutexLocker lock(&board.mutex);
            if (board.working > 0 && board.steps.isEmpty())
                board.changed.wait(&board.mutex, PollMs);
            steps.swap(board.steps);
            done = board.working == 0;
        }
        for (const Step &step : std::as_const(steps)) {
            if (progress)
                progress(step);
        }
        if (keepGoing && !keepGoing())
            cancel();
    }
    for (const auto &worker : workers)
        worker->wait();

    if (m_interrupter->cancelled())
        return cancelled();
    // In the order of the parts, as one after another would have found them: the first part
    // that could not run is the answer.
    QList<Problem> problems;
    for (Part part : parts()) {
        if (!board.outcomes.contains(part))
            return board.openFailure.value_or(cancelled());
        if (const Status done = board.outcomes.value(part); !done)
            return done.error();
        problems << board.found.value(part);
    }
    return problems;
}

Result<QList<DatabaseCheck::Problem>> DatabaseCheck::runInTurn(const Progress &progress,
                                                              const KeepGoing &keepGoing) const
{
    sqlite3 *handle = sqliteHandleOf(QSqlDatabase::database(m_connection, false));
    if (handle)
        m_interrupter->add(handle);
    const auto forget = qScopeGuard([this, handle] {
        if (handle)
            m_interrupter->remove(handle);
    });
    QList<Problem> problems;
    for (Part part : parts()) {
        if ((keepGoing && !keepGoing()) || m_interrupter->cancelled())
            return cancelled();
        if (progress)
            progress(Step{part, false, 0});
        QElapsedTimer timer;
        timer.start();
        const Status done = check(part, problems);
        if (m_interrupter->cancelled())
            return cancelled();
        if (!done)
            return done.error();
        if (progress)
            progress(Step{part, true, timer.elapsed()});
    }
    return problems;
}

Status DatabaseCheck::check(Part part, QList<Problem> &problems) const
{
    switch (part) {
    case Part::Integrity:
        return integrity(problems);
    case Part::ForeignKeys:
        return foreignKeys(problems);
    case Part::Seats:
        return seats(problems);
    case Part::Waitlist:
        return waitlist(problems);
    case Part::History:
        return history(problems);
    case Part::HistoryGuards:
        return historyGuards(problems);
    case Part::ReportSummaries:
        return reportSummaries(problems);
    case Part::StatusTotals:
        return statusTotals(problems);
    case Part::SortKeys:
        return sortKeys(problems);
    case Part::Dates:
        return dates(problems);
    case Part::Erasures:
        return erasures(problems);
    case Part::AuditTrail:
        return auditTrail(problems);
    case Part::Fairness:
        return fairness(problems);
    }
    return {};
}

Status DatabaseCheck::integrity(QList<Problem> &problems) const
{
    // A pragma argument cannot be bound; this one is a constant.
    auto query = Sql(m_connection).select(QStringLiteral("PRAGMA integrity_check(100)"));
    if (!query)
        return Error{tr("The integrity check could not run"), query.error().sqlError};
    while (query.value().next()) {
        const QString line = query.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems << Problem{QStringLiteral("integrity"), line};
    }
    return {};
}

Status DatabaseCheck::foreignKeys(QList<Problem> &problems) const
{
    return collect(
        m_connection, QStringLiteral("foreign_key"), QStringLiteral("PRAGMA foreign_key_check"), {},
        problems, [](const QSqlQuery &q) {
            return tr("%1 row %2 refers to a %3 row that does not exist")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        });
}

Status DatabaseCheck::seats(QList<Problem> &problems) const
{
    return collect(m_connection, QStringLiteral("seats"),
                   QStringLiteral("SELECT c.name, c.capacity, count(*) FROM cohorts c "
                                  "JOIN applications a ON a.cohort_id = c.id "
                                  "WHERE a.status IN %1 GROUP BY c.id HAVING count(*) > c.capacity "
                                  "ORDER BY c.id")
                       .arg(ApplicationRepository::seatHoldingStatusList()),
                   {}, problems, [](const QSqlQuery &q) {
                       return tr("Cohort %1 has %2 seats taken but only %3 seats")
                           .arg(q.value(0).toString(), q.value(2).toString(),
                                q.value(1).toString());
                   });
}

// A freed seat goes to the waitlist at once, so a waitlist next to a free seat means a seat
// was not offered. Started cohorts stop offering released seats once the refund window is
// over (SeatLedger::reoffersReleasedSeats); draft, completed and cancelled ones offer none.
Status DatabaseCheck::waitlist(QList<Problem> &problems) const
{
    QVariantList values = {Statuses::machineName(ApplicationStatus::Waitlisted),
                           Timestamp::formatDate(m_clock.now().date())};
    QStringList stateMarks;
    for (const QString &state : Cohort::offeringStates()) {
        stateMarks << QStringLiteral("?");
        values << state;
    }
    return collect(
        m_connection, QStringLiteral("waitlist"),
        QStringLiteral(
            "SELECT name, capacity, taken, waiting FROM ("
            " SELECT c.id, c.name, c.capacity, c.state, c.starts_on, c.refund_window_days,"
            "  (SELECT count(*) FROM applications a WHERE a.cohort_id = c.id"
            "    AND a.status IN %1) AS taken,"
            "  (SELECT count(*) FROM applications a WHERE a.cohort_id = c.id"
            "    AND a.status = ?) AS waiting,"
            "  julianday(?) - julianday(c.starts_on) AS days_since_start"
            " FROM cohorts c) "
            "WHERE waiting > 0 AND taken < capacity AND state IN (%2) "
            "AND days_since_start <= refund_window_days ORDER BY id")
            .arg(ApplicationRepository::seatHoldingStatusList(),
                 stateMarks.join(QStringLiteral(", "))),
        values, problems, [](const QSqlQuery &q) {
            return tr("Cohort %1 has %2 of %3 seats taken and %4 applications waiting")
                .arg(q.value(0).toString(), q.value(2).toString(), q.value(1).toString(),
                     q.value(3).toString());
        });
}

Status DatabaseCheck::history(QList<Problem> &problems) const
{
    HistoryWalk walk(m_connection, MaxExamples);
    if (Status walked = walk.walk(HistoryWalk::SeatMoves::Skipped); !walked)
        return walkFailed(walked.error());
    {
        // Each application's status is where its last event ended.
        Examples examples(QStringLiteral("history"), problems);
        for (const HistoryWalk::Tally &tally : walk.tallies()) {
            if (!tally.isApplication ||
                (tally.events > 0 && tally.lastStatus == tally.status) || !examples.named())
                continue;
            const QString id = QString::number(tally.id);
            const QString status = walk.statusText(tally.status);
            examples.add(tally.events == 0
                             ? tr("Application %1 (%2) has no status history").arg(id, status)
                             : tr("Application %1 is %2 but its last status event says %3")
                                   .arg(id, status, walk.statusText(tally.lastStatus)));
        }
    }
    // Each event starts where the one before it ended.
    Examples examples(QStringLiteral("history"), problems);
    const QString none = tr("nothing");
    for (const HistoryWalk::Break &found : walk.breaks()) {
        if (examples.named())
            examples.add(tr("Application %1: status event %2 starts from %3, but the event "
                            "before it ended at %4")
                             .arg(QString::number(found.applicationId),
                                  QString::number(found.eventId),
                                  found.from == 0 ? none : walk.statusText(found.from),
                                  found.previous == 0 ? none : walk.statusText(found.previous)));
    }
    examples.countMore(walk.breakCount() - qint64(walk.breaks().size()));
    return {};
}

Status DatabaseCheck::historyGuards(QList<Problem> &problems) const
{
    // The triggers of schema v6, v7 and v12: without them anyone with the sqlite3 shell rewrites
    // history quietly (the audit chain still shows it, but only after the fact).
    return collect(
        m_connection, QStringLiteral("append-only"),
        QStringLiteral("WITH guard(name, tbl) AS (VALUES "
                       "('status_events_no_update', 'status_events'), "
                       "('status_events_no_delete', 'status_events'), "
                       "('audit_events_no_update', 'audit_events'), "
                       "('audit_events_no_delete', 'audit_events'), "
                       "('audit_values_no_update', 'audit_values'), "
                       "('audit_values_no_delete', 'audit_values'), "
                       "('erasures_no_update', 'erasures'), "
                       "('erasures_no_delete', 'erasures'), "
                       "('cohort_state_events_no_update', 'cohort_state_events'), "
                       "('cohort_state_events_no_delete', 'cohort_state_events')) "
                       "SELECT name, tbl FROM guard WHERE name NOT IN (SELECT name FROM "
                       "sqlite_master WHERE type = 'trigger' AND tbl_name = guard.tbl) "
                       "ORDER BY name"),
        {}, problems, [](const QSqlQuery &q) {
            return tr("The table %2 can be rewritten: its guard %1 is missing (removed with "
                      "another tool)")
                .arg(q.value(0).toString(), q.value(1).toString());
        });
}

Status DatabaseCheck::sortKeys(QList<Problem> &problems) const
{
    // Without one of them a rename or a move leaves its rows sorted under the old name.
    return missingTriggers(
        m_connection, QStringLiteral("sort keys"),
        {QStringLiteral("applicants_sort_email"), QStringLiteral("applicants_sort_name"),
         QStringLiteral("applicants_sort_phone"), QStringLiteral("applicants_sort_source"), QStringLiteral("applications_sort_applicant"),
         QStringLiteral("applications_sort_cohort"), QStringLiteral("applications_sort_keys_new"),
         QStringLiteral("applications_sort_owner"), QStringLiteral("cohorts_sort_name"),
         QStringLiteral("staff_users_sort_username")},
        tr("The applications list may sort some rows under an old name"), problems);
}

Status DatabaseCheck::reportSummaries(QList<Problem> &problems) const
{
    // Schema v17's, v18's, v19's and v25's triggers keep what the reports count by; a file
    // whose trigger was dropped, or whose history was written around it, reports wrong numbers.
    if (Status done = missingTriggers(
            m_connection, QStringLiteral("reports"),
            {QStringLiteral("applications_seat_moves"), QStringLiteral("status_events_furthest_stage"),
             QStringLiteral("status_events_graduated_on"), QStringLiteral("status_events_seat_moves"),
             QStringLiteral("status_events_stays")},
            tr("The reports no longer follow the history"), problems);
        !done)
        return done;
    HistoryWalk walk(m_connection, MaxExamples);
    if (Status walked = walk.walk(HistoryWalk::SeatMoves::Derived); !walked)
        return walkFailed(walked.error());
    {
        Examples examples(QStringLiteral("reports"), problems);
        for (const HistoryWalk::Tally &tally : walk.tallies()) {
            if (tally.isApplication && tally.furthestStage != tally.reachedStage &&
                examples.named())
                examples.add(tr("Application %1 counts in the reports as far as stage %2, but "
                                "its history reached stage %3")
                                 .arg(QString::number(tally.id),
                                      QString::number(tally.furthestStage),
                                      QString::number(tally.reachedStage)));
        }
    }
    {
        Examples examples(QStringLiteral("reports"), problems);
        for (const HistoryWalk::Tally &tally : walk.tallies()) {
            if (tally.isApplication && tally.graduatedOn != tally.historyGraduatedOn &&
                examples.named())
                examples.add(tr("Application %1 counts in the job outcomes as graduated on "
                                "%2, but its history says %3")
                                 .arg(QString::number(tally.id), dayOrNone(tally.graduatedOn),
                                      dayOrNone(tally.historyGraduatedOn)));
        }
    }
    if (Status done = stays(walk, problems); !done)
        return done;
    return seatMoves(walk, problems);
}

// Every event after an application's first ends one stay; each stay and each wait for a
// decision counts on the application's track (v25).
Status DatabaseCheck::stays(const HistoryWalk &walk, QList<Problem> &problems) const
{
    struct Kept
    {
        qint64 count = 0;
        bool onItsTrack = true; // with the application's track, checked below
        qint64 lowTrack = 0;
        qint64 highTrack = 0;
    };
    QHash<qint64, Kept> kept;
    RowStream stays(m_connection);
    if (Status started = stays.start(
            QStringLiteral("SELECT application_id, count(*), min(track_id), max(track_id), "
                           "count(track_id) = count(*) FROM status_stays GROUP BY application_id "
                           "UNION ALL SELECT -application_id, 0, track_id, track_id, "
                           "track_id IS NOT NULL FROM decision_waits"),
            {});
        !started)
        return walkFailed(started.error());
    while (stays.next()) {
        // A wait for a decision comes as the negative of its application's id.
        kept.insert(stays.column(0).toLongLong(),
                    Kept{stays.column(1).toLongLong(), stays.column(4).toLongLong() == 1,
                         stays.column(2).toLongLong(), stays.column(3).toLongLong()});
    }
    if (stays.error())
        return walkFailed(*stays.error());
    const auto elsewhere = [&kept](qint64 key, qint64 trackId) {
        const auto found = kept.constFind(key);
        return found != kept.constEnd() &&
               (!found->onItsTrack || found->lowTrack != trackId || found->highTrack != trackId);
    };
    Examples examples(QStringLiteral("reports"), problems);
    for (const HistoryWalk::Tally &tally : walk.tallies()) {
        const qint64 ended = tally.events - 1;
        const qint64 counted = kept.value(tally.id).count;
        if (tally.events > 0 && ended != counted && examples.named())
            examples.add(tr("Application %1 has %2 ended stays in its history, but the "
                            "time-in-stage report counts %3")
                             .arg(QString::number(tally.id), QString::number(ended),
                                  QString::number(counted)));
        if (tally.isApplication &&
            (elsewhere(tally.id, tally.trackId) || elsewhere(-tally.id, tally.trackId)) &&
            examples.named())
            examples.add(tr("Application %1 is on track %2, but the time-in-stage report counts "
                            "some of its stays or its wait for a decision on another")
                             .arg(QString::number(tally.id), QString::number(tally.trackId)));
    }
    return {};
}

// The seat moves kept (v19) against those the history makes, both ways: a move on one side only
// counts once, a move on both sides that differs in its cohort or time twice.
Status DatabaseCheck::seatMoves(const HistoryWalk &walk, QList<Problem> &problems) const
{
    std::map<qint64, qint64> differences; // by application
    RowStream kept(m_connection);
    if (Status started = kept.start(
            QStringLiteral("SELECT application_id, event_id, change, cohort_id, at FROM "
                           "seat_moves ORDER BY application_id, event_id, change"),
            {});
        !started)
        return walkFailed(started.error());
    const std::vector<HistoryWalk::SeatMove> &made = walk.seatMoves();
    auto next = made.cbegin();
    while (kept.next()) {
        const HistoryWalk::SeatMove move{kept.column(0).toLongLong(), kept.column(1).toLongLong(),
                                         kept.column(2).toInt(), kept.column(3).toLongLong(),
                                         kept.column(4).toByteArray()};
        for (; next != made.cend() && *next < move; ++next)
            ++differences[next->applicationId];
        if (next != made.cend() && next->sameKey(move)) {
            if (next->cohortId != move.cohortId || next->at != move.at)
                differences[move.applicationId] += 2;
            ++next;
        } else {
            ++differences[move.applicationId];
        }
    }
    if (kept.error())
        return walkFailed(*kept.error());
    for (; next != made.cend(); ++next)
        ++differences[next->applicationId];
    Examples examples(QStringLiteral("reports"), problems);
    for (const auto &[application, count] : differences) {
        if (examples.named())
            examples.add(tr("Application %1's seats in the cohort fill report differ from its "
                            "history in %2 seat moves")
                             .arg(QString::number(application), QString::number(count)));
    }
    return {};
}

Status DatabaseCheck::statusTotals(QList<Problem> &problems) const
{
    if (Status done = missingTriggers(
            m_connection, QStringLiteral("status_totals"),
            {QStringLiteral("applications_status_totals_delete"),
             QStringLiteral("applications_status_totals_insert"),
             QStringLiteral("applications_status_totals_update")},
            tr("The list's totals by status no longer follow the applications"), problems);
        !done)
        return done;
    // Both ways: a status the applications hold that the totals miss, and a total left where
    // no application holds the status any more.
    return collect(
        m_connection, QStringLiteral("status_totals"),
        QStringLiteral("SELECT status, sum(counted), sum(kept) FROM ("
                       " SELECT status, count(*) AS counted, 0 AS kept FROM applications"
                       " GROUP BY status"
                       " UNION ALL SELECT status, 0, applications FROM status_totals)"
                       " GROUP BY status HAVING sum(counted) <> sum(kept) ORDER BY status"),
        {}, problems, [](const QSqlQuery &q) {
            return tr("%1 applications have the status %2, but the list's totals say %3")
                .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        });
}

Status DatabaseCheck::auditTrail(QList<Problem> &problems) const
{
    auto report = AuditVerifier(m_connection).verify(AuditAnchor::known(m_connection));
    if (!report)
        return Error{tr("The audit trail could not be checked: %1").arg(report.error().text()),
                     report.error().sqlError};
    for (const AuditVerifier::Problem &problem : report.value().problems)
        problems << Problem{QStringLiteral("audit"), problem.detail};
    if (report.value().moreProblems > 0)
        problems << Problem{QStringLiteral("audit"), tr("… and %n more like this", nullptr,
                                                        int(report.value().moreProblems))};
    return {};
}

Status DatabaseCheck::dates(QList<Problem> &problems) const
{
    return collect(m_connection, QStringLiteral("dates"),
                   QStringLiteral("SELECT id, applied_at, qualified_at FROM applications "
                                  "WHERE qualified_at < applied_at ORDER BY id"),
                   {}, problems, [](const QSqlQuery &q) {
                       return tr("Application %1 was qualified (%3) before it was made (%2)")
                           .arg(q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString());
                   });
}

Status DatabaseCheck::erasures(QList<Problem> &problems) const
{
    // The columns an erase empties (ErasureRepository::removePersonalValues), the texts of the
    // person's activities, and their values in the audit trail.
    return collect(
        m_connection, QStringLiteral("erasures"),
        QStringLiteral(
            "SELECT e.applicant_id FROM erasures e JOIN applicants p ON p.id = e.applicant_id "
            "WHERE p.email <> '' OR p.phone <> '' OR p.time_zone <> '' OR p.linkedin_url <> '' "
            "OR p.github_url <> '' OR p.portfolio_url <> '' OR p.referrer <> '' OR p.notes <> '' "
            "OR EXISTS (SELECT 1 FROM activities v WHERE v.applicant_id = e.applicant_id "
            "AND v.summary <> '') "
            "OR EXISTS (SELECT 1 FROM audit_values v WHERE v.applicant_id = e.applicant_id) "
            "ORDER BY e.applicant_id"),
        {}, problems, [](const QSqlQuery &q) {
            return tr("Applicant %1 was erased on request, but personal values of theirs are in "
                      "the file again")
                .arg(q.value(0).toString());
        });
}

Status DatabaseCheck::fairness(QList<Problem> &problems) const
{
    auto report = FairnessReplay(m_connection).run();
    if (!report)
        return Error{tr("The fairness replay could not run: %1").arg(report.error().text()),
                     report.error().sqlError};
    int found = 0;
    for (const FairnessReplay::CohortResult &cohort : report.value().cohorts) {
        for (const FairnessReplay::Exception &e : cohort.exceptions) {
            if (found++ < MaxExamples)
                problems << Problem{QStringLiteral("fairness"), describe(e)};
        }
    }
    if (found > MaxExamples)
        problems << Problem{QStringLiteral("fairness"),
                            tr("… and %n more like this", nullptr, found - MaxExamples)};
    return {};
}

QString DatabaseCheck::describe(const FairnessReplay::Exception &e)
{
    return tr("Status event %1 at %2 offered application %3 a seat of cohort %4 while "
              "application %5 was first in line")
        .arg(QString::number(e.eventId), Timestamp::format(e.at), QString::number(e.offered),
             e.cohortName, QString::number(e.passedOver));
}
