#pragma once

#include "domain/deskcalendar.h"
#include "domain/spandays.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// What the cadence reads of one active student with a confirmed mentor: when the promise of
// weekly calls began and when their calls were.
struct MenteeCalls
{
    qint64 applicationId = 0;
    QString studentName;
    qint64 mentorId = 0;
    QDateTime assignedAt;     // the assignment's start
    QDate cohortStartsOn;     // invalid without a cohort
    QList<QDateTime> callsAt; // the calls read (those of the window asked for, or all)
    QDateTime lastCallAt;     // the latest call ever; invalid when none
};

// One student's weekly calls over the completed weeks looked at.
struct MenteeCadence
{
    qint64 applicationId = 0;
    QString studentName;
    qint64 mentorId = 0;
    int weeksDue = 0;  // completed weeks of the promise
    int weeksHeld = 0; // of them, weeks with a call
    QDate lastWeek;    // Monday of the last completed week, when any is due
    QDate lastCall;    // the day of the latest call; invalid when none
    bool behind = false;

    // "3 of 4 weeks with a call" or "behind: no call in the week of 2026-11-30; last call
    // 2026-11-18", for a person.
    QString describe() const;
};

// A mentor's calls with their current mentees over the same weeks.
struct MentorCadence
{
    qint64 mentorId = 0;
    int weeksDue = 0;  // promised: a call a week for each mentee
    int weeksHeld = 0; // held
    QList<MenteeCadence> behindMentees;

    bool behind() const { return !behindMentees.isEmpty(); }
};

// The promise of a weekly 1:1 call, week by week on the bootcamp's calendar (weeks begin on
// Monday). A week is due once it is over (today's week is not yet), from the week the
// assignment began, or the cohort if it starts later. A student is behind when the last
// completed week had no call; a mentor is behind when any of their current mentees is.
class CallCadence
{
    Q_DECLARE_TR_FUNCTIONS(CallCadence)

public:
    // The weeks a view looks back on: the last four completed ones.
    static constexpr int RecentWeeks = 4;

    explicit CallCadence(const DeskCalendar &calendar) : m_calendar(calendar) {}

    // Monday of the day's week.
    static QDate weekOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }
    // The bootcamp's day from which calls must be read for `windowWeeks` (0: all).
    QDate windowStart(int windowWeeks) const;

    // Over the last `windowWeeks` completed weeks, or every one since the promise began (0).
    MenteeCadence ofMentee(const MenteeCalls &calls, int windowWeeks) const;
    // Each mentor of `calls` (any order), by the mentees among them; mentors without a current
    // mentee are not listed.
    QList<MentorCadence> ofMentors(const QList<MenteeCalls> &calls, int windowWeeks) const;

private:
    QDate lastCompletedWeek() const { return weekOf(m_calendar.today()).addDays(-7); }
    // The days of the window's calls, its offsets looked up once (none for 0: all weeks).
    SpanDays windowDays(int windowWeeks) const;
    MenteeCadence ofMentee(const MenteeCalls &calls, int windowWeeks, const SpanDays &days) const;

    const DeskCalendar &m_calendar;
};
