#pragma once

#include "csv/importvalues.h"

#include <QCoreApplication>
#include <QString>

// The order of day and month of a column of numeric dates with slashes, decided from the
// whole column: a first number over 12 can only be a day (day first), a second number over 12
// only a day (month first). The first such date settles it; a later date that contradicts it
// is no date in that order, and its row says so when it is read. A column whose every date
// could be either is undecided, and the import asks instead of guessing.
class DateOrderScan
{
    Q_DECLARE_TR_FUNCTIONS(DateOrderScan)

public:
    // For a person: "Dates: day first (line 5 has a day over 12)."
    static QString describe(ImportValues::DateOrder order, qint64 settlingLine);

    // One cell of the column, at `line` of the file.
    void add(const QString &text, qint64 line);

    bool settled() const { return m_order != ImportValues::DateOrder::Undecided; }
    ImportValues::DateOrder order() const { return m_order; }
    // The line of the date that settled the order; 0 while it is undecided.
    qint64 settlingLine() const { return m_settlingLine; }
    // Whether the column has numeric dates with slashes and none of them settles the order.
    bool ambiguous() const { return !settled() && m_firstLine > 0; }
    // The first numeric date with slashes, where the order matters first.
    qint64 firstLine() const { return m_firstLine; }
    const QString &firstText() const { return m_firstText; }

private:
    ImportValues::DateOrder m_order = ImportValues::DateOrder::Undecided;
    qint64 m_settlingLine = 0;
    qint64 m_firstLine = 0;
    QString m_firstText;
};
