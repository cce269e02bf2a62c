#pragma once

#include "csv/importmapping.h"

#include <QList>
#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;

// The second step: which field each column of the file goes into, one row per column with
// its header, a few of its values and the field to choose. Starts from the automatic mapping
// and the mapping chosen last time (for the headers it names), and says which form builder's
// export it recognised (whose preset the automatic mapping used); what makes the mapping unusable
// is listed as it changes and keeps Next off.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Remembers the mapping for next time and hands it to the import.
    bool validatePage() override;

    const ImportMapping &mapping() const { return m_mapping; }

private:
    void addColumn(int column);
    void showProblems();

    ImportWizard *m_wizard;
    ImportMapping m_mapping;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_columns = nullptr; // in m_scroll
    QGridLayout *m_grid = nullptr;
    QList<QComboBox *> m_fields; // one per column of the file
    QLabel *m_problems = nullptr;
    QLabel *m_recognised = nullptr; // the form builder whose export this is
};
