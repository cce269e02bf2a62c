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
    int weight;   // share of the applications, in percent
    int priceUsd; // a seat's price; the deposit is a tenth of it
};

inline constexpr DemoTrack DemoTracks[] = {
    {"SWE", "Software Engineering", 24, 24, 15000}, {"WEB3", "Full-Stack Web3", 20, 8, 16000},
    {"CYB", "Cyber Security", 24, 13, 14500},       {"DA", "Data Analytics", 16, 15, 12000},
    {"UX", "UX/UI Design", 16, 11, 11000},          {"OPS", "Cloud & DevOps", 20, 10, 14000},
    {"AI", "AI & Machine Learning", 24, 12, 17000}, {"QA", "Software Testing & QA", 12, 7, 9000},
};
inline constexpr int DemoTrackCount = static_cast<int>(std::size(DemoTracks));

// The weights alone, for DemoDice::weighted.
inline constexpr std::array<int, DemoTrackCount> DemoTrackWeights = [] {
    std::array<int, DemoTrackCount> weights{};
    for (std::size_t t = 0; t < weights.size(); ++t)
        weights[t] = DemoTracks[t].weight;
    return weights;
}();
