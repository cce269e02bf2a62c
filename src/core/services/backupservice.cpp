#include "services/backupservice.h"

#include "services/authorization.h"

namespace BackupService {
Result<BackupFile::Contents> backUp(const QString &connectionName, const Actor &actor,
                                    const QString &destination,
                                    const BackupFile::Progress &progress)
{
    if (Status allowed = Authorization::require(connectionName, actor, Action::BackUp); !allowed)
        return allowed.error();
    return BackupFile::write(connectionName, destination, progress);
}
} // namespace BackupService
