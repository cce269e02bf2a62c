#pragma once

#include "domain/cohort.h"
#include "domain/money.h"

#include <QDate>
#include <QList>

// What a refund asked for on one day comes to, by the cohort's promise: in full inside the
// money-back window (up to Cohort::refundWindowLastDay), then the percentage of the schedule's
// step in force that day, of the amount paid.
struct RefundQuote
{
    int dayOfProgram = 0; // days from the start to the day asked; 0 is the start day
    int windowDays = 0;
    QDate windowLastDay;
    bool insideWindow = false;
    int daysLeftInWindow = 0; // after the day asked: 0 on the window's last day and after it
    int percent = 0;
    Money paid;
    Money amount;

    static RefundQuote on(const Cohort &cohort, const QList<RefundStep> &schedule,
                          const Money &paid, const QDate &day);
};
