#include "mergeapplicantsdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
// A value as one line of a choice: an empty one says so, a long one is cut, and an ampersand
// is itself, never a mnemonic.
QString shown(const QString &value)
{
    if (value.trimmed().isEmpty())
        return MergeApplicantsDialog::tr("(empty)");
    QString line = value.simplified();
    constexpr int MaxShown = 60;
    if (line.size() > MaxShown)
        line = line.left(MaxShown - 1) + QChar(0x2026);
    return line.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
} // namespace

MergeApplicantsDialog::MergeApplicantsDialog(QString connectionName, Actor actor,
                                             qint64 firstApplicantId, qint64 secondApplicantId,
                                             QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor))
{
    setWindowTitle(tr("Merge Applicants"));
    // Read through the merge's own checks: an unknown, erased or merged record, or the same
    // one twice, is refused here already.
    const auto plan =
        ApplicantMerge(m_connection, m_actor).plan(firstApplicantId, secondApplicantId);
    if (plan) {
        m_records[0] = plan->survivor;
        m_records[1] = plan->duplicate;
        m_loaded = true;
    } else {
        m_loadError = plan.error().text();
    }
    build();
}

void MergeApplicantsDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeApplicantsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    if (!m_loaded) {
        m_summary->setText(tr("These applicants cannot be merged: %1").arg(m_loadError));
        layout->addWidget(m_summary);
        layout->addWidget(buttons);
        merge->setEnabled(false);
        setMinimumWidth(fontMetrics().averageCharWidth() * 64);
        return;
    }

    auto *intro = new QLabel(tr("Two records of one person become one. Choose the record that "
                                "survives, and for each field the value it keeps:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_survivor = new QComboBox(this);
    m_survivor->setObjectName(QStringLiteral("survivor"));
    for (const Applicant &record : m_records)
        m_survivor->addItem(ApplicantMerge::displayName(record), record.id);
    auto *survivorRow = new QFormLayout;
    survivorRow->addRow(tr("&Surviving record:"), m_survivor);
    layout->addLayout(survivorRow);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    for (int side = 0; side < 2; ++side) {
        auto *heading = new QLabel(this);
        heading->setTextFormat(Qt::PlainText);
        m_headings[side] = heading;
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        grid->addWidget(heading, 0, side + 1);
    }
    int line = 1;
    for (const QString &field : ApplicantMerge::fieldNames()) {
        Row row;
        row.field = field;
        row.group = new QButtonGroup(this);
        const QString label = ApplicantMerge::fieldLabel(field);
        auto *name = new QLabel(label + QLatin1Char(':'), this);
        grid->addWidget(name, line, 0);
        for (int side = 0; side < 2; ++side) {
            const QString value = ApplicantMerge::valueText(m_records[side], field);
            auto *button = new QRadioButton(shown(value), this);
            button->setObjectName(field +
                                  (side == 0 ? QStringLiteral("First") : QStringLiteral("Second")));
            button->setAccessibleName(tr("%1 of %2: %3")
                                          .arg(label, ApplicantMerge::displayName(m_records[side]),
                                               value.trimmed().isEmpty() ? tr("empty") : value));
            button->setToolTip(value);
            row.group->addButton(button, side);
            row.buttons[side] = button;
            grid->addWidget(button, line, side + 1);
        }
        if (ApplicantMerge::joins(field)) {
            auto *both = new QRadioButton(tr("Both"), this);
            both->setObjectName(field + QStringLiteral("Both"));
            both->setAccessibleName(tr("%1: both, one after the other").arg(label));
            row.group->addButton(both, 2);
            row.buttons[2] = both;
            grid->addWidget(both, line, 3);
        }
        connect(row.group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                showSummary();
        });
        m_rows << row;
        ++line;
    }
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(m_survivor, &QComboBox::currentIndexChanged, this,
            &MergeApplicantsDialog::showDefaults);
    showDefaults();
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);
    // Never shorter than its wrapped summary needs.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

void MergeApplicantsDialog::setSurvivor(qint64 applicantId)
{
    if (!m_survivor)
        return;
    if (const int index = m_survivor->findData(applicantId); index >= 0)
        m_survivor->setCurrentIndex(index);
}

qint64 MergeApplicantsDialog::survivorId() const
{
    return m_survivor ? m_survivor->currentData().toLongLong() : 0;
}

qint64 MergeApplicantsDialog::duplicateId() const
{
    return m_survivor ? m_records[1 - m_survivor->currentIndex()].id : 0;
}

QRadioButton *MergeApplicantsDialog::choiceButton(const QString &field, int column) const
{
    for (const Row &row : m_rows) {
        if (row.field == field && column >= 0 && column < 3)
            return row.buttons[column];
    }
    return nullptr;
}

QString MergeApplicantsDialog::summary() const
{
    return m_summary->text();
}

void MergeApplicantsDialog::showDefaults()
{
    m_settingDefaults = true;
    const int survivor = m_survivor->currentIndex();
    const Applicant &kept = m_records[survivor];
    const Applicant &other = m_records[1 - survivor];
    for (int side = 0; side < 2; ++side)
        // Short, on one line: the names are in the rows below and in the choice above.
        m_headings[side]->setText(
            (side == survivor ? tr("Survives: applicant %1") : tr("Merged away: applicant %1"))
                .arg(m_records[side].id));
    for (const Row &row : std::as_const(m_rows)) {
        const ApplicantMerge::Side side = ApplicantMerge::defaultSide(kept, other, row.field);
        const int column = side == ApplicantMerge::Side::Both        ? 2
                           : side == ApplicantMerge::Side::Duplicate ? 1 - survivor
                                                                     : survivor;
        if (row.buttons[column])
            row.buttons[column]->setChecked(true);
    }
    m_settingDefaults = false;
    showSummary();
}

ApplicantMerge::Choices MergeApplicantsDialog::choices() const
{
    ApplicantMerge::Choices chosen;
    const int survivor = m_survivor->currentIndex();
    for (const Row &row : m_rows) {
        const int column = row.group->checkedId();
        chosen.insert(row.field, column == 2          ? ApplicantMerge::Side::Both
                                 : column == survivor ? ApplicantMerge::Side::Survivor
                                                      : ApplicantMerge::Side::Duplicate);
    }
    return chosen;
}

void MergeApplicantsDialog::showSummary()
{
    if (!m_survivor || m_settingDefaults)
        return;
    const auto plan =
        ApplicantMerge(m_connection, m_actor).plan(survivorId(), duplicateId(), choices());
    if (!plan) {
        m_summary->setText(plan.error().text());
        return;
    }
    const QString survivor = ApplicantMerge::displayName(plan->survivor);
    const QString duplicate = ApplicantMerge::displayName(plan->duplicate);
    m_summary->setText(
        tr("Moving from %1 to %2: applications %L3, activities %L4. %2 keeps the values chosen "
           "above, and %1 is then kept only as a record that names %2. This cannot be undone.")
            .arg(duplicate, survivor)
            .arg(plan->applications)
            .arg(plan->activities));
}

void MergeApplicantsDialog::accept()
{
    if (!m_loaded)
        return;
    const auto merged =
        ApplicantMerge(m_connection, m_actor).merge(survivorId(), duplicateId(), choices());
    if (!merged) {
        // Refused (a role taken away, a record merged or erased elsewhere): said here, and the
        // choices stay for another try or Cancel.
        m_summary->setText(tr("Nothing was merged: %1").arg(merged.error().text()));
        return;
    }
    m_merged = merged.value();
    QDialog::accept();
}
