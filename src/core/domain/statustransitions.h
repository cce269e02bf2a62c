#pragma once

#include "domain/applicationstatus.h"

#include <QList>
#include <QString>

// The one table of legal status moves. Everything not in it is refused.
class StatusTransitions
{
public:
    static bool isAllowed(ApplicationStatus from, ApplicationStatus to);
    static QList<ApplicationStatus> nextStatuses(ApplicationStatus from);
    // Why a move is refused, naming both statuses; empty when it is allowed.
    static QString refusal(ApplicationStatus from, ApplicationStatus to);

    // The moves that can be taken back right after they were made (StatusService::undoLastMove).
    // An undo is not a move of the table above: it returns an application to where it just was,
    // so it has a table of its own, the moves whose way back leaves nothing behind.
    static bool isUndoable(ApplicationStatus from, ApplicationStatus to);
    // Why a move from `from` to `to` cannot be taken back; empty when it can.
    static QString undoRefusal(ApplicationStatus from, ApplicationStatus to);
    // Whether undoing the move changes the seat ledger (a seat taken or given back, the
    // waitlist joined or left): allowed only while no other seat of the cohort has moved since.
    static bool undoMovesSeats(ApplicationStatus from, ApplicationStatus to);
};
