#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Plain facts about files on disk that tests compare before and after an operation.
namespace FileFacts {
// The permission bits (0600, 0644), or -1 when the file cannot be read.
int modeOf(const QString &path);
// SHA-256 of the bytes; empty when the file cannot be read.
QByteArray digestOf(const QString &path);
// The files of a folder, hidden ones too, by name.
QStringList filesIn(const QString &dir);
} // namespace FileFacts
