#include "csv/importresultpage.h"

#include "csv/importcountsview.h"
#include "csv/importwizard.h"

#include <QLabel>
#include <QVBoxLayout>

ImportResultPage::ImportResultPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written in one transaction: all of them, or none."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_counts = new ImportCountsView(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_counts);
    layout->addStretch(1);
}

void ImportResultPage::initializePage()
{
    m_done = false;
    m_summary->setText(tr("Importing…"));
    m_counts->clear();
    m_counts->hide();
    m_wizard->runImport(
        false, [this](const auto &report, bool cancelled) { showResult(report, cancelled); });
}

void ImportResultPage::showResult(const Result<ApplicationImport::Report> &report, bool cancelled)
{
    m_done = true;
    if (!report) {
        m_summary->setText(cancelled ? tr("The import was cancelled; nothing was written.")
                                     : tr("<b>Nothing was imported.</b><br>%1")
                                           .arg(report.error().text().toHtmlEscaped()));
    } else if (!report->written) {
        // The file or the database changed since the check.
        m_summary->setText(tr("<b>Nothing was imported:</b> %L1 rows are bad now. Run the "
                              "import again to see them.")
                               .arg(report->badRows));
    } else {
        QString summary = tr("The applications of %1 were imported.")
                              .arg(m_wizard->options().fileName.toHtmlEscaped());
        if (report->badRows > 0)
            summary +=
                QLatin1Char(' ') + tr("The bad rows were left out: %L1.").arg(report->badRows);
        m_summary->setText(summary);
        m_counts->setReport(report.value());
        m_counts->show();
    }
    Q_EMIT completeChanged();
}

bool ImportResultPage::isComplete() const
{
    return m_done;
}
