#pragma once

#include "domain/actor.h"
#include "domain/result.h"
#include "domain/staffuser.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Settings → Staff, for administrators: every staff user with their role, whether they are
// active and whether they can sign in at all (users from before sign-in have no password yet),
// and what an administrator does to them: add one, change a role, deactivate or activate, give
// a new password. What StaffService refuses (demoting or deactivating the last administrator)
// is said in the dialog. A second page lists everyone's access tokens, to revoke them.
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    StaffDialog(QString connectionName, Actor actor, QWidget *parent = nullptr);

    // Reads the staff again, keeping the selected user.
    Status refresh();

private:
    std::optional<StaffUser> selected() const;
    void showSelected();
    void addUser();
    void changeRole();
    void toggleActive();
    void resetPassword();
    // Shows what a change did, or why it was refused, and reads the list again.
    void report(const Status &done, const QString &success);

    QString m_connection;
    Actor m_actor;
    QList<StaffUser> m_users;
    QTableWidget *m_table;
    QComboBox *m_role;
    QPushButton *m_changeRole;
    QPushButton *m_toggleActive;
    QPushButton *m_resetPassword;
    QLabel *m_message;
};
