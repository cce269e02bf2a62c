#include "services/backupservice.h"

#include "audit/audittrail.h"
#include "services/authorization.h"

#include <QDir>

namespace BackupService {

namespace {
Result<BackupFile::Contents> writeAndRecord(const QString &connectionName, const Actor &actor,
                                            const QString &destination,
                                            const BackupFile::Progress &progress)
{
    auto made = BackupFile::write(connectionName, destination, progress);
    if (!made)
        return made;
    AuditEntry entry(QStringLiteral("backup"), QStringLiteral("database"));
    entry.note = QStringLiteral("to %1: %2 applications, audit trail up to record %3")
                     .arg(QDir::toNativeSeparators(destination))
                     .arg(made.value().applications())
                     .arg(made.value().auditHeadId);
    if (Status recorded = AuditTrail::recordAlone(connectionName, actor, entry); !recorded)
        return recorded.error();
    return made;
}
} // namespace

Result<BackupFile::Contents> backUp(const QString &connectionName, const Actor &actor,
                                    const QString &destination,
                                    const BackupFile::Progress &progress)
{
    if (Status allowed = Authorization::require(connectionName, actor, Action::BackUp); !allowed)
        return allowed.error();
    return writeAndRecord(connectionName, actor, destination, progress);
}

Result<BackupFile::Contents> backUpAutomatically(const QString &connectionName,
                                                 const QString &destination,
                                                 const BackupFile::Progress &progress)
{
    return writeAndRecord(connectionName, Actor::desk(), destination, progress);
}

} // namespace BackupService
