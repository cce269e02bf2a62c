#include "backupactions.h"

#include "backgroundjob.h"
#include "backup/backupfolder.h"
#include "backup/databaserestore.h"
#include "db/database.h"
#include "db/databaseworkers.h"
#include "mainwindow.h"
#include "services/authorization.h"
#include "services/backupservice.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {
constexpr int MessageMs = 15 * 1000;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// On a worker thread, with a read-only connection of its own: the desk's own automatic backup
// (no actor), or one a person asked for.
Result<BackupFile::Contents> backUp(const QString &databasePath, const QString &destination,
                                    const std::optional<Actor> &actor,
                                    const BackgroundJob::Progress &progress)
{
    Database database(Database::uniqueConnectionName(QStringLiteral("backup")));
    if (Status opened =
            database.open(databasePath, Database::Check::Later, Database::Mode::ReadOnly);
        !opened)
        return opened.error();
    if (actor)
        return BackupService::backUp(database.connectionName(), *actor, destination, progress);
    return BackupService::backUpAutomatically(database.connectionName(), destination, progress);
}

QString when(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return BackupActions::tr("today %1").arg(time);
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}
} // namespace

BackupActions::BackupActions(Database &database, MainWindow *window)
    : QObject(window), m_database(database), m_window(window),
      m_backUp(new QAction(tr("&Back Up…"), window)),
      m_restore(new QAction(tr("Res&tore from Backup…"), window)), m_lastBackup(new QLabel(window))
{
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_lastBackup->setObjectName(QStringLiteral("lastBackupLabel"));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::askForBackupFile);
    connect(m_restore, &QAction::triggered, this, &BackupActions::askForBackup);
    window->statusBar()->addPermanentWidget(m_lastBackup);
    showLastBackup();
    connect(window, &MainWindow::actorChanged, this, &BackupActions::showActions);
    showActions();
    m_dueCheck.setInterval(DueCheckIntervalMs);
    connect(&m_dueCheck, &QTimer::timeout, this, &BackupActions::backUpIfDue);
}

void BackupActions::showLastBackup()
{
    const BackupFolder folder(m_database.path());
    const QList<BackupFolder::Entry> backups = folder.list();
    if (backups.isEmpty()) {
        m_lastBackup->setText(tr("No backup yet"));
        m_lastBackup->setToolTip(tr("Backups go to %1.").arg(native(folder.path())));
        return;
    }
    m_lastBackup->setText(tr("Last backup: %1").arg(when(backups.first().madeAt)));
    m_lastBackup->setToolTip(tr("%1\n%n backup(s) in %2.", nullptr, int(backups.size()))
                                 .arg(native(backups.first().path), native(folder.path())));
}

// Nobody signed in: offered but disabled (the window is covered anyway). Signed in: only what
// the role allows is offered.
void BackupActions::showActions()
{
    const bool signedIn = m_window->isSignedIn();
    for (const auto &[action, permission] :
         {std::pair{m_backUp, Action::BackUp}, std::pair{m_restore, Action::Restore}}) {
        action->setVisible(!signedIn || m_window->allows(permission));
        action->setEnabled(m_window->allows(permission));
    }
}

Status BackupActions::allowed(Action action)
{
    // Nobody signed in is Actor::desk(), whom Authorization refuses.
    const Status verdict =
        Authorization::require(m_database.connectionName(), m_window->actor(), action);
    if (!verdict)
        m_window->showError(action == Action::Restore ? tr("The database was not restored.")
                                                      : tr("No backup was made."),
                            verdict.error());
    return verdict;
}

