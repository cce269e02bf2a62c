#pragma once

#include <QTableWidget>

// The small read-only lists of the cohorts and mentors pages: whole rows selected, one at a
// time, the same row height as the applications table, and a name for assistive technology.
class ReadOnlyTable : public QTableWidget
{
    Q_OBJECT

public:
    // objectName: for code and tests; accessibleName: what a screen reader says, translated.
    ReadOnlyTable(const QStringList &headers, const QString &objectName,
                  const QString &accessibleName, QWidget *parent = nullptr);

    // A row of `cells` at the end, each cell carrying `id` (Qt::UserRole), so that whichever
    // cell is activated or selected names its row's record.
    void appendRow(const QStringList &cells, const QVariant &id);
};
