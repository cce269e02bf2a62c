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
};
