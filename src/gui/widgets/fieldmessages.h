#pragma once

#include "domain/validation.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

// Each field's problem where the eye is, in a form: under the field itself, the field framed in
// red, the message also its tooltip and accessible description (what a screen reader says on
// reaching it). Problems of no field are the caller's to show.
class FieldMessages : public QObject
{
    Q_OBJECT

public:
    // Adds a hidden message line under every field of `form` (a row each).
    explicit FieldMessages(QFormLayout *form);

    void clear();
    // False when `field` is not a field of the form.
    bool show(QWidget *field, const QString &message);
    // Clears, then shows each error at the field of the form named as its field (object name).
    // A line edit still empty is not in error yet: an empty form is not a list of errors.
    // Returns the messages that have no field to show at.
    QStringList showTyped(const FieldErrors &errors);

private:
    QFormLayout *m_form;
    QHash<QWidget *, QLabel *> m_messages; // field → the line under it
};
