#pragma once

#include "demo/democohort.h"
#include "demo/demodice.h"
#include "demo/demotimeline.h"

// Makes the history of a demo application at a status: the path of statuses the lifecycle
// allows to it, and times that fit its cohort. Every step lies before the anchor (the day the
// data is relative to, 00:00 UTC); a full cohort's waitlist comes after its seat holders, first
// come, first served; a pending offer expires after the anchor.
class DemoTimelineBuilder
{
public:
    explicit DemoTimelineBuilder(qint64 anchorMs);

    // cohort is null for applications not yet placed in a cohort. The same dice state gives the
    // same timeline.
    DemoTimeline build(ApplicationStatus status, const DemoCohort *cohort,
                       DemoSlotDice &dice) const;

private:
    qint64 m_anchor;
    qint64 m_latest; // the latest time a step may have
};
