#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

// What a failed statement means for a person, in one place for every class that runs SQL (Sql,
// Transaction, PreparedStatement). The SQLite result codes that have a plain answer (another
// program is writing, the disk is full, the file is read-only or damaged, the disk failed)
// become one sentence that names the file and says that nothing was changed; the error keeps
// the code (QSqlError::nativeErrorCode()) and the plain reason as its text. Any other code
// keeps the caller's message and the driver's error.
class SqlFailure
{
    Q_DECLARE_TR_FUNCTIONS(SqlFailure)

public:
    // SQLite's primary result codes (sqlite3.h), which QSQLITE reports as nativeErrorCode().
    enum Code
    {
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        IoError = 10,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        NotADatabase = 26
    };

    // The primary result code of a QSQLITE error (an extended code is reduced to it), or 0.
    static int codeOf(const QSqlError &error);
    // The reason for `code` in a few words ("the disk is full"), empty when it has none.
    static QString reason(int code);
    // `code`: SQLite's result code, primary or extended; `file`: the database file;
    // `waitedMs`: how long the statement ran before it failed (how long it waited for a lock);
    // `otherwise`: the message for a code without a plain answer, with `driverError`;
    // `systemError`: errno behind the failure (sqlite3_system_errno()): ENOSPC makes an I/O
    // error, such as growing the -shm file, a full disk.
    static Error explain(int code, const QString &file, qint64 waitedMs, const QString &otherwise,
                         const QSqlError &driverError, int systemError = 0);
    // errno behind the last failure on a connection, 0 when unknown.
    static int systemErrorOf(const QString &connectionName);
    // The file of a connection, as a person would type it.
    static QString fileOf(const QString &connectionName);
};

// Runs SQL on one named connection with every value bound. Each call makes a short-lived,
// forward-only query: a query left active pins a WAL snapshot (the connection goes on seeing old
// data, and no checkpoint can move past it).
class Sql
{
public:
    explicit Sql(QString connectionName) : m_connection(std::move(connectionName)) {}

    const QString &connectionName() const { return m_connection; }

    // The executed query, positioned before its first row.
    Result<QSqlQuery> select(const QString &sql, const QVariantList &values = {}) const;
    // The first column of the first row; a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;
    // The new row's id.
    Result<qint64> insert(const QString &sql, const QVariantList &values = {}) const;
    // The number of rows changed.
    Result<int> exec(const QString &sql, const QVariantList &values = {}) const;

    // Every row, each turned into a T by fromRow(const QSqlQuery &).
    template <typename T, typename FromRow>
    Result<QList<T>> rows(const QString &sql, const QVariantList &values, FromRow fromRow) const
    {
        auto query = select(sql, values);
        if (!query)
            return query.error();
        QList<T> result;
        while (query.value().next())
            result << fromRow(query.value());
        if (Status all = finished(query.value()); !all)
            return all.error();
        return result;
    }

    // The first row as a T, or nothing when there is none.
    template <typename T, typename FromRow>
    Result<std::optional<T>> row(const QString &sql, const QVariantList &values,
                                 FromRow fromRow) const
    {
        auto query = select(sql, values);
        if (!query)
            return query.error();
        if (!query.value().next()) {
            if (Status none = finished(query.value()); !none)
                return none.error();
            return std::optional<T>();
        }
        std::optional<T> result(fromRow(query.value()));
        query.value().finish();
        return result;
    }

    // SQL NULL for "none": an id of 0, so foreign keys and indexes see no value.
    static QVariant idOrNull(qint64 id)
    {
        return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    }

    // Whether next() returned false because the rows ended, not because a step failed: a
    // damaged page met after the first row, or a failing disk, ends the rows just the same.
    // A loop over a query's rows asks this after it.
    static Status finished(const QSqlQuery &query);
    // A prepared query for loops that run one statement many times.
    Result<QSqlQuery> prepare(const QString &sql) const;
    static Status run(QSqlQuery &query, const QVariantList &values);

private:
    QString m_connection;
};
