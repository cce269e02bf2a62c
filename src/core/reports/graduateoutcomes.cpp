#include "reports/graduateoutcomes.h"

namespace GraduateOutcomes {

QString graduatesSql()
{
    return QStringLiteral("a.status IN ('graduated', 'job_search', 'placed', 'not_seeking')");
}

QString outcomeSql()
{
    return QStringLiteral("CASE a.status WHEN 'placed' THEN a.placement_outcome "
                          "WHEN 'job_search' THEN 'still_seeking' "
                          "WHEN 'not_seeking' THEN 'not_seeking' ELSE 'not_reporting' END");
}

QString graduatedOnSql()
{
    return QStringLiteral("a.graduated_on");
}

QString daysToJobSql()
{
    return QStringLiteral("CASE a.status WHEN 'placed' THEN "
                          "CAST(julianday(a.placement_on) - julianday(%1) AS INTEGER) END")
        .arg(graduatedOnSql());
}

} // namespace GraduateOutcomes
