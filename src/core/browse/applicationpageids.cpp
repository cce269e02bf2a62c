#include "browse/applicationpageids.h"

#include "db/cancellablestatements.h"
#include "db/sql.h"

#include <algorithm>

namespace {
// A row of id and `keys` sort terms.
ApplicationPageIds::Entry entryOf(const QSqlQuery &q, int keys)
{
    ApplicationPageIds::Entry entry{q.value(0).toLongLong(), {}};
    for (int i = 1; i <= keys; ++i)
        entry.key << q.value(i);
    return entry;
}
} // namespace

ApplicationPageIds::ApplicationPageIds(QString connectionName, ApplicationQuery query)
    : m_connection(std::move(connectionName)), m_query(std::move(query))
{
}

Result<QList<ApplicationPageIds::Entry>> ApplicationPageIds::at(qint64 first, int count,
                                                                qint64 rowCount) const
{
    const bool fromEnd = first > rowCount / 2;
    const qint64 last = qMin<qint64>(first + count, rowCount);
    QVariantList values = m_query.values();
    values << qMax<qint64>(0, last - first) << (fromEnd ? rowCount - last : first);
    const int keys = m_query.canSeek() ? int(m_query.sortTerms().size()) : 0;
    auto entries = Sql(m_connection)
                       .rows<Entry>(m_query.pageIdsSql(fromEnd), values,
                                    [keys](const QSqlQuery &q) { return entryOf(q, keys); });
    if (entries && fromEnd)
        std::reverse(entries.value().begin(), entries.value().end());
    return entries;
}

Result<QList<ApplicationPageIds::Entry>>
ApplicationPageIds::from(const QVariantList &key, bool inclusive, bool forward, int count) const
{
    const Sql sql(m_connection);
    const int keys = int(m_query.sortTerms().size());
    QList<Entry> entries;
    for (const ApplicationQuery::SeekRange &range : m_query.seekRanges(key, inclusive, forward)) {
        if (entries.size() >= count)
            break;
        auto more = sql.rows<Entry>(range.sql, QVariantList(range.values) << count - entries.size(),
                                    [keys](const QSqlQuery &q) { return entryOf(q, keys); });
        if (!more)
            return more.error();
        entries << more.value();
    }
    if (!forward)
        std::reverse(entries.begin(), entries.end());
    return entries;
}

Result<QList<QVariantList>> ApplicationPageIds::anchors(int n,
                                                        const std::atomic_bool &cancelled) const
{
    const CancellableStatements cancellable(m_connection, cancelled);
    const int keys = int(m_query.sortTerms().size());
    return Sql(m_connection)
        .rows<QVariantList>(m_query.anchorsSql(), QVariantList(m_query.values()) << n,
                            [keys](const QSqlQuery &q) {
                                QVariantList key;
                                for (int i = 0; i < keys; ++i)
                                    key << q.value(i);
                                return key;
                            });
}
