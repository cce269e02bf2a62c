#include "widgets/fieldmessages.h"
#include "widgets/problemstyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

FieldMessages::FieldMessages(QFormLayout *form) : QObject(form), m_form(form)
{
    // From the last row up, so that each insertion leaves the rows still to visit in place.
    for (int row = m_form->rowCount() - 1; row >= 0; --row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        QWidget *field = item ? item->widget() : nullptr;
        if (!field || field->objectName().isEmpty())
            continue;
        auto *message = new QLabel(field->parentWidget());
        message->setObjectName(field->objectName() + QStringLiteral("Problem"));
        message->setWordWrap(true);
        ProblemStyle::markMessage(message);
        m_form->insertRow(row + 1, QString(), message);
        m_form->setRowVisible(message, false);
        m_messages.insert(field, message);
    }
}

void FieldMessages::clear()
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QWidget *field = it.key();
        if (!it.value()->text().isEmpty()) {
            ProblemStyle::markField(field, false);
            field->setToolTip({});
            field->setAccessibleDescription({});
        }
        it.value()->clear();
        m_form->setRowVisible(it.value(), false);
    }
}

bool FieldMessages::show(QWidget *field, const QString &message)
{
    QLabel *line = m_messages.value(field);
    if (!line)
        return false;
    // Two problems of one field (too long, and a control character) on lines of their own.
    line->setText(line->text().isEmpty() ? message : line->text() + QLatin1Char('\n') + message);
    m_form->setRowVisible(line, true);
    ProblemStyle::markField(field, true);
    field->setToolTip(line->text());
    field->setAccessibleDescription(line->text());
    return true;
}

QStringList FieldMessages::showTyped(const FieldErrors &errors)
{
    clear();
    QStringList elsewhere;
    for (const FieldError &error : errors) {
        QWidget *field = nullptr;
        for (auto it = m_messages.cbegin(); it != m_messages.cend() && !field; ++it) {
            if (it.key()->objectName() == error.field)
                field = it.key();
        }
        if (const auto *edit = qobject_cast<QLineEdit *>(field); edit && edit->text().isEmpty())
            continue;
        if (!field || !show(field, error.message))
            elsewhere << error.message;
    }
    return elsewhere;
}
