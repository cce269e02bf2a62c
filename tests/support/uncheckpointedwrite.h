#pragma once

#include <QString>
#include <QStringList>

// A change that lives only in a database's -wal: written on a raw connection of its own, which
// then closes without the checkpoint SQLite makes when the last connection closes, as a program
// that stopped right after it committed leaves the file. The next connection to open the file
// reads the change from the -wal.
namespace UncheckpointedWrite {
// Runs `statements` in one transaction on a file in WAL mode; returns an error text, empty on
// success.
QString run(const QString &path, const QStringList &statements);
} // namespace UncheckpointedWrite
