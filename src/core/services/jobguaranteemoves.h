#pragma once

#include "domain/application.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QCoreApplication>

// What the job guarantee adds to a status move, inside the mover's transaction (StatusService
// asks before it writes any move): `placed` only with the placement's facts recorded, the day a
// graduate's job search begins, and a placement taken back (undone) takes its facts with it.
class JobGuaranteeMoves
{
    Q_DECLARE_TR_FUNCTIONS(JobGuaranteeMoves)

public:
    JobGuaranteeMoves(QString connectionName, const Clock &clock)
        : m_connection(std::move(connectionName)), m_clock(clock)
    {
    }

    Status beforeMove(const Application &application, ApplicationStatus to) const;

private:
    QString m_connection;
    const Clock &m_clock;
};
