#include "db/transaction.h"

#include "db/sql.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {
bool runStatement(const QString &connection, const QString &sql, Error *error)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    QElapsedTimer waited;
    waited.start();
    if (query.exec(sql))
        return true;
    if (error)
        *error = SqlFailure::explain(SqlFailure::codeOf(query.lastError()),
                                     SqlFailure::fileOf(connection), waited.elapsed(),
                                     SqlFailure::tr("Could not run %1").arg(sql), query.lastError(),
                                     SqlFailure::systemErrorOf(connection));
    return false;
}
} // namespace

Transaction::Transaction(QString connectionName, Mode mode)
    : m_connection(std::move(connectionName))
{
    const QString begin = mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE")
                                                  : QStringLiteral("BEGIN DEFERRED");
    m_active = runStatement(m_connection, begin, &m_error);
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty() ? Error{SqlFailure::tr("No transaction is open"), {}}
                                         : m_error;
    if (!runStatement(m_connection, QStringLiteral("COMMIT"), &m_error)) {
        rollback();
        return m_error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    runStatement(m_connection, QStringLiteral("ROLLBACK"), nullptr);
    m_active = false;
}

Savepoint::Savepoint(QString connectionName) : m_connection(std::move(connectionName))
{
    m_active = runStatement(m_connection, QStringLiteral("SAVEPOINT item"), &m_error);
}

Savepoint::~Savepoint()
{
    if (m_active)
        (void)undo();
}

Status Savepoint::keep()
{
    return end(true);
}

Status Savepoint::undo()
{
    return end(false);
}

Status Savepoint::end(bool keep)
{
    if (!m_active)
        return m_error.message.isEmpty() ? Error{SqlFailure::tr("No savepoint is open"), {}}
                                         : m_error;
    m_active = false;
    // ROLLBACK TO leaves the savepoint open: it is released after it either way.
    if (!keep && !runStatement(m_connection, QStringLiteral("ROLLBACK TO item"), &m_error))
        return m_error;
    if (!runStatement(m_connection, QStringLiteral("RELEASE item"), &m_error))
        return m_error;
    return {};
}
