#pragma once

#include "domain/actor.h"
#include "domain/interview.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;

// Schedules an interview of one application, or moves its scheduled one: a date and a local
// time, a length and an interviewer among the active staff. Core's refusal (a time gone by, an
// interviewer no longer active) is shown in the dialog, which stays open.
class InterviewDialog : public QDialog
{
    Q_OBJECT

public:
    // With `scheduled`, the dialog moves that interview; else it schedules a new one.
    InterviewDialog(QString connectionName, Actor actor, qint64 applicationId,
                    std::optional<Interview> scheduled = std::nullopt, QWidget *parent = nullptr);

    // The interview as stored, once accepted.
    const std::optional<Interview> &interview() const { return m_done; }

    void accept() override;

private:
    QString m_connection;
    Actor m_actor;
    qint64 m_applicationId = 0;
    std::optional<Interview> m_scheduled;
    std::optional<Interview> m_done;
    QDateTimeEdit *m_startsAt;
    QSpinBox *m_minutes;
    QComboBox *m_interviewer;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};
