#include "widgets/readonlytable.h"

#include <QHeaderView>

ReadOnlyTable::ReadOnlyTable(const QStringList &headers, const QString &objectName,
                             const QString &accessibleName, QWidget *parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setHorizontalHeaderLabels(headers);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 2);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    resizeColumnsToContents(); // whole titles before the first rows come
}

void ReadOnlyTable::appendRow(const QStringList &cells, const QVariant &id)
{
    const int row = rowCount();
    insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        setItem(row, column, item);
    }
}
