#pragma once

// A cohort's job guarantee: how long the job search is covered from the day it began, and what a
// graduate does every week to stay eligible.
struct GuaranteeTerms
{
    static constexpr int MaxPeriodDays = 3650;
    static constexpr int MaxApplicationsPerWeek = 1000;

    int periodDays = 180;
    bool weeklyCheckIn = true;      // a job-search check-in logged every week
    int minApplicationsPerWeek = 0; // job applications sent in a week; 0: no minimum

    bool operator==(const GuaranteeTerms &other) const
    {
        return periodDays == other.periodDays && weeklyCheckIn == other.weeklyCheckIn &&
               minApplicationsPerWeek == other.minApplicationsPerWeek;
    }
};
