#include "widgets/emptylistnote.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

EmptyListNote::EmptyListNote(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport()), m_view(view)
{
    setObjectName(view->objectName() + QStringLiteral("EmptyNote"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &EmptyListNote::follow);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyListNote::follow);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyListNote::follow);
    follow();
}

void EmptyListNote::follow()
{
    setVisible(m_view->model()->rowCount() == 0);
    place();
}

// The viewport's width, with a margin, and the height the wrapped text needs, near the top:
// where the first rows would be.
void EmptyListNote::place()
{
    const QRect area = m_view->viewport()->rect().adjusted(12, 12, -12, -12);
    setGeometry(area.x(), area.y(), area.width(),
                qMin(area.height(), heightForWidth(area.width())));
}

bool EmptyListNote::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}
