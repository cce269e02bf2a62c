#include "db/scopedpragma.h"

#include "db/sql.h"

#include <QSqlDatabase>

ScopedPragma::ScopedPragma(QString connectionName, const char *name, qint64 value)
    : m_connection(std::move(connectionName)), m_name(name)
{
    if (QSqlDatabase::database(m_connection, false).driverName() != QLatin1String("QSQLITE"))
        return;
    const Sql sql(m_connection);
    const QString pragma = QStringLiteral("PRAGMA ") + QLatin1String(m_name);
    if (auto previous = sql.scalar(pragma); previous && !previous->isNull()) {
        // Not set (Sql logs why): nothing to put back, the write only goes slower.
        if (sql.exec(pragma + QStringLiteral(" = %1").arg(value)))
            m_previous = previous.value();
    }
}

ScopedPragma::~ScopedPragma()
{
    // A destructor has no caller to tell; Sql logs a failure.
    if (!m_previous.isNull())
        (void)Sql(m_connection)
            .exec(QStringLiteral("PRAGMA %1 = %2")
                      .arg(QLatin1String(m_name))
                      .arg(m_previous.toLongLong()));
}
