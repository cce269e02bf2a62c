#pragma once

#include "csv/applicationimport.h"

#include <QAbstractTableModel>
#include <QList>

// The issues of an import (bad rows and skipped duplicates), one per row: where (line, column)
// and why, in the order the file gave them.
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        KindColumn,
        FileColumn, // the file's column at fault
        ReasonColumn,
        ColumnCount
    };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setIssues(QList<ImportIssue> issues);
    const QList<ImportIssue> &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};
