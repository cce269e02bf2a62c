#include "editconflictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
// A value as one line of a choice: an empty one says so, a long one is cut.
QString shown(const QString &value)
{
    if (value.isEmpty())
        return EditConflictDialog::tr("(empty)");
    const QString line = value.simplified();
    constexpr int MaxShown = 80;
    return line.size() > MaxShown ? line.left(MaxShown - 1) + QChar(0x2026) : line;
}
} // namespace

EditConflictDialog::EditConflictDialog(const QList<Conflict> &conflicts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed Elsewhere"));
    auto *intro = new QLabel(tr("Someone else saved this applicant while you were editing. For "
                                "each field you both changed, choose the value to keep:"),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const Conflict &conflict : conflicts) {
        auto *mine = new QRadioButton(tr("Yours: %1").arg(shown(conflict.mine)), this);
        auto *elsewhere =
            new QRadioButton(tr("Saved elsewhere: %1").arg(shown(conflict.elsewhere)), this);
        mine->setObjectName(conflict.field + QStringLiteral("Mine"));
        elsewhere->setObjectName(conflict.field + QStringLiteral("Elsewhere"));
        mine->setChecked(true);
        auto *group = new QButtonGroup(this);
        group->addButton(mine);
        group->addButton(elsewhere);
        auto *choice = new QVBoxLayout;
        choice->addWidget(mine);
        choice->addWidget(elsewhere);
        form->addRow(conflict.label + QLatin1Char(':'), choice);
        m_elsewhereChoices << qMakePair(conflict.field, elsewhere);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList EditConflictDialog::keptFromElsewhere() const
{
    QStringList fields;
    for (const auto &[field, elsewhere] : m_elsewhereChoices) {
        if (elsewhere->isChecked())
            fields << field;
    }
    return fields;
}
