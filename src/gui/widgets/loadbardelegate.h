#pragma once

#include <QStyledItemDelegate>

// Paints "active of max" as a bar, so a coordinator sees at a glance who is full. The cell's
// Qt::UserRole holds the active count, Qt::UserRole + 1 the maximum.
class LoadBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
