#pragma once

#include "services/signin.h"

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class RetryCountdown;

// Who is at the desk: a username (the last one used here is filled in) and a password. A
// failure says so and stays open; after failures the Sign In button waits, with a countdown,
// as long as SignIn makes the next attempt wait. Only the username is remembered, never the
// password.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QString connectionName, QWidget *parent = nullptr);

    // Set once the dialog was accepted.
    const std::optional<SignIn::SignedIn> &signedIn() const { return m_signedIn; }

    // The username last signed in with on this computer (QSettings), and remembering one.
    static QString lastUsername();
    static void rememberUsername(const QString &username);

    void accept() override;

private:
    // Asks how long the typed username must wait, and counts it down.
    void showWait();
    void updateButton();

    QString m_connection;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message; // what went wrong
    QLabel *m_wait;    // the countdown
    QDialogButtonBox *m_buttons;
    RetryCountdown *m_countdown;
    std::optional<SignIn::SignedIn> m_signedIn;
};
