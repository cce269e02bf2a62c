#pragma once

#include <QSqlDatabase>

struct sqlite3;

// The SQLite connection under a Qt QSQLITE connection, or nullptr for any other driver. Only the
// classes that go around QSqlQuery for speed (RowStream, PreparedStatement) use it; they keep a
// QSqlQuery path for the other drivers.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);
