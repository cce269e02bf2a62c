#include "mainwindow.h"

#include "applicantpanel.h"
#include "applicationspage.h"
#include "changewatch.h"
#include "cohortspage.h"
#include "csv/exportedfilenotice.h"
#include "csv/exportmenu.h"
#include "csv/importwizard.h"
#include "deferralqueuedialog.h"
#include "guaranteeduedialog.h"
#include "offerstosenddialog.h"
#include "keyboardshortcutsdialog.h"
#include "mentorspage.h"
#include "moveundo.h"
#include "newapplicationdialog.h"
#include "preferencesdialog.h"
#include "privacy/privacyactions.h"
#include "recentdatabases.h"
#include "reports/reportspage.h"
#include "savedviews.h"
#include "services/authorization.h"
#include "services/staffservice.h"
#include "setup/setupguide.h"
#include "setup/trackcheck.h"
#include "setup/trackdialog.h"
#include "setup/tracksdialog.h"
#include "signin/idlewatch.h"
#include "signin/windowlock.h"
#include "staff/staffdialog.h"
#include "theme.h"
#include "timezonedialog.h"
#include "upcominginterviewsdialog.h"
#include "widgets/elidedlabel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include <chrono>
#include <utility>

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
} // namespace

MainWindow::MainWindow(QString connectionName, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_connection(std::move(connectionName))
{
    // The title shows the file name; Qt adds the application's display name.
    setWindowFilePath(databasePath);
    m_applicantPanel = new ApplicantPanel(m_connection, this);
    m_applications = new ApplicationsPage(m_connection, databasePath, m_applicantPanel, this);
    connect(m_applications, &ApplicationsPage::tablePainted, this, &MainWindow::tablePainted);
    connect(m_applications, &ApplicationsPage::failed, this, &MainWindow::showError);
    connect(m_applications, &ApplicationsPage::reported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_applications, &ApplicationsPage::mentorWanted, this, [this](qint64 id) {
        m_pages->setCurrentWidget(m_mentorsPage);
        m_mentorsPage->suggestFor(id);
    });
    m_privacy = new PrivacyActions(databasePath, this, m_applicantPanel);
    createMenus();
    m_cohortsPage = new CohortsPage(m_connection, this);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_applications, tr("Applications"));
    m_pages->addTab(m_cohortsPage, tr("Cohorts"));
    m_mentorsPage = new MentorsPage(m_connection, this);
    m_pages->addTab(m_mentorsPage, tr("Mentors"));
    m_reportsPage = new ReportsPage(m_connection, databasePath, this);
    m_pages->addTab(m_reportsPage, tr("Reports"));
    setCentralWidget(m_pages);
    createReportsMenu();
    connectSetUpGuide();
    // A change on one page shows on the others: a new cohort or mentor in the filters and the
    // set-up guide.
    connect(m_cohortsPage, &CohortsPage::cohortsChanged, m_applications,
            &ApplicationsPage::showChanges);
    connect(m_mentorsPage, &MentorsPage::mentorsChanged, m_applications,
            &ApplicationsPage::showChanges);
    connect(m_cohortsPage, &CohortsPage::cohortsChanged, m_moveUndo, &MoveUndo::update);
    connect(m_cohortsPage, &CohortsPage::applicationWanted, m_applicantPanel,
            &ApplicantPanel::showApplication);
    auto *dock = new QDockWidget(tr("Applicant"), this);
    dock->setObjectName(QStringLiteral("applicantDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_applicantPanel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_pages, &QTabWidget::currentChanged, this, [this, dock] {
        // A report shows counts, never a person: the chart and its table take the panel's room.
        dock->setVisible(m_pages->currentWidget() != m_reportsPage);
        refreshOtherPage();
    });
    // Wide enough for every column and about thirty rows, within the screen.
    resize(m_applications->wantedSize().boundedTo(screen()->availableSize() * 9 / 10));
    restoreSettings();
    // Whole where there is room; a long name is elided before it would widen the window.
    m_signedInAs = new ElidedLabel({}, this);
    m_signedInAs->setObjectName(QStringLiteral("signedInAs"));
    m_signedInAs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    statusBar()->addPermanentWidget(m_signedInAs);

    m_windowLock = new WindowLock(this);
    connect(m_windowLock, &WindowLock::unlocked, this, [this] {
        if (m_actor)
            setActor(*m_actor); // the role is read again: it may have changed meanwhile
    });
    connect(m_windowLock, &WindowLock::signOutRequested, this, [this] { signOut(true); });
    connect(m_windowLock, &WindowLock::quitRequested, this, &QWidget::close);
    m_idleWatch = new IdleWatch(this);
    connect(m_idleWatch, &IdleWatch::idle, this, &MainWindow::lock);
    m_changeWatch = new ChangeWatch(m_connection, this);
    connect(m_changeWatch, &ChangeWatch::changedElsewhere, this,
            &MainWindow::showChangesMadeElsewhere);
    m_changeWatch->start();
}

