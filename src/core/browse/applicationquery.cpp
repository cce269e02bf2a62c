#include "browse/applicationquery.h"

#include "browse/applicationsearchindex.h"
#include "domain/timestamp.h"

#include <QStringList>

namespace {
// The terms a key orders by, before the id that breaks ties.
QStringList keyTerms(ApplicationQuery::SortKey key)
{
    using K = ApplicationQuery::SortKey;
    switch (key) {
    case K::Id:
        return {};
    case K::Track:
        return {QStringLiteral("t.code")};
    // The keys below are copies kept on the application for its own indexes (schema v21, v24),
    // in the order their source shows: the applicant's last then first name without case, their
    // email, the status in lifecycle order, the cohort's name, the owner's username without
    // case, the applicant's phone.
    case K::Name:
        // The columns compare without case (schema v24); no COLLATE, as for the owner below.
        return {QStringLiteral("a.applicant_last_name"), QStringLiteral("a.applicant_first_name")};
    case K::Email:
        return {QStringLiteral("a.applicant_email")};
    case K::Phone:
        return {QStringLiteral("a.applicant_phone")};
    case K::Cohort:
        return {QStringLiteral("a.cohort_name")};
    case K::Status:
        return {QStringLiteral("a.status_rank")};
    case K::Owner:
        // The column compares without case (schema v21). No COLLATE here: a comparison that
        // names one does not reach the index, and a seek compares with this same term.
        return {QStringLiteral("a.owner_username")};
    case K::Applied:
        return {QStringLiteral("a.applied_at")};
    case K::LastChange:
        return {QStringLiteral("a.status_changed_at")};
    case K::Score:
        return {QStringLiteral("a.score")};
    }
    return {};
}

QString ordered(const QStringList &terms, bool ascending)
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return terms.join(direction + QStringLiteral(", ")) + direction;
}
} // namespace

ApplicationQuery::ApplicationQuery(ApplicationFilter filter, SortKey key, Qt::SortOrder order)
    : m_filter(std::move(filter)), m_key(key), m_order(order)
{
}

QString ApplicationQuery::joins()
{
    return QStringLiteral("LEFT JOIN applicants p ON p.id = a.applicant_id "
                          "LEFT JOIN tracks t ON t.id = a.track_id "
                          "LEFT JOIN cohorts c ON c.id = a.cohort_id "
                          "LEFT JOIN staff_users u ON u.id = a.owner_id ");
}

QString ApplicationQuery::statusMarks() const
{
    return QStringList(m_filter.statuses.size(), QStringLiteral("?")).join(QStringLiteral(", "));
}

QStringList ApplicationQuery::conditions() const
{
    QStringList terms;
    if (!m_filter.statuses.isEmpty())
        terms << QStringLiteral("a.status IN (%1)").arg(statusMarks());
    if (m_filter.trackId)
        terms << QStringLiteral("a.track_id = ?");
    if (m_filter.cohortId)
        terms << QStringLiteral("a.cohort_id = ?");
    if (m_filter.ownerId)
        terms << QStringLiteral("a.owner_id = ?");
    if (m_filter.appliedFrom.isValid())
        terms << QStringLiteral("a.applied_at >= ?");
    if (m_filter.appliedTo.isValid())
        terms << QStringLiteral("a.applied_at < ?");
    if (!m_filter.search.trimmed().isEmpty())
        terms << searchCondition();
    return terms;
}

QString ApplicationQuery::where(const QStringList &more) const
{
    const QStringList terms = conditions() + more;
    return terms.isEmpty()
               ? QString()
               : QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
}

QVariantList ApplicationQuery::values() const
{
    QVariantList values;
    if (const auto id = wantedId())
        values << *id; // the WITH clause's, first
    for (ApplicationStatus status : m_filter.statuses)
        values << Statuses::machineName(status);
    if (m_filter.trackId)
        values << m_filter.trackId;
    if (m_filter.cohortId)
        values << m_filter.cohortId;
    if (m_filter.ownerId)
        values << m_filter.ownerId;
    // Stored times are UTC text, so a date compares as the start of that day.
    if (m_filter.appliedFrom.isValid())
        values << Timestamp::formatDate(m_filter.appliedFrom);
    if (m_filter.appliedTo.isValid())
        values << Timestamp::formatDate(m_filter.appliedTo.addDays(1));
    if (ApplicationSearchIndex::isSearchable(m_filter.search)) {
        if (ApplicationSearchIndex::isSubstring(m_filter.search))
            values << ApplicationSearchIndex::matchValue(m_filter.search);
        else
            values << ApplicationSearchIndex::prefixValues(m_filter.search);
    }
    return values;
}

