#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

class QFileInfo;

// What this user may do with a database file and its folder, and, when it is not enough, the
// words a person needs. Permissions as the system applies them (access(2)): root may do
// anything. SQLite writes its -wal and -shm beside the file, so writing needs the folder too.
class FileAccess
{
    Q_DECLARE_TR_FUNCTIONS(FileAccess)

public:
    // The file and its folder are writable for this user.
    static bool canWrite(const QFileInfo &file);
    // Files can be made in the file's folder (its -wal and -shm, by SQLite).
    static bool canWriteBeside(const QFileInfo &file);
    // No write bit is set on the file for anyone: nobody but root can change it under a reader.
    static bool nobodyWrites(const QFileInfo &file);
    // Why this user cannot read (or, with `writes`, read and write) the file; empty when nothing
    // stands in the way.
    static QString problem(const QFileInfo &file, bool writes);
    // A reader of a read-only file leaves -wal and -shm with that file's read-only mode, and SQLite
    // then refuses every write even after the file itself was made writable again. Gives such
    // companions of ours the file's own mode.
    static void repairCompanions(const QFileInfo &file);
    // From now on, files and folders this process creates are for its user alone (umask 077): every
    // file the programs write holds personal data, and Qt creates some (QSaveFile's temporary file)
    // readable by others before their mode can be set. Called first thing in main(), before any
    // thread exists.
    static void keepNewFilesPrivate();
    // "rw-r-----", as ls shows it.
    static QString modeText(QFileDevice::Permissions permissions);
};
