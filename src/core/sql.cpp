#include "sql.h"

#include <QLoggingCategory>
#include <QSqlDatabase>

Q_LOGGING_CATEGORY(lcSql, "admissions.sql", QtWarningMsg)

namespace {
Error queryError(const QSqlQuery &query)
{
    qCWarning(lcSql) << "statement failed:" << query.lastQuery() << query.lastError().text();
    return Error{QStringLiteral("The database refused a statement"), query.lastError()};
}
} // namespace

Result<QSqlQuery> Sql::prepare(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(query);
    return query;
}

Status Sql::run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A default-constructed QString would reach SQLite as NULL; only a null QVariant
        // (QVariant(QMetaType)) is meant to be NULL.
        const bool emptyText =
            !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i, emptyText ? QVariant(QLatin1String("")) : value);
    }
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<QSqlQuery> Sql::select(const QString &sql, const QVariantList &values) const
{
    auto query = prepare(sql);
    if (!query)
        return query.error();
    if (auto status = run(query.value(), values); !status)
        return status.error();
    return query;
}

Result<QVariant> Sql::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = select(sql, values);
    if (!query)
        return query.error();
    QVariant result = query.value().next() ? query.value().value(0) : QVariant();
    query.value().finish();
    return result;
}

Result<qint64> Sql::insert(const QString &sql, const QVariantList &values) const
{
    auto query = select(sql, values);
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Result<int> Sql::exec(const QString &sql, const QVariantList &values) const
{
    auto query = select(sql, values);
    if (!query)
        return query.error();
    return query.value().numRowsAffected();
}
