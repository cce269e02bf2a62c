#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QList>
#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <optional>

class ApplicantPanel;
class ApplicationsPage;
struct SavedView;
class CohortsPage;
class ExportMenu;
class MentorsPage;
class QAction;
class QTabWidget;

// The desk's main window: the applications, cohorts and mentors pages, the applicant beside
// them, the menus and the tool bar, and the file actions. Its size and the applications'
// columns, sort and filters persist between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The database must be open on connectionName for as long as the window lives.
    MainWindow(QString connectionName, const QString &databasePath, QWidget *parent = nullptr);

    // Adds actions to the File menu, in a group of their own above Quit.
    void addFileActions(const QList<QAction *> &actions);
    // Reads the counts and the table again; a failure is shown to the user.
    void refresh();
    // Shows a database error in a window-modal message box.
    void showError(const QString &what, const Error &error);
    // Changes are made as this staff user. Until it is set (while the file is still being
    // checked) nothing can be changed.
    void setActor(const Actor &actor);
    // The staff user acting; Actor::desk() (who may change nothing) until setActor().
    Actor actor() const { return m_actor.value_or(Actor::desk()); }

Q_SIGNALS:
    // The table has painted for the first time (with its first rows, when there are any).
    void tablePainted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void refreshOtherPage();
    void saveSettings() const;
    void restoreSettings();
    void showAbout();
    void newDatabase();
    void registerApplicant();
    void importApplications();
    void saveCurrentView();
    void showView(const SavedView &view);
    // Starts Admissions Desk on the file, in a window of its own.
    void openInNewWindow(const QString &path);
    // Another Admissions Desk window, started with these arguments (its last: the file).
    void startWindow(const QStringList &arguments);

    QString m_connection;
    QTabWidget *m_pages = nullptr;
    ApplicantPanel *m_applicantPanel = nullptr;
    ApplicationsPage *m_applications = nullptr;
    CohortsPage *m_cohortsPage = nullptr;
    MentorsPage *m_mentorsPage = nullptr;
    QAction *m_newApplicant = nullptr;
    QAction *m_import = nullptr;
    ExportMenu *m_exports = nullptr;
    QAction *m_beforeQuit = nullptr; // the separator above Quit
    std::optional<Actor> m_actor;
};
