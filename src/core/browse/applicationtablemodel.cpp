#include "browse/applicationtablemodel.h"

#include "db/cancellablestatements.h"
#include "db/database.h"
#include "db/databaseworkers.h"
#include "db/sql.h"
#include "domain/applicationstatus.h"
#include "domain/refundquote.h"
#include "domain/timestamp.h"
#include "repositories/cohortrepository.h"
#include "repositories/paymentrepository.h"
#include "services/paymentservice.h"

#include <QFutureWatcher>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

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

// What work(connection) returns, on a read-only connection of its own to the file: for a
// worker thread, which must not use the model's.
template <typename T, typename Work> Result<T> onConnectionOfItsOwn(const QString &path, Work work)
{
    Database database(Database::uniqueConnectionName(QStringLiteral("table-reader")));
    if (const Status opened = database.open(path, Database::Check::Later, Database::Mode::ReadOnly);
        !opened)
        return opened.error();
    return work(database.connectionName());
}
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

ApplicationTableModel::~ApplicationTableModel()
{
    for (const auto &cancel : {m_cancelPass, m_cancelLoad}) {
        if (cancel)
            *cancel = true;
    }
    // They stop within a millisecond. Waited for, so that none still reads when the program,
    // ending, closes the connections that are left.
    for (auto *running : findChildren<QFutureWatcher<void> *>(Qt::FindDirectChildrenOnly))
        running->waitForFinished();
}

