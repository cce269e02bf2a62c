#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/clock.h"
#include "domain/cohort.h"
#include "domain/cohortstateevent.h"
#include "domain/result.h"
#include "domain/statusevent.h"

#include <QCoreApplication>
#include <QList>

// Cohorts over time. A person opens a draft cohort for applications; the desk itself moves
// every cohort along its dates and seats (CohortTimeline) on the bootcamp's calendar, at
// start-up and every minute: it opens drafts on their day, marks cohorts full and open again,
// starts them (every enrolled student becomes active) and completes them (stamping their final
// fill). Each change is one row of the cohort's state history and one audit record, in the same
// transaction as what follows from it.
class CohortStateService
{
    Q_DECLARE_TR_FUNCTIONS(CohortStateService)

public:
    CohortStateService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    struct Changes
    {
        QList<CohortStateEvent> states;
        QList<StatusEvent> statuses; // what followed: seats offered, students made active
    };

    // Draft → open, by a person who may manage the catalogue; its waitlist gets the free seats,
    // and the cohort follows its dates and seats from there at once (full when they are taken).
    Result<Changes> openForApplications(qint64 cohortId);
    // Moves every cohort as far as its dates and seats take it today, as the desk.
    Result<Changes> followDates();
    // The cohort's state changes, oldest first.
    Result<QList<CohortStateEvent>> history(qint64 cohortId) const;

    // Refuses an application's move to active before its cohort's start date.
    static Status refuseActiveBeforeStart(const QString &connectionName, const Clock &clock,
                                          const Application &application);
    // Adds a state a catalogue edit set (or a new cohort's first) to the cohort's history, inside
    // the caller's transaction; the edit's own audit record has the change.
    static Status recordEdit(const QString &connectionName, const Actor &actor, const Clock &clock,
                             qint64 cohortId, const QString &from, const QString &to);

private:
    // Moves the cohort from where `seats` found it to `to` as `by`, with its history row and
    // audit record, then what follows from the new state.
    Status move(const CohortSeats &seats, const QString &to, const QString &cause, const Actor &by,
                Changes &changes);
    Status follow(qint64 cohortId, const QDate &today, Changes &changes);

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
