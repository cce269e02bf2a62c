#pragma once

#include "browse/applicationquery.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The applications, with their applicant, track, cohort and owner, for a view over a million
// rows: filtered, searched and sorted in SQL (ApplicationQuery). The row count comes from
// COUNT(*); rows are read in pages when the view asks for them (first the page's ids in order,
// then their rows by id), and only a few pages are kept. The rows are those of the last
// refresh(): the model is empty until then.
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

    explicit ApplicationTableModel(QString connectionName, QObject *parent = nullptr);

    // Reads the rows again. When their number is unchanged the rows change in place (the view
    // keeps its scroll position and selection); otherwise the model resets.
    Status refresh();
    // Shows the applications the filter lets through, keeping the order.
    Status setFilter(const ApplicationFilter &filter);
    // A new filter and order at once: one count, one reset.
    Status setQuery(const ApplicationQuery &query);
    const ApplicationQuery &query() const { return m_query; }
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
    };

    // Starts over with the query and its count (or the error that took its place).
    Status reset(const ApplicationQuery &query, const Result<QVariant> &total);
    const Row *rowAt(int row) const;
    Result<QList<Row>> fetchPage(int number) const;
    // Today's refund of the active students among the rows, in a few queries for the page.
    Status quoteRefunds(QList<Row> &rows) const;
    QVariant display(const Row &row, int column) const;
    void reportLater(const Error &error) const;

    QString m_connection;
    ApplicationQuery m_query;
    int m_rowCount = 0;
    mutable bool m_failed = false;
    mutable QList<Page> m_pages; // most recently used first
};
