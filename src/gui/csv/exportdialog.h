#pragma once

#include "csv/csvwriter.h"
#include "domain/cohort.h"

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QFileInfo;
class QFormLayout;
class QLineEdit;

// Where and how one CSV export is written: the file (a dated default name in the folder used
// last, or Documents), the delimiter, whether Microsoft Excel will read it (a byte order mark), and
// for exports by cohort, which cohort. Delimiter, Excel and folder are remembered.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // baseName: the start of the default file name, e.g. "applications".
    ExportDialog(const QString &title, const QString &baseName, QWidget *parent = nullptr);

    // Adds the cohort choice: every cohort, or one of these; `current` (0: every cohort) is
    // chosen at first.
    void offerCohorts(const QList<Cohort> &cohorts, qint64 current);

    QString path() const;
    CsvWriter::Options options() const;
    // 0: every cohort.
    qint64 cohortId() const;

    // Offers to create a missing folder, refuses one that cannot be written, asks before an
    // existing file is replaced; remembers the choices. The dialog stays open until the file
    // can be written.
    void accept() override;

private:
    void browse();
    // The file's folder exists (created if the person agrees) and takes files.
    bool folderIsReady(const QFileInfo &file);

    QFormLayout *m_form = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_excel = nullptr;
    QComboBox *m_cohort = nullptr;
};
