#include "domain/guaranteestanding.h"

#include "domain/timestamp.h"

QString GuaranteeStanding::searchText() const
{
    if (!search.startedOn.isValid())
        return {};
    return (ended ? tr("since %1; the guarantee (%2 days) ended %3")
                  : tr("since %1; the guarantee (%2 days) ends %3"))
        .arg(Timestamp::formatDate(search.startedOn))
        .arg(search.terms.periodDays)
        .arg(Timestamp::formatDate(endsOn));
}

QString GuaranteeStanding::eligibilityText() const
{
    // Only a search under way is judged: a placement or not_seeking ends it.
    if (!search.startedOn.isValid() || search.status != ApplicationStatus::JobSearch)
        return {};
    return eligibility.describe();
}

QString GuaranteeStanding::placementText() const
{
    if (!placement || !placement->outcome)
        return {};
    QString text = tr("%1: %2 at %3 from %4")
                       .arg(Placement::displayName(*placement->outcome), placement->jobTitle,
                            placement->employer, Timestamp::formatDate(placement->startsOn));
    if (placement->salary)
        text += tr(", salary %1").arg(*placement->salary);
    return text;
}
