#pragma once

#include "audit/fairnessreplay.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class HistoryWalk;
class StatementInterrupter;

// What `check` reports: SQLite's own integrity and foreign key checks, then the rules of the
// domain that the schema cannot express (seats, waitlist, status history, dates, erasures).
//
// The parts run side by side on connections of their own, read-only, opened on worker threads
// (the file's WAL lets readers run together), so that the whole takes about as long as its
// longest part, SQLite's integrity check. The caller's thread only waits, reports progress and
// stops the parts when asked to.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    struct Problem
    {
        QString check;  // machine name: integrity, foreign_key, seats, waitlist, history, dates,
                        // reports, status_totals, erasures, append-only,
                        // audit, fairness
        QString detail; // for a person
    };

    // The parts of a check, in the order their problems are listed.
    enum class Part
    {
        Integrity,
        ForeignKeys,
        Seats,
        Waitlist,
        History,
        HistoryGuards,
        ReportSummaries,
        StatusTotals,
        SortKeys,
        Dates,
        Erasures,
        AuditTrail,
        Fairness
    };
    static QList<Part> parts();
    // A part's name for a person ("the integrity of the file's pages").
    static QString nameOf(Part part);
    // A part's name for a script and the benchmark ("integrity", "audit-chain").
    static QString keyOf(Part part);

    // What run() tells its caller, on the caller's thread: a part has started, or has ended
    // after `milliseconds`.
    struct Step
    {
        Part part = Part::Integrity;
        bool ended = false;
        qint64 milliseconds = 0;
    };
    using Progress = std::function<void(const Step &step)>;
    // Asked on the caller's thread every tenth of a second while parts run; false stops the
    // check (as cancel() does).
    using KeepGoing = std::function<bool()>;

    explicit DatabaseCheck(QString connectionName, const Clock &clock = Clock::system());
    ~DatabaseCheck();
    DatabaseCheck(const DatabaseCheck &) = delete;
    DatabaseCheck &operator=(const DatabaseCheck &) = delete;

    // Every problem found; an empty list means the database is healthy. An Error means the
    // check itself could not run, or was cancelled (isCancellation()): then nothing was found
    // healthy or damaged.
    Result<QList<Problem>> run(const Progress &progress = {}, const KeepGoing &keepGoing = {}) const;
    // One part alone, on the caller's thread and connection: what the benchmark times.
    Result<QList<Problem>> run(Part part) const;
    // From any thread: stops a run() in progress (SQLite interrupts the statements running),
    // which returns the cancellation.
    void cancel() const;
    static bool isCancellation(const Error &error);

    // How many examples of one kind of problem are named before the rest are only counted.
    static constexpr int MaxExamples = 10;
    // An unfair offer, in full, for a person: what `check` and `fairness` print.
    static QString describe(const FairnessReplay::Exception &exception);

private:
    // Connections that run parts side by side; more would only share the same disk and cores.
    static constexpr int Workers = 2;
    static constexpr int PollMs = 100;

    static Error cancelled();

    Status check(Part part, QList<Problem> &problems) const;
    // Each part on the caller's connection, one after another: a file the workers cannot open
    // beside it (an in-memory database, another driver).
    Result<QList<Problem>> runInTurn(const Progress &progress, const KeepGoing &keepGoing) const;

    Status integrity(QList<Problem> &problems) const;
    Status foreignKeys(QList<Problem> &problems) const;
    Status seats(QList<Problem> &problems) const;
    Status waitlist(QList<Problem> &problems) const;
    Status history(QList<Problem> &problems) const;
    // The triggers that keep the status history append-only are in place.
    Status historyGuards(QList<Problem> &problems) const;
    // What the reports count by (applications.furthest_stage, status_stays) against the
    // history, and the triggers that keep them.
    Status reportSummaries(QList<Problem> &problems) const;
    Status stays(const HistoryWalk &walk, QList<Problem> &problems) const;
    Status seatMoves(const HistoryWalk &walk, QList<Problem> &problems) const;
    // The applications list's totals by status (status_totals) against the applications, and
    // the triggers that keep them.
    Status statusTotals(QList<Problem> &problems) const;
    // The triggers that keep the applications list's sort keys (schema v21) are in place.
    Status sortKeys(QList<Problem> &problems) const;
    Status dates(QList<Problem> &problems) const;
    // Everyone in the erasure log is still erased: none of their values came back (a restore
    // past the desk, another program).
    Status erasures(QList<Problem> &problems) const;
    // The audit chain, the status history it covers, and the heads kept outside the file.
    Status auditTrail(QList<Problem> &problems) const;
    // Every seat offered went to the first in line of its cohort, or to nobody's loss
    // (FairnessReplay).
    Status fairness(QList<Problem> &problems) const;

    QString m_connection;
    const Clock &m_clock;
    // Shared, so that cancel() reaches the connections of a run() on any thread.
    std::shared_ptr<StatementInterrupter> m_interrupter;
};
