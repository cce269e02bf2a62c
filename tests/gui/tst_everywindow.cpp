#include "checkindialog.h"
#include "cohortdialog.h"
#include "csv/exportdialog.h"
#include "csv/exportedfilenotice.h"
#include "csv/importwizard.h"
#include "deferralqueuedialog.h"
#include "editconflictdialog.h"
#include "guaranteeduedialog.h"
#include "i18n/translations.h"
#include "interviewdialog.h"
#include "keyboardshortcutsdialog.h"
#include "mainwindow.h"
#include "mentorcalldialog.h"
#include "mergeapplicantsdialog.h"
#include "newapplicationdialog.h"
#include "placementdialog.h"
#include "preferencesdialog.h"
#include "privacy/retentiondialog.h"
#include "privacy/typedconfirmation.h"
#include "reasondialog.h"
#include "setup/mentordialog.h"
#include "setup/trackdialog.h"
#include "setup/tracksdialog.h"
#include "showmainwindow.h"
#include "signin/firstadministratordialog.h"
#include "signin/signindialog.h"
#include "staff/newpassworddialog.h"
#include "staff/newstaffuserdialog.h"
#include "staff/staffdialog.h"
#include "testdatabase.h"
#include "timezonedialog.h"
#include "upcominginterviewsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

// Every window and dialog, walked as it is shown: the Alt+letter mnemonics reachable at once
// are unique (Alt+F was once both the File menu and the panel's first name), and every control
// a person can reach has a human, translated name for a screen reader: its label's, through a
// buddy, or its own, never empty and never the widget's object name.
class TestEveryWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    static QChar mnemonicOf(const QString &text)
    {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i; // "&&" is a literal ampersand
        }
        return {};
    }

    static bool shown(const QWidget *widget, const QWidget *window)
    {
        return widget->isVisibleTo(window) && widget->window() == window;
    }

    // The mnemonics Alt reaches in `window` as it is now, each with who holds it.
    static QMap<QChar, QStringList> mnemonics(QWidget *window)
    {
        QMap<QChar, QStringList> held;
        const auto hold = [&held](const QString &text, const QString &holder) {
            if (const QChar key = mnemonicOf(text); !key.isNull())
                held[key] << holder;
        };
        if (auto *main = qobject_cast<QMainWindow *>(window)) {
            for (const QAction *menu : main->menuBar()->actions())
                hold(menu->text(), QStringLiteral("menu ") + menu->text());
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (shown(button, window))
                hold(button->text(), QStringLiteral("button ") + button->text());
        }
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy() && shown(label, window))
                hold(label->text(), QStringLiteral("label ") + label->text());
        }
        for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
            if (box->isCheckable() && shown(box, window))
                hold(box->title(), QStringLiteral("group ") + box->title());
        }
        for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
            if (!shown(tabs, window))
                continue;
            for (int i = 0; i < tabs->count(); ++i)
                hold(tabs->tabText(i), QStringLiteral("tab ") + tabs->tabText(i));
        }
        return held;
    }

    static QStringList clashes(QWidget *window, const QString &where)
    {
        QStringList found;
        const QMap<QChar, QStringList> held = mnemonics(window);
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (it.value().size() > 1)
                found << QStringLiteral("%1: Alt+%2 is %3")
                             .arg(where, it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        }
        return found;
    }

    // Within each menu of the bar, and its submenus, an item's letter picks one item.
    static QStringList menuClashes(const QMenu *menu, const QString &where)
    {
        QStringList found;
        QMap<QChar, QStringList> held;
        for (const QAction *action : menu->actions()) {
            if (action->isVisible())
                if (const QChar key = mnemonicOf(action->text()); !key.isNull())
                    held[key] << action->text();
            if (action->menu())
                found << menuClashes(action->menu(),
                                     where + QStringLiteral(" → ") + action->text());
        }
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (it.value().size() > 1)
                found << QStringLiteral("%1: %2 is %3")
                             .arg(where, it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        }
        return found;
    }

    // What a screen reader reads for every control Tab reaches, as AT-SPI asks Qt for it.
    static QStringList unnamed(QWidget *window, const QString &where)
    {
        QStringList found;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!shown(widget, window) || !(widget->focusPolicy() & Qt::TabFocus) ||
                widget->focusProxy())
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty() || name == widget->objectName())
                found << QStringLiteral("%1: %2 \"%3\" is named \"%4\"")
                             .arg(where, QString::fromLatin1(widget->metaObject()->className()),
                                  widget->objectName(), name);
        }
        return found;
    }

    static QStringList check(QWidget *window, const QString &where)
    {
        return clashes(window, where) + unnamed(window, where);
    }

    // Each finding on a line of its own (a failure message is cut short), then whether any.
    static bool none(QStringList found)
    {
        found.removeDuplicates();
        for (const QString &finding : std::as_const(found))
            qWarning("%s", qPrintable(finding));
        return found.isEmpty();
    }

    // Shows the dialog, checks it and closes it.
    static QStringList checkDialog(QDialog &dialog, const QString &where)
    {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return {where + QStringLiteral(": never shown")};
        QStringList found = check(&dialog, where);
        // The title bar shows the title and the program's name in full, with room for its
        // buttons (once "New Appli…ions Desk").
        const QString title = dialog.windowTitle() + QStringLiteral(" — Admissions Desk");
        if (dialog.width() < dialog.fontMetrics().horizontalAdvance(title) + 120)
            found << QStringLiteral("%1: %2 px is too narrow for the title \"%3\"")
                         .arg(where)
                         .arg(dialog.width())
                         .arg(title);
        dialog.close();
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Admissions Desk"));
    }

    // Every check in each language the desk speaks: a translation picks its own letters.
    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, language);
        if (!language.isEmpty())
            QVERIFY(Translations::install(QLocale(language)));
        QSettings().clear();
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    }

    void cleanup()
    {
        m_db.reset();
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void theMainWindowOnEveryPage()
    {
        const qint64 track = m_db->addTrack(QStringLiteral("SWE"));
        m_db->addCohort(track, QStringLiteral("SWE March"), 20, QDate::currentDate().addDays(30));
        m_db->addApplication(m_db->addApplicant("Ada", "Lovelace", "ada@example.org"), track);
        auto window = signedInWindow(*m_db, m_db->actor(StaffRole::Administrator));
        QVERIFY(window);
        // The status bar as it is after an export, with its Open Folder button.
        window->findChild<ExportedFileNotice *>()->announce(QStringLiteral("Exported."),
                                                            m_db->dir() + QStringLiteral("/a.csv"));
        QStringList found;
        for (const QAction *menu : window->menuBar()->actions())
            found << menuClashes(menu->menu(), menu->text());
        auto *pages = window->findChild<QTabWidget *>();
        auto *panelTabs = window->findChild<QTabWidget *>(QStringLiteral("sections"));
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            for (int tab = 0; panelTabs && tab < panelTabs->count(); ++tab) {
                panelTabs->setCurrentIndex(tab);
                found << check(window.get(),
                               QStringLiteral("main window, %1, panel %2")
                                   .arg(pages->tabText(page), panelTabs->tabText(tab)));
            }
        }
        QVERIFY(none(found));
    }

    void theSetUpGuide()
    {
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        window.setActor(m_db->actor(StaffRole::Administrator));
        const QStringList found = check(&window, QStringLiteral("main window, set-up guide"));
        QVERIFY(none(found));
    }

    void everyDialog()
    {
        const qint64 track = m_db->addTrack(QStringLiteral("SWE"));
        const Actor admin = m_db->actor(StaffRole::Administrator);
        const QString c = m_db->connectionName();
        const qint64 first = m_db->addApplicant("Ada", "Lovelace", "ada@example.org");
        const qint64 second = m_db->addApplicant("Ada", "King", "ada.king@example.org");
        QMenuBar menus;
        menus.addMenu(QStringLiteral("&File"))
            ->addAction(QStringLiteral("&Quit"))
            ->setShortcut(QKeySequence::Quit);
        const QList<std::pair<QString, std::function<std::unique_ptr<QDialog>()>>> dialogs = {
            {"New Applicant", [&] { return std::make_unique<NewApplicationDialog>(c, admin); }},
            {"New Cohort", [&] { return std::make_unique<CohortDialog>(c, admin); }},
            {"New Career Track", [&] { return std::make_unique<TrackDialog>(c, admin); }},
            {"Career Tracks", [&] { return std::make_unique<TracksDialog>(c, admin, true); }},
            {"New Mentor", [&] { return std::make_unique<MentorDialog>(c, admin); }},
            {"Staff", [&] { return std::make_unique<StaffDialog>(c, admin); }},
            {"Add Staff User", [&] { return std::make_unique<NewStaffUserDialog>(c, admin); }},
            {"New Password",
             [&] { return std::make_unique<NewPasswordDialog>("New Password", "Why"); }},
            {"Sign In", [&] { return std::make_unique<SignInDialog>(c); }},
            {"First Administrator", [&] { return std::make_unique<FirstAdministratorDialog>(c); }},
            {"Preferences", [&] { return std::make_unique<PreferencesDialog>(); }},
            {"Bootcamp Time Zone", [&] { return std::make_unique<TimeZoneDialog>(c, admin); }},
            {"Deferral Queue", [&] { return std::make_unique<DeferralQueueDialog>(c, admin); }},
            {"Reason: Deferred",
             [&] {
                 auto dialog = std::make_unique<ReasonDialog>(ApplicationStatus::Deferred, "Why?");
                 Cohort later;
                 later.id = 1;
                 later.name = "SWE-2";
                 later.startsOn = QDate(2027, 6, 1);
                 dialog->chooseCohort({later});
                 return dialog;
             }},
            {"Reason",
             [&] { return std::make_unique<ReasonDialog>(ApplicationStatus::Withdrawn, "Why?"); }},
            {"Edit Conflict",
             [&] {
                 return std::make_unique<EditConflictDialog>(
                     QList<EditConflictDialog::Conflict>{{"phone", "Phone", "+49 1", "+49 2"}});
             }},
            {"Erase",
             [&] {
                 return std::make_unique<TypedConfirmation>(
                     TypedConfirmation::Text{"Erase", "Erase 1?", "Gone.", "Type 1:", "Erase"},
                     "1");
             }},
            {"Export", [&] { return std::make_unique<ExportDialog>("Export", "applications"); }},
            {"Retention Review",
             [&] { return std::make_unique<RetentionDialog>(m_db->path(), admin); }},
            {"Keyboard Shortcuts",
             [&] { return std::make_unique<KeyboardShortcutsDialog>(&menus); }},
            {"Import Applications",
             [&] { return std::make_unique<ImportWizard>(m_db->path(), admin); }},
            {"Merge Applicants",
             [&] { return std::make_unique<MergeApplicantsDialog>(c, admin, first, second); }},
            {"Schedule Interview",
             [&] {
                 return std::make_unique<InterviewDialog>(c, admin,
                                                          m_db->addApplication(first, track));
             }},
            {"Upcoming Interviews", [&] { return std::make_unique<UpcomingInterviewsDialog>(c); }},
            {"Placed", [&] { return std::make_unique<PlacementDialog>(c, admin, 1); }},
            {"Job-Search Check-in",
             [&] {
                 JobSearch search;
                 search.applicationId = 1;
                 search.startedOn = QDate::currentDate().addDays(-10);
                 return std::make_unique<CheckInDialog>(c, admin, search);
             }},
            {"Guarantee Decisions Due", [&] { return std::make_unique<GuaranteeDueDialog>(c); }},
            {"Mentor Call", [&] { return std::make_unique<MentorCallDialog>(c, admin, 1, 0); }},
        };
        Q_UNUSED(track);
        QStringList found;
        for (const auto &[name, make] : dialogs) {
            const auto dialog = make();
            found << checkDialog(*dialog, name);
        }
        QVERIFY(none(found));
    }
};

QTEST_MAIN(TestEveryWindow)
#include "tst_everywindow.moc"
