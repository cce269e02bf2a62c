#include "db/rowstream.h"

#include "db/sqlitehandle.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlRecord>

#include <sqlite3.h>

namespace {
QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT);
    }
    }
}
} // namespace

RowStream::RowStream(QString connectionName) : m_connection(std::move(connectionName)) {}

RowStream::~RowStream()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

Status RowStream::start(const QString &sql, const QVariantList &values)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (sqlite3 *handle = sqliteHandleOf(db)) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr) !=
            SQLITE_OK)
            return Error{tr("Cannot read the rows: %1").arg(sqliteMessage(handle)), {}};
        for (int i = 0; i < values.size(); ++i) {
            if (bind(m_statement, i + 1, values.at(i)) != SQLITE_OK)
                return Error{tr("Cannot read the rows: %1").arg(sqliteMessage(handle)), {}};
        }
        m_columnCount = sqlite3_column_count(m_statement);
        return {};
    }
    m_query = std::make_unique<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        return Error{tr("Cannot read the rows"), m_query->lastError()};
    for (const QVariant &value : values)
        m_query->addBindValue(value);
    if (!m_query->exec())
        return Error{tr("Cannot read the rows"), m_query->lastError()};
    m_columnCount = m_query->record().count();
    return {};
}

bool RowStream::next()
{
    if (m_error)
        return false;
    if (m_statement) {
        const int stepped = sqlite3_step(m_statement);
        if (stepped == SQLITE_ROW)
            return true;
        if (stepped != SQLITE_DONE)
            m_error = Error{tr("Reading the rows failed: %1")
                                .arg(sqliteMessage(sqlite3_db_handle(m_statement))),
                            {}};
        return false;
    }
    if (!m_query)
        return false;
    if (!m_query->next()) {
        if (m_query->lastError().isValid() && m_query->lastError().type() != QSqlError::NoError)
            m_error = Error{tr("Reading the rows failed"), m_query->lastError()};
        return false;
    }
    m_row.resize(m_columnCount);
    m_nulls.resize(m_columnCount);
    for (int i = 0; i < m_columnCount; ++i) {
        const QVariant value = m_query->value(i);
        m_nulls[i] = value.isNull();
        m_row[i] = value.metaType().id() == QMetaType::QByteArray ? value.toByteArray()
                                                                   : value.toString().toUtf8();
    }
    return true;
}

QByteArrayView RowStream::column(int index) const
{
    if (m_statement) {
        // The text first: it may convert the value, and the size must be taken after.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
        return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, index) : 0);
    }
    return index >= 0 && index < m_row.size() ? QByteArrayView(m_row.at(index)) : QByteArrayView();
}

bool RowStream::isNull(int index) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
    return index >= 0 && index < m_nulls.size() && m_nulls.at(index);
}
