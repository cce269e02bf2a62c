#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/cohort.h"
#include "domain/result.h"
#include "domain/statusevent.h"
#include "domain/track.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Career tracks and their cohorts. Seats a cohort gains (a larger capacity, a cohort that
// opens) go to its waitlist at once, first come first served, in the same transaction.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    CatalogService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    static FieldErrors validate(const Track &track);
    static FieldErrors validate(const Cohort &cohort);
    // Days from the start must differ, percentages lie in 0..100 and never rise with time.
    static FieldErrors validate(const QList<RefundStep> &schedule);

    Result<qint64> addTrack(const Track &track);
    // Saves a track's code, name and whether it takes new applications and cohorts; its
    // applications and cohorts keep it either way.
    Status updateTrack(const Track &track);
    Result<qint64> addCohort(const Cohort &cohort, const QList<RefundStep> &refundSchedule = {});
    // Saves the cohort (and its refund schedule, when one is given) and returns the offers its
    // new seats made. Fewer seats than are taken are refused, naming the cohort.
    Result<QList<StatusEvent>> updateCohort(const Cohort &cohort,
                                            const std::optional<QList<RefundStep>> &schedule = {});

    // Every track, by name.
    Result<QList<Track>> tracks() const;
    Result<std::optional<Track>> track(qint64 id) const;
    // Every cohort, by track and start date.
    Result<QList<Cohort>> cohorts() const;
    // The cohorts of one track, by start date: what a choice of cohort within a track offers,
    // without reading the thousands of a large desk.
    Result<QList<Cohort>> cohortsOfTrack(qint64 trackId) const;
    Result<std::optional<Cohort>> cohort(qint64 id) const;
    Result<QList<RefundStep>> refundSchedule(qint64 cohortId) const;
    // Every cohort with its seats taken, offers pending and waitlist length, by track and start.
    Result<QList<CohortSeats>> seatSummary() const;
    // The cohort's offers still open, the one expiring first first.
    Result<QList<QueueEntry>> pendingOffers(qint64 cohortId) const;
    // The cohort's whole waitlist, first in line first.
    Result<QList<QueueEntry>> waitlist(qint64 cohortId) const;

private:
    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
