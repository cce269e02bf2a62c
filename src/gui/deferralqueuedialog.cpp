#include "deferralqueuedialog.h"

#include "services/desksettingsservice.h"
#include "widgets/problemstyle.h"
#include "widgets/titlewidth.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

DeferralQueueDialog::DeferralQueueDialog(QString connectionName, Actor actor, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_keep(new QRadioButton(tr("&Keep the original qualification time"), this)),
      m_reset(new QRadioButton(tr("&Queue from the time the deferral returns"), this)),
      m_problems(new QLabel(this))
{
    setWindowTitle(tr("Deferral Queue"));
    m_keep->setObjectName(QStringLiteral("keepQualificationTime"));
    m_reset->setObjectName(QStringLiteral("queueFromReturn"));
    const auto keeps = DeskSettingsService(m_connection, m_actor).deferralKeepsQualificationTime();
    (!keeps || keeps.value() ? m_keep : m_reset)->setChecked(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    ProblemStyle::markMessage(m_problems);

    auto *explanation = new QLabel(
        tr("A deferred application returns as qualified when its later cohort opens, and takes "
           "a seat or joins that cohort's waitlist. Its place in the queue there:"),
        this);
    explanation->setWordWrap(true);
    auto *note = new QLabel(tr("The qualification time itself never changes; the queue time a "
                               "deferral takes is kept on its return in the status history."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeferralQueueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_keep);
    layout->addWidget(m_reset);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    TitleWidth::fit(this);
}

void DeferralQueueDialog::accept()
{
    if (Status saved = DeskSettingsService(m_connection, m_actor)
                           .setDeferralKeepsQualificationTime(m_keep->isChecked());
        !saved) {
        m_problems->setText(saved.error().text());
        return;
    }
    QDialog::accept();
}
