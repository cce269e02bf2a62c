#pragma once

#include "demo/demodice.h"

#include <QtGlobal>

#include <vector>

// The mentors of a demo by track, and which of them can take one more active mentee.
class DemoMentorPool
{
public:
    explicit DemoMentorPool(int tracks = 0);

    void add(int track, qint64 id, int maxActive, bool available);
    qint64 size() const { return static_cast<qint64>(m_mentors.size()); }

    // Any mentor of the track, for a past mentoring.
    qint64 any(int track, DemoSlotDice &dice) const;
    // Whether an available mentor of the track is below their maximum.
    bool hasRoom(int track) const;
    // Such a mentor, for a proposal: it does not count as a mentee.
    qint64 proposal(int track, DemoSlotDice &dice) const;
    // Such a mentor, who takes one more active mentee. Only when hasRoom(track).
    qint64 take(int track, DemoSlotDice &dice);

private:
    struct Mentor
    {
        qint64 id = 0;
        int maxActive = 0;
        int active = 0;
    };

    std::vector<Mentor> m_mentors;
    std::vector<std::vector<int>> m_byTrack;  // indexes into m_mentors
    std::vector<std::vector<int>> m_withRoom; // of m_byTrack, available and below maximum
};
