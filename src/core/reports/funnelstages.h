#pragma once

#include "domain/applicationstatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The funnel's stages along the main road, applied to placed, and how far each status shows an
// application got: an application reached a stage when its history entered that stage or any
// status past it (an import that begins at enrolled passed the stages before; a waitlisted
// one was qualified; a declined one had an offer).
class FunnelStages
{
    Q_DECLARE_TR_FUNCTIONS(FunnelStages)

public:
    enum Stage
    {
        Applied,
        Screening,
        Interviewed,
        Qualified,
        Offered,
        Accepted,
        Enrolled,
        Active,
        Graduated,
        Placed,
        Count
    };
    // The statuses named after the stages, in order.
    static ApplicationStatus statusOf(Stage stage);
    static QString title(Stage stage) { return Statuses::displayName(statusOf(stage)); }
    // The furthest stage a status shows.
    static Stage reachedBy(ApplicationStatus status);
    // The file keeps the same table (funnel_stages, schema v17) for its trigger, which keeps
    // applications.furthest_stage, the furthest stage of each history, current.
    // The statuses people leave by, in the order of the road: not qualified, declined, offer
    // expired, withdrawn, refunded, dropped.
    static const QList<ApplicationStatus> &exits();
};
