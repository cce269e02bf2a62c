#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

class TrackCheck
{
    Q_DECLARE_TR_FUNCTIONS(TrackCheck)

public:
    // Before adding something that belongs to a career track (an applicant, a cohort, a
    // mentor): when no track takes new ones, says so and offers to add a track at once, in
    // place of a dead end. `what` names the thing, e.g. "A cohort". True when an active track
    // exists (now).
    static bool ensureActiveTrack(const QString &connectionName, const Actor &actor,
                                  const QString &what, QWidget *parent);
};
