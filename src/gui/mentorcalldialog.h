#pragma once

#include "domain/actor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Logs a student's 1:1 call with a mentor: the day (today on the bootcamp's calendar unless
// changed), the mentor (the current one preselected) and an optional note. Core's refusal is
// shown in the dialog, which stays open.
class MentorCallDialog : public QDialog
{
    Q_OBJECT

public:
    // `mentorId`: the student's current mentor, 0 when none.
    MentorCallDialog(QString connectionName, Actor actor, qint64 applicationId, qint64 mentorId,
                     QWidget *parent = nullptr);

    void accept() override;

private:
    QString m_connection;
    Actor m_actor;
    qint64 m_applicationId = 0;
    QDateEdit *m_day;
    QComboBox *m_mentor;
    QLineEdit *m_note;
    QLabel *m_problem;
};