std::optional<qint64> ApplicationQuery::wantedId() const
{
    if (!ApplicationSearchIndex::isSearchable(m_filter.search))
        return std::nullopt;
    return ApplicationSearchIndex::applicationId(m_filter.search);
}

QString ApplicationQuery::with() const
{
    return wantedId() ? QStringLiteral("WITH wanted(id) AS (SELECT ?) ") : QString();
}

QString ApplicationQuery::searchCondition() const
{
    const QString &term = m_filter.search;
    // A term too short to search for matches nothing: it is refused before it gets here, and
    // leaving it out would show every application as if they matched.
    if (!ApplicationSearchIndex::isSearchable(term))
        return QStringLiteral("0");
    QStringList matches;
    if (wantedId())
        matches << QStringLiteral("a.id = (SELECT id FROM wanted)");
    if (ApplicationSearchIndex::isSubstring(term))
        matches << QStringLiteral("a.id IN (") + ApplicationSearchIndex::idsMatchingSql() +
                       QLatin1Char(')');
    else
        matches << QStringLiteral("a.applicant_id IN (") +
                       ApplicationSearchIndex::applicantsStartingSql(term) + QLatin1Char(')');
    return QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

bool ApplicationQuery::searchesOnly() const
{
    const ApplicationFilter &f = m_filter;
    return ApplicationSearchIndex::isSubstring(f.search) && !wantedId() && f.statuses.isEmpty() &&
           f.trackId == 0 && f.cohortId == 0 && f.ownerId == 0 && !f.appliedFrom.isValid() &&
           !f.appliedTo.isValid();
}

bool ApplicationQuery::filtersStatusesOnly() const
{
    ApplicationFilter others = m_filter;
    others.statuses.clear();
    return others == ApplicationFilter();
}

QString ApplicationQuery::countSql() const
{
    if (searchesOnly())
        return ApplicationSearchIndex::countMatchingSql();
    // A few rows instead of a pass over an index of a million (30 ms at launch and on every
    // refresh); the statuses are where()'s values, in its order.
    if (filtersStatusesOnly())
        return QStringLiteral("SELECT coalesce(sum(applications), 0) FROM status_totals") +
               (m_filter.statuses.isEmpty()
                    ? QString()
                    : QStringLiteral(" WHERE status IN (%1)").arg(statusMarks()));
    return with() + QStringLiteral("SELECT count(*) FROM applications a ") + where();
}

QStringList ApplicationQuery::sortTerms() const
{
    return keyTerms(m_key) << QStringLiteral("a.id");
}

QString ApplicationQuery::orderBy(bool ascending, bool reversed) const
{
    QString order = ordered(sortTerms(), ascending);
    // The application a number names comes before the phones it is part of, whatever the sort;
    // last when the pages are read from the end.
    if (wantedId())
        order.prepend(QStringLiteral("a.id = (SELECT id FROM wanted) %1, ")
                          .arg(reversed ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    return order;
}

QString ApplicationQuery::selectSql(const QString &columns) const
{
    return with() + QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM applications a ") +
           joins() + where() + QStringLiteral("ORDER BY ") +
           orderBy(m_order == Qt::AscendingOrder, false);
}

QString ApplicationQuery::sortJoin() const
{
    return m_key == SortKey::Track ? QStringLiteral("JOIN tracks t ON t.id = a.track_id ")
                                   : QString();
}

QString ApplicationQuery::pageIdsSql(bool reversed) const
{
    const bool ascending = (m_order == Qt::AscendingOrder) != reversed;
    if (searchesOnly() && m_key == SortKey::Id)
        return ApplicationSearchIndex::pageMatchingSql(ascending ? Qt::AscendingOrder
                                                                 : Qt::DescendingOrder);
    // Only the join the order needs: the page of ids is read before its rows. Its keys come
    // along where pages can seek, so that the next page can seek from them.
    const QString keys =
        canSeek() ? QStringLiteral(", ") + sortTerms().join(QStringLiteral(", ")) : QString();
    return with() + QStringLiteral("SELECT a.id") + keys + QStringLiteral(" FROM applications a ") +
           sortJoin() + where() + QStringLiteral("ORDER BY ") + orderBy(ascending, reversed) +
           QStringLiteral(" LIMIT ? OFFSET ?");
}

bool ApplicationQuery::canSeek() const
{
    return m_filter.search.trimmed().isEmpty();
}

QString ApplicationQuery::anchorsSql() const
{
    QStringList columns;
    QStringList named;
    const QStringList terms = sortTerms();
    for (int i = 0; i < terms.size(); ++i) {
        columns << terms.at(i) + QStringLiteral(" AS k%1").arg(i);
        named << QStringLiteral("k%1").arg(i);
    }
    return QStringLiteral("SELECT ") + named.join(QStringLiteral(", ")) +
           QStringLiteral(" FROM (SELECT row_number() OVER (ORDER BY ") +
           orderBy(m_order == Qt::AscendingOrder, false) + QStringLiteral(") - 1 AS n, ") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM applications a ") +
           sortJoin() + where() + QStringLiteral(") WHERE n % ? = 0 ORDER BY n");
}

QList<ApplicationQuery::SeekRange> ApplicationQuery::seekRanges(const QVariantList &key,
                                                                bool inclusive, bool forward) const
{
    return ranges(key, inclusive, forward, false);
}

bool ApplicationQuery::canWalk() const
{
    return canSeek() && !conditions().isEmpty();
}

QList<ApplicationQuery::SeekRange> ApplicationQuery::walkRanges(const QVariantList &key,
                                                                bool inclusive, bool forward) const
{
    return ranges(key, inclusive, forward, true);
}

QList<ApplicationQuery::SeekRange> ApplicationQuery::ranges(const QVariantList &key,
                                                            bool inclusive, bool forward,
                                                            bool walk) const
{
    // A row value comparison (k, id) > (?, ?) reaches an index only through its first term
    // (SQLite 3.40), so the rows past a key are read as ranges that each walk the sort's index:
    // the same leading terms and a later value of the next one, the longest prefix first.
    // NULLs sort first ascending and last descending. A walk leaves the filter out of the WHERE
    // clause, which would let SQLite choose the filter's index and sort every match, and
    // selects it as a last column instead.
    const QStringList terms = sortTerms();
    Q_ASSERT(key.isEmpty() || key.size() == terms.size());
    const bool ascending = (m_order == Qt::AscendingOrder) == forward;
    const QString wanted = walk ? QStringLiteral(", (") +
                                      conditions().join(QStringLiteral(" AND ")) +
                                      QStringLiteral(") IS TRUE")
                                : QString();
    const QString columns = QStringLiteral("SELECT a.id, ") + terms.join(QStringLiteral(", ")) +
                            wanted + QStringLiteral(" FROM applications a ") + sortJoin();
    const QString order = QStringLiteral("ORDER BY ") + ordered(terms, ascending) +
                          (walk ? QString() : QStringLiteral(" LIMIT ?"));
    QList<SeekRange> ranges;
    const auto add = [&](const QStringList &range, const QVariantList &rangeValues) {
        const QString filtered = walk ? (range.isEmpty() ? QString()
                                                         : QStringLiteral("WHERE ") +
                                                               range.join(QStringLiteral(" AND ")) +
                                                               QLatin1Char(' '))
                                      : where(range);
        ranges << SeekRange{columns + filtered + order, values() + rangeValues};
    };
    if (key.isEmpty()) {
        add({}, {});
        return ranges;
    }
    const auto past = [&](int i, const QString &beyond, const QVariantList &beyondValues) {
        QStringList same;
        QVariantList values;
        for (int j = 0; j < i; ++j) {
            if (key.at(j).isNull()) {
                same << terms.at(j) + QStringLiteral(" IS NULL");
            } else {
                same << terms.at(j) + QStringLiteral(" = ?");
                values << key.at(j);
            }
        }
        add(same << beyond, values + beyondValues);
    };
    for (int i = terms.size() - 1; i >= 0; --i) {
        const bool id = i == terms.size() - 1; // never NULL
        const QVariant &value = key.at(i);
        const QString compare =
            ascending ? (id && inclusive ? QStringLiteral(" >= ?") : QStringLiteral(" > ?"))
                      : (id && inclusive ? QStringLiteral(" <= ?") : QStringLiteral(" < ?"));
        if (!value.isNull())
            past(i, terms.at(i) + compare, {value});
        else if (ascending)
            past(i, terms.at(i) + QStringLiteral(" IS NOT NULL"), {});
        if (!value.isNull() && !ascending && !id)
            past(i, terms.at(i) + QStringLiteral(" IS NULL"), {});
    }
    return ranges;
}
