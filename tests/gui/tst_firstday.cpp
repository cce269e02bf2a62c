#include "applicationspage.h"
#include "cohortdialog.h"
#include "cohortspage.h"
#include "domain/applicationstatus.h"
#include "mainwindow.h"
#include "mentorspage.h"
#include "modalwindows.h"
#include "newapplicationdialog.h"
#include "paymentdialog.h"
#include "paymentstab.h"
#include "setup/mentordialog.h"
#include "setup/setupguide.h"
#include "setup/trackdialog.h"
#include "showmainwindow.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

// A new desk's first day through the window alone, as a head of admissions would spend it: the
// set-up guide in place of an empty list, a career track, a cohort and a mentor, the first
// applicant, moved to enrolled and given a mentor. Nothing is prepared in the file but the
// first administrator.
class TestFirstDay : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    // Runs `fill` on the modal dialog of type D once it is shown, then presses its Save (or OK)
    // button; a refusal fails the test with the dialog's problems.
    template <typename D> static void whenShown(std::function<void(D *)> fill)
    {
        ModalWindows::whenShown<D>([fill = std::move(fill)](D *dialog) {
            fill(dialog);
            auto *buttons = dialog->template findChild<QDialogButtonBox *>();
            QPushButton *save = buttons->button(QDialogButtonBox::Save);
            if (!save)
                save = buttons->button(QDialogButtonBox::Ok);
            QVERIFY2(save->isEnabled(),
                     qPrintable(dialog->template findChild<QLabel *>("problems")->text()));
            save->click();
            QVERIFY2(!dialog->isVisible(),
                     qPrintable(dialog->template findChild<QLabel *>("problems")->text()));
        });
    }

    static void type(QWidget *dialog, const char *field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
        QVERIFY2(edit, field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Ctrl+PgUp or Ctrl+PgDn, once the window is active again after a dialog (offscreen, a
    // closed dialog gives the activation back to nobody).
    static bool turnPage(MainWindow &window, Qt::Key key)
    {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QTest::keyClick(&window, key, Qt::ControlModifier);
        return true;
    }

    static bool move(MainWindow &window, ApplicationStatus to)
    {
        for (QAction *action : window.findChild<ApplicationsPage *>()->moveMenu()->actions()) {
            if (action->text() == Statuses::displayName(to) && action->isEnabled()) {
                action->trigger();
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    }

    void cleanup() { m_db.reset(); }

    void aWholeDeskIsSetUpFromTheWindow()
    {
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        window.setActor(m_db->actor(StaffRole::Administrator));
        auto *guide = window.findChild<SetUpGuide *>();
        auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
        QTRY_VERIFY(guide->isVisible());
        QVERIFY(!table->isVisible());

        // A career track, from the guide.
        whenShown<TrackDialog>([](TrackDialog *d) {
            type(d, "code", QStringLiteral("SWE"));
            type(d, "name", QStringLiteral("Software Engineering"));
        });
        ModalWindows::button(guide, SetUpGuide::tr("Add a Career Trac&k…"))->click();
        QCOMPARE(m_db->scalar("SELECT count(*) FROM tracks WHERE code = 'SWE' AND active").toInt(),
                 1);
        const auto says = [guide](const QString &text) {
            const auto labels = guide->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&text](const QLabel *l) { return l->text() == text; });
        };
        QVERIFY(says(QStringLiteral("SWE"))); // the guide lists it at once

        // A cohort: the guide takes the officer to the Cohorts page and its dialog.
        whenShown<CohortDialog>([](CohortDialog *d) {
            type(d, "name", QStringLiteral("SWE March"));
            d->findChild<QDoubleSpinBox *>(QStringLiteral("price"))->setValue(15000);
            d->findChild<QDoubleSpinBox *>(QStringLiteral("deposit"))->setValue(1500);
        });
        ModalWindows::button(guide, SetUpGuide::tr("Add a C&ohort…"))->click();
        auto *pages = window.findChild<QTabWidget *>();
        auto *cohortsPage = window.findChild<CohortsPage *>();
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(cohortsPage));
        auto *cohorts = cohortsPage->findChild<QTableWidget *>(QStringLiteral("cohorts"));
        QTRY_COMPARE(cohorts->rowCount(), 1);
        QCOMPARE(cohorts->item(0, 1)->text(), QStringLiteral("SWE March"));

        // A mentor, back on the guide.
        QVERIFY(turnPage(window, Qt::Key_PageUp));
        QTRY_VERIFY(guide->isVisible());
        whenShown<MentorDialog>([](MentorDialog *d) {
            type(d, "name", QStringLiteral("Grace Hopper"));
            type(d, "email", QStringLiteral("grace@example.org"));
            auto *zone = d->findChild<QComboBox *>(QStringLiteral("time_zone"));
            zone->setCurrentText(QStringLiteral("Europe/Berlin"));
            auto *tracks = d->findChild<QListWidget *>(QStringLiteral("tracks"));
            QCOMPARE(tracks->count(), 1);
            tracks->item(0)->setCheckState(Qt::Checked);
        });
        ModalWindows::button(guide, SetUpGuide::tr("Add a Men&tor…"))->click();
        auto *mentorsPage = window.findChild<MentorsPage *>();
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(mentorsPage));
        auto *mentors = mentorsPage->findChild<QTableWidget *>(QStringLiteral("mentors"));
        QTRY_COMPARE(mentors->rowCount(), 1);
        QCOMPARE(mentors->item(0, 0)->text(), QStringLiteral("Grace Hopper"));

        // The guide marks what is done: past the Reports page, round to the first.
        QVERIFY(turnPage(window, Qt::Key_PageDown));
        QVERIFY(turnPage(window, Qt::Key_PageDown));
        QTRY_VERIFY(guide->isVisible());
        int done = 0;
        for (const QLabel *label : guide->findChildren<QLabel *>())
            done += label->accessibleName() == SetUpGuide::tr("Done") ? 1 : 0;
        QCOMPARE(done, 3); // track, cohort, mentor; the staff and the applicants are still to do

        // The first applicant, into the cohort.
        whenShown<NewApplicationDialog>([](NewApplicationDialog *d) {
            type(d, "first_name", QStringLiteral("Ada"));
            type(d, "last_name", QStringLiteral("Lovelace"));
            type(d, "email", QStringLiteral("ada@example.org"));
            auto *cohort = d->findChild<QComboBox *>(QStringLiteral("cohort"));
            cohort->setCurrentIndex(cohort->findText(QStringLiteral("SWE March")));
            QVERIFY(cohort->currentIndex() > 0);
        });
        ModalWindows::button(guide, SetUpGuide::tr("Ne&w Applicant…"))->click();
        QTRY_VERIFY(table->isVisible());
        QVERIFY(!guide->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));

        // Along the main road to enrolled, one move after the other. Qualified in a cohort with
        // a free seat is offered that seat at once.
        const auto road = [&window](std::initializer_list<ApplicationStatus> statuses) {
            for (ApplicationStatus to : statuses)
                QVERIFY2(move(window, to), qPrintable(Statuses::displayName(to)));
        };
        road({ApplicationStatus::Screening, ApplicationStatus::InterviewScheduled,
              ApplicationStatus::Interviewed, ApplicationStatus::Qualified});
        QCOMPARE(m_db->scalar("SELECT status FROM applications").toString(),
                 QStringLiteral("offered"));
        road({ApplicationStatus::Accepted});
        // Enrolling asks for the deposit: recorded on the panel's Payments tab.
        auto *payments = window.findChild<PaymentsTab *>();
        auto *ledger = payments->findChild<QTreeWidget *>(QStringLiteral("ledger"));
        QCOMPARE(ledger->topLevelItemCount(), 0);
        whenShown<PaymentDialog>([](PaymentDialog *d) {
            auto *amount = d->findChild<QDoubleSpinBox *>();
            QCOMPARE(amount->suffix(), QStringLiteral(" USD")); // the cohort's currency
            amount->setValue(1500);
        });
        ModalWindows::button(payments, PaymentsTab::tr("Record Payment…"))->click();
        QTRY_COMPARE(ledger->topLevelItemCount(), 1);
        QCOMPARE(m_db->scalar("SELECT payment_state FROM applications").toString(),
                 QStringLiteral("deposit_paid"));
        road({ApplicationStatus::Enrolled});
        auto *summary = window.findChild<QLabel *>(QStringLiteral("applicationSummary"));
        QTRY_VERIFY2(summary->text().contains(Statuses::displayName(ApplicationStatus::Enrolled)),
                     qPrintable(summary->text()));

        // A mentor for the new student: Find a mentor…, then assign the first suggestion.
        window.findChild<ApplicationsPage *>()->findMentorAction()->trigger();
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(mentorsPage));
        auto *suggestions = mentorsPage->findChild<QTableWidget *>(QStringLiteral("suggestions"));
        QTRY_COMPARE(suggestions->rowCount(), 1);
        QCOMPARE(suggestions->item(0, 0)->text(), QStringLiteral("Grace Hopper"));
        QPushButton *assign =
            ModalWindows::button(mentorsPage, MentorsPage::tr("Assign the selected ment&or"));
        QVERIFY(assign->isEnabled());
        assign->click();
        QTRY_VERIFY(mentors->item(0, 5)->text().startsWith(QStringLiteral("1 ")));

        QCOMPARE(m_db->scalar("SELECT status FROM applications").toString(),
                 QStringLiteral("enrolled"));
        QCOMPARE(m_db->scalar("SELECT m.name FROM mentor_assignments a JOIN mentors m ON "
                              "m.id = a.mentor_id WHERE a.state = 'active'")
                     .toString(),
                 QStringLiteral("Grace Hopper"));
    }
};

QTEST_MAIN(TestFirstDay)
#include "tst_firstday.moc"
