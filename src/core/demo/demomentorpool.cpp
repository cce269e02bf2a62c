#include "demo/demomentorpool.h"

DemoMentorPool::DemoMentorPool(int tracks)
    : m_byTrack(static_cast<std::size_t>(tracks)), m_withRoom(static_cast<std::size_t>(tracks))
{
}

void DemoMentorPool::add(int track, qint64 id, int maxActive, bool available)
{
    const int index = static_cast<int>(m_mentors.size());
    m_byTrack[static_cast<std::size_t>(track)].push_back(index);
    if (available)
        m_withRoom[static_cast<std::size_t>(track)].push_back(index);
    m_mentors.push_back({id, maxActive, 0});
}

qint64 DemoMentorPool::any(int track, DemoSlotDice &dice) const
{
    return m_mentors[static_cast<std::size_t>(
                         dice.pick(m_byTrack[static_cast<std::size_t>(track)]))]
        .id;
}

bool DemoMentorPool::hasRoom(int track) const
{
    return !m_withRoom[static_cast<std::size_t>(track)].empty();
}

qint64 DemoMentorPool::proposal(int track, DemoSlotDice &dice) const
{
    return m_mentors[static_cast<std::size_t>(
                         dice.pick(m_withRoom[static_cast<std::size_t>(track)]))]
        .id;
}

qint64 DemoMentorPool::take(int track, DemoSlotDice &dice)
{
    std::vector<int> &withRoom = m_withRoom[static_cast<std::size_t>(track)];
    const auto slot = static_cast<std::size_t>(dice.below(static_cast<qint64>(withRoom.size())));
    Mentor &mentor = m_mentors[static_cast<std::size_t>(withRoom[slot])];
    if (++mentor.active >= mentor.maxActive) {
        withRoom[slot] = withRoom.back();
        withRoom.pop_back();
    }
    return mentor.id;
}
