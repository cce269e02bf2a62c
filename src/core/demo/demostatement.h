#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// A statement of the demo data, prepared once and run for many rows. Values are bound as
// Sql::run binds them (a null QString is empty text); a failure says that writing the demo
// data failed, with the driver's error.
class DemoStatement
{
    Q_DECLARE_TR_FUNCTIONS(DemoStatement)

public:
    explicit DemoStatement(QString connectionName) : m_connection(std::move(connectionName)) {}

    Status prepare(const QString &sql);
    Status exec(const QVariantList &values);
    // Runs a SELECT of one id and finishes it; no row is a failure.
    Result<qint64> selectId(const QVariantList &values);
    // The row id of the last INSERT.
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }

private:
    Error failed() const;

    QString m_connection;
    QSqlQuery m_query;
};
