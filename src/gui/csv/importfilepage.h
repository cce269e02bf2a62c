#pragma once

#include "csv/applicationimport.h"
#include "csv/csvreader.h"
#include "domain/result.h"

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// The first step of an import: which file, and how it is read (delimiter, Windows-1252 for
// files older spreadsheets saved). Reads the file at once and says what it found (which form
// builder wrote it, the order of its dates), or why the file cannot be read; Next waits for a
// readable file, and for the order of day and month when no date of the file tells it.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    // Rows read for the mapping page's sample values.
    static constexpr int SampleRows = 3;

    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

    static QString encodingName(CsvReader::Encoding encoding);
    static QString delimiterName(QChar delimiter);

private:
    void browse();
    void readFile();
    // Shows the question of the dates' order when `dates` cannot answer it.
    // `sameFile`: the file read again (a delimiter changed, Next), whose answer still holds.
    void askDateOrder(const DateOrderScan &dates, bool sameFile);
    ImportValues::DateOrder chosenDateOrder() const;
    static Result<ApplicationImport::Preview> readStart(const QString &path,
                                                        const ApplicationImport::Options &options);

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_windows1252 = nullptr;
    QLabel *m_dateOrderLabel = nullptr;
    QComboBox *m_dateOrder = nullptr; // asked only when the file's dates do not tell
    QLabel *m_found = nullptr;
    bool m_readable = false;
};
