#pragma once

#include "domain/actor.h"
#include "domain/applicant.h"
#include "domain/permissions.h"
#include "domain/result.h"
#include "domain/staffrole.h"
#include "services/signin.h"

#include <QList>
#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <optional>

class ApplicantPanel;
class ApplicationsPage;
class ChangeWatch;
struct SavedView;
class CohortsPage;
class ExportMenu;
class ExportedFileNotice;
class IdleWatch;
class MentorsPage;
class MoveUndo;
class PrivacyActions;
class QAction;
class QLabel;
class QTabWidget;
class ReportsPage;
class WindowLock;

// The desk's main window: the applications, cohorts, mentors and reports pages, the applicant beside
// them, the menus and the tool bar, and the file actions. Its size and the applications'
// columns, sort and filters persist between runs. It offers only what the signed-in staff
// user's role allows, and covers its contents while it is locked or nobody is signed in.
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
    // Changes are made as this staff user, with the role stored for them now: what the role
    // may not do is not offered. Until it is set (while the file is still being checked)
    // nothing can be changed. Takes away the cover of showSignedOut() or lock().
    void setActor(const Actor &actor);
    // Nobody acts, and the window's contents are covered until setActor().
    void showSignedOut();
    // Covers the window until the signed-in person's password unlocks it: File → Lock, and
    // when nobody used the application for IdleWatch::savedMinutes().
    void lock();
    bool isLocked() const;
    // The staff user acting; Actor::desk() (who may change nothing) until setActor().
    Actor actor() const { return m_actor.value_or(Actor::desk()); }
    bool isSignedIn() const { return m_actor.has_value(); }
    // Whether the signed-in staff user's role allows the action; false while nobody is.
    bool allows(Action action) const;
    // The time without input that locks the window (a preference; tests shorten it).
    IdleWatch *idleWatch() const { return m_idleWatch; }

Q_SIGNALS:
    // The table has painted for the first time (with its first rows, when there are any).
    void tablePainted();
    // Somebody signed in or out, or the role was read again: what is offered may differ.
    void actorChanged();
    // File → Sign Out (or Sign Out on the lock), or the actor may no longer use the desk:
    // nobody is signed in now; who is next is for the sign-in flow to ask.
    void signedOut();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // Reports: one entry a report (Alt+1 … Alt+7), each opening the Reports page on it, and
    // the page's exports.
    void createReportsMenu();
    void refreshOtherPage();
    // Another window, the command line or a worker committed to the file: every view shows it.
    void showChangesMadeElsewhere();
    // The next (1) or previous (-1) page, round.
    void turnPage(int by);
    // F6: from the list to the applicant panel and back.
    void focusOtherPane();
    void saveSettings() const;
    void restoreSettings();
    void showAbout();
    // Settles the applicant's edits (on the lock: only discards them, saying nothing about
    // whose they are) and signs out; false when the person chose to stay.
    bool signOut(bool fromLock);
    void recordSession(SignIn::SessionEvent event);
    // A question asked while the window is covered: it names nobody, and the cover leaves it.
    bool confirmWhileCovered(const QString &question);
    void showStaff();
    // Application → Upcoming Interviews…: the list across the desk; a row chosen shows its
    // application in the panel.
    void showUpcomingInterviews();
    // Application → Guarantee Decisions Due…: the graduates whose guarantee period ended while
    // still searching; a row chosen shows its application in the panel.
    void showGuaranteeDecisionsDue();
    // Application → Offers to Send…: the offers nobody has told the applicant about yet, the
    // signed-in user's first; a row chosen shows its application in the panel.
    void showOffersToSend();
    // Runs a list of applications (ListDialog(connection, arguments…, parent), with
    // applicationWanted): the one chosen is shown in the panel, which reads again what the list
    // may have changed.
    template <typename ListDialog, typename... Arguments>
    void showApplicationChosenIn(const Arguments &...arguments);
    // Settings → Career Tracks…
    void showTracks();
    // Settings → Time Zone…: the bootcamp's, administrators only.
    void showTimeZone();
    void showDeferralQueue();
    // The set-up guide's buttons, on a desk without applications.
    void connectSetUpGuide();
    void showPreferences();
    void newDatabase();
    // Ctrl+N: a new person and their application; or, for a person `known` already, a new
    // application of theirs.
    void registerApplicant(const std::optional<Applicant> &known = std::nullopt);
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
    ReportsPage *m_reportsPage = nullptr;
    MoveUndo *m_moveUndo = nullptr;
    QAction *m_newApplicant = nullptr;
    QAction *m_newApplicationOfShown = nullptr;
    QAction *m_saveApplicant = nullptr;
    QAction *m_import = nullptr;
    QAction *m_interviews = nullptr;
    QAction *m_guaranteeDue = nullptr;
    QAction *m_offersToSend = nullptr;
    ExportMenu *m_exports = nullptr;
    ExportedFileNotice *m_exportedFileNotice = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_staff = nullptr;
    QAction *m_timeZone = nullptr;
    QAction *m_deferralQueue = nullptr;
    QAction *m_tracks = nullptr;
    PrivacyActions *m_privacy = nullptr;
    QAction *m_beforeQuit = nullptr; // the separator above Lock, Sign Out and Quit
    QLabel *m_signedInAs = nullptr;
    WindowLock *m_windowLock = nullptr;
    IdleWatch *m_idleWatch = nullptr;
    ChangeWatch *m_changeWatch = nullptr;
    std::optional<Actor> m_actor;
    std::optional<StaffRole> m_role;
    QString m_displayName;
};
