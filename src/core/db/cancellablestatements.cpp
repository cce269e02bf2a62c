#include "db/cancellablestatements.h"

#include "db/sqlitehandle.h"

#include <sqlite3.h>

namespace {
// About a millisecond of work between two looks at the flag.
constexpr int StepsBetweenLooks = 10000;

int stopWhenCancelled(void *cancelled)
{
    return static_cast<const std::atomic_bool *>(cancelled)->load() ? 1 : 0;
}
} // namespace

CancellableStatements::CancellableStatements(const QString &connectionName,
                                             const std::atomic_bool &cancelled)
    : m_connection(connectionName)
{
    if (sqlite3 *handle = sqliteHandleOf(QSqlDatabase::database(m_connection, false)))
        sqlite3_progress_handler(handle, StepsBetweenLooks, stopWhenCancelled,
                                 const_cast<std::atomic_bool *>(&cancelled));
}

CancellableStatements::~CancellableStatements()
{
    if (sqlite3 *handle = sqliteHandleOf(QSqlDatabase::database(m_connection, false)))
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}