Status ApplicationTableModel::refresh()
{
    const auto total = Sql(m_connection).scalar(m_query.countSql(), m_query.values());
    if (!total || m_failed || total.value().toLongLong() != m_rowCount)
        return reset(m_query, total);
    // Same number of rows: read them again where they are, so the view keeps its place.
    m_pages.clear();
    recordAnchors();
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
    // Another order or filter: the anchors recorded are of other rows.
    if (query.filter() != m_query.filter() || query.sortKey() != m_query.sortKey() ||
        query.sortOrder() != m_query.sortOrder())
        m_anchors.clear();
    m_query = query;
    m_pages.clear();
    // A view cannot show more than INT_MAX rows; SQLite could count more.
    m_rowCount =
        total ? int(qMin<qint64>(total.value().toLongLong(), std::numeric_limits<int>::max())) : 0;
    m_failed = !total;
    recordAnchors();
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
    if (const Row *row = rowAt(index.row(), !m_readsFarPagesInBackground))
        return display(*row, index.column());
    // Its page is on its way (or could not be read: then the error is reported).
    return index.column() == NameColumn && !m_failed ? tr("Loading…") : QVariant();
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

const ApplicationTableModel::Row *ApplicationTableModel::rowAt(int row, bool mayWait) const
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
    if (!mayWait && isFar(number)) {
        readInBackground(number);
        return nullptr;
    }

    auto page = fetchPage(number);
    if (!page) {
        // Stop reading until refresh(): a view repaints often, and one report is enough.
        m_failed = true;
        qCWarning(lcTableModel) << "reading page" << number << "failed";
        reportLater(page.error());
        return nullptr;
    }
    keep(page.value());
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

void ApplicationTableModel::keep(const Page &page) const
{
    if (m_pages.size() >= CachedPages)
        m_pages.removeLast();
    m_pages.prepend(page);
}

bool ApplicationTableModel::isFar(int number) const
{
    const qint64 first = qint64(number) * PageSize;
    if (qMin<qint64>(first, m_rowCount - first) <= NearRows)
        return false;
    return !m_query.canSeek() ||
           (number >= m_anchors.size() && !keptPage(number - 1) && !keptPage(number + 1));
}

void ApplicationTableModel::readInBackground(int number) const
{
    m_wantedPage = number;
    if (m_loadingPage >= 0)
        return; // one at a time: while the view scrolls, only the page it stops at matters
    const QString path = Database::fileOf(m_connection);
    auto *self = const_cast<ApplicationTableModel *>(this);
    m_loadingPage = number;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelLoad = cancelled;
    auto page = std::make_shared<std::optional<Result<Page>>>();
    auto *load = new QFutureWatcher<void>(self);
    connect(load, &QFutureWatcher<void>::finished, self,
            [self, load, page, number, generation = m_generation] {
                load->deleteLater();
                self->m_loadingPage = -1;
                self->m_cancelLoad.reset();
                // Not if read before a refresh, or cancelled: the rows are read anew.
                if (generation == self->m_generation && *page) {
                    if (!**page) {
                        self->m_failed = true;
                        self->reportLater((*page)->error());
                        return;
                    }
                    self->keep((*page)->value());
                    self->emitPageChanged(number);
                }
                // The view moved on meanwhile: its rows ask for their page again.
                if (self->m_wantedPage >= 0 && !self->keptPage(self->m_wantedPage))
                    self->emitPageChanged(self->m_wantedPage);
            });
    load->setFuture(QtConcurrent::run(
        databaseWorkers(), [path, query = m_query, rows = m_rowCount, number, cancelled, page] {
            auto read = onConnectionOfItsOwn<Page>(path, [&](const QString &connection) {
                const CancellableStatements cancellable(connection, *cancelled);
                const qint64 first = qint64(number) * PageSize;
                auto ids = ApplicationPageIds(connection, query)
                               .at(first, int(qMin<qint64>(PageSize, rows - first)), rows);
                return ids ? pageOf(connection, number, ids.value()) : Result<Page>(ids.error());
            });
            if (!*cancelled)
                page->emplace(std::move(read));
        }));
}

void ApplicationTableModel::emitPageChanged(int number) const
{
    const int first = number * PageSize;
    const int last = qMin(m_rowCount, first + PageSize) - 1;
    if (number < 0 || first > last)
        return;
    auto *self = const_cast<ApplicationTableModel *>(this);
    Q_EMIT self->dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

const ApplicationTableModel::Page *ApplicationTableModel::keptPage(int number) const
{
    for (const Page &page : std::as_const(m_pages)) {
        if (page.number == number)
            return &page;
    }
    return nullptr;
}

Result<QList<ApplicationPageIds::Entry>> ApplicationTableModel::pageIds(int number) const
{
    const ApplicationPageIds pages(m_connection, m_query);
    const qint64 first = qint64(number) * PageSize;
    const int count = int(qMin<qint64>(PageSize, m_rowCount - first));
    if (m_query.canSeek()) {
        if (number < m_anchors.size())
            return pages.from(m_anchors.at(number), true, true, count);
        if (const Page *above = keptPage(number - 1); above && !above->lastKey.isEmpty())
            return pages.from(above->lastKey, false, true, count);
        if (const Page *below = keptPage(number + 1); below && !below->firstKey.isEmpty())
            return pages.from(below->firstKey, false, false, count);
    }
    return pages.at(first, count, m_rowCount);
}

Result<ApplicationTableModel::Page> ApplicationTableModel::fetchPage(int number) const
{
    auto ids = pageIds(number);
    if (!ids)
        return ids.error();
    return pageOf(m_connection, number, ids.value());
}

Result<ApplicationTableModel::Page>
ApplicationTableModel::pageOf(const QString &connection, int number,
                              const QList<ApplicationPageIds::Entry> &ids)
{
    Page page{number, {}, {}, {}};
    if (ids.isEmpty())
        return page;
    page.firstKey = ids.constFirst().key;
    page.lastKey = ids.constLast().key;

    const Sql sql(connection);
    QStringList marks;
    QVariantList idValues;
    for (const ApplicationPageIds::Entry &entry : ids) {
        marks << QStringLiteral("?");
        idValues << entry.id;
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
    if (Status quoted = quoteRefunds(connection, rows.value()); !quoted)
        return quoted.error();
    // Back into the page's order; a row deleted in between leaves a gap at the end.
    QHash<qint64, int> position;
    for (int i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i).id, i);
    std::sort(rows.value().begin(), rows.value().end(), [&position](const Row &a, const Row &b) {
        return position.value(a.id) < position.value(b.id);
    });
    page.rows = rows.value();
    return page;
}

void ApplicationTableModel::recordAnchors()
{
    ++m_generation;
    for (const auto &cancel : {m_cancelPass, m_cancelLoad}) {
        if (cancel)
            *cancel = true;
    }
    m_cancelPass.reset();
    // A short list is read page by page from its neighbours, and its offsets are cheap.
    const QString path = Database::fileOf(m_connection);
    if (m_failed || !m_query.canSeek() || m_rowCount <= CachedPages * PageSize || path.isEmpty())
        return;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelPass = cancelled;
    auto anchors = std::make_shared<Result<QList<QVariantList>>>(QList<QVariantList>());
    auto *pass = new QFutureWatcher<void>(this);
    connect(pass, &QFutureWatcher<void>::finished, this,
            [this, pass, anchors, generation = m_generation] {
                pass->deleteLater();
                if (generation != m_generation)
                    return; // rows read since: the pass's own were replaced
                m_cancelPass.reset();
                if (!*anchors) {
                    // Pages are still read, at an offset: slower, not wrong.
                    qCWarning(lcTableModel)
                        << "recording the pages' first rows failed:" << anchors->error().text();
                    return;
                }
                const bool replaced = !m_anchors.isEmpty();
                m_anchors = anchors->value();
                // Pages read from the anchors before may be off by the rows moved since.
                if (replaced && !m_pages.isEmpty()) {
                    m_pages.clear();
                    Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
                } else if (m_wantedPage >= 0) {
                    emitPageChanged(m_wantedPage); // its rows can be read now
                }
                Q_EMIT anchorsReady();
            });
    pass->setFuture(QtConcurrent::run(databaseWorkers(), [path, query = m_query, cancelled,
                                                          anchors] {
        *anchors = onConnectionOfItsOwn<QList<QVariantList>>(path, [&](const QString &connection) {
            return ApplicationPageIds(connection, query).anchors(PageSize, *cancelled);
        });
    }));
}

Status ApplicationTableModel::quoteRefunds(const QString &connection, QList<Row> &rows)
{
    QList<qint64> active;
    for (const Row &row : rows) {
        if (row.status == QLatin1String("active") && row.cohortId != 0)
            active << row.id;
    }
    if (active.isEmpty())
        return {};
    const PaymentRepository payments(connection);
    auto paid = payments.paidOf(active);
    if (!paid)
        return paid.error();
    const CohortRepository cohorts(connection);
    QHash<qint64, QList<RefundStep>> schedules;
    QHash<qint64, QString> currencies;
    const QDate today = PaymentService(connection, Actor::desk()).today();
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

QVariant ApplicationTableModel::display(const Row &row, int column)
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
