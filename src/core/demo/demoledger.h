#pragma once

#include "demo/democohort.h"
#include "demo/demotimeline.h"
#include "domain/payment.h"

#include <QList>

// The payments of a demo student, by their timeline: the deposit on enrolling, the rest of the
// price on the start day, the deposit back to one who withdrew before the start, and the refund
// that a request came to by the cohort's schedule. Drawn from nothing but the timeline, so the
// demo's other choices stay as they were.
namespace DemoLedger {
QList<Payment> of(const DemoTimeline &t, const DemoCohort &cohort, qint64 applicationNumber);
}
