#pragma once

#include "domain/applicationstatus.h"
#include "domain/cohort.h"
#include "domain/payment.h"

#include <QString>

#include <array>
#include <cstddef>
#include <optional>

// One planned cohort of the demo data: its dates and seats, and how many applications of each
// status it gets.
struct DemoCohort
{
    static constexpr int StatusCount = static_cast<int>(ApplicationStatus::NotSeeking) + 1;

    enum class Kind : quint8
    {
        Completed,
        Started,
        Upcoming,
        Draft,
        Cancelled
    };

    int track = 0; // index into DemoTracks
    Kind kind = Kind::Upcoming;
    bool full = false;
    qint64 startDay = 0;
    qint64 endDay = 0;
    int capacity = 0;
    int holdDays = 7;
    int refundWindowDays = 14;
    std::array<int, StatusCount> counts{};
    QString name;
    qint64 id = 0; // once written

    int &count(ApplicationStatus status) { return counts[static_cast<std::size_t>(status)]; }
    int count(ApplicationStatus status) const { return counts[static_cast<std::size_t>(status)]; }
    int total() const;
    // Applications of the statuses `rule` picks.
    int countWhere(bool (*rule)(ApplicationStatus)) const;
    // Applications that hold one of its seats.
    int seatsTaken() const;
    // What a completed cohort keeps of its fill (Cohort::finalFill): the applications that filled
    // a seat. Nothing for any other.
    std::optional<int> finalFill() const;
    // Whether one more application of this status keeps the cohort plausible and its seats
    // right.
    bool fits(ApplicationStatus status) const;
    // The machine name of its state in the cohorts table.
    QString state() const;
    // What a seat costs (its track's price, a tenth of it to enrol), in USD.
    CohortFees fees() const;
    // The pro-rata refund after the money-back window, one of two schedules by track.
    QList<RefundStep> refundSchedule() const;
    // Its dates and refund window as the desk's Cohort, for the refund a request comes to.
    Cohort asCohort() const;
};
