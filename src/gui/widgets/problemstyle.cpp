#include "widgets/problemstyle.h"

#include <QLabel>
#include <QString>
#include <QWidget>

namespace {
const QString Red = QStringLiteral("#c0392b");
}

void ProblemStyle::markMessage(QLabel *label, bool isProblem)
{
    label->setStyleSheet(isProblem ? QStringLiteral("color: %1;").arg(Red) : QString());
}

void ProblemStyle::markField(QWidget *field, bool isProblem)
{
    // By class: a bare declaration would reach the field's own children (a combo box's list).
    field->setStyleSheet(isProblem ? QStringLiteral("%1 { border: 1px solid %2; }")
                                         .arg(QLatin1String(field->metaObject()->className()), Red)
                                   : QString());
}
