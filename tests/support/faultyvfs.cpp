#include "faultyvfs.h"

#include <sqlite3.h>

#include <cstring>

namespace {
struct State
{
    bool armed = false;
    FaultyVfs::Fault fault = FaultyVfs::Fault::IoError;
    int target = 0;
    int count = 0;
    bool fired = false;
    qint64 calls = 0;
};
State state;

sqlite3_vfs *base = nullptr; // the VFS underneath ("unix")
sqlite3_vfs faulty;

// Our file: SQLite allocates szOsFile bytes; the base VFS's file follows ours.
struct File
{
    sqlite3_file file;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

enum class Call
{
    Write,
    Sync,
    Truncate
};

// The result code the call must answer instead of doing its work, or SQLITE_OK.
int injected(Call call)
{
    ++state.calls;
    if (!state.armed)
        return SQLITE_OK;
    if (state.fault == FaultyVfs::Fault::DiskFull) {
        if (call != Call::Write)
            return SQLITE_OK;
        ++state.count;
        if (state.target > 0 && state.count >= state.target) {
            state.fired = true;
            return SQLITE_FULL;
        }
        return SQLITE_OK;
    }
    ++state.count;
    if (state.target == 0 || state.count != state.target)
        return SQLITE_OK;
    state.fired = true;
    switch (call) {
    case Call::Write:
        return SQLITE_IOERR_WRITE;
    case Call::Sync:
        return SQLITE_IOERR_FSYNC;
    case Call::Truncate:
        return SQLITE_IOERR_TRUNCATE;
    }
    return SQLITE_IOERR;
}

int xClose(sqlite3_file *file)
{
    const int rc = realOf(file)->pMethods->xClose(realOf(file));
    file->pMethods = nullptr;
    return rc;
}
int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}
int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(Call::Write); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}
int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (const int rc = injected(Call::Truncate); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int xSync(sqlite3_file *file, int flags)
{
    if (const int rc = injected(Call::Sync); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}
int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int xLock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xLock(realOf(file), lock);
}
int xUnlock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), lock);
}
int xCheckReservedLock(sqlite3_file *file, int *out)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}
int xFileControl(sqlite3_file *file, int op, void *arg)
{
    // SQLITE_FCNTL_VFSNAME: say that we are in the way, as SQLite's own shims do.
    if (op == SQLITE_FCNTL_VFSNAME) {
        const int rc = realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
        auto **name = static_cast<char **>(arg);
        char *below = rc == SQLITE_OK ? *name : nullptr;
        *name = sqlite3_mprintf("%s/%z", FaultyVfs::Name, below);
        return SQLITE_OK;
    }
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int xSectorSize(sqlite3_file *file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int xDeviceCharacteristics(sqlite3_file *file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
int xShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), page, size, extend, out);
}
int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void xShmBarrier(sqlite3_file *file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, out);
}
int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, page);
}

// One table of methods per iVersion of the base file's, so SQLite never calls what the base
// does not have.
sqlite3_io_methods methodsFor(int version)
{
    sqlite3_io_methods m;
    std::memset(&m, 0, sizeof m);
    m.iVersion = version;
    m.xClose = xClose;
    m.xRead = xRead;
    m.xWrite = xWrite;
    m.xTruncate = xTruncate;
    m.xSync = xSync;
    m.xFileSize = xFileSize;
    m.xLock = xLock;
    m.xUnlock = xUnlock;
    m.xCheckReservedLock = xCheckReservedLock;
    m.xFileControl = xFileControl;
    m.xSectorSize = xSectorSize;
    m.xDeviceCharacteristics = xDeviceCharacteristics;
    if (version >= 2) {
        m.xShmMap = xShmMap;
        m.xShmLock = xShmLock;
        m.xShmBarrier = xShmBarrier;
        m.xShmUnmap = xShmUnmap;
    }
    if (version >= 3) {
        m.xFetch = xFetch;
        m.xUnfetch = xUnfetch;
    }
    return m;
}
const sqlite3_io_methods methods1 = methodsFor(1);
const sqlite3_io_methods methods2 = methodsFor(2);
const sqlite3_io_methods methods3 = methodsFor(3);

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<File *>(file);
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    file->pMethods = nullptr;
    const int rc = base->xOpen(base, name, ours->real, flags, outFlags);
    if (ours->real->pMethods) {
        switch (ours->real->pMethods->iVersion) {
        case 1:
            file->pMethods = &methods1;
            break;
        case 2:
            file->pMethods = &methods2;
            break;
        default:
            file->pMethods = &methods3;
            break;
        }
    }
    return rc;
}
int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return base->xDelete(base, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return base->xAccess(base, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return base->xFullPathname(base, name, size, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return base->xDlOpen(base, name);
}
void xDlError(sqlite3_vfs *, int size, char *out)
{
    base->xDlError(base, size, out);
}
void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return base->xDlSym(base, handle, symbol);
}
void xDlClose(sqlite3_vfs *, void *handle)
{
    base->xDlClose(base, handle);
}
int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return base->xRandomness(base, size, out);
}
int xSleep(sqlite3_vfs *, int microseconds)
{
    return base->xSleep(base, microseconds);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return base->xCurrentTime(base, out);
}
int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return base->xGetLastError ? base->xGetLastError(base, size, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return base->xCurrentTimeInt64(base, out);
}
} // namespace

bool FaultyVfs::install()
{
    if (base)
        return true;
    sqlite3_vfs *below = sqlite3_vfs_find(nullptr);
    if (!below)
        return false;
    std::memset(&faulty, 0, sizeof faulty);
    faulty.iVersion = 2;
    faulty.szOsFile = int(sizeof(File)) + below->szOsFile;
    faulty.mxPathname = below->mxPathname;
    faulty.zName = Name;
    faulty.xOpen = xOpen;
    faulty.xDelete = xDelete;
    faulty.xAccess = xAccess;
    faulty.xFullPathname = xFullPathname;
    faulty.xDlOpen = xDlOpen;
    faulty.xDlError = xDlError;
    faulty.xDlSym = xDlSym;
    faulty.xDlClose = xDlClose;
    faulty.xRandomness = xRandomness;
    faulty.xSleep = xSleep;
    faulty.xCurrentTime = xCurrentTime;
    faulty.xGetLastError = xGetLastError;
    faulty.xCurrentTimeInt64 = xCurrentTimeInt64;
    base = below;
    if (sqlite3_vfs_register(&faulty, 0) != SQLITE_OK) {
        base = nullptr;
        return false;
    }
    return true;
}

void FaultyVfs::useForNewConnections(bool useFaulty)
{
    if (base)
        sqlite3_vfs_register(useFaulty ? &faulty : base, 1);
}

void FaultyVfs::arm(Fault fault, int n)
{
    state.armed = true;
    state.fault = fault;
    state.target = n;
    state.count = 0;
    state.fired = false;
}

void FaultyVfs::disarm()
{
    state.armed = false;
}

int FaultyVfs::count()
{
    return state.count;
}

bool FaultyVfs::fired()
{
    return state.fired;
}

qint64 FaultyVfs::callsSeen()
{
    return state.calls;
}
