#pragma once

#include "browse/applicationquery.h"
#include "domain/result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <optional>

// The ids of a page of the applications list, in the view's order, read either at an offset
// or on from a row's sort terms (a seek: a few index ranges, however far down the row is).
class ApplicationPageIds
{
public:
    struct Entry
    {
        qint64 id = 0;
        QVariantList key; // the row's ApplicationQuery::sortTerms(), when the view can seek
    };

    ApplicationPageIds(QString connectionName, ApplicationQuery query);

    // `count` rows from row `first` of `rowCount`, with LIMIT and OFFSET, counted from the
    // nearer end: SQLite walks every row it skips.
    Result<QList<Entry>> at(qint64 first, int count, qint64 rowCount) const;
    // `count` rows on from a row's key, down the view (forward) or up from it; in the view's
    // order either way. The query must canSeek().
    Result<QList<Entry>> from(const QVariantList &key, bool inclusive, bool forward,
                              int count) const;
    // The key of every n-th row, from the first: where page k of n rows starts. One pass over
    // the sort's index, so it belongs on a connection of its own on a worker thread; it stops
    // with an error soon after `cancelled` turns true. The query must canSeek().
    Result<QList<QVariantList>> anchors(int n, const std::atomic_bool &cancelled) const;

private:
    // The rows past a key (from an end without one) by a walk of the sort's order that keeps
    // what the filter wants; nothing when matches there are too sparse for a walk to pay.
    std::optional<Result<QList<Entry>>> walk(const QVariantList &key, bool inclusive,
                                             bool forward, int count) const;

    QString m_connection;
    ApplicationQuery m_query;
};
