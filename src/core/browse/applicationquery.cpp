#include "browse/applicationquery.h"

#include "browse/applicationsearchindex.h"
#include "domain/timestamp.h"

#include <QStringList>

namespace {
// The order expression of each key. Ties are broken by id, in the same direction, so that a
// page boundary is always well defined.
QString orderExpression(ApplicationQuery::SortKey key)
{
    using K = ApplicationQuery::SortKey;
    switch (key) {
    case K::Id:
        return {};
    case K::Name:
        // p.id completes the order of the applicants_last_name index, so SQLite walks it
        // instead of sorting a million rows.
        return QStringLiteral(
            "p.last_name COLLATE NOCASE %1, p.first_name COLLATE NOCASE %1, p.id %1");
    case K::Email:
        return QStringLiteral("p.email_norm %1");
    case K::Track:
        return QStringLiteral("t.code %1");
    // The keys below are copies kept on the application for its own indexes (schema v21), in
    // the order their source shows: the status in lifecycle order, the cohort's name, the
    // owner's username without case, the applicant's phone.
    case K::Phone:
        return QStringLiteral("a.applicant_phone %1");
    case K::Cohort:
        return QStringLiteral("a.cohort_name %1");
    case K::Status:
        return QStringLiteral("a.status_rank %1");
    case K::Owner:
        // The column compares without case (schema v21). No COLLATE here: a comparison that
        // names one does not reach the index, and a seek compares with this same term.
        return QStringLiteral("a.owner_username %1");
    case K::Applied:
        return QStringLiteral("a.applied_at %1");
    case K::LastChange:
        return QStringLiteral("a.status_changed_at %1");
    case K::Score:
        return QStringLiteral("a.score %1");
    }
    return {};
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

QString ApplicationQuery::where() const
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

QString ApplicationQuery::orderBy(bool ascending, bool reversed) const
{
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString order = QStringLiteral("a.id ") + direction;
    if (m_key != SortKey::Id)
        order.prepend(orderExpression(m_key).arg(direction) + QStringLiteral(", "));
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

QString ApplicationQuery::pageIdsSql(bool reversed) const
{
    const bool ascending = (m_order == Qt::AscendingOrder) != reversed;
    if (searchesOnly() && m_key == SortKey::Id)
        return ApplicationSearchIndex::pageMatchingSql(ascending ? Qt::AscendingOrder
                                                                 : Qt::DescendingOrder);
    const QString order = orderBy(ascending, reversed);
    // Only the join the order needs: the page of ids is read before its rows.
    QString join;
    switch (m_key) {
    case SortKey::Name:
    case SortKey::Email:
        join = QStringLiteral("JOIN applicants p ON p.id = a.applicant_id ");
        break;
    case SortKey::Track:
        join = QStringLiteral("JOIN tracks t ON t.id = a.track_id ");
        break;
    default:
        break;
    }
    return with() + QStringLiteral("SELECT a.id FROM applications a ") + join + where() +
           QStringLiteral("ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?");
}
