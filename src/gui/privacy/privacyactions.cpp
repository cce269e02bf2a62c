#include "privacy/privacyactions.h"

#include "applicantpanel.h"
#include "backgroundjob.h"
#include "mainwindow.h"
#include "privacy/retentiondialog.h"
#include "privacy/typedconfirmation.h"

#include "backup/backupfolder.h"
#include "db/database.h"

#include <QAction>
#include <QStatusBar>

namespace {
constexpr int MessageMs = 15000;
} // namespace

PrivacyActions::PrivacyActions(QString databasePath, MainWindow *window, ApplicantPanel *panel)
    : QObject(window), m_databasePath(std::move(databasePath)), m_window(window), m_panel(panel),
      m_erase(new QAction(tr("&Erase Personal Data…"), window)),
      m_retention(new QAction(tr("&Retention Review…"), window))
{
    m_erase->setObjectName(QStringLiteral("eraseApplicantAction"));
    m_retention->setObjectName(QStringLiteral("retentionAction"));
    connect(m_erase, &QAction::triggered, this, &PrivacyActions::eraseShownApplicant);
    connect(m_retention, &QAction::triggered, this, &PrivacyActions::showRetentionReview);
    connect(window, &MainWindow::actorChanged, this, &PrivacyActions::showActions);
    showActions();
}

QString PrivacyActions::backupsKeepText()
{
    return tr("Backups made before keep the person until the backup rotation deletes them, at "
              "most %n day(s); restoring one of them erases the person again.",
              nullptr, BackupFolder::configuredRotation().longestKeptDays());
}

void PrivacyActions::showActions()
{
    const bool allowed = m_window->allows(Action::HandlePrivacyRequests);
    for (QAction *action : {m_erase, m_retention}) {
        action->setVisible(allowed);
        action->setEnabled(allowed);
    }
}

void PrivacyActions::eraseShownApplicant()
{
    if (!m_window->allows(Action::HandlePrivacyRequests))
        return;
    // Unsaved edits of the person are settled first: saved and then erased, or dropped.
    if (!m_panel->settleEdits())
        return;
    const std::optional<Applicant> &applicant = m_panel->shownApplicant();
    if (!applicant) {
        m_window->statusBar()->showMessage(tr("Select the application of the person to erase."),
                                           MessageMs);
        return;
    }
    const QString number = QString::number(applicant->id);
    TypedConfirmation ask(
        {tr("Erase Personal Data"),
         tr("Erase %1 (applicant %2) for good?").arg(applicant->fullName(), number),
         tr("Their names, email, phone, time zone, URLs, referrer, notes and activity texts are "
            "erased, and their values in the audit trail. This cannot be undone.") +
             QStringLiteral("\n\n") +
             tr("Their applications keep their statuses, dates, track, cohort and source, so that "
                "the statistics stay true.") +
             QStringLiteral("\n\n") + backupsKeepText(),
         tr("Type the applicant number, %1, to confirm:").arg(number), tr("Erase for Good")},
        number, m_window);
    if (ask.exec() != QDialog::Accepted)
        return;

    auto *job = new BackgroundJob(tr("Erasing applicant %1…").arg(number), m_window);
    job->start(
        [path = m_databasePath, actor = m_window->actor(),
         id = applicant->id](const BackgroundJob::Progress &) -> Result<PrivacyService::Erasure> {
            Database database(Database::uniqueConnectionName(QStringLiteral("erase")));
            if (Status opened =
                    database.open(path, Database::Check::Later, Database::Mode::Existing);
                !opened)
                return opened.error();
            return PrivacyService(database.connectionName(), actor).erase(id);
        },
        [this](const Result<PrivacyService::Erasure> &erased) { finish(erased); });
}

void PrivacyActions::showRetentionReview()
{
    if (!m_window->allows(Action::HandlePrivacyRequests))
        return;
    RetentionDialog dialog(m_databasePath, m_window->actor(), m_window);
    connect(&dialog, &RetentionDialog::erased, this, &PrivacyActions::finish);
    dialog.exec();
}

void PrivacyActions::finish(const Result<PrivacyService::Erasure> &erasure)
{
    if (!erasure) {
        m_window->showError(tr("Nothing more was erased."), erasure.error());
        Q_EMIT erased({}, erasure.error());
        return;
    }
    // Every view shows the erased person as erased: the list, the panel, the other pages.
    m_window->refresh();
    m_panel->refresh();
    QString message = tr("Erased %n person(s).", nullptr, erasure->people);
    if (!erasure->logCleared)
        message += QLatin1Char(' ') + tr("Another program has the database open: the erased "
                                         "values leave its log when it closes the database.");
    m_window->statusBar()->showMessage(message, MessageMs);
    Q_EMIT erased(erasure.value(), {});
}
