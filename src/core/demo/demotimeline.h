#pragma once

#include "domain/applicationstatus.h"

#include <QtGlobal>

#include <array>
#include <cstddef>

// One demo application's history: the path of statuses to its current one, with times (ms
// since 1970 UTC). Made by DemoTimelineBuilder.
struct DemoTimeline
{
    struct Step
    {
        ApplicationStatus status = ApplicationStatus::Applied;
        qint64 at = 0;
        bool byDesk = false; // automatic: offers and waitlisting on qualification, expiry
    };

    std::array<Step, 16> steps{};
    int size = 0;
    int qualifiedIndex = -1;
    qint64 offerExpiresAt = 0; // a pending offer's

    void add(ApplicationStatus status, bool byDesk = false)
    {
        steps[static_cast<std::size_t>(size++)] = {status, 0, byDesk};
    }
    Step &step(int i) { return steps[static_cast<std::size_t>(i)]; }
    const Step &step(int i) const { return steps[static_cast<std::size_t>(i)]; }
    const Step &last() const { return step(size - 1); }
    // When it reached the status; 0 when it never did.
    qint64 at(ApplicationStatus status) const
    {
        for (int i = 0; i < size; ++i) {
            if (step(i).status == status)
                return step(i).at;
        }
        return 0;
    }
};
