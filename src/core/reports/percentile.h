#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

// The nearest-rank percentile: the smallest value with at least `share` (0..1] of the values
// at or below it; the median is share 0.5. Reorders `values`; 0 for none.
inline double nearestRankPercentile(QList<double> &values, double share)
{
    if (values.isEmpty())
        return 0;
    const qsizetype rank = qMax<qsizetype>(1, qsizetype(std::ceil(share * double(values.size()))));
    auto nth = values.begin() + (rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}
