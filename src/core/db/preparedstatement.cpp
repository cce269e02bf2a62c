#include "db/preparedstatement.h"

#include "db/sql.h"
#include "db/sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>

#include <sqlite3.h>

PreparedStatement::PreparedStatement(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

PreparedStatement::~PreparedStatement()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

Status PreparedStatement::prepare(const QString &sql)
{
    m_sql = sql;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (sqlite3 *handle = sqliteHandleOf(db)) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
            return failure(handle);
        return {};
    }
    m_query = std::make_unique<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        return failure();
    return {};
}

// SQLite refuses bindings (SQLITE_MISUSE) on a statement that has been stepped and not reset.
void PreparedStatement::resetIfStepped()
{
    if (m_statement && m_stepped)
        sqlite3_reset(m_statement);
    m_stepped = false;
    m_hasRow = false;
}

void PreparedStatement::noteBinding(int result)
{
    if (result != SQLITE_OK && m_bindingError.message.isEmpty())
        m_bindingError = failure();
}

void PreparedStatement::bind(int index, QStringView text)
{
    resetIfStepped();
    if (m_statement) {
        // As UTF-8, the database's encoding: Qt converts faster than SQLite, which would
        // translate UTF-16 character by character. A null view would bind NULL: "" is empty text.
        const QByteArray utf8 = text.toUtf8();
        noteBinding(sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(),
                                      int(utf8.size()), SQLITE_TRANSIENT));
    } else if (m_query) {
        m_query->bindValue(index - 1, text.isNull() ? QStringLiteral("") : text.toString());
    }
}

void PreparedStatement::bind(int index, qint64 value)
{
    resetIfStepped();
    if (m_statement)
        noteBinding(sqlite3_bind_int64(m_statement, index, value));
    else if (m_query)
        m_query->bindValue(index - 1, value);
}

void PreparedStatement::bindNull(int index)
{
    resetIfStepped();
    if (m_statement)
        noteBinding(sqlite3_bind_null(m_statement, index));
    else if (m_query)
        m_query->bindValue(index - 1, QVariant(QMetaType::fromType<qint64>()));
}

void PreparedStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull()) {
        bindNull(index);
        return;
    }
    resetIfStepped();
    if (m_statement)
        noteBinding(sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                                      SQLITE_TRANSIENT));
    else if (m_query)
        m_query->bindValue(index - 1, bytes);
}

Status PreparedStatement::exec()
{
    if (!m_bindingError.message.isEmpty()) {
        const Error error = m_bindingError;
        m_bindingError = Error{};
        return error;
    }
    if (m_statement) {
        resetIfStepped();
        // A statement with result columns is stepped by next(); any other runs now.
        if (sqlite3_column_count(m_statement) > 0)
            return {};
        QElapsedTimer waited;
        waited.start();
        const int stepped = sqlite3_step(m_statement);
        m_waitedMs = waited.elapsed();
        const Error error = stepped == SQLITE_DONE ? Error{} : failure();
        sqlite3_reset(m_statement);
        if (stepped != SQLITE_DONE)
            return error;
        return {};
    }
    if (!m_query || !m_query->exec())
        return failure();
    return {};
}

bool PreparedStatement::next()
{
    if (m_statement) {
        m_stepped = true;
        QElapsedTimer waited;
        waited.start();
        const int stepped = sqlite3_step(m_statement);
        m_waitedMs = waited.elapsed();
        m_hasRow = stepped == SQLITE_ROW;
        return m_hasRow;
    }
    return m_query && m_query->next();
}

qint64 PreparedStatement::int64(int column) const
{
    if (m_statement)
        return m_hasRow ? sqlite3_column_int64(m_statement, column) : 0;
    return m_query ? m_query->value(column).toLongLong() : 0;
}

QString PreparedStatement::text(int column) const
{
    if (m_statement) {
        if (!m_hasRow)
            return QString();
        // The text first: it may convert the value, and the size must be taken after.
        const auto *data = static_cast<const QChar *>(sqlite3_column_text16(m_statement, column));
        return QString(data, sqlite3_column_bytes16(m_statement, column) / 2);
    }
    return m_query ? m_query->value(column).toString() : QString();
}

QByteArray PreparedStatement::blob(int column) const
{
    if (m_statement) {
        if (!m_hasRow)
            return QByteArray();
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QByteArray(data, sqlite3_column_bytes(m_statement, column));
    }
    return m_query ? m_query->value(column).toByteArray() : QByteArray();
}

qint64 PreparedStatement::lastInsertId() const
{
    if (m_statement)
        return sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement));
    return m_query ? m_query->lastInsertId().toLongLong() : 0;
}

void PreparedStatement::finish()
{
    resetIfStepped();
    if (m_query)
        m_query->finish();
}

Error PreparedStatement::failure(sqlite3 *handle) const
{
    if (!handle && m_statement)
        handle = sqlite3_db_handle(m_statement);
    if (handle) {
        const char *file = sqlite3_db_filename(handle, "main");
        return SqlFailure::explain(
            sqlite3_extended_errcode(handle),
            file ? QDir::toNativeSeparators(QString::fromUtf8(file)) : QString(), m_waitedMs,
            tr("The database refused a statement: %1 (%2)")
                .arg(QString::fromUtf8(sqlite3_errmsg(handle)), m_sql),
            {}, sqlite3_system_errno(handle));
    }
    if (m_query)
        return Error{tr("The database refused a statement (%1)").arg(m_sql), m_query->lastError()};
    return Error{tr("The database refused a statement (%1)").arg(m_sql), {}};
}
