#pragma once

#include "csv/applicationimport.h"

#include <QWizardPage>

#include <optional>

class ImportCountsView;
class ImportIssueModel;
class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The third step: every row checked by a dry run (on a worker thread, nothing written), with
// what the import would do and every problem by line and column. The duplicate policy runs the
// check again; Import is on when no row is bad, or when bad rows are to be left out.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ImportIssueModel *issues() const { return m_issues; }

private:
    void check();
    void showCheck(const Result<ApplicationImport::Report> &report, bool cancelled);
    void showVerdict();

    ImportWizard *m_wizard;
    QComboBox *m_onDuplicate = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
    QCheckBox *m_olderEntries = nullptr; // the weekly routine, or every entry the desk lacks
    ImportCountsView *m_counts = nullptr;
    ImportIssueModel *m_issues = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_checkAgain = nullptr;
    std::optional<ApplicationImport::Report> m_report; // of the last finished check
};
