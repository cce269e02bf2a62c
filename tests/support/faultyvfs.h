#pragma once

#include <QString>

// A SQLite VFS named "faulty" over the default one ("unix"): every call goes through to it,
// except that, once armed, the Nth write, fsync or truncate fails, as a failing or full disk
// would make it. It is in the process's own libsqlite3, which the Qt SQLite driver shares, so a
// connection reaches it through a URI (`file:/path?vfs=faulty` with QSQLITE_OPEN_URI), or
// through useForNewConnections(true), which makes it the default VFS: then Database::open()
// uses it without knowing.
//
// The counters are not thread-safe: arm, run the operation, and read them on one thread.
class FaultyVfs
{
public:
    enum class Fault
    {
        // The Nth write, fsync or truncate fails with SQLITE_IOERR_WRITE, _FSYNC or _TRUNCATE,
        // once: the operations before and after it succeed (a transient fault).
        IoError,
        // From the Nth write on, every write fails with SQLITE_FULL until disarm(): the disk
        // stays full. Only writes are counted then; fsync and truncate succeed.
        DiskFull
    };

    static constexpr const char *Name = "faulty";

    // Registers the VFS (once); true when SQLite took it.
    static bool install();
    // Whether connections opened from now on use this VFS (true) or SQLite's own (false).
    static void useForNewConnections(bool faulty);

    // Counts the calls of `fault`'s kind from 0 and fails the `n`th (counted from 1); n = 0
    // only counts.
    static void arm(Fault fault, int n);
    // Stops counting and failing; the disk is well again.
    static void disarm();
    // The calls of the armed kind counted since arm().
    static int count();
    // Whether the armed fault has been answered at least once.
    static bool fired();
    // The writes, fsyncs and truncates the VFS passed on or failed since install(), armed or
    // not (to tell that a connection goes through it at all).
    static qint64 callsSeen();
};
