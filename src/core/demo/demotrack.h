#pragma once

#include <array>
#include <cstddef>
#include <iterator>

// A career track of the demo bootcamp.
struct DemoTrack
{
    const char *code;
    const char *name;
    int weeks;
    int weight; // share of the applications, in percent
};

inline constexpr DemoTrack DemoTracks[] = {
    {"SWE", "Software Engineering", 24, 24}, {"WEB3", "Full-Stack Web3", 20, 8},
    {"CYB", "Cyber Security", 24, 13},       {"DA", "Data Analytics", 16, 15},
    {"UX", "UX/UI Design", 16, 11},          {"OPS", "Cloud & DevOps", 20, 10},
    {"AI", "AI & Machine Learning", 24, 12}, {"QA", "Software Testing & QA", 12, 7},
};
inline constexpr int DemoTrackCount = static_cast<int>(std::size(DemoTracks));

// The weights alone, for DemoDice::weighted.
inline constexpr std::array<int, DemoTrackCount> DemoTrackWeights = [] {
    std::array<int, DemoTrackCount> weights{};
    for (std::size_t t = 0; t < weights.size(); ++t)
        weights[t] = DemoTracks[t].weight;
    return weights;
}();
