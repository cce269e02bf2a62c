#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

// Fills a new database with a realistic bootcamp for demonstrations and load tests: tracks,
// cohorts in every state with refund schedules, staff, mentors, and applicants whose
// applications cover the whole lifecycle, each with a status history that ends at its status,
// mentor assignments and activities. The seat rules hold: seat-holding applications never
// exceed a cohort's capacity and only full cohorts have a waitlist.
//
// The audit trail gets one record of the seed with its counts (and one covering its status
// history), not a record per made-up person.
//
// Deterministic: the same number of applicants, seed and day give the same rows (the audit
// records' times aside). Dates are relative to that day (today, UTC, by default) so that
// upcoming cohorts stay upcoming and pending offers expire in the future.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    static constexpr qint64 MaxApplicants = 10'000'000;

    struct Options
    {
        qint64 applicants = 1000;
        quint64 seed = 1;
        QDate today; // the UTC day the data is relative to; today when invalid
    };

    struct Summary
    {
        qint64 tracks = 0;
        qint64 cohorts = 0;
        qint64 staffUsers = 0;
        qint64 mentors = 0;
        qint64 applicants = 0;
        qint64 applications = 0;
        qint64 statusEvents = 0;
        qint64 mentorAssignments = 0;
        qint64 activities = 0;
    };

    // Applications written so far of all; called on the calling thread every few thousand rows.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Demo data is an administrator's choice (Action::SeedDemoData): it adds made-up people.
    DemoDataGenerator(QString connectionName, Actor actor);

    // Writes everything in one transaction; refuses a database that already has applicants,
    // applications, cohorts or mentors.
    Result<Summary> generate(const Options &options, const Progress &progress = {}) const;

private:
    // Plans and writes the rows, inside generate()'s transaction.
    Result<Summary> write(const Options &options, const Progress &progress) const;
    // The seed's record in the audit trail, and the one that covers status events
    // firstEvent..lastEvent.
    Status record(const Options &options, const Summary &summary, qint64 firstEvent,
                  qint64 lastEvent) const;

    QString m_connection;
    Actor m_actor;
};
