#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Proves "first come, first served, for qualified applicants" after the fact: walks the whole
// status history in event order, rebuilds each cohort's waitlist (applications entering and
// leaving `waitlisted`, each at its queue time: qualified_at, or the queue time a returning
// deferral's event took) and checks every move into `offered`. An offer is fair when it went to
// the first in line of its cohort at that moment, or when nobody was waiting.
//
// The limit: an event says which cohort the application was in only from schema v15 on (the
// desk writes it; an import or the demo seed does not). Older events are replayed in the
// application's cohort as it is now, which keeps the queues whole, but their offers are only
// counted as not judged: which cohort's seat they gave cannot be proven.
class FairnessReplay
{
public:
    // An offer that passed over the first in line.
    struct Exception
    {
        qint64 eventId = 0;
        QDateTime at;
        qint64 cohortId = 0;
        QString cohortName;
        qint64 offered = 0;    // the application the event offered a seat
        qint64 passedOver = 0; // the first in line then
    };

    struct CohortResult
    {
        qint64 cohortId = 0;
        QString cohortName;
        int offersChecked = 0;
        QList<Exception> exceptions;
    };

    struct Report
    {
        QList<CohortResult> cohorts; // every cohort with an offer, by name
        int offersNotJudged = 0;     // events before v15 (no cohort recorded)
        int exceptionCount() const;
    };

    explicit FairnessReplay(QString connectionName) : m_connection(std::move(connectionName)) {}

    // The whole history, or one cohort's (cohortId != 0).
    Result<Report> run(qint64 cohortId = 0) const;

private:
    QString m_connection;
};
