#pragma once

#include <QDialog>
#include <QString>

class QLineEdit;
class QPushButton;

// Asks before something that cannot be undone (a privacy erase): says what happens, and enables
// its button only once the person has typed `expected` (the applicant's number, the count of
// people), so that neither Enter nor a stray click can do it. Cancel is the default.
class TypedConfirmation : public QDialog
{
    Q_OBJECT

public:
    struct Text
    {
        QString title;
        QString question;    // in bold at the top
        QString explanation; // what goes, what stays, what backups keep
        QString prompt;      // "Type 17 to confirm:"
        QString action;      // the button: "Erase for Good"
    };

    TypedConfirmation(const Text &text, QString expected, QWidget *parent = nullptr);

    QLineEdit *typed() const { return m_typed; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QString m_expected;
    QLineEdit *m_typed;
    QPushButton *m_confirm;
};
