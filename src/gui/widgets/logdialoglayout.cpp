#include "widgets/logdialoglayout.h"

#include "widgets/problemstyle.h"
#include "widgets/titlewidth.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LogDialogLayout {

QDialogButtonBox *lay(QDialog *dialog, const QString &intro, QFormLayout *form, QLabel *problem,
                      const QString &okText, int widthInChars)
{
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    ProblemStyle::markMessage(problem);
    auto *introLabel = new QLabel(intro, dialog);
    introLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * widthInChars);
    TitleWidth::fit(dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace LogDialogLayout
