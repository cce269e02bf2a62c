#pragma once

#include "backup/backupfile.h"
#include "domain/actor.h"
#include "domain/result.h"

#include <QString>

// Backups, recorded in the audit trail. One a person asks for holds everything, password hashes
// included, so it needs Action::BackUp; the automatic ones are the desk's own.
namespace BackupService {
Result<BackupFile::Contents> backUp(const QString &connectionName, const Actor &actor,
                                    const QString &destination,
                                    const BackupFile::Progress &progress = {});
Result<BackupFile::Contents> backUpAutomatically(const QString &connectionName,
                                                 const QString &destination,
                                                 const BackupFile::Progress &progress = {});
} // namespace BackupService
