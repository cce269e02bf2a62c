#pragma once

#include <QMap>

#include <cmath>

// How many times each whole value occurred (tenths of a day), for percentiles read off the
// counts that SQL grouped, without the values themselves.
class Histogram
{
public:
    void add(qint64 value, qint64 count)
    {
        m_counts[value] += count;
        m_total += count;
    }
    qint64 total() const { return m_total; }
    // Both histograms' counts together.
    Histogram operator+(const Histogram &other) const
    {
        Histogram sum = *this;
        for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it)
            sum.add(it.key(), it.value());
        return sum;
    }
    // The nearest-rank percentile: the smallest value with at least `share` (0..1] of the
    // values at or below it; the median is share 0.5. 0 when empty.
    qint64 percentile(double share) const
    {
        const qint64 rank = qMax<qint64>(1, qint64(std::ceil(share * double(m_total))));
        qint64 seen = 0;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            seen += it.value();
            if (seen >= rank)
                return it.key();
        }
        return 0;
    }

private:
    QMap<qint64, qint64> m_counts;
    qint64 m_total = 0;
};
