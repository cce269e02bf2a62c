#pragma once

#include "domain/actor.h"
#include "domain/applicant.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Ctrl+N: registers a person and their application, as the web form does (name, email, phone,
// career track) plus what the desk often knows already. Validated as you type; a refusal (a
// duplicate, say) is shown in the dialog, which stays open with everything typed.
class NewApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    NewApplicationDialog(QString connectionName, Actor actor, QWidget *parent = nullptr);

    // The new application, once the dialog was accepted.
    qint64 applicationId() const { return m_applicationId; }

    void accept() override;

private:
    // What is typed, as ApplicantService checks and registers it.
    Applicant typed() const;
    void validate();
    void fillCohorts();

    QString m_connection;
    Actor m_actor;
    qint64 m_applicationId = 0;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_timeZone = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_track = nullptr;
    QComboBox *m_cohort = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
