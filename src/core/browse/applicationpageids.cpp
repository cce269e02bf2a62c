#include "browse/applicationpageids.h"

#include "db/cancellablestatements.h"
#include "db/sql.h"

#include <algorithm>

namespace {
// A walk of the sort's order gives up on a page once it has read this many rows for each row
// of the page without finding them all (matches sparser than one in 16 there): sorting every
// match is then cheaper.
constexpr int WalkedRowsPerRow = 16;

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
    // The first page and the last: a walk from that end, where the filter's matches are dense.
    if (m_query.canWalk() && (first == 0 || first + count >= rowCount)) {
        if (auto walked = walk({}, false, first == 0, count))
            return *walked;
    }
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
    if (m_query.canWalk()) {
        if (auto walked = walk(key, inclusive, forward, count))
            return *walked;
    }
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

std::optional<Result<QList<ApplicationPageIds::Entry>>>
ApplicationPageIds::walk(const QVariantList &key, bool inclusive, bool forward, int count) const
{
    const Sql sql(m_connection);
    const int keys = int(m_query.sortTerms().size());
    const int budget = WalkedRowsPerRow * count;
    int walked = 0;
    QList<Entry> entries;
    for (const ApplicationQuery::SeekRange &range : m_query.walkRanges(key, inclusive, forward)) {
        auto rows = sql.select(range.sql, range.values);
        if (!rows)
            return Result<QList<Entry>>(rows.error());
        QSqlQuery &q = rows.value();
        while (entries.size() < count && q.next()) {
            if (++walked > budget)
                return std::nullopt;
            if (q.value(keys + 1).toBool())
                entries << entryOf(q, keys);
        }
        if (Status read = Sql::finished(q); !read)
            return Result<QList<Entry>>(read.error());
        if (entries.size() >= count)
            break;
    }
    if (!forward)
        std::reverse(entries.begin(), entries.end());
    return Result<QList<Entry>>(entries);
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
