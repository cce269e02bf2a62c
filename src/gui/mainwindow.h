#pragma once

#include "browse/applicationfilter.h"
#include "domain/actor.h"
#include "domain/applicationstatus.h"
#include "domain/result.h"
#include "services/applicationservice.h"
#include "services/statusservice.h"

#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class ApplicationTableModel;
class ApplicantPanel;
struct SavedView;
class CohortsPage;
class FilterBar;
class MentorsPage;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;

// The desk's main window: the applications in one table that searches, filters and sorts in
// SQL, and true counts in the status bar. Columns, sort and filters persist between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Bulk status changes of more applications than this run on a worker thread, with progress.
    static constexpr int BackgroundBulk = 200;

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

Q_SIGNALS:
    // The table has painted for the first time (with its first rows, when there are any).
    void tablePainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setUpTable();
    void recountStatuses();
    void refreshOtherPage();
    void showCounts();
    void applyFilter(const ApplicationFilter &filter);
    void loadFilterChoices();
    void saveSettings() const;
    void restoreSettings();
    void showAbout();
    void newDatabase();
    void registerApplicant();
    void importApplications();
    QStringList columnsOnScreen() const;
    void saveCurrentView();
    void showView(const SavedView &view);
    // Starts Admissions Desk on the file, in a window of its own.
    void openInNewWindow(const QString &path);
    // Another Admissions Desk window, started with these arguments (its last: the file).
    void startWindow(const QStringList &arguments);
    // The legal next statuses of the current application, as actions (Ctrl+1, Ctrl+2, …).
    void updateStatusActions();
    void showCurrentApplication(const QModelIndex &current, const QModelIndex &previous);
    void moveSelectionTo(ApplicationStatus to);
    void moveInBackground(const QList<qint64> &ids, ApplicationStatus to, const QString &reason);
    void finishMove(ApplicationStatus to, const Result<StatusService::BulkResult> &result);
    QList<qint64> selectedApplicationIds() const;
    void reportMove(ApplicationStatus to, const StatusService::BulkResult &result);
    void showRefusals(const QString &summary, const QList<Refusal> &refused);
    void assignOwnerToSelection();
    void moveSelectionToCohort();
    void finishChange(const Result<ApplicationService::BulkResult> &result, const QString &failure,
                      const QString &done, const QString &refused);
    // Reads the rows again after a change; a failure is shown.
    void reload();

    QString m_connection;
    ApplicationTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTabWidget *m_pages = nullptr;
    CohortsPage *m_cohortsPage = nullptr;
    MentorsPage *m_mentorsPage = nullptr;
    ApplicantPanel *m_applicantPanel = nullptr;
    QAction *m_findMentor = nullptr;
    QAction *m_assignOwner = nullptr;
    QAction *m_newApplicant = nullptr;
    QAction *m_import = nullptr;
    QAction *m_beforeQuit = nullptr; // the separator above Quit
    QAction *m_moveToCohort = nullptr;
    QMenu *m_moveMenu = nullptr;
    QAction *m_withdraw = nullptr;
    std::optional<Actor> m_actor;
    QLabel *m_countsLabel = nullptr;
    bool m_tablePainted = false;
    QList<QPair<ApplicationStatus, qint64>> m_statusCounts;
    bool m_statusCountsKnown = false;
};
