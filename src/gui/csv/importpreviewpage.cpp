#include "csv/importpreviewpage.h"

#include "csv/importcountsview.h"
#include "csv/importissuemodel.h"
#include "csv/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Check the Rows"));
    setSubTitle(tr("Every row has been checked; nothing is written before you choose Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_onDuplicate = new QComboBox(this);
    m_onDuplicate->setObjectName(QStringLiteral("onDuplicate"));
    m_onDuplicate->addItem(tr("Skip the row"), int(ApplicationImport::OnDuplicate::Skip));
    m_onDuplicate->addItem(tr("Update the applicant from the row"),
                           int(ApplicationImport::OnDuplicate::Update));
    m_onDuplicate->addItem(tr("Count the row as bad"), int(ApplicationImport::OnDuplicate::Error));
    m_skipBadRows = new QCheckBox(tr("Import the good rows and leave the &bad rows out"), this);
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRows"));
    m_olderEntries =
        new QCheckBox(tr("Also import the form's entries &older than the last import"), this);
    m_olderEntries->setObjectName(QStringLiteral("olderEntries"));
    m_olderEntries->setToolTip(tr("By default only the entries since the last import from the "
                                  "same form are imported; older ones the desk does not have "
                                  "(left out as bad rows before, say) are left out."));
    auto *options = new QFormLayout;
    options->addRow(tr("An applicant already in the &database:"), m_onDuplicate);
    options->addRow(QString(), m_skipBadRows);
    options->addRow(QString(), m_olderEntries);

    m_counts = new ImportCountsView(this);
    m_issues = new ImportIssueModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("issues"));
    m_table->setAccessibleName(tr("Problems"));
    m_table->setModel(m_issues);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The row height of the applications table.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 2);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int charWidth = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ImportIssueModel::LineColumn, charWidth * 9);
    m_table->setColumnWidth(ImportIssueModel::KindColumn, charWidth * 12);
    m_table->setColumnWidth(ImportIssueModel::FileColumn, charWidth * 16);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_checkAgain = new QPushButton(tr("&Check Again"), this);
    m_checkAgain->setVisible(false);
    auto *verdict = new QHBoxLayout;
    verdict->addWidget(m_verdict, 1);
    verdict->addWidget(m_checkAgain, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(verdict);

    // Only the duplicate policy and the older entries change what a dry run finds; leaving bad
    // rows out changes only what the import writes.
    connect(m_onDuplicate, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::check);
    connect(m_skipBadRows, &QCheckBox::toggled, this, &ImportPreviewPage::showVerdict);
    connect(m_olderEntries, &QCheckBox::toggled, this, &ImportPreviewPage::check);
    connect(m_checkAgain, &QPushButton::clicked, this, &ImportPreviewPage::check);
}

void ImportPreviewPage::initializePage()
{
    check();
}

void ImportPreviewPage::check()
{
    m_report.reset();
    m_issues->setIssues({});
    m_counts->clear();
    m_checkAgain->hide();
    m_verdict->setText(tr("Checking…"));
    Q_EMIT completeChanged();
    ApplicationImport::Options &options = m_wizard->options();
    options.onDuplicate = ApplicationImport::OnDuplicate(m_onDuplicate->currentData().toInt());
    options.olderEntries = m_olderEntries->isChecked();
    m_wizard->runImport(
        true, [this](const auto &report, bool cancelled) { showCheck(report, cancelled); });
}

void ImportPreviewPage::showCheck(const Result<ApplicationImport::Report> &report, bool cancelled)
{
    if (!report) {
        m_verdict->setText(cancelled ? tr("The check was cancelled.")
                                     : tr("<b>The file cannot be imported.</b><br>%1")
                                           .arg(report.error().text().toHtmlEscaped()));
        m_checkAgain->show();
        Q_EMIT completeChanged();
        return;
    }
    if (const auto &dates = report->undecidedDates) {
        // Only when the mapping chose another column of dates than the first page read.
        m_verdict->setText(tr("<b>The file cannot be imported.</b><br>Line %1: %2: %3<br>Go back "
                              "to the first page and say how the form writes its dates.")
                               .arg(dates->line)
                               .arg(dates->column.toHtmlEscaped(), dates->reason.toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    m_report = report.value();
    m_counts->setReport(*m_report);
    m_issues->setIssues(m_report->issues);
    showVerdict();
}

void ImportPreviewPage::showVerdict()
{
    if (!m_report)
        return;
    QStringList lines;
    if (m_report->issueCount > m_report->issues.size())
        lines << tr("The first %L1 of %L2 problems and duplicates are listed.")
                     .arg(m_report->issues.size())
                     .arg(m_report->issueCount);
    if (m_report->badRows == 0)
        lines << tr("No row is bad: the import will succeed.");
    else if (m_skipBadRows->isChecked())
        lines << tr("The bad rows will be left out; the other rows will be imported.");
    else
        lines << tr("Nothing can be imported while there are bad rows: correct the file, or "
                    "leave the bad rows out.");
    m_verdict->setText(lines.join(QStringLiteral("<br>")));
    m_wizard->options().skipBadRows = m_skipBadRows->isChecked();
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_report && (m_report->badRows == 0 || m_skipBadRows->isChecked());
}

bool ImportPreviewPage::validatePage()
{
    m_wizard->options().skipBadRows = m_skipBadRows->isChecked();
    return isComplete();
}
