#pragma once

#include "domain/guaranteeeligibility.h"
#include "domain/jobsearch.h"
#include "domain/placement.h"

#include <QCoreApplication>

#include <optional>

// Where a graduate stands with the job guarantee: the search, the end of its period, whether
// they keep the cohort's terms, and the placement once there is one.
struct GuaranteeStanding
{
    Q_DECLARE_TR_FUNCTIONS(GuaranteeStanding)

public:
    JobSearch search;
    QDate endsOn;       // invalid while the search has not begun
    bool ended = false; // the period is over (today is endsOn or later)
    GuaranteeEligibility eligibility;
    std::optional<Placement> placement;

    // For the panel and `show`, empty when there is nothing to say: "since 2027-02-01; the
    // guarantee (180 days) ends 2027-07-31", "eligible (weeks kept: 3)", "In field, full-time:
    // Junior Developer at Initech from 2027-03-01, salary 72000".
    QString searchText() const;
    QString eligibilityText() const;
    QString placementText() const;
};
