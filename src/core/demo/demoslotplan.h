#pragma once

#include "demo/democohort.h"
#include "demo/demodice.h"

#include <vector>

// One slot per application of a demo: the planned cohorts' applications, about one applicant in
// forty applying again after leaving an earlier cohort, and the rest of the applicants not yet
// placed in a cohort. Each slot has a seed of its own, from which its timeline and its rows are
// drawn.
class DemoSlotPlan
{
public:
    struct Slot
    {
        qint64 appliedAt = 0; // once its timeline is known
        quint64 seed = 0;
        qint64 applicantId = 0; // once written
        qint32 cohort = -1;     // index into the cohorts; -1: no cohort yet
        qint32 partner = -1;    // a second application: the plan index of the first one
        qint32 planIndex = 0;
        ApplicationStatus status = ApplicationStatus::Applied;
    };

    // In plan order: the cohorts' applications by cohort and status, then those without one.
    // Exactly `applicants` applicants: the second applications add to the applications only.
    static std::vector<Slot> make(const std::vector<DemoCohort> &cohorts, qint64 applicants,
                                  DemoMainDice &dice);
};
