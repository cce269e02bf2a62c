#pragma once

#include "demo/splitmix64.h"

#include <QtGlobal>

#include <cstddef>
#include <initializer_list>
#include <random>
#include <utility>
#include <vector>

// The random choices of the demo data. They are computed from the engine's raw output rather
// than by the standard distributions, which differ between standard libraries and would break
// "same seed, same rows".
template <typename Engine> class DemoDice
{
public:
    explicit DemoDice(Engine engine) : m_engine(std::move(engine)) {}

    quint64 raw() { return static_cast<quint64>(m_engine()); }
    // [0, n)
    qint64 below(qint64 n)
    {
        return n <= 1 ? 0 : static_cast<qint64>(raw() % static_cast<quint64>(n));
    }
    // [lo, hi]
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    // [0, 1)
    double unit() { return static_cast<double>(raw() >> 11) * 0x1.0p-53; }
    // [lo, hi)
    double real(double lo, double hi) { return lo + (hi - lo) * unit(); }
    bool chance(double p) { return unit() < p; }
    // An index into weights, each with a chance in proportion to its weight.
    template <typename Weights> int weighted(const Weights &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }
    int weighted(std::initializer_list<int> weights)
    {
        return weighted<std::initializer_list<int>>(weights);
    }
    template <typename T> const T &pick(const std::vector<T> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<qint64>(items.size())))];
    }

private:
    Engine m_engine;
};

// The plan and the fixed tables draw from one stream, each application from its own.
using DemoMainDice = DemoDice<std::mt19937_64>;
using DemoSlotDice = DemoDice<SplitMix64>;
