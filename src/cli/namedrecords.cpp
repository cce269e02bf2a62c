#include "namedrecords.h"

#include "domain/validation.h"
#include "repositories/cohortrepository.h"
#include "repositories/staffrepository.h"

Result<Cohort> NamedRecords::cohort(const QString &connectionName, const QString &name,
                                    const QString &option)
{
    const auto found = CohortRepository(connectionName).findByName(name);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{option.isEmpty()
                         ? tr("There is no cohort named %1.").arg(Validation::quoted(name))
                         : tr("%1: there is no cohort named %2.")
                               .arg(option, Validation::quoted(name)),
                     {}};
    return *found.value();
}

Result<StaffUser> NamedRecords::staffUser(const QString &connectionName, const QString &username,
                                          const QString &option)
{
    const auto found = StaffRepository(connectionName).findByUsername(username);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{
            tr("%1: there is no staff user %2.").arg(option, Validation::quoted(username)), {}};
    return *found.value();
}
