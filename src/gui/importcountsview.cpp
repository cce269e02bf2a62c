#include "importcountsview.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

ImportCountsView::ImportCountsView(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    m_rows = addCount(QStringLiteral("rows"), tr("Rows read:"), 0, 0);
    m_applicationsAdded =
        addCount(QStringLiteral("applicationsAdded"), tr("New applications:"), 1, 0);
    m_applicantsAdded = addCount(QStringLiteral("applicantsAdded"), tr("New applicants:"), 2, 0);
    m_applicantsUpdated =
        addCount(QStringLiteral("applicantsUpdated"), tr("Applicants updated:"), 3, 0);
    m_alreadyThere = addCount(QStringLiteral("alreadyThere"), tr("Already in the database:"), 0, 1);
    m_duplicatesSkipped =
        addCount(QStringLiteral("duplicatesSkipped"), tr("Duplicates skipped:"), 1, 1);
    m_badRows = addCount(QStringLiteral("badRows"), tr("Bad rows:"), 2, 1);
    grid->setColumnMinimumWidth(2, fontMetrics().averageCharWidth() * 4);
    grid->setColumnStretch(5, 1);
    clear();
}

QLabel *ImportCountsView::addCount(const QString &name, const QString &label, int row, int column)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Room for "1,000,000" without the grid moving as the numbers grow.
    value->setMinimumWidth(fontMetrics().horizontalAdvance(QLocale().toString(8'888'888)));
    // Two columns of counts, each a label and its value, with a gap between them.
    grid->addWidget(new QLabel(label, this), row, column * 3);
    grid->addWidget(value, row, column * 3 + 1);
    return value;
}

void ImportCountsView::setReport(const ApplicationImport::Report &report)
{
    const QLocale locale;
    m_rows->setText(locale.toString(report.rows));
    m_applicationsAdded->setText(locale.toString(report.applicationsAdded));
    m_applicantsAdded->setText(locale.toString(report.applicantsAdded));
    m_applicantsUpdated->setText(locale.toString(report.applicantsUpdated));
    m_alreadyThere->setText(locale.toString(report.alreadyThere));
    m_duplicatesSkipped->setText(locale.toString(report.duplicatesSkipped));
    m_badRows->setText(locale.toString(report.badRows));
}

void ImportCountsView::clear()
{
    for (QLabel *value : {m_rows, m_applicationsAdded, m_applicantsAdded, m_applicantsUpdated,
                          m_alreadyThere, m_duplicatesSkipped, m_badRows})
        value->setText(tr("–"));
}
