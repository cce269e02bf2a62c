#pragma once

#include "domain/actor.h"

#include <QDialog>
#include <QString>

class PasswordFields;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds a staff user: username, display name, role and a first password (typed twice). What
// StaffService refuses (a username taken, say) is said in the dialog, which stays open with
// everything typed.
class NewStaffUserDialog : public QDialog
{
    Q_OBJECT

public:
    NewStaffUserDialog(QString connectionName, Actor actor, QWidget *parent = nullptr);

    // The new staff user, once the dialog was accepted.
    qint64 userId() const { return m_userId; }

    void accept() override;

private:
    void update();

    QString m_connection;
    Actor m_actor;
    qint64 m_userId = 0;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    PasswordFields *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
