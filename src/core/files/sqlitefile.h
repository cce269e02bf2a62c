#pragma once

#include <QString>

// Whether a file is an SQLite database, by its first 16 bytes, read through SQLite's own file
// handle. Never through a descriptor of our own: POSIX locks belong to the process, so closing
// any descriptor of a file drops every lock this process holds on it, the locks of its open
// SQLite connections included. Another program would then take the file for unused, and
// checkpoint and delete its write-ahead log under those connections, which from then on read a
// stale file and may damage it when they write. SQLite's unix VFS keeps its own descriptors
// open until no connection of the process holds a lock.
namespace SqliteFile {
bool hasHeader(const QString &path);
} // namespace SqliteFile