void MainWindow::showUpcomingInterviews()
{
    if (m_actor)
        showApplicationChosenIn<UpcomingInterviewsDialog>();
}

void MainWindow::showGuaranteeDecisionsDue()
{
    if (m_actor)
        showApplicationChosenIn<GuaranteeDueDialog>();
}

void MainWindow::showOffersToSend()
{
    if (m_actor)
        showApplicationChosenIn<OffersToSendDialog>(*m_actor);
}

template <typename ListDialog, typename... Arguments>
void MainWindow::showApplicationChosenIn(const Arguments &...arguments)
{
    ListDialog dialog(m_connection, arguments..., this);
    qint64 wanted = 0;
    connect(&dialog, &ListDialog::applicationWanted, &dialog, [&dialog, &wanted](qint64 id) {
        wanted = id;
        dialog.accept();
    });
    dialog.exec();
    if (wanted != 0)
        m_applicantPanel->showApplication(wanted);
    else
        m_applicantPanel->refresh();
}

void MainWindow::turnPage(int by)
{
    const int count = m_pages->count();
    m_pages->setCurrentIndex((m_pages->currentIndex() + by + count) % count);
}

void MainWindow::focusOtherPane()
{
    QWidget *target = m_applicantPanel->findChild<QWidget *>(QStringLiteral("firstName"));
    if (m_applicantPanel->isAncestorOf(QApplication::focusWidget())) {
        target = m_pages->currentWidget();
        if (target == m_applications)
            target = m_applications->findChild<QTableView *>(QStringLiteral("applications"));
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showChangesMadeElsewhere()
{
    m_applications->showChanges();
    refreshOtherPage();
    m_applicantPanel->refresh();
    m_moveUndo->update(); // another desk may have moved the application, or a seat
}

// The other pages are read when they are shown, not at start.
void MainWindow::refreshOtherPage()
{
    Status status;
    if (m_pages->currentWidget() == m_cohortsPage)
        status = m_cohortsPage->refresh();
    else if (m_pages->currentWidget() == m_mentorsPage)
        status = m_mentorsPage->refresh();
    else if (m_pages->currentWidget() == m_reportsPage)
        status = m_reportsPage->refresh();
    if (!status)
        showError(tr("The page could not be read."), status.error());
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    QMenu *file = menuBar()->actions().constFirst()->menu();
    file->insertSeparator(m_beforeQuit);
    file->insertActions(m_beforeQuit, actions);
}

void MainWindow::refresh()
{
    refreshOtherPage();
    if (const Status status = m_applications->refresh(); !status)
        showError(tr("The applications could not be read."), status.error());
}

void MainWindow::saveCurrentView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"),
                                               tr("Name of this view (its filters and order):"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    SavedViews::save(m_applications->view(name));
    statusBar()->showMessage(tr("View \"%1\" saved.").arg(name), 5000);
}

void MainWindow::showView(const SavedView &view)
{
    m_pages->setCurrentWidget(m_applications);
    m_applications->showView(view);
    refresh();
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QFileInfo(windowFilePath()).absolutePath(),
        tr("Admissions Desk databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QString file =
        QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sqlite") : path;
    if (QFileInfo::exists(file)) {
        QMessageBox::information(this, tr("New Database"),
                                 tr("%1 already exists. Open it with File → Open Database, or "
                                    "choose another name: a new database never replaces a file.")
                                     .arg(QDir::toNativeSeparators(file)));
        return;
    }
    startWindow({QStringLiteral("--new"), file});
}

void MainWindow::openInNewWindow(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(windowFilePath()).absoluteFilePath()) {
        activateWindow();
        return;
    }
    startWindow({QStringLiteral("--db"), path});
}

void MainWindow::startWindow(const QStringList &arguments)
{
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        QMessageBox::warning(this, tr("Open Database"),
                             tr("Admissions Desk could not be started for %1.")
                                 .arg(QDir::toNativeSeparators(arguments.last())));
}

void MainWindow::registerApplicant(const std::optional<Applicant> &known)
{
    if (!allows(Action::RegisterApplications) ||
        !TrackCheck::ensureActiveTrack(m_connection, *m_actor, tr("An application"), this))
        return;
    // A track may have been added just now.
    if (const Status read = m_applications->setUpGuide()->refresh(); !read)
        showError(tr("The desk's set-up could not be read."), read.error());
    NewApplicationDialog dialog(m_connection, *m_actor, this);
    if (known)
        dialog.setKnownApplicant(*known);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_pages->setCurrentWidget(m_applications);
    const qint64 id = dialog.applicationId();
    statusBar()->showMessage(
        m_applications->selectApplication(id)
            ? tr("Application %1 registered.").arg(id)
            : tr("Application %1 registered. It is shown in the panel: the list's filters or "
                 "order put it out of sight.")
                  .arg(id),
        15000);
}

void MainWindow::importApplications()
{
    if (!allows(Action::ImportApplications))
        return;
    auto *wizard = new ImportWizard(windowFilePath(), *m_actor, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::refresh);
    wizard->open();
}

void MainWindow::setActor(const Actor &actor)
{
    const auto role = Authorization::roleOf(m_connection, actor);
    if (!role) {
        // Deactivated, say, or no staff user at all: nobody acts, and nothing shows.
        showSignedOut();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign In"),
                                    tr("%1 cannot use the desk.").arg(actor.username),
                                    QMessageBox::Ok, this);
        box->setInformativeText(role.error().text());
        box->setAttribute(Qt::WA_DeleteOnClose);
        WindowLock::exempt(box);
        box->open();
        // Somebody else may sign in (an administrator who just deactivated themselves, say).
        Q_EMIT signedOut();
        return;
    }
    m_actor = actor;
    m_role = role.value();
    const auto user = StaffService(m_connection, actor).findByUsername(actor.username);
    m_displayName = user && user.value() ? user.value()->displayName : actor.username;
    m_applicantPanel->setActor(actor, *m_role);
    m_exports->setActor(actor);
    m_mentorsPage->setActor(actor, *m_role);
    m_cohortsPage->setActor(actor, *m_role);
    m_reportsPage->setActor(actor);
    m_applications->setActor(actor, *m_role);
    m_moveUndo->setActor(actor);
    for (const auto &[action, permission] :
         {std::pair{m_newApplicant, Action::RegisterApplications},
          std::pair{m_newApplicationOfShown, Action::RegisterApplications},
          std::pair{m_saveApplicant, Action::EditApplicants},
          std::pair{m_import, Action::ImportApplications}, std::pair{m_staff, Action::ManageStaff},
          std::pair{m_timeZone, Action::ManageDeskSettings},
          std::pair{m_deferralQueue, Action::ManageDeskSettings}}) {
        action->setVisible(allows(permission));
        action->setEnabled(allows(permission));
    }
    m_tracks->setEnabled(true);
    m_interviews->setEnabled(true);
    m_guaranteeDue->setEnabled(true);
    m_offersToSend->setEnabled(true);
    m_lock->setEnabled(true);
    m_signOut->setEnabled(true);
    m_signedInAs->setText(
        tr("Signed in as %1 (%2)").arg(m_displayName, StaffRoles::displayName(*m_role)));
    m_signedInAs->setToolTip(actor.username);
    m_windowLock->release();
    m_idleWatch->start();
    Q_EMIT actorChanged();
}

void MainWindow::showSignedOut()
{
    m_idleWatch->stop();
    m_actor.reset();
    m_role.reset();
    m_displayName.clear();
    m_applicantPanel->clearActor();
    m_mentorsPage->clearActor();
    m_cohortsPage->clearActor();
    m_reportsPage->clearActor();
    m_applications->clearActor();
    m_moveUndo->setActor(std::nullopt);
    for (QAction *action : {m_newApplicant, m_newApplicationOfShown, m_saveApplicant, m_import}) {
        action->setVisible(true);
        action->setEnabled(false);
    }
    m_staff->setVisible(false);
    m_timeZone->setVisible(false);
    m_deferralQueue->setVisible(false);
    m_tracks->setEnabled(false);
    m_interviews->setEnabled(false);
    m_guaranteeDue->setEnabled(false);
    m_offersToSend->setEnabled(false);
    m_lock->setEnabled(false);
    m_signOut->setEnabled(false);
    m_signedInAs->setText(tr("Not signed in"));
    m_signedInAs->setToolTip({});
    m_windowLock->showSignedOut();
    Q_EMIT actorChanged();
}

void MainWindow::lock()
{
    if (!m_actor || m_windowLock->state() != WindowLock::State::Open)
        return;
    m_idleWatch->stop();
    m_windowLock->lock({m_connection, *m_actor, m_displayName});
    recordSession(SignIn::SessionEvent::Locked);
}

// The lock itself never waits for the record: a desk that cannot write still locks.
void MainWindow::recordSession(SignIn::SessionEvent event)
{
    if (Status recorded = SignIn(m_connection).record(*m_actor, event); !recorded)
        statusBar()->showMessage(
            tr("This could not be recorded in the audit trail: %1").arg(recorded.error().text()));
}

bool MainWindow::isLocked() const
{
    return m_windowLock->state() == WindowLock::State::Locked;
}

bool MainWindow::allows(Action action) const
{
    return m_actor && m_role && Permissions::allows(*m_role, action);
}

bool MainWindow::confirmWhileCovered(const QString &question)
{
    QMessageBox ask(QMessageBox::Question, tr("Admissions Desk"), question,
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setDefaultButton(QMessageBox::Cancel);
    WindowLock::exempt(&ask);
    return ask.exec() == QMessageBox::Discard;
}

bool MainWindow::signOut(bool fromLock)
{
    if (fromLock) {
        // Whoever stands at the locked desk learns nothing of the applicant.
        if (m_applicantPanel->hasUnsavedEdits()) {
            if (!confirmWhileCovered(tr("%1 has unsaved changes in this window. Discard them "
                                        "and sign out?")
                                         .arg(m_displayName)))
                return false;
            m_applicantPanel->revert();
        }
    } else if (!m_applicantPanel->settleEdits()) {
        return false;
    }
    if (m_actor)
        recordSession(SignIn::SessionEvent::SignedOut);
    showSignedOut();
    Q_EMIT signedOut();
    return true;
}

void MainWindow::showStaff()
{
    if (!allows(Action::ManageStaff))
        return;
    StaffDialog dialog(m_connection, *m_actor, this);
    dialog.exec();
    // Roles may have changed, the administrator's own among them; owners have new names.
    if (m_actor)
        setActor(*m_actor);
    refresh();
}

void MainWindow::showTimeZone()
{
    if (!allows(Action::ManageDeskSettings))
        return;
    TimeZoneDialog dialog(m_connection, *m_actor, this);
    dialog.exec();
}

void MainWindow::showDeferralQueue()
{
    if (!allows(Action::ManageDeskSettings))
        return;
    DeferralQueueDialog dialog(m_connection, *m_actor, this);
    dialog.exec();
}

void MainWindow::showTracks()
{
    if (!m_actor)
        return;
    TracksDialog dialog(m_connection, *m_actor, allows(Action::ManageCatalog), this);
    dialog.exec();
    if (dialog.changedAny())
        refresh();
}

void MainWindow::connectSetUpGuide()
{
    SetUpGuide *guide = m_applications->setUpGuide();
    connect(guide, &SetUpGuide::trackWanted, this, [this] {
        if (allows(Action::ManageCatalog) &&
            TrackDialog(m_connection, *m_actor, std::nullopt, this).exec() == QDialog::Accepted)
            refresh();
    });
    connect(guide, &SetUpGuide::cohortWanted, this, [this] {
        m_pages->setCurrentWidget(m_cohortsPage);
        m_cohortsPage->addCohort();
    });
    connect(guide, &SetUpGuide::mentorWanted, this, [this] {
        m_pages->setCurrentWidget(m_mentorsPage);
        m_mentorsPage->addMentor();
    });
    connect(guide, &SetUpGuide::staffWanted, m_staff, &QAction::trigger);
    connect(guide, &SetUpGuide::applicantWanted, m_newApplicant, &QAction::trigger);
    connect(guide, &SetUpGuide::importWanted, m_import, &QAction::trigger);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_idleWatch->setTimeout(std::chrono::minutes(IdleWatch::savedMinutes()));
}

void MainWindow::showError(const QString &what, const Error &error)
{
    // Window-modal and not blocking: a nested event loop would keep the table painting.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Database error"), what, QMessageBox::Ok, this);
    box->setInformativeText(error.text());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Each database opens in a window (and a process) of its own: a window never changes file
    // under a person's hands.
    QAction *create = file->addAction(tr("&New Database…"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // Ctrl+N: applicant
    connect(create, &QAction::triggered, this, &MainWindow::newDatabase);
    QAction *open = file->addAction(tr("&Open Database…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Database"), QFileInfo(windowFilePath()).absolutePath(),
            tr("Admissions Desk databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            openInNewWindow(path);
    });
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList paths = RecentDatabases::list();
        for (const QString &path : paths) {
            QAction *action = recent->addAction(QDir::toNativeSeparators(path));
            connect(action, &QAction::triggered, this, [this, path] { openInNewWindow(path); });
        }
        if (recent->isEmpty())
            recent->addAction(tr("No recent databases"))->setEnabled(false);
    });
    file->addSeparator();
    m_newApplicant = file->addAction(tr("New &Applicant…"));
    m_newApplicant->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newApplicant->setEnabled(false); // until the desk knows who is acting
    connect(m_newApplicant, &QAction::triggered, this, [this] { registerApplicant(); });
    // A person applying again: for another track, or a later cohort.
    m_newApplicationOfShown = file->addAction(tr("New Application for This &Person…"));
    m_newApplicationOfShown->setObjectName(QStringLiteral("newApplicationOfShown"));
    connect(m_newApplicationOfShown, &QAction::triggered, this,
            [this] { registerApplicant(m_applicantPanel->shownApplicant()); });
    connect(file, &QMenu::aboutToShow, this, [this] {
        const auto &shown = m_applicantPanel->shownApplicant();
        m_newApplicationOfShown->setEnabled(allows(Action::RegisterApplications) && shown &&
                                            !shown->isErased());
    });
    QAction *save = file->addAction(tr("&Save applicant"));
    m_saveApplicant = save;
    save->setShortcut(QKeySequence::Save);
    // The panel exists once the window is built; the action runs later.
    connect(save, &QAction::triggered, this, [this] {
        if (const Status done = m_applicantPanel->save(); !done)
            showError(tr("The applicant was not saved."), done.error());
    });
    file->addSeparator();
    m_import = file->addAction(tr("&Import Applications…"));
    m_import->setEnabled(false); // until the desk knows who is acting
    connect(m_import, &QAction::triggered, this, &MainWindow::importApplications);
    m_exports = new ExportMenu(
        m_connection, windowFilePath(),
        [this] {
            return ExportMenu::Screen{m_applications->query(), m_applications->columnsOnScreen()};
        },
        this);
    file->addMenu(m_exports);
    connect(m_exports, &ExportMenu::reported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    m_exportedFileNotice = new ExportedFileNotice(statusBar());
    connect(m_exports, &ExportMenu::exported, m_exportedFileNotice, &ExportedFileNotice::announce);
    m_beforeQuit = file->addSeparator();
    m_lock = file->addAction(tr("&Lock"));
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setEnabled(false); // until somebody signs in
    connect(m_lock, &QAction::triggered, this, &MainWindow::lock);
    m_signOut = file->addAction(tr("Sign O&ut…"));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setEnabled(false);
    connect(m_signOut, &QAction::triggered, this, [this] { signOut(false); });
    QAction *quit = file->addAction(tr("&Quit"));
    // Ctrl+Q everywhere: QKeySequence::Quit is empty on Windows.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // The last status move made in this window; every view shows it taken back.
    m_moveUndo = new MoveUndo(m_connection, this);
    edit->addAction(m_moveUndo->action());
    connect(edit, &QMenu::aboutToShow, m_moveUndo, &MoveUndo::update);
    connect(m_applications, &ApplicationsPage::moved, m_moveUndo, &MoveUndo::remember);
    connect(m_moveUndo, &MoveUndo::undone, this, &MainWindow::showChangesMadeElsewhere);
    connect(m_moveUndo, &MoveUndo::failed, this, &MainWindow::showError);
    connect(m_moveUndo, &MoveUndo::reported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_applications, &ApplicationsPage::focusSearch);

    QMenu *application = menuBar()->addMenu(tr("&Application"));
    QMenu *moveMenu = m_applications->moveMenu();
    QAction *withdraw = m_applications->withdrawAction();
    QAction *findMentor = m_applications->findMentorAction();
    application->addMenu(moveMenu);
    application->addAction(withdraw);
    application->addSeparator();
    application->addActions(
        {m_applications->assignOwnerAction(), m_applications->moveToCohortAction()});
    application->addSeparator();
    application->addAction(findMentor);
    m_interviews = application->addAction(tr("&Upcoming Interviews…"));
    m_interviews->setObjectName(QStringLiteral("upcomingInterviewsAction"));
    m_interviews->setEnabled(false); // until the desk knows who is acting
    connect(m_interviews, &QAction::triggered, this, &MainWindow::showUpcomingInterviews);
    m_guaranteeDue = application->addAction(tr("Guarantee &Decisions Due…"));
    m_guaranteeDue->setObjectName(QStringLiteral("guaranteeDueAction"));
    m_guaranteeDue->setEnabled(false); // until the desk knows who is acting
    connect(m_guaranteeDue, &QAction::triggered, this, &MainWindow::showGuaranteeDecisionsDue);
    m_offersToSend = application->addAction(tr("Offers to &Send…"));
    m_offersToSend->setObjectName(QStringLiteral("offersToSendAction"));
    m_offersToSend->setEnabled(false); // until the desk knows who is acting
    connect(m_offersToSend, &QAction::triggered, this, &MainWindow::showOffersToSend);
    application->addSeparator();
    application->addAction(m_applications->mergeApplicantsAction());
    application->addAction(m_privacy->eraseAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *saveView = view->addAction(tr("&Save View…"));
    connect(saveView, &QAction::triggered, this, &MainWindow::saveCurrentView);
    QMenu *views = view->addMenu(tr("Saved &Views"));
    QMenu *forget = view->addMenu(tr("&Delete Saved View"));
    connect(views, &QMenu::aboutToShow, this, [this, views] {
        views->clear();
        for (const SavedView &saved : SavedViews::list())
            connect(views->addAction(saved.name), &QAction::triggered, this,
                    [this, saved] { showView(saved); });
        if (views->isEmpty())
            views->addAction(tr("No saved views"))->setEnabled(false);
    });
    connect(forget, &QMenu::aboutToShow, this, [this, forget] {
        forget->clear();
        for (const SavedView &saved : SavedViews::list())
            connect(forget->addAction(saved.name), &QAction::triggered, this,
                    [name = saved.name] { SavedViews::remove(name); });
        if (forget->isEmpty())
            forget->addAction(tr("No saved views"))->setEnabled(false);
    });
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(themes);
    const QList<QPair<Theme::Kind, QString>> kinds = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[kind, name] : kinds) {
        QAction *action = themes->addAction(name);
        action->setCheckable(true);
        action->setChecked(kind == Theme::saved());
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [kind = kind] {
            Theme::save(kind);
            Theme::apply(kind);
        });
    }
    view->addSeparator();
    QAction *reload = view->addAction(tr("&Refresh"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::refresh);
    view->addSeparator();
    // Pages as in a browser's tabs; F6 as between a browser's panes.
    QAction *nextPage = view->addAction(tr("&Next Page"));
    nextPage->setObjectName(QStringLiteral("nextPageAction"));
    nextPage->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    connect(nextPage, &QAction::triggered, this, [this] { turnPage(1); });
    QAction *previousPage = view->addAction(tr("&Previous Page"));
    previousPage->setObjectName(QStringLiteral("previousPageAction"));
    previousPage->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    connect(previousPage, &QAction::triggered, this, [this] { turnPage(-1); });
    QAction *otherPane = view->addAction(tr("Between &List and Panel"));
    otherPane->setObjectName(QStringLiteral("otherPaneAction"));
    otherPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(otherPane, &QAction::triggered, this, &MainWindow::focusOtherPane);

    // The actions of the day, one click away; every one has its shortcut too.
    QToolBar *tools = addToolBar(tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    find->setIcon(QIcon(QStringLiteral(":/icons/find.svg")));
    reload->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    save->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    moveMenu->menuAction()->setIcon(QIcon(QStringLiteral(":/icons/move.svg")));
    withdraw->setIcon(QIcon(QStringLiteral(":/icons/withdraw.svg")));
    findMentor->setIcon(QIcon(QStringLiteral(":/icons/mentor.svg")));
    tools->addActions({find, reload, save});
    tools->addSeparator();
    tools->addActions({moveMenu->menuAction(), withdraw, findMentor});
    if (auto *moveButton =
            qobject_cast<QToolButton *>(tools->widgetForAction(moveMenu->menuAction())))
        moveButton->setPopupMode(QToolButton::InstantPopup);

    // Settin&gs: Alt+S is the applicant's Source field.
    QMenu *settings = menuBar()->addMenu(tr("Settin&gs"));
    m_tracks = settings->addAction(tr("Career &Tracks…"));
    m_tracks->setEnabled(false); // until the desk knows who is acting
    connect(m_tracks, &QAction::triggered, this, &MainWindow::showTracks);
    m_staff = settings->addAction(tr("&Staff…"));
    m_staff->setObjectName(QStringLiteral("staffAction"));
    m_staff->setVisible(false); // administrators only
    connect(m_staff, &QAction::triggered, this, &MainWindow::showStaff);
    m_timeZone = settings->addAction(tr("Time &Zone…"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneAction"));
    m_timeZone->setVisible(false); // administrators only
    connect(m_timeZone, &QAction::triggered, this, &MainWindow::showTimeZone);
    m_deferralQueue = settings->addAction(tr("Deferral &Queue…"));
    m_deferralQueue->setObjectName(QStringLiteral("deferralQueueAction"));
    m_deferralQueue->setVisible(false); // administrators only
    connect(m_deferralQueue, &QAction::triggered, this, &MainWindow::showDeferralQueue);
    settings->addAction(m_privacy->retentionAction());
    QAction *preferences = settings->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this,
            [this] { KeyboardShortcutsDialog(menuBar(), this).exec(); });
    QAction *about = help->addAction(tr("&About Admissions Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    // Qt's own notice and licence (LGPL), as its licence asks a program to show.
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createReportsMenu()
{
    // Before Settings, as the menus were made before the pages. No Alt+letter: every letter of
    // "Reports" is a field's or a button's of the window already (Alt+1 … Alt+7 open the
    // reports, F10 reaches the menu).
    QMenu *reports = new QMenu(tr("Reports"), this);
    menuBar()->insertMenu(menuBar()->actions().at(menuBar()->actions().size() - 2), reports);
    int number = 0;
    for (ReportKind kind : ReportKindInfo::all()) {
        ++number;
        // Digits: letters would differ, and clash, from one language to the next.
        QAction *action =
            reports->addAction(tr("&%1 %2").arg(number).arg(ReportKindInfo::title(kind)));
        action->setObjectName(QStringLiteral("report_") + ReportKindInfo::machineName(kind));
        action->setToolTip(ReportKindInfo::description(kind));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this, [this, kind] {
            m_reportsPage->showReport(kind);
            m_pages->setCurrentWidget(m_reportsPage);
        });
    }
    reports->addSeparator();
    QMenu *exports = reports->addMenu(tr("&Export"));
    exports->addActions(m_reportsPage->exportActions());
    connect(m_reportsPage, &ReportsPage::exported, m_exportedFileNotice,
            &ExportedFileNotice::announce);
    connect(m_reportsPage, &ReportsPage::failed, this, &MainWindow::showError);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Covered, the window asks without naming the applicant: whoever quits may not be the
    // person who made the changes.
    if (m_windowLock->state() != WindowLock::State::Open) {
        if (m_applicantPanel->hasUnsavedEdits()) {
            if (!confirmWhileCovered(tr("%1 has unsaved changes in this window. Discard them "
                                        "and quit?")
                                         .arg(m_displayName))) {
                event->ignore();
                return;
            }
            m_applicantPanel->revert();
        }
    } else if (!m_applicantPanel->settleEdits()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    m_applications->saveSettings();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Admissions Desk"),
        tr("<h3>Admissions Desk %1</h3>"
           "<p>Applications, seats and mentors for the admissions team of a coding bootcamp.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Copyright © 2026 the Admissions Desk maintainers.</p>"
           "<p>This program is free software: you can redistribute it and/or modify it under "
           "the terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later "
           "version. It comes with ABSOLUTELY NO WARRANTY. See "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the GNU General Public "
           "License</a>.</p>")
            .arg(QStringLiteral(ADMISSIONS_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}
