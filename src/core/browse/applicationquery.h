#pragma once

#include "browse/applicationfilter.h"

#include <QString>
#include <QVariantList>

#include <optional>

// The SQL behind a view of applications: its filter as a WHERE clause with bound values, and
// its order. One query serves the table's pages, its true count and exporting what is on
// screen, so they can never disagree. A search term alone is counted and paged inside the
// search index instead, on the same rows (tests compare the two).
class ApplicationQuery
{
public:
    enum class SortKey
    {
        Id,
        Name,
        Email,
        Phone,
        Track,
        Cohort,
        Status,
        Owner,
        Applied,
        LastChange,
        Score
    };

    explicit ApplicationQuery(ApplicationFilter filter = {}, SortKey key = SortKey::Id,
                              Qt::SortOrder order = Qt::AscendingOrder);

    const ApplicationFilter &filter() const { return m_filter; }
    SortKey sortKey() const { return m_key; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // SELECT count(*) of the filtered applications; bind values().
    QString countSql() const;
    // The ids of one page in order, each with its sortTerms() when canSeek(); bind values(),
    // then the limit and the offset. Reversed, the same rows come from the other end: an offset
    // counted from the last row.
    QString pageIdsSql(bool reversed = false) const;

    // Whether pages can be read on from a row's sort terms instead of an offset (which walks
    // every row before it): any view without a search, whose matches have an order of their own.
    bool canSeek() const;
    // What the order is made of, a.id last: a row's place in the view.
    QStringList sortTerms() const;
    // The sortTerms() of every n-th row, in order, from the first; bind values(), then n.
    QString anchorsSql() const;
    // One statement of a seek: it selects a.id and the sortTerms(); bind values, then a limit.
    struct SeekRange
    {
        QString sql;
        QVariantList values;
    };
    // The statements that read the rows past a row's sortTerms() (the row itself too when
    // inclusive), in the view's order or, backwards, against it; run in turn, they read the
    // rows in that order.
    QList<SeekRange> seekRanges(const QVariantList &key, bool inclusive, bool forward) const;
    // Whether a filtered view's rows can also be read by walking the sort's order alone and
    // keeping the rows the filter wants: a few thousand rows where matches are dense, where
    // SQLite would otherwise sort every match for each page.
    bool canWalk() const;
    // The statements of such a walk past a key, or from the first row (forward) or the last
    // without one: each selects a.id, the sortTerms() and whether the filter wants the row, and
    // has no limit; its reader stops when it has read enough. Bind the range's values.
    QList<SeekRange> walkRanges(const QVariantList &key, bool inclusive, bool forward) const;
    QVariantList values() const;
    // Every filtered row in order, with the given select list over the joins() aliases (a
    // application, p applicant, t track, c cohort, u owner); bind values().
    QString selectSql(const QString &columns) const;

    // The joins every row of the view reads (applicant, track, cohort, owner), for the SQL of
    // whoever reads the rows by id.
    static QString joins();

private:
    // The application id a search of digits names, bound first by a WITH clause in front of
    // every statement, so that the WHERE clause and the order both use it and count, pages and
    // export share values().
    std::optional<qint64> wantedId() const;
    QString with() const;
    QString searchCondition() const;
    QStringList conditions() const;
    // The filter's WHERE clause, with more conditions ANDed to it.
    QString where(const QStringList &more = {}) const;
    QList<SeekRange> ranges(const QVariantList &key, bool inclusive, bool forward,
                            bool walk) const;
    // The join the order needs, when it is not on the application.
    QString sortJoin() const;
    // One "?" for each status filtered by, comma-separated.
    QString statusMarks() const;
    // reversed: the order of pages read from the end, the sort's own direction turned.
    QString orderBy(bool ascending, bool reversed) const;
    // Only a search term filters: the search index alone counts the rows and, in id order,
    // reads the pages.
    bool searchesOnly() const;
    // No filter but statuses, if any: the totals kept by status count it (schema v20).
    bool filtersStatusesOnly() const;

    ApplicationFilter m_filter;
    SortKey m_key;
    Qt::SortOrder m_order;
};
