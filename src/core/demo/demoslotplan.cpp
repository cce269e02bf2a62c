#include "demo/demoslotplan.h"

#include <algorithm>
#include <iterator>

using S = ApplicationStatus;
using Kind = DemoCohort::Kind;
using Slot = DemoSlotPlan::Slot;

namespace {

void add(std::vector<Slot> &slots, int cohort, S status, DemoMainDice &dice)
{
    Slot slot;
    slot.seed = dice.raw();
    slot.cohort = cohort;
    slot.status = status;
    slot.planIndex = static_cast<qint32>(slots.size());
    slots.push_back(slot);
}

void shuffle(std::vector<int> &items, DemoMainDice &dice)
{
    for (std::size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1],
                  items[static_cast<std::size_t>(dice.below(static_cast<qint64>(i)))]);
}

} // namespace

std::vector<Slot> DemoSlotPlan::make(const std::vector<DemoCohort> &cohorts, qint64 applicants,
                                     DemoMainDice &dice)
{
    std::vector<Slot> slots;
    std::vector<int> firsts;  // completed cohorts, left before the start: may apply again
    std::vector<int> seconds; // early stages of upcoming cohorts: may be a second try
    for (std::size_t c = 0; c < cohorts.size(); ++c) {
        const DemoCohort &cohort = cohorts[c];
        for (int s = 0; s < DemoCohort::StatusCount; ++s) {
            const auto status = static_cast<S>(s);
            for (int i = 0; i < cohort.count(status); ++i) {
                const int index = static_cast<int>(slots.size());
                if (cohort.kind == Kind::Completed &&
                    (status == S::NotQualified || status == S::Withdrawn || status == S::Declined))
                    firsts.push_back(index);
                else if (cohort.kind == Kind::Upcoming && s <= static_cast<int>(S::Interviewed))
                    seconds.push_back(index);
                add(slots, static_cast<int>(c), status, dice);
            }
        }
    }
    // About one applicant in forty applies again after leaving an earlier cohort. Their first
    // try ended before that cohort started, long before the second one began.
    const qint64 again = std::min<qint64>(
        {applicants / 40, static_cast<qint64>(firsts.size()), static_cast<qint64>(seconds.size())});
    shuffle(firsts, dice);
    shuffle(seconds, dice);
    for (qint64 i = 0; i < again; ++i)
        slots[static_cast<std::size_t>(seconds[static_cast<std::size_t>(i)])].partner =
            firsts[static_cast<std::size_t>(i)];

    // The rest of the applicants have not been placed in a cohort yet.
    const qint64 unplaced = applicants + again - static_cast<qint64>(slots.size());
    // In fixed proportions, the rarer statuses first so that a few applications show them.
    static constexpr S Unplaced[] = {S::Qualified,
                                     S::NotQualified,
                                     S::Withdrawn,
                                     S::Interviewed,
                                     S::InterviewScheduled,
                                     S::InterviewScheduled,
                                     S::Screening,
                                     S::Screening,
                                     S::Screening,
                                     S::Screening,
                                     S::Screening,
                                     S::Applied,
                                     S::Applied,
                                     S::Applied,
                                     S::Applied,
                                     S::Applied,
                                     S::Applied,
                                     S::Applied,
                                     S::Applied,
                                     S::Applied};
    for (qint64 i = 0; i < unplaced; ++i)
        add(slots, -1, Unplaced[i % static_cast<qint64>(std::size(Unplaced))], dice);
    return slots;
}
