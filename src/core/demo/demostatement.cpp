#include "demo/demostatement.h"

#include "db/sql.h"

#include <QCoreApplication>

Status DemoStatement::prepare(const QString &sql)
{
    auto prepared = Sql(m_connection).prepare(sql);
    if (!prepared)
        return prepared.error();
    m_query = std::move(prepared.value());
    return {};
}

Status DemoStatement::exec(const QVariantList &values)
{
    if (!Sql::run(m_query, values))
        return failed();
    return {};
}

Result<qint64> DemoStatement::selectId(const QVariantList &values)
{
    if (Status done = exec(values); !done)
        return done.error();
    if (!m_query.next())
        return failed();
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

Error DemoStatement::failed() const
{
    return Error{tr("Writing the demo data failed"), m_query.lastError()};
}
