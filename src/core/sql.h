#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

// Runs SQL on one named connection with every value bound. Each call makes a short-lived,
// forward-only query: a query left active pins a WAL snapshot (see CRAFT.md).
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

    // A prepared query for loops that run one statement many times.
    Result<QSqlQuery> prepare(const QString &sql) const;
    static Status run(QSqlQuery &query, const QVariantList &values);

private:
    QString m_connection;
};
