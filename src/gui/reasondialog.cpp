#include "reasondialog.h"

#include "widgets/titlewidth.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(ApplicationStatus to, const QString &question, QWidget *parent)
    : QDialog(parent), m_reason(new QComboBox(this))
{
    setWindowTitle(tr("Reason: %1").arg(Statuses::displayName(to)));
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(standardReasons(to));
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose a reason or type your own"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    TitleWidth::fit(this);
    connect(m_reason, &QComboBox::currentTextChanged, this, &ReasonDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ok->setEnabled(false);
}

QString ReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void ReasonDialog::chooseCohort(const QList<Cohort> &cohorts)
{
    m_cohort = new QComboBox(this);
    m_cohort->setObjectName(QStringLiteral("deferralCohort"));
    m_cohort->setAccessibleName(tr("Later cohort"));
    for (const Cohort &cohort : cohorts)
        m_cohort->addItem(tr("%1 (starts %2, %3)")
                              .arg(cohort.name,
                                   QLocale().toString(cohort.startsOn, QLocale::ShortFormat),
                                   Cohort::stateDisplayName(cohort.state)),
                          cohort.id);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Later &cohort:"), this);
    label->setBuddy(m_cohort);
    form->addRow(label, m_cohort);
    auto *note = new QLabel(tr("The application returns as qualified there when that cohort "
                               "opens (at once if it is open), and takes a seat or joins its "
                               "waitlist."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    // Above the buttons, below the reason.
    static_cast<QVBoxLayout *>(layout())->insertLayout(2, form);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &ReasonDialog::updateOk);
    updateOk();
}

qint64 ReasonDialog::cohortId() const
{
    return m_cohort ? m_cohort->currentData().toLongLong() : 0;
}

void ReasonDialog::updateOk()
{
    m_ok->setEnabled(!reason().isEmpty() && (!m_cohort || m_cohort->currentIndex() >= 0));
}

QStringList ReasonDialog::standardReasons(ApplicationStatus to)
{
    switch (to) {
    case ApplicationStatus::NotQualified:
        return {tr("Did not pass the technical interview"),
                tr("Did not complete the screening task"),
                tr("Does not meet the entry requirements"), tr("Not eligible where they live")};
    case ApplicationStatus::Declined:
        return {tr("Accepted another offer"), tr("Cannot pay the fee"),
                tr("The start date does not fit"), tr("Personal reasons")};
    case ApplicationStatus::Withdrawn:
        return {tr("Accepted another offer"), tr("Personal reasons"), tr("Financial reasons"),
                tr("No longer reachable"), tr("Applied twice")};
    case ApplicationStatus::Dropped:
        return {tr("Personal reasons"), tr("Financial reasons"), tr("Could not keep up"),
                tr("Found a job"), tr("Health")};
    case ApplicationStatus::Refunded:
        return {tr("Within the money-back window"), tr("Pro-rata refund after the window"),
                tr("Goodwill refund")};
    case ApplicationStatus::Deferred:
        return {tr("The start date does not fit"), tr("Personal reasons"), tr("Financial reasons"),
                tr("Health")};
    case ApplicationStatus::NotSeeking:
        return {tr("Continuing their education"), tr("Not looking for work for now"),
                tr("Moved abroad"), tr("Personal reasons")};
    default:
        return {};
    }
}

std::optional<QString> ReasonDialog::ask(ApplicationStatus to, const QString &question,
                                         QWidget *parent)
{
    ReasonDialog dialog(to, question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}
