#pragma once

#include "domain/actor.h"
#include "domain/applicant.h"

#include <QDialog>

#include <optional>

class FieldMessages;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

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

    // A new application of a person already known: their fields as stored, read only; only
    // the track and cohort are chosen.
    void setKnownApplicant(const Applicant &known);

    void accept() override;

private:
    // After a refusal as a duplicate: a button that adds the application to the known person.
    void offerKnownApplicant();
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
    FieldMessages *m_fieldMessages = nullptr;
    QLabel *m_problems = nullptr; // what concerns no one field
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_useKnown = nullptr;
    std::optional<Applicant> m_known;
};
