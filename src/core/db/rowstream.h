#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

struct sqlite3_stmt;

// Reads the rows of one SELECT forward only, every column as UTF-8 text (NULL as empty). On
// SQLite it steps the statement through SQLite's C API on the Qt driver's own connection: a
// QVariant and a QString per value are most of the time a QSqlQuery export spends. Other
// drivers go through a forward-only QSqlQuery.
class RowStream
{
    Q_DECLARE_TR_FUNCTIONS(RowStream)

public:
    explicit RowStream(QString connectionName);
    ~RowStream();
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    Status start(const QString &sql, const QVariantList &values);
    // The next row; false at the end or on an error (then error() is set).
    bool next();
    int columnCount() const { return m_columnCount; }
    // Valid until the next call of next().
    QByteArrayView column(int index) const;
    // Whether the value is NULL (column() gives it as empty).
    bool isNull(int index) const;
    const std::optional<Error> &error() const { return m_error; }

private:
    QString m_connection;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QList<QByteArray> m_row; // the QSqlQuery path's current row
    QList<bool> m_nulls;     // … and which of its values are NULL
    int m_columnCount = 0;
    std::optional<Error> m_error;
};
