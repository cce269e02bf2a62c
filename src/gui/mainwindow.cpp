#include "mainwindow.h"

#include "applicantpanel.h"
#include "applicationspage.h"
#include "cohortspage.h"
#include "csv/exportmenu.h"
#include "csv/importwizard.h"
#include "mentorspage.h"
#include "newapplicationdialog.h"
#include "recentdatabases.h"
#include "savedviews.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
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
#include <QToolBar>
#include <QToolButton>

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
    createMenus();
    m_cohortsPage = new CohortsPage(m_connection, this);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_applications, tr("&Applications"));
    m_pages->addTab(m_cohortsPage, tr("&Cohorts"));
    m_mentorsPage = new MentorsPage(m_connection, this);
    m_pages->addTab(m_mentorsPage, tr("M&entors"));
    setCentralWidget(m_pages);
    auto *dock = new QDockWidget(tr("Applicant"), this);
    dock->setObjectName(QStringLiteral("applicantDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_applicantPanel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_pages, &QTabWidget::currentChanged, this, [this] { refreshOtherPage(); });
    // Wide enough for every column and about thirty rows, within the screen.
    resize(m_applications->wantedSize().boundedTo(screen()->availableSize() * 9 / 10));
    restoreSettings();
    statusBar()->addWidget(m_applications->countsLabel(), 1);
}

// The other pages are read when they are shown, not at start.
void MainWindow::refreshOtherPage()
{
    Status status;
    if (m_pages->currentWidget() == m_cohortsPage)
        status = m_cohortsPage->refresh();
    else if (m_pages->currentWidget() == m_mentorsPage)
        status = m_mentorsPage->refresh();
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

void MainWindow::registerApplicant()
{
    if (!m_actor)
        return;
    NewApplicationDialog dialog(m_connection, *m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    statusBar()->showMessage(tr("Application %1 registered.").arg(dialog.applicationId()), 15000);
}

void MainWindow::importApplications()
{
    if (!m_actor)
        return;
    auto *wizard = new ImportWizard(windowFilePath(), *m_actor, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::refresh);
    wizard->open();
}

void MainWindow::setActor(const Actor &actor)
{
    m_actor = actor;
    m_newApplicant->setEnabled(true);
    m_import->setEnabled(true);
    m_applicantPanel->setActor(actor);
    m_exports->setActor(actor);
    m_mentorsPage->setActor(actor);
    m_cohortsPage->setActor(actor);
    m_applications->setActor(actor);
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
    connect(m_newApplicant, &QAction::triggered, this, &MainWindow::registerApplicant);
    QAction *save = file->addAction(tr("&Save applicant"));
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
    m_beforeQuit = file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    // Ctrl+Q everywhere: QKeySequence::Quit is empty on Windows.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Admissions Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_applicantPanel->settleEdits()) {
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
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(ADMISSIONS_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}