void BackupActions::askForBackupFile()
{
    if (!allowed(Action::BackUp))
        return;
    const BackupFolder folder(m_database.path());
    if (Status created = folder.create(); !created) {
        m_window->showError(tr("No backup was made."), created.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Back Up Database"),
        folder.pathFor(QDateTime::currentDateTimeUtc(), QStringLiteral("manual")),
        tr("Admissions Desk databases (*.sqlite)"));
    if (!path.isEmpty())
        backUpTo(path);
}

void BackupActions::backUpTo(const QString &path)
{
    if (const Status may = allowed(Action::BackUp); !may) {
        Q_EMIT backupFinished({}, may.error());
        return;
    }
    runBackup(path, false);
}

void BackupActions::backUpIfDue()
{
    m_dueCheck.start();
    const BackupFolder folder(m_database.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_running || !folder.isDue(now))
        return;
    if (Status created = folder.create(); !created) {
        m_window->statusBar()->showMessage(created.error().text(), MessageMs);
        return;
    }
    runBackup(folder.pathFor(now, QStringLiteral("daily")), true);
}

// A backup the person asked for runs under a progress dialog; the daily one quietly beside
// their work.
void BackupActions::runBackup(const QString &path, bool automatic)
{
    if (m_running)
        return;
    m_running = true;
    const auto finished = [this, path, automatic](const Result<BackupFile::Contents> &made) {
        m_running = false;
        if (!made) {
            if (automatic)
                m_window->statusBar()->showMessage(
                    tr("The daily backup failed: %1").arg(made.error().text()), MessageMs);
            else
                m_window->showError(tr("No backup was made."), made.error());
            Q_EMIT backupFinished({}, made.error());
            return;
        }
        // The backup folder is rotated after every backup into it, as on the command line.
        const BackupFolder folder(m_database.path());
        if (QFileInfo(path).absolutePath() == QFileInfo(folder.path()).absoluteFilePath()) {
            if (const auto removed = folder.tidy(QDateTime::currentDateTimeUtc()); !removed)
                m_window->statusBar()->showMessage(removed.error().text(), MessageMs);
        }
        m_window->statusBar()->showMessage(tr("Backed up to %1: %2 applications, checked.")
                                               .arg(native(path))
                                               .arg(made->applications()),
                                           MessageMs);
        showLastBackup();
        Q_EMIT backupFinished(path, {});
    };
    const QString database = m_database.path();
    if (automatic) {
        auto *watcher = new QFutureWatcher<Result<BackupFile::Contents>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, finished] {
            finished(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(databaseWorkers(), [database, path] {
            return backUp(database, path, {}, BackgroundJob::Progress());
        }));
        return;
    }
    auto *job = new BackgroundJob(tr("Backing up the database…"), m_window);
    job->start(
        [database, path, actor = m_window->actor()](const BackgroundJob::Progress &progress) {
            return backUp(database, path, actor, progress);
        },
        finished);
}

void BackupActions::askForBackup()
{
    if (!allowed(Action::Restore))
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Restore from Backup"), BackupFolder(m_database.path()).path(),
        tr("Admissions Desk databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path);
}

void BackupActions::restoreFrom(const QString &backupPath, bool confirmed)
{
    if (const Status may = allowed(Action::Restore); !may) {
        Q_EMIT restoreFinished(may.error());
        return;
    }
    auto *job = new BackgroundJob(tr("Checking the backup…"), m_window);
    job->start(
        [backupPath](const BackgroundJob::Progress &) { return BackupFile::inspect(backupPath); },
        [this, backupPath, confirmed](const Result<BackupFile::Contents> &contents) {
            // Once the job's progress dialog has gone.
            QMetaObject::invokeMethod(
                this,
                [this, backupPath, confirmed, contents] {
                    if (!contents) {
                        m_window->showError(tr("This backup cannot be restored."),
                                            contents.error());
                        Q_EMIT restoreFinished(contents.error());
                    } else if (confirmed || confirmRestore(backupPath, contents.value())) {
                        replaceWith(backupPath);
                    }
                },
                Qt::QueuedConnection);
        });
}

bool BackupActions::confirmRestore(const QString &backupPath, const BackupFile::Contents &contents)
{
    QMessageBox ask(QMessageBox::Question, tr("Restore from Backup"),
                    tr("Replace the database with this backup?"), QMessageBox::Cancel, m_window);
    ask.setInformativeText(tr("%1 holds %2 applications (schema version %3). Every change made "
                              "since it was taken will be gone from the database; the database "
                              "as it is now is kept aside beside it, under a name with today's "
                              "time.")
                               .arg(native(backupPath))
                               .arg(contents.applications())
                               .arg(contents.schemaVersion));
    QPushButton *restore = ask.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == restore;
}

// The window's connection is closed while the file is replaced, then opened on the new file.
void BackupActions::replaceWith(const QString &backupPath)
{
    // Asked again: the role may have been taken away while the question was open.
    if (const Status may = allowed(Action::Restore); !may) {
        Q_EMIT restoreFinished(may.error());
        return;
    }
    const QString path = m_database.path();
    const QString connection = m_database.connectionName();
    m_database.close();
    auto *job = new BackgroundJob(tr("Restoring the database…"), m_window);
    job->start(
        [path, backupPath, actor = m_window->actor()](const BackgroundJob::Progress &) {
            return DatabaseRestore::run(path, backupPath, QDateTime::currentDateTimeUtc(), actor);
        },
        [this, path](const Result<DatabaseRestore::Outcome> &outcome) {
            const Status reopened =
                m_database.open(path, Database::Check::Later, Database::Mode::Existing);
            m_window->refresh();
            showLastBackup();
            const Error error = !outcome ? outcome.error() : !reopened ? reopened.error() : Error{};
            if (!error.message.isEmpty()) {
                m_window->showError(tr("The database was not restored."), error);
            } else {
                m_window->statusBar()->showMessage(
                    tr("Restored from the backup: %1 applications. The database as it was is "
                       "kept as %2.")
                        .arg(outcome->restored.applications())
                        .arg(native(outcome->keptAside)),
                    MessageMs);
            }
            Q_EMIT restoreFinished(error);
        });
}
