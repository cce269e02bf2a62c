#pragma once

#include <QDialog>
#include <QString>

class PasswordFields;
class QDialogButtonBox;

// A new password for a staff user, typed twice and checked as it is typed: the OK button stays
// disabled until it is acceptable.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    NewPasswordDialog(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QString password() const;

private:
    PasswordFields *m_password;
    QDialogButtonBox *m_buttons;
};
