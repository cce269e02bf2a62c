#include "widgets/loadbardelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

void LoadBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection
    // The words beside the bar, in the row's text colour: written over the bar they were half
    // white on the fill and half dark beside it, or white on white in some styles.
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textWidth = option.fontMetrics.horizontalAdvance(text) + 8;
    const QRect cell = option.rect.adjusted(2, 3, -2, -3);
    QStyleOptionProgressBar bar;
    bar.rect = cell.adjusted(0, 0, -textWidth, 0);
    bar.minimum = 0;
    bar.maximum = qMax(1, index.data(Qt::UserRole + 1).toInt());
    bar.progress = qMin(bar.maximum, index.data(Qt::UserRole).toInt());
    bar.textVisible = false;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    painter->save();
    painter->setPen(option.palette.color(
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(cell.adjusted(cell.width() - textWidth + 6, 0, 0, 0),
                      Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
}
