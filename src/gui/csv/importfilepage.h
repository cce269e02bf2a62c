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
// files older spreadsheets saved). Reads the file's start at once and says what it found, or
// why the file cannot be read; Next waits for a readable file.
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
    static Result<ApplicationImport::Preview> readStart(const QString &path,
                                                        const ApplicationImport::Options &options);

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_windows1252 = nullptr;
    QLabel *m_found = nullptr;
    bool m_readable = false;
};
