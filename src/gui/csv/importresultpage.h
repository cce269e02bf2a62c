#pragma once

#include "csv/applicationimport.h"

#include <QWizardPage>

class ImportCountsView;
class ImportWizard;
class QLabel;

// The last step: the import itself, on a worker thread under progress that can cancel (then
// nothing is written), and what it wrote.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showResult(const Result<ApplicationImport::Report> &report, bool cancelled);

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    ImportCountsView *m_counts = nullptr;
    bool m_done = false;
};
