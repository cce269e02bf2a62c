#include "csv/importcountsview.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

ImportCountsView::ImportCountsView(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    const auto counts = ApplicationImport::Report().counts();
    // Two columns of counts, each a label and its value, with a gap between them.
    const int rows = int(counts.size() + 1) / 2;
    // Room for "1,000,000" without the grid moving as the numbers grow.
    const int valueWidth = fontMetrics().horizontalAdvance(QLocale().toString(8'888'888));
    for (int i = 0; i < counts.size(); ++i) {
        auto *value = new QLabel(this);
        value->setObjectName(QLatin1String(counts.at(i).name));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(valueWidth);
        grid->addWidget(new QLabel(counts.at(i).label, this), i % rows, i / rows * 3);
        grid->addWidget(value, i % rows, i / rows * 3 + 1);
        m_values << value;
    }
    grid->setColumnMinimumWidth(2, fontMetrics().averageCharWidth() * 4);
    grid->setColumnStretch(5, 1);
    clear();
}

void ImportCountsView::setReport(const ApplicationImport::Report &report)
{
    const QLocale locale;
    const auto counts = report.counts();
    for (int i = 0; i < counts.size(); ++i)
        m_values.at(i)->setText(locale.toString(counts.at(i).value));
}

void ImportCountsView::clear()
{
    for (QLabel *value : std::as_const(m_values))
        value->setText(tr("–"));
}
