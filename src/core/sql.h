#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

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
        if (!query.value().next())
            return std::optional<T>();
        std::optional<T> result(fromRow(query.value()));
        query.value().finish();
        return result;
    }

    // SQL NULL for "none": an id of 0, so foreign keys and indexes see no value.
    static QVariant idOrNull(qint64 id)
    {
        return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    }

    // A prepared query for loops that run one statement many times.
    Result<QSqlQuery> prepare(const QString &sql) const;
    static Status run(QSqlQuery &query, const QVariantList &values);

private:
    QString m_connection;
};
