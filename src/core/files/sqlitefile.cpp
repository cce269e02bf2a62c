#include "files/sqlitefile.h"

#include <QByteArray>
#include <QFile>

#include <sqlite3.h>

bool SqliteFile::hasHeader(const QString &path)
{
    static const QByteArray Magic("SQLite format 3\0", 16);
    sqlite3 *db = nullptr;
    bool matches = false;
    // Opening reads nothing yet and creates nothing (no -wal, no -shm) on a read-only open.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_file *file = nullptr;
        if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK &&
            file && file->pMethods) {
            QByteArray header(Magic.size(), '\0');
            matches =
                file->pMethods->xRead(file, header.data(), int(header.size()), 0) == SQLITE_OK &&
                header == Magic;
        }
    }
    sqlite3_close(db);
    return matches;
}
