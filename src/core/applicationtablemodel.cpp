#include "applicationtablemodel.h"

#include "applicationcounts.h"
#include "applicationstatus.h"
#include "clock.h"
#include "sql.h"

#include <QLocale>
#include <QLoggingCategory>

#include <iterator>
#include <limits>

Q_LOGGING_CATEGORY(lcTableModel, "admissions.tablemodel", QtWarningMsg)

namespace {
// The page starts at the first id at or above ?, after skipping ? rows: the skip is 0 when the
// page start is known and short when a nearby page is. Left joins keep exactly one row per
// application, as COUNT(*) counts them.
const char PageQuery[] =
    "SELECT a.id, p.first_name, p.last_name, p.email, t.code, c.name, a.status, a.applied_at "
    "FROM applications a "
    "LEFT JOIN applicants p ON p.id = a.applicant_id "
    "LEFT JOIN tracks t ON t.id = a.track_id "
    "LEFT JOIN cohorts c ON c.id = a.cohort_id "
    "WHERE a.id >= (SELECT id FROM applications WHERE id >= ? ORDER BY id LIMIT 1 OFFSET ?) "
    "ORDER BY a.id LIMIT ?";
} // namespace

ApplicationTableModel::ApplicationTableModel(QString connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_connection(std::move(connectionName))
{
}

Status ApplicationTableModel::refresh()
{
    const auto total = ApplicationCounts(m_connection).total();
    beginResetModel();
    m_pages.clear();
    m_pageStarts.clear();
    m_pageStarts.insert(0, std::numeric_limits<qint64>::min());
    // A view cannot show more than INT_MAX rows; SQLite could count more.
    m_rowCount = total ? int(qMin<qint64>(total.value(), std::numeric_limits<int>::max())) : 0;
    m_failed = !total;
    endResetModel();
    if (!total)
        return total.error();
    return {};
}

int ApplicationTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const Page &page : std::as_const(m_pages))
        rows += page.rows.size();
    return rows;
}

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole)
        return {};
    const Row *row = rowAt(index.row());
    return row ? display(*row, index.column()) : QVariant();
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case TrackColumn:
        return tr("Track");
    case CohortColumn:
        return tr("Cohort");
    case StatusColumn:
        return tr("Status");
    case AppliedColumn:
        return tr("Applied");
    }
    return {};
}

const ApplicationTableModel::Row *ApplicationTableModel::rowAt(int row) const
{
    const int number = row / PageSize;
    const int offset = row % PageSize;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).number == number) {
            m_pages.move(i, 0);
            const QList<Row> &rows = m_pages.constFirst().rows;
            return offset < rows.size() ? &rows.at(offset) : nullptr;
        }
    }
    if (m_failed)
        return nullptr;

    auto rows = fetchPage(number);
    if (!rows) {
        // Stop reading until refresh(): a view repaints often, and one report is enough.
        m_failed = true;
        qCWarning(lcTableModel) << "reading page" << number << "failed";
        auto *self = const_cast<ApplicationTableModel *>(this);
        QMetaObject::invokeMethod(
            self, [self, error = rows.error()] { Q_EMIT self->loadFailed(error); },
            Qt::QueuedConnection);
        return nullptr;
    }
    if (m_pages.size() >= CachedPages)
        m_pages.removeLast();
    m_pages.prepend(Page{number, rows.value()});
    const QList<Row> &cached = m_pages.constFirst().rows;
    // Rows deleted since the count leave the last pages short: their cells stay empty.
    return offset < cached.size() ? &cached.at(offset) : nullptr;
}

Result<QList<ApplicationTableModel::Row>> ApplicationTableModel::fetchPage(int number) const
{
    // m_pageStarts always holds page 0, so a lower or equal known page exists.
    const auto known = std::prev(m_pageStarts.upperBound(number));
    const qint64 skip = qint64(number - known.key()) * PageSize;
    auto rows =
        Sql(m_connection)
            .rows<Row>(QString::fromLatin1(PageQuery), {known.value(), skip, PageSize},
                       [](const QSqlQuery &q) {
                           return Row{
                               q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(),   q.value(3).toString(),
                               q.value(4).toString(),   q.value(5).toString(),
                               q.value(6).toString(),   Timestamp::parse(q.value(7).toString())};
                       });
    if (!rows)
        return rows.error();
    if (!rows->isEmpty()) {
        m_pageStarts.insert(number, rows->constFirst().id);
        if (rows->size() == PageSize)
            m_pageStarts.insert(number + 1, rows->constLast().id + 1);
    }
    return rows;
}

QVariant ApplicationTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case IdColumn:
        // An identifier, not a quantity: no digit grouping.
        return QString::number(row.id);
    case NameColumn:
        return tr("%1 %2", "first name, last name").arg(row.firstName, row.lastName);
    case EmailColumn:
        return row.email;
    case TrackColumn:
        return row.trackCode;
    case CohortColumn:
        return row.cohortName;
    case StatusColumn:
        if (const auto status = Statuses::fromMachineName(row.status))
            return Statuses::displayName(*status);
        return row.status;
    case AppliedColumn:
        return QLocale().toString(row.appliedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}
