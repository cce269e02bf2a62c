#pragma once

#include "audit/fairnessreplay.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What `check` reports: SQLite's own integrity and foreign key checks, then the rules of the
// domain that the schema cannot express (seats, waitlist, status history, dates, erasures).
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

    explicit DatabaseCheck(QString connectionName, const Clock &clock = Clock::system());

    // Every problem found; an empty list means the database is healthy. An Error means the
    // check itself could not run.
    Result<QList<Problem>> run() const;

    // How many examples of one kind of problem are named before the rest are only counted.
    static constexpr int MaxExamples = 10;
    // An unfair offer, in full, for a person: what `check` and `fairness` print.
    static QString describe(const FairnessReplay::Exception &exception);

private:
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
};
