#pragma once

#include <QLabel>

class QAbstractItemView;

// Says, in the middle of an empty list, why it is empty and what to do: "No mentors yet. New
// Mentor… adds one." It shows itself whenever the view's model has no rows, and hides as soon
// as it has one.
class EmptyListNote : public QLabel
{
    Q_OBJECT

public:
    EmptyListNote(QAbstractItemView *view, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();
    void place();

    QAbstractItemView *m_view;
};
