#pragma once

#include <QtGlobal>

// A random stream that fits in one 64-bit seed (SplitMix64). Each demo application draws from
// its own, so that it can be generated twice from that seed: once to sort the applications by
// time, once to write them.
struct SplitMix64
{
    quint64 state;

    quint64 operator()()
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
};
