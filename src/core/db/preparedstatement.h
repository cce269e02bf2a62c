#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QStringView>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

// One statement prepared once and run many times, for bulk writes (the CSV import runs two
// inserts and two lookups per row, a million times). On SQLite it binds and steps through
// SQLite's C API on the Qt driver's own connection, inside the caller's transaction: QVariant
// and QSqlQuery's bookkeeping per value are most of what a QSqlQuery loop spends. Other drivers
// go through a prepared QSqlQuery.
//
// Binding: indexes start at 1, as in SQLite; a value stays bound until bound again. Text is
// bound as it is (an empty QString is empty text, never NULL).
class PreparedStatement
{
    Q_DECLARE_TR_FUNCTIONS(PreparedStatement)

public:
    explicit PreparedStatement(QString connectionName);
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    Status prepare(const QString &sql);

    void bind(int index, QStringView text);
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Raw bytes (a hash, a salt); a null array binds NULL.
    void bindBlob(int index, const QByteArray &bytes);

    // Runs the statement; a SELECT is then positioned before its first row.
    Status exec();
    // The next row of a SELECT; false after the last one (or on an error: then lastError()).
    bool next();
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The id of the row the last INSERT on this connection made.
    qint64 lastInsertId() const;
    // Ends the current SELECT, releasing its read snapshot; exec() does it too.
    void finish();

private:
    void resetIfStepped();
    // A binding SQLite refused, kept for exec() to report.
    void noteBinding(int result);
    // What went wrong, from SQLite's connection (handle, else the statement's) or the query.
    Error failure(sqlite3 *handle = nullptr) const;

    QString m_connection;
    QString m_sql;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    // The C API path: whether the statement stands on a row, and whether it has been stepped
    // since its last reset.
    bool m_hasRow = false;
    bool m_stepped = false;
    qint64 m_waitedMs = 0; // how long the last step ran, for an error that waited for a lock
    Error m_bindingError;
};
