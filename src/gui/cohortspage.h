#pragma once

#include "result.h"

#include <QString>
#include <QWidget>

class QLabel;
class QTableWidget;

// Every cohort's seat situation, and for the one selected its pending offers (with expiry)
// and its waitlist in first-come-first-served order, each place with the reason it stands
// there. Read-only: seats change through status moves and capacities.
class CohortsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CohortsPage(QString connectionName, QWidget *parent = nullptr);

    // Reads the cohorts again, keeping the selected one.
    Status refresh();

private:
    Status showQueues();

    QString m_connection;
    QTableWidget *m_cohorts = nullptr;
    QLabel *m_title = nullptr;
    QTableWidget *m_offers = nullptr;
    QTableWidget *m_waitlist = nullptr;
};
