#pragma once

#include "domain/actor.h"

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class RetryCountdown;

// The password of the person signed in, to unlock the window. It goes through
// SignIn::withPassword like any sign-in, so failures make the next attempt wait (counted down
// here), and only that person's password unlocks: another staff user's does not.
class UnlockForm : public QWidget
{
    Q_OBJECT

public:
    UnlockForm(QString connectionName, Actor actor, const QString &displayName,
               QWidget *parent = nullptr);

    void focusPassword();

Q_SIGNALS:
    void unlocked();

private:
    void tryUnlock();
    void showWait();
    void updateButton();

    QString m_connection;
    Actor m_actor;
    QLineEdit *m_password;
    QPushButton *m_unlock;
    QLabel *m_message;
    QLabel *m_wait;
    RetryCountdown *m_countdown;
};
