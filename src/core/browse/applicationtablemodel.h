#pragma once

#include "browse/applicationpageids.h"
#include "browse/applicationquery.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

// The applications, with their applicant, track, cohort and owner, for a view over a million
// rows: filtered, searched and sorted in SQL (ApplicationQuery). The row count comes from
// COUNT(*); rows are read in pages when the view asks for them (first the page's ids in order,
// then their rows by id), and only a few pages are kept. The rows are those of the last
// refresh(): the model is empty until then.
//
// A page is read on from the last row of the page above it, or the first of the page below,
// when one is kept (ApplicationPageIds::from). Any other page of a long list is read on from
// the first row of that page, once a pass over the sort's index on a worker thread has
// recorded it (anchorsReady); until then, at an offset. Every refresh starts the pass over,
// as rows may have moved: until it ends, pages are read from the anchors before, which can
// be off by the rows moved since; then the kept pages are read again.
class ApplicationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        EmailColumn,
        PhoneColumn,
        TrackColumn,
        CohortColumn,
        StatusColumn,
        OwnerColumn,
        AppliedColumn,
        LastChangeColumn,
        ScoreColumn,
        RefundColumn, // an active student's days of money back and today's refund
        ColumnCount
    };

    // The CSV export's columns (ApplicationExport) that hold a column's data: the name column
    // is first_name and last_name.
    static QStringList exportColumnsOf(Column column);

    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 4;
    // An offset up to this many rows from either end is a short walk: never read in the
    // background (setReadsFarPagesInBackground).
    static constexpr int NearRows = 4 * PageSize;

    explicit ApplicationTableModel(QString connectionName, QObject *parent = nullptr);
    ~ApplicationTableModel() override;

    // Reads the rows again. When their number is unchanged the rows change in place (the view
    // keeps its scroll position and selection); otherwise the model resets.
    Status refresh();
    // Shows the applications the filter lets through, keeping the order.
    Status setFilter(const ApplicationFilter &filter);
    // A new filter and order at once: one count, one reset.
    Status setQuery(const ApplicationQuery &query);
    const ApplicationQuery &query() const { return m_query; }
    // For a view, which must not wait: a page that only an offset far into the list reaches
    // is read on a worker thread, and its rows show a placeholder until it arrives
    // (dataChanged). Off, any page is read when asked. applicationId() and statusAt() read
    // their row when asked either way: a caller that needs the row waits for it.
    void setReadsFarPagesInBackground(bool on) { m_readsFarPagesInBackground = on; }
    // Rows held in memory now; never more than CachedPages * PageSize.
    int cachedRowCount() const;
    // The application id of a row, or 0 when the row cannot be read.
    qint64 applicationId(int row) const;
    std::optional<ApplicationStatus> statusAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts in SQL; a failure is reported through loadFailed.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static ApplicationQuery::SortKey sortKeyOf(int column);
    // Refund today is worked out page by page, not stored: there is nothing to sort a million
    // rows by (an SQL expression for it took 1.2 s a sort on 1,025,000 applications). A sort
    // by it is ignored.
    static bool isSortable(int column);

Q_SIGNALS:
    // Reading failed. Emitted once, from the event loop (never while a view paints); the model
    // shows empty cells until the next refresh().
    void loadFailed(const Error &error);
    // Every page can now be read on from its first row (see the class comment).
    void anchorsReady();

private:
    struct Row
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString email;
        QString phone;
        QString trackCode;
        QString cohortName;
        QString status; // machine name
        QString owner;
        QDateTime appliedAt;
        QDateTime statusChangedAt;
        std::optional<int> score;
        qint64 cohortId = 0;
        QDate startsOn;
        int refundWindowDays = 0;
        QString refund; // RefundColumn's text: active students only
    };
    struct Page
    {
        int number = 0;
        QList<Row> rows;
        // The sort terms of the first and the last row, to read the pages beside it from;
        // empty when the view cannot seek.
        QVariantList firstKey;
        QVariantList lastKey;
    };

    // Starts over with the query and its count (or the error that took its place).
    Status reset(const ApplicationQuery &query, const Result<QVariant> &total);
    // The row, its page read first if need be; nullptr when it cannot be read, or when
    // !mayWait and its page is being read in the background.
    const Row *rowAt(int row, bool mayWait = true) const;
    Result<Page> fetchPage(int number) const;
    // The page's ids and keys, read the cheapest way the kept pages and anchors allow.
    Result<QList<ApplicationPageIds::Entry>> pageIds(int number) const;
    // The page's rows, in the order of its ids.
    static Result<Page> pageOf(const QString &connection, int number,
                               const QList<ApplicationPageIds::Entry> &ids);
    const Page *keptPage(int number) const;
    void keep(const Page &page) const;
    // Whether reading the page needs an offset far into the list.
    bool isFar(int number) const;
    // Reads a far page on a worker thread, or, while one is read, remembers it for later.
    void readInBackground(int number) const;
    void emitPageChanged(int number) const;
    // Starts the pass that records the first row of every page, for the current query and
    // rows; drops the anchors of earlier ones.
    void recordAnchors();
    // Today's refund of the active students among the rows, in a few queries for the page.
    static Status quoteRefunds(const QString &connection, QList<Row> &rows);
    static QVariant display(const Row &row, int column);
    void reportLater(const Error &error) const;

    QString m_connection;
    ApplicationQuery m_query;
    int m_rowCount = 0;
    mutable bool m_failed = false;
    mutable QList<Page> m_pages;   // most recently used first
    QList<QVariantList> m_anchors; // the first row's key of each page; empty until recorded
    // Counts resets and refreshes, so that a pass begun for earlier rows is not used.
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelPass; // the running pass's, if any
    bool m_readsFarPagesInBackground = false;
    mutable int m_loadingPage = -1; // the far page being read in the background
    mutable int m_wantedPage = -1;  // the far page the view asked for last
    mutable std::shared_ptr<std::atomic_bool> m_cancelLoad;
};
