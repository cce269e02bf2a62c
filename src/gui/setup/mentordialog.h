#pragma once

#include "domain/actor.h"
#include "domain/mentor.h"

#include <QDialog>

#include <optional>

class FieldMessages;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

// Creates or edits a mentor: name, email, time zone (students are matched to close ones), the
// tracks they mentor, how many active students they take and their weekly call slots, and
// whether they take new students at all. Save stays disabled until the mentor is valid; a
// refusal is said in the dialog, which stays open with everything entered.
class MentorDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a mentor, a new one.
    MentorDialog(QString connectionName, Actor actor, std::optional<Mentor> mentor = {},
                 QWidget *parent = nullptr);

    // The mentor saved, once accepted.
    qint64 mentorId() const { return m_mentorId; }

    void accept() override;

private:
    Mentor entered() const;
    void validate();

    QString m_connection;
    Actor m_actor;
    std::optional<Mentor> m_original;
    qint64 m_mentorId = 0;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_timeZone;
    QListWidget *m_tracks;
    QSpinBox *m_capacity;
    QSpinBox *m_weeklySlots;
    QCheckBox *m_active;
    FieldMessages *m_fieldMessages = nullptr;
    QLabel *m_problems; // what concerns no one field
    QDialogButtonBox *m_buttons;
};
