#pragma once

#include "services/signin.h"

#include <QDialog>
#include <QString>

#include <optional>

class PasswordFields;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// The first start of a desk without passwords (a new file, or one from before sign-in): who
// its administrator is. The username starts as the operating system's account name; on a file
// from before sign-in whose staff user of that name exists, the dialog says that this account
// becomes the administrator and needs a password. The password is typed twice and checked as
// it is typed; the button stays disabled until everything is acceptable.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(QString connectionName, QWidget *parent = nullptr);

    // Set once the dialog was accepted: signed in as the new administrator.
    const std::optional<SignIn::SignedIn> &signedIn() const { return m_signedIn; }

    void accept() override;

private:
    // Says whose account this becomes, and whether the button may be pressed.
    void update();

    QString m_connection;
    bool m_fileFromBeforeSignIn = false;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    PasswordFields *m_password;
    QLabel *m_existing;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::optional<SignIn::SignedIn> m_signedIn;
};
