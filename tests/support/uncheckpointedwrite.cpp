#include "uncheckpointedwrite.h"

#include <QFile>

#include <sqlite3.h>

QString UncheckpointedWrite::run(const QString &path, const QStringList &statements)
{
    sqlite3 *db = nullptr;
    QString error;
    const auto fail = [&db, &error] {
        if (error.isEmpty())
            error = QString::fromUtf8(sqlite3_errmsg(db));
    };
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK ||
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) != SQLITE_OK ||
        sqlite3_exec(db, "PRAGMA wal_autocheckpoint = 0; BEGIN IMMEDIATE", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
        fail();
    } else {
        for (const QString &sql : statements) {
            if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) !=
                SQLITE_OK) {
                fail();
                break;
            }
        }
        if (sqlite3_exec(db, error.isEmpty() ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr) !=
            SQLITE_OK)
            fail();
    }
    sqlite3_close(db);
    return error;
}
