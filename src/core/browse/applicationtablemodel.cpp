#include "browse/applicationtablemodel.h"

#include "db/sql.h"
#include "domain/applicationstatus.h"
#include "domain/refundquote.h"
#include "domain/timestamp.h"
#include "repositories/cohortrepository.h"
#include "repositories/paymentrepository.h"
#include "services/paymentservice.h"

#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringList>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcTableModel, "admissions.tablemodel", QtWarningMsg)

namespace {
// The rows of one page, by id; the page's order comes from ApplicationQuery::pageIdsSql().
const QString RowsSql =
    QStringLiteral("SELECT a.id, p.first_name, p.last_name, p.email, p.phone, t.code, c.name, "
                   "a.status, u.username, a.applied_at, a.status_changed_at, a.score, "
                   "a.cohort_id, c.starts_on, c.refund_window_days "
                   "FROM applications a ") +
    ApplicationQuery::joins() + QStringLiteral("WHERE a.id IN (%1)");
} // namespace

QStringList ApplicationTableModel::exportColumnsOf(Column column)
{
    static const QStringList names[ColumnCount] = {
        {QStringLiteral("application_id")},
        {QStringLiteral("first_name"), QStringLiteral("last_name")},
        {QStringLiteral("email")},
        {QStringLiteral("phone")},
        {QStringLiteral("track")},
        {QStringLiteral("cohort")},
        {QStringLiteral("status")},
        {QStringLiteral("owner")},
        {QStringLiteral("applied_at")},
        {QStringLiteral("status_changed_at")},
        {QStringLiteral("score")},
        {QStringLiteral("refund_window_ends_on")},
    };
    return column >= 0 && column < ColumnCount ? names[column] : QStringList();
}

ApplicationTableModel::ApplicationTableModel(QString connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_connection(std::move(connectionName))
{
}

Status ApplicationTableModel::refresh()
{
    const auto total = Sql(m_connection).scalar(m_query.countSql(), m_query.values());
    if (!total || m_failed || total.value().toLongLong() != m_rowCount)
        return reset(m_query, total);
    // Same number of rows: read them again where they are, so the view keeps its place.
    m_pages.clear();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
    return {};
}

std::optional<ApplicationStatus> ApplicationTableModel::statusAt(int row) const
{
    const Row *r = row >= 0 && row < m_rowCount ? rowAt(row) : nullptr;
    return r ? Statuses::fromMachineName(r->status) : std::nullopt;
}

Status ApplicationTableModel::setFilter(const ApplicationFilter &filter)
{
    return setQuery(ApplicationQuery(filter, m_query.sortKey(), m_query.sortOrder()));
}

bool ApplicationTableModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount && column != RefundColumn;
}

void ApplicationTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    if (const Status done = setQuery(ApplicationQuery(m_query.filter(), sortKeyOf(column), order));
        !done)
        reportLater(done.error());
}

ApplicationQuery::SortKey ApplicationTableModel::sortKeyOf(int column)
{
    using K = ApplicationQuery::SortKey;
    static constexpr K keys[ColumnCount] = {K::Id,      K::Name,       K::Email,  K::Phone,
                                            K::Track,   K::Cohort,     K::Status, K::Owner,
                                            K::Applied, K::LastChange, K::Score,  K::Id};
    return column >= 0 && column < ColumnCount ? keys[column] : K::Id;
}

Status ApplicationTableModel::setQuery(const ApplicationQuery &query)
{
    return reset(query, Sql(m_connection).scalar(query.countSql(), query.values()));
}

Status ApplicationTableModel::reset(const ApplicationQuery &query, const Result<QVariant> &total)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    // A view cannot show more than INT_MAX rows; SQLite could count more.
    m_rowCount =
        total ? int(qMin<qint64>(total.value().toLongLong(), std::numeric_limits<int>::max())) : 0;
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
    case PhoneColumn:
        return tr("Phone");
    case TrackColumn:
        return tr("Track");
    case CohortColumn:
        return tr("Cohort");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case AppliedColumn:
        return tr("Applied");
    case LastChangeColumn:
        return tr("Last change");
    case ScoreColumn:
        return tr("Score");
    case RefundColumn:
        return tr("Refund today");
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
        reportLater(rows.error());
        return nullptr;
    }
    if (m_pages.size() >= CachedPages)
        m_pages.removeLast();
    m_pages.prepend(Page{number, rows.value()});
    const QList<Row> &cached = m_pages.constFirst().rows;
    // Rows deleted since the count leave the last pages short: their cells stay empty.
    return offset < cached.size() ? &cached.at(offset) : nullptr;
}

void ApplicationTableModel::reportLater(const Error &error) const
{
    auto *self = const_cast<ApplicationTableModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, error] { Q_EMIT self->loadFailed(error); }, Qt::QueuedConnection);
}

qint64 ApplicationTableModel::applicationId(int row) const
{
    const Row *r = row >= 0 && row < m_rowCount ? rowAt(row) : nullptr;
    return r ? r->id : 0;
}

