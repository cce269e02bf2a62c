#include "csv/exportmenu.h"

#include "backgroundjob.h"
#include "csv/applicationexport.h"
#include "csv/exportdialog.h"
#include "csv/outcomeexport.h"
#include "csv/statushistoryexport.h"
#include "csv/waitlistexport.h"
#include "db/database.h"
#include "services/catalogservice.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

ExportMenu::ExportMenu(QString connectionName, QString databasePath, std::function<Screen()> screen,
                       QWidget *window)
    : QMenu(tr("&Export"), window), m_connection(std::move(connectionName)),
      m_databasePath(std::move(databasePath)), m_screen(std::move(screen))
{
    setObjectName(QStringLiteral("exportMenu"));
    addExport(Kind::Screen, tr("Applications on &Screen…"));
    addExport(Kind::Everything, tr("&Everything…"));
    addSeparator();
    addExport(Kind::StatusHistory, tr("Status &History…"));
    addExport(Kind::Waitlists, tr("&Waitlists…"));
    addExport(Kind::Outcomes, tr("Job &Outcomes (CIRR)…"));
}

void ExportMenu::addExport(Kind kind, const QString &text)
{
    QAction *action = addAction(text);
    connect(action, &QAction::triggered, this, [this, kind] { ask(kind); });
}

void ExportMenu::ask(Kind kind)
{
    static const char *const titles[] = {
        QT_TR_NOOP("Export Applications on Screen"), QT_TR_NOOP("Export Everything"),
        QT_TR_NOOP("Export Status History"), QT_TR_NOOP("Export Waitlists"),
        QT_TR_NOOP("Export Job Outcomes")};
    static const char *const baseNames[] = {"applications", "applications-all", "status-history",
                                            "waitlists", "job-outcomes"};
    const int index = int(kind);
    auto *dialog =
        new ExportDialog(tr(titles[index]), QLatin1String(baseNames[index]), parentWidget());
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Screen screen = m_screen();
    if (kind == Kind::Waitlists || kind == Kind::Outcomes) {
        const auto cohorts = CatalogService(m_connection, Actor::desk()).cohorts();
        dialog->offerCohorts(cohorts ? cohorts.value() : QList<Cohort>(),
                             screen.query.filter().cohortId);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind, screen] {
        Request request;
        request.kind = kind;
        // Everything is the whole file, whatever the view shows: every application, every field.
        const bool everything = kind == Kind::Everything;
        request.query = everything ? ApplicationQuery() : screen.query;
        request.columns = everything ? ApplicationExport::allColumns() : screen.columns;
        request.cohortId = dialog->cohortId();
        request.path = dialog->path();
        request.options = dialog->options();
        request.actor = m_actor;
        start(request);
    });
    dialog->open();
}

void ExportMenu::start(const Request &request)
{
    auto *job = new BackgroundJob(tr("Exporting to %1…").arg(QFileInfo(request.path).fileName()),
                                  parentWidget());
    job->start(
        [path = m_databasePath, request](const BackgroundJob::Progress &progress) {
            return write(path, request, progress);
        },
        [this, request, job](const Result<qint64> &written) {
            finish(request, written, job->wasCancelled());
        });
}

Result<qint64> ExportMenu::write(const QString &databasePath, const Request &request,
                                 const std::function<bool(qint64, qint64)> &progress)
{
    Database database(Database::uniqueConnectionName(QStringLiteral("export")));
    if (const Status opened =
            database.open(databasePath, Database::Check::Later, Database::Mode::ReadOnly);
        !opened)
        return opened.error();
    const QString &connection = database.connectionName();
    switch (request.kind) {
    case Kind::Screen:
    case Kind::Everything:
        return ApplicationExport(connection, request.actor)
            .writeFile(request.query, request.columns, request.path, request.options, progress);
    case Kind::StatusHistory:
        return CsvExport(connection, request.actor)
            .writeFile(StatusHistoryExport::source(request.query), request.path, request.options,
                       progress);
    case Kind::Waitlists:
        return CsvExport(connection, request.actor)
            .writeFile(WaitlistExport::source(request.cohortId), request.path, request.options,
                       progress);
    case Kind::Outcomes:
        return CsvExport(connection, request.actor)
            .writeFile(OutcomeExport::source(request.cohortId), request.path, request.options,
                       progress);
    }
    Q_UNREACHABLE();
}

void ExportMenu::finish(const Request &request, const Result<qint64> &written, bool cancelled)
{
    const QString file = QDir::toNativeSeparators(request.path);
    // A Cancel pressed just as the last row went out comes too late: the file is written.
    if (!written && cancelled) {
        Q_EMIT reported(tr("Export cancelled; %1 was not written.").arg(file));
        return;
    }
    if (!written) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                            tr("%1 was not written.").arg(file), QMessageBox::Ok, parentWidget());
        box->setObjectName(QStringLiteral("exportFailed"));
        box->setInformativeText(written.error().text());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
        return;
    }
    // Counts after a colon read well in every number without plural forms.
    static const char *const messages[] = {
        QT_TR_NOOP("Applications exported to %1: %L2."),
        QT_TR_NOOP("Applications exported to %1: %L2."),
        QT_TR_NOOP("Status events exported to %1: %L2."),
        QT_TR_NOOP("Waitlisted applications exported to %1: %L2."),
        QT_TR_NOOP("Graduates' job outcomes exported to %1: %L2.")};
    Q_EMIT exported(tr(messages[int(request.kind)]).arg(file).arg(written.value()), request.path);
}
