#pragma once

#include "result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// The applications, with their applicant, track and cohort, in id order, for a view over a
// million rows. The row count comes from COUNT(*); rows are read in pages when the view asks
// for them, and only a few pages are kept. The rows are those of the last refresh(): the model
// is empty until then.
class ApplicationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        EmailColumn,
        TrackColumn,
        CohortColumn,
        StatusColumn,
        AppliedColumn,
        ColumnCount
    };

    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 4;

    explicit ApplicationTableModel(QString connectionName, QObject *parent = nullptr);

    // Counts the rows again and forgets every cached page.
    Status refresh();
    // Rows held in memory now; never more than CachedPages * PageSize.
    int cachedRowCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Reading a page failed. Emitted once, from the event loop (never while a view paints);
    // the model shows empty cells until the next refresh().
    void loadFailed(const Error &error);

private:
    struct Row
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString email;
        QString trackCode;
        QString cohortName;
        QString status; // machine name
        QDateTime appliedAt;
    };
    struct Page
    {
        int number = 0;
        QList<Row> rows;
    };

    const Row *rowAt(int row) const;
    Result<QList<Row>> fetchPage(int number) const;
    QVariant display(const Row &row, int column) const;

    QString m_connection;
    int m_rowCount = 0;
    mutable bool m_failed = false;
    mutable QList<Page> m_pages; // most recently used first
    // For pages seen so far, an id at or below the page's first id, so that the next page is
    // a keyset read and a jump skips only the rows since the nearest known page.
    mutable QMap<int, qint64> m_pageStarts;
};
