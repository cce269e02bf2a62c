#pragma once

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;

// A new password typed twice, for the rows of a dialog's form: what is wrong with it (too short,
// the two differ) is said below the fields as the person types, and isAcceptable() tells the
// dialog whether its OK button may be pressed.
class PasswordFields : public QObject
{
    Q_OBJECT

public:
    explicit PasswordFields(QWidget *parent);

    // Adds "Password", "Repeat password" and the line that says what is wrong.
    void addRowsTo(QFormLayout *form);
    QString password() const;
    bool isAcceptable() const;
    // What keeps the password from being used, or empty.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void showProblem();

    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};
