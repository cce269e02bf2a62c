#pragma once

#include "browse/applicationquery.h"
#include "domain/actor.h"
#include "domain/applicationstatus.h"
#include "domain/permissions.h"
#include "domain/refusal.h"
#include "domain/result.h"
#include "services/applicationservice.h"
#include "services/statusservice.h"

#include <QList>
#include <QPair>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class ApplicantPanel;
class ApplicationTableModel;
class FilterBar;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class SetUpGuide;
struct SavedView;

// The applications in one table that searches, filters and sorts in SQL, with the filter bar
// above it and true counts for the status bar; and what is done to the selection: a move to
// another status, withdrawal, an owner, a cohort. The panel beside the list shows the current
// application. Columns, sort and filters persist between runs: the page starts with those
// saved last.
class ApplicationsPage : public QWidget
{
    Q_OBJECT

public:
    // Bulk status changes of more applications than this run on a worker thread, with progress.
    static constexpr int BackgroundBulk = 200;

    // The database must be open on connectionName for as long as the page lives, and is the
    // file at databasePath (a bulk change on a worker opens it again).
    ApplicationsPage(QString connectionName, QString databasePath, ApplicantPanel *panel,
                     QWidget *parent = nullptr);

    // Reads the filter choices, the rows and the counts again.
    Status refresh();
    // Shows what changed in the file, keeping the filters, the order, the position and the
    // selection: the rows, the counts and the filters' choices.
    void showChanges();
    // Changes are made as this staff user, those their role allows; the others are not
    // offered. Until it is set (and after clearActor) nothing can be changed.
    void setActor(const Actor &actor, StaffRole role);
    void clearActor();

    // The selection's actions, for the window's menus and tool bar.
    QMenu *moveMenu() const { return m_moveMenu; }
    QAction *withdrawAction() const { return m_withdraw; }
    QAction *assignOwnerAction() const { return m_assignOwner; }
    QAction *moveToCohortAction() const { return m_moveToCohort; }
    QAction *findMentorAction() const { return m_findMentor; }
    // Merge Applicants…: enabled when exactly two applications of different applicants are
    // selected, for those who may edit applicants.
    QAction *mergeApplicantsAction() const { return m_mergeApplicants; }
    // Shown in place of the list while the desk has no application at all.
    SetUpGuide *setUpGuide() const { return m_setUpGuide; }
    // Wide enough for every column and about thirty rows.
    QSize wantedSize() const { return m_wantedSize; }

    // Ctrl+F: into the search box.
    void focusSearch();
    // Down or Enter in the search box: the list takes the focus, its first row selected.
    void showFirstResult();
    // A new application: selected where new ones sort (the first or the last rows of the
    // list), else shown in the panel alone with no row selected; false then.
    bool selectApplication(qint64 applicationId);
    ApplicationQuery query() const;
    // The table's visible columns in their order, as ApplicationExport names them.
    QStringList columnsOnScreen() const;
    // The filters and the order on screen, under a name.
    SavedView view(const QString &name) const;
    // Shows a view's filters and order; refresh() reads it.
    void showView(const SavedView &view);

    // Keeps the columns, the sort and the filters for the next run.
    void saveSettings() const;

Q_SIGNALS:
    // The table has painted for the first time (with its first rows, when there are any).
    void tablePainted();
    // A line for the status bar: what a change did.
    void reported(const QString &message);
    // Reading or changing failed; the window shows it.
    void failed(const QString &what, const Error &error);
    // Find a mentor for this application.
    void mentorWanted(qint64 applicationId);
    // The selection was moved to `to` (Edit → Undo takes it back).
    void moved(ApplicationStatus to, const StatusService::BulkResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void setUpTable();
    void recountStatuses();
    void showCounts();
    // The set-up guide while the file holds no application, the list otherwise.
    void showGuideOrList();
    void applyFilter(const ApplicationFilter &filter);
    void loadFilterChoices();
    // Reads the rows again after a change; a failure is shown.
    void reload();
    // The moves legal for at least one selected application, as actions (Ctrl+1, Ctrl+2, …),
    // each with how many of the selection it applies to.
    void updateStatusActions();
    // The header's sort indicator moved: the model sorts, or, for a column without an order
    // (ApplicationTableModel::isSortable), the indicator goes back.
    void sortBy(int column, Qt::SortOrder order);
    void showCurrentApplication(const QModelIndex &current, const QModelIndex &previous);
    void moveSelectionTo(ApplicationStatus to);
    void moveInBackground(const QList<qint64> &ids, ApplicationStatus to, const QString &reason);
    void finishMove(ApplicationStatus to, const Result<StatusService::BulkResult> &result);
    // The applications the actions act on: the highlighted rows, never a row that is only
    // current. Past MaxBulk rows only the count is known (reading every row's id is for a
    // screenful, not for a million rows selected with Ctrl+A).
    struct Selection
    {
        QList<qint64> ids;
        QList<ApplicationStatus> statuses; // of ids, one for one
        int rows = 0;
        bool tooMany() const { return rows > MaxBulk; }
        // Those that may move to `to`: the others are not asked to.
        QList<qint64> movableTo(ApplicationStatus to) const;
    };
    static constexpr int MaxBulk = 5000;
    Selection selection() const;
    QList<qint64> selectedApplicationIds() const { return selection().ids; }
    // After a reload rows keep their places: a highlighted row that now holds an application
    // outside `before` is let go, so that no action reaches one the person did not choose.
    void keepSelectionWithin(const QList<qint64> &before);
    void placeSelection();
    // Deferred names its later cohort (ReasonDialog asks), so one application at a time.
    void deferSelection();
    void reportMove(ApplicationStatus to, const StatusService::BulkResult &result);
    void showRefusals(const QString &summary, const QList<Refusal> &refused);
    void assignOwnerToSelection();
    void moveSelectionToCohort();
    // The applicants of the two selected applications, the current one's first; empty unless
    // exactly two applications of two different applicants are selected.
    QList<QPair<qint64, qint64>> mergeCandidates() const;
    void updateMergeAction();
    void mergeSelectedApplicants();
    void finishChange(const Result<ApplicationService::BulkResult> &result, const QString &failure,
                      const QString &done, const QString &refused);

    QString m_connection;
    QString m_databasePath;
    ApplicantPanel *m_applicantPanel;
    ApplicationTableModel *m_model = nullptr;
    int m_sortedColumn = 0; // the model's order, as ApplicationTableModel columns
    Qt::SortOrder m_sortedOrder = Qt::AscendingOrder;
    QTableView *m_table = nullptr;
    QStackedWidget *m_listOrGuide = nullptr;
    SetUpGuide *m_setUpGuide = nullptr;
    FilterBar *m_filterBar = nullptr;
    QMenu *m_moveMenu = nullptr;
    QAction *m_withdraw = nullptr;
    QAction *m_assignOwner = nullptr;
    QAction *m_moveToCohort = nullptr;
    QAction *m_findMentor = nullptr;
    QAction *m_mergeApplicants = nullptr;
    QLabel *m_countsLabel = nullptr;
    QSize m_wantedSize;
    // Offered: what the role may do, or everything (disabled) while nobody is signed in.
    bool offers(Action action) const;
    // Usable: signed in with a role that may.
    bool allows(Action action) const;

    std::optional<Actor> m_actor;
    std::optional<StaffRole> m_role;
    bool m_tablePainted = false;
    QList<QPair<ApplicationStatus, qint64>> m_statusCounts;
    bool m_statusCountsKnown = false;
};
