#include "reports/reportfilter.h"

QList<ReportFilterField> ReportFilter::given() const
{
    QList<ReportFilterField> fields;
    if (from.isValid() || to.isValid())
        fields << ReportFilterField::Dates;
    if (trackId != 0)
        fields << ReportFilterField::Track;
    if (cohortId != 0)
        fields << ReportFilterField::Cohort;
    if (!source.isEmpty() || !campaign.isEmpty())
        fields << ReportFilterField::Source;
    if (ownerId != 0)
        fields << ReportFilterField::Owner;
    return fields;
}
