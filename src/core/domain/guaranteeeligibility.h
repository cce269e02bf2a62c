#pragma once

#include "domain/guaranteeterms.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// A graduate's weekly job-search check-in: the day and the job applications sent that week.
struct CheckIn
{
    QDate on;
    int jobApplications = 0;
};

// One week of a job search that did not keep the cohort's terms.
struct WeekShortfall
{
    int week = 0; // 1: the search's first week
    QDate from;   // the week's first and last day
    QDate to;
    bool checkedIn = false;
    int jobApplications = 0; // sent that week, by its check-ins
    int needed = 0;          // the cohort's minimum

    // "week 3 (2026-03-15 to 2026-03-21): no check-in", for a person.
    QString describe() const;
};

// Whether a graduate in job search still keeps the cohort's guarantee terms, judged week by
// week: week n is the 7 days from the search's start + 7(n - 1). A week is judged once it is
// over, and only a full week inside the period: the period covers the days from the search's
// start up to the day before endsOn().
class GuaranteeEligibility
{
    Q_DECLARE_TR_FUNCTIONS(GuaranteeEligibility)

public:
    static GuaranteeEligibility assess(const GuaranteeTerms &terms, const QDate &searchStartedOn,
                                       const QDate &today, const QList<CheckIn> &checkIns);

    static QDate endsOn(const GuaranteeTerms &terms, const QDate &searchStartedOn)
    {
        return searchStartedOn.addDays(terms.periodDays);
    }

    bool isEligible() const { return m_shortfalls.isEmpty(); }
    int weeksJudged() const { return m_weeksJudged; }
    const QList<WeekShortfall> &shortfalls() const { return m_shortfalls; }
    // "eligible (4 weeks kept)" or "not eligible: week 2 (…): no check-in; week 3 (…): …".
    QString describe() const;

private:
    int m_weeksJudged = 0;
    QList<WeekShortfall> m_shortfalls;
};
