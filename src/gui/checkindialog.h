#pragma once

#include "domain/actor.h"
#include "domain/jobsearch.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

// Logs a graduate's weekly job-search check-in: the day, how many job applications they sent
// that week, and what they said. Core's refusal is shown in the dialog, which stays open.
class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    CheckInDialog(QString connectionName, Actor actor, const JobSearch &search,
                  QWidget *parent = nullptr);

    void accept() override;

private:
    QString m_connection;
    Actor m_actor;
    qint64 m_applicationId = 0;
    QSpinBox *m_applications;
    QDateEdit *m_day;
    QLineEdit *m_summary;
    QLabel *m_problem;
};
