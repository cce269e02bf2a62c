#pragma once

#include "backup/backupfolder.h"
#include "commandspec.h"

#include <QCoreApplication>
// backup, backup list, backup settings and restore: copies of the database that are checked
// before they count, and putting one back.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    static QList<CommandSpec> commands();

private:
    static int backup(Invocation &invocation);
    static int list(Invocation &invocation);
    static int settings(Invocation &invocation);
    static int restore(Invocation &invocation);
    static QString describe(const BackupFolder::Rotation &rotation);
};