Result<QList<ApplicationTableModel::Row>> ApplicationTableModel::fetchPage(int number) const
{
    const Sql sql(m_connection);
    // SQLite walks past every skipped row: a page in the back half is read from the end.
    const qint64 first = qint64(number) * PageSize;
    const qint64 last = qMin<qint64>(first + PageSize, m_rowCount);
    const bool fromEnd = first > m_rowCount / 2;
    QVariantList values = m_query.values();
    values << qMax<qint64>(0, last - first) << (fromEnd ? m_rowCount - last : first);
    auto ids = sql.rows<qint64>(m_query.pageIdsSql(fromEnd), values,
                                [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!ids)
        return ids.error();
    if (fromEnd)
        std::reverse(ids.value().begin(), ids.value().end());
    if (ids->isEmpty())
        return QList<Row>();

    QStringList marks;
    QVariantList idValues;
    for (qint64 id : ids.value()) {
        marks << QStringLiteral("?");
        idValues << id;
    }
    auto rows =
        sql.rows<Row>(RowsSql.arg(marks.join(QLatin1Char(','))), idValues, [](const QSqlQuery &q) {
            Row r{q.value(0).toLongLong(),
                  q.value(1).toString(),
                  q.value(2).toString(),
                  q.value(3).toString(),
                  q.value(4).toString(),
                  q.value(5).toString(),
                  q.value(6).toString(),
                  q.value(7).toString(),
                  q.value(8).toString(),
                  Timestamp::parse(q.value(9).toString()),
                  Timestamp::parse(q.value(10).toString()),
                  std::nullopt,
                  q.value(12).toLongLong(),
                  Timestamp::parseDate(q.value(13).toString()),
                  q.value(14).toInt(),
                  QString()};
            if (!q.value(11).isNull())
                r.score = q.value(11).toInt();
            return r;
        });
    if (!rows)
        return rows.error();
    if (Status quoted = quoteRefunds(rows.value()); !quoted)
        return quoted.error();
    // Back into the page's order; a row deleted in between leaves a gap at the end.
    QHash<qint64, int> position;
    for (int i = 0; i < ids->size(); ++i)
        position.insert(ids->at(i), i);
    std::sort(rows.value().begin(), rows.value().end(), [&position](const Row &a, const Row &b) {
        return position.value(a.id) < position.value(b.id);
    });
    return rows;
}

Status ApplicationTableModel::quoteRefunds(QList<Row> &rows) const
{
    QList<qint64> active;
    for (const Row &row : rows) {
        if (row.status == QLatin1String("active") && row.cohortId != 0)
            active << row.id;
    }
    if (active.isEmpty())
        return {};
    const PaymentRepository payments(m_connection);
    auto paid = payments.paidOf(active);
    if (!paid)
        return paid.error();
    const CohortRepository cohorts(m_connection);
    QHash<qint64, QList<RefundStep>> schedules;
    QHash<qint64, QString> currencies;
    const QDate today = PaymentService(m_connection, Actor::desk()).today();
    for (Row &row : rows) {
        if (!active.contains(row.id))
            continue;
        if (!schedules.contains(row.cohortId)) {
            auto schedule = cohorts.refundSchedule(row.cohortId);
            if (!schedule)
                return schedule.error();
            schedules.insert(row.cohortId, schedule.value());
            auto fees = payments.fees(row.cohortId);
            if (!fees)
                return fees.error();
            currencies.insert(row.cohortId, fees.value() ? fees.value()->currency : QString());
        }
        Cohort cohort;
        cohort.startsOn = row.startsOn;
        cohort.refundWindowDays = row.refundWindowDays;
        const RefundQuote quote =
            RefundQuote::on(cohort, schedules.value(row.cohortId),
                            {paid.value().value(row.id), currencies.value(row.cohortId)}, today);
        const QString amount =
            quote.amount.currency.isEmpty() ? tr("no price set") : quote.amount.display();
        if (!quote.insideWindow)
            row.refund = tr("closed · %1% · %2").arg(quote.percent).arg(amount);
        else if (quote.daysLeftInWindow == 0)
            row.refund = tr("last day · %1% · %2").arg(quote.percent).arg(amount);
        else
            row.refund = tr("%1 days left · %2% · %3")
                             .arg(quote.daysLeftInWindow)
                             .arg(quote.percent)
                             .arg(amount);
    }
    return {};
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
    case PhoneColumn:
        return row.phone;
    case TrackColumn:
        return row.trackCode;
    case CohortColumn:
        return row.cohortName;
    case StatusColumn:
        if (const auto status = Statuses::fromMachineName(row.status))
            return Statuses::displayName(*status);
        return row.status;
    case OwnerColumn:
        return row.owner;
    case AppliedColumn:
        return QLocale().toString(row.appliedAt.toLocalTime(), QLocale::ShortFormat);
    case LastChangeColumn:
        return QLocale().toString(row.statusChangedAt.toLocalTime(), QLocale::ShortFormat);
    case ScoreColumn:
        return row.score ? QVariant(*row.score) : QVariant();
    case RefundColumn:
        return row.refund;
    }
    return {};
}
