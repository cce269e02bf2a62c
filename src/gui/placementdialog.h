#pragma once

#include "domain/actor.h"
#include "domain/placement.h"
#include "domain/statusevent.h"

#include <QDialog>

class FieldMessages;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// Moves a graduate in job search to placed with the facts `placed` needs: the outcome, the
// employer, the job title and the first day of work, and the annual salary if the graduate
// told it. Each missing or wrong fact is said under its field as it is typed; Record is ready
// once none is left. Core's refusal is shown in the dialog, which stays open.
class PlacementDialog : public QDialog
{
    Q_OBJECT

public:
    PlacementDialog(QString connectionName, Actor actor, qint64 applicationId,
                    QWidget *parent = nullptr);

    // The status moves the placement made, once accepted.
    const QList<StatusEvent> &events() const { return m_events; }

    void accept() override;

private:
    // The facts as typed, and the problems of each field (the salary's too).
    Placement placement(FieldErrors *errors) const;
    void check();

    QString m_connection;
    Actor m_actor;
    qint64 m_applicationId = 0;
    QComboBox *m_outcome;
    QLineEdit *m_employer;
    QLineEdit *m_jobTitle;
    QDateEdit *m_startsOn;
    QLineEdit *m_salary;
    QLabel *m_problem;
    FieldMessages *m_fieldMessages = nullptr;
    QPushButton *m_record = nullptr;
    QList<StatusEvent> m_events;
};
