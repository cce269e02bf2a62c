#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

// Where the programs may write a file they make (an export, a report, a backup): never over the
// database they work on, its -wal, -shm or -journal, nor over any other SQLite database, such as
// a backup. Files are compared by device and inode where they exist and by canonical folder and
// name where they do not, so another spelling of the path, a symbolic link or a hard link is
// caught.
class OutputTarget
{
    Q_DECLARE_TR_FUNCTIONS(OutputTarget)

public:
    // Files that hold personal data are for their owner alone.
    static constexpr QFileDevice::Permissions PrivateMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // Refuses, saying why and that nothing was written, an output at `outputPath` that would
    // replace `databasePath`, one of its companions or any SQLite database.
    static Status check(const QString &outputPath, const QString &databasePath);
};
