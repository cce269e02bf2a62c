#include "csv/importwizard.h"

#include "backgroundjob.h"
#include "csv/importfilepage.h"
#include "csv/importmappingpage.h"
#include "csv/importpreviewpage.h"
#include "csv/importresultpage.h"
#include "db/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>

ImportWizard::ImportWizard(QString databasePath, Actor actor, QWidget *parent)
    : QWizard(parent), m_databasePath(std::move(databasePath)), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Applications"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the import is done or cancelled by then
    // Room for a mapping row (header, values, field) and a dozen problems without scrolling.
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 110, metrics.height() * 38);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(ResultPage, new ImportResultPage(this));
}

void ImportWizard::setFile(const QString &path, const ApplicationImport::Preview &preview)
{
    m_filePath = path;
    m_preview = preview;
    m_options.fileName = QFileInfo(path).fileName();
}

void ImportWizard::runImport(bool dryRun, const Finished &finished)
{
    ApplicationImport::Options options = m_options;
    options.dryRun = dryRun;
    const QString label = dryRun ? tr("Checking every row of %1…") : tr("Importing %1…");
    auto *job = new BackgroundJob(label.arg(options.fileName), this);
    job->start(
        [databasePath = m_databasePath, actor = m_actor, filePath = m_filePath,
         options](const BackgroundJob::Progress &progress) -> Result<ApplicationImport::Report> {
            QFile in(filePath);
            if (!in.open(QIODevice::ReadOnly))
                return Error{tr("Cannot read %1: %2")
                                 .arg(QDir::toNativeSeparators(filePath), in.errorString()),
                             {}};
            Database database(Database::uniqueConnectionName(QStringLiteral("import")));
            if (const Status opened =
                    database.open(databasePath, Database::Check::Later, Database::Mode::Existing);
                !opened)
                return opened.error();
            return ApplicationImport(database.connectionName(), actor)
                .run(&in, options, {}, progress);
        },
        [this, job, finished](const Result<ApplicationImport::Report> &report) {
            if (report && report->written)
                Q_EMIT imported();
            finished(report, job->wasCancelled());
        });
}
