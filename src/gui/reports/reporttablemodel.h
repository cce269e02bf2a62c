#pragma once

#include "reports/report.h"

#include <QAbstractTableModel>

// One table of a report, read-only, its cells written exactly as the command line and the CSV
// write them (ReportTable::text), numbers to the right.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportTableModel(ReportTable table, QObject *parent = nullptr);

    const ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};
