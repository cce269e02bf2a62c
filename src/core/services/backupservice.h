#pragma once

#include "backup/backupfile.h"
#include "domain/actor.h"
#include "domain/result.h"

#include <QString>

// A backup a person asks for: it holds everything, password hashes included, so it needs
// Action::BackUp. The automatic backups are the desk's own and call BackupFile::write.
namespace BackupService {
Result<BackupFile::Contents> backUp(const QString &connectionName, const Actor &actor,
                                    const QString &destination,
                                    const BackupFile::Progress &progress = {});
} // namespace BackupService
