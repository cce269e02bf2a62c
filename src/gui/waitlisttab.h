#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class WaitlistPlace;

// The panel's Waitlist tab, for a waitlisted application: its place in its cohort's queue, its
// queue time (and whether a deferral gave it), and each application ahead with its
// qualification and application times and why it comes first, so that "why did she get the
// last seat?" has its answer on screen. Reads only: every role sees it.
class WaitlistTab : public QWidget
{
    Q_OBJECT

public:
    explicit WaitlistTab(QWidget *parent = nullptr);

    void showPlace(const WaitlistPlace &place);

private:
    QLabel *m_position;
    QLabel *m_queueTime;
    QTreeWidget *m_ahead;
    QLabel *m_more;
};
