#pragma once

#include "csv/applicationimport.h"
#include "domain/actor.h"
#include "domain/result.h"

#include <QString>
#include <QWizard>

#include <functional>

// File → Import: applications from a CSV file in four steps. The file (how it is read), the
// mapping of its columns to fields, a preview that checks every row without writing, and the
// import itself. Both runs go on a worker thread with a connection of their own, under
// progress that can cancel.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        PreviewPage,
        ResultPage
    };

    // databasePath: the window's file, opened again by the worker; actor: who imports.
    ImportWizard(QString databasePath, Actor actor, QWidget *parent = nullptr);

    // The file the file page chose, and what the reader saw at its start.
    const QString &filePath() const { return m_filePath; }
    const ApplicationImport::Preview &preview() const { return m_preview; }
    void setFile(const QString &path, const ApplicationImport::Preview &preview);
    // How the import reads and writes; each page sets its part.
    ApplicationImport::Options &options() { return m_options; }

    using Finished =
        std::function<void(const Result<ApplicationImport::Report> &report, bool cancelled)>;
    // Runs the import of the file with options() (a dry run, or the real one) on a worker
    // thread; then `finished` on this thread. Rows written emit imported().
    void runImport(bool dryRun, const Finished &finished);

Q_SIGNALS:
    // Rows were written: views of the applications are out of date.
    void imported();

private:
    QString m_databasePath;
    Actor m_actor;
    QString m_filePath;
    ApplicationImport::Preview m_preview;
    ApplicationImport::Options m_options;
};
