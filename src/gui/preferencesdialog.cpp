#include "preferencesdialog.h"

#include "signin/idlewatch.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_lockAfter(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_lockAfter->setObjectName(QStringLiteral("lockAfterMinutes"));
    m_lockAfter->setRange(0, IdleWatch::MaximumMinutes);
    m_lockAfter->setSpecialValueText(tr("Never"));
    m_lockAfter->setSuffix(tr(" min"));
    m_lockAfter->setValue(IdleWatch::savedMinutes());

    auto *explanation = new QLabel(
        tr("Without a key pressed or the mouse moved for this long, the window locks: it hides "
           "the applicants, and your password opens it again."),
        this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Lock the window after"), m_lockAfter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

void PreferencesDialog::accept()
{
    IdleWatch::saveMinutes(m_lockAfter->value());
    QDialog::accept();
}
