#pragma once

#include <QString>

// The file-system steps that make a new file appear whole or not at all, for files that SQLite
// writes itself (QSaveFile does the same for files the program writes).
namespace AtomicFile {
// Replaces `destination` by `source` in one step (rename(2)); false, with errno set, on failure.
bool renameOver(const QString &source, const QString &destination);
// Makes a rename durable: the folder's entry, not only the file's data, reaches the disk.
void syncFolderOf(const QString &path);
} // namespace AtomicFile
