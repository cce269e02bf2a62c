#include "applicantpanel.h"
#include "applicationspage.h"
#include "browse/applicationtablemodel.h"
#include "deferralqueuedialog.h"
#include "mainwindow.h"
#include "modalwindows.h"
#include "reasondialog.h"
#include "showmainwindow.h"
#include "testdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

// The windows of deferral and the waitlist, offscreen on a real file: the panel's Waitlist tab
// (a waitlisted application's place and who is ahead, hidden for any other), and a move to
// Deferred, which asks for the later cohort beside the reason.
Q_DECLARE_METATYPE(StaffRole)

class TestDeferralWindows : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_summer = 0;
    qint64 m_zoe = 0; // accepted: holds SWE-1's one seat
    qint64 m_ada = 0; // waitlisted, qualified January 1
    qint64 m_bea = 0; // waitlisted, qualified January 2

    qint64 application(qint64 track, qint64 cohort, const QString &name, const QString &status,
                       const QString &qualifiedAt)
    {
        ApplicationRow row(m_db->addApplicant(name, "Doe", name.toLower() + "@example.org"), track,
                           status);
        row.cohortId = cohort;
        row.qualifiedAt = qualifiedAt;
        row.history = {"applied", "qualified", status};
        return m_db->addApplication(row);
    }

    // The window signed in as an officer, Zoe's row selected, and the Move to menu's Deferred…
    // action; nothing when a step fails (QVERIFY it).
    QAction *deferZoe(MainWindow &window)
    {
        auto *table = window.findChild<QTableView *>("applications");
        auto *model = qobject_cast<ApplicationTableModel *>(table->model());
        int row = -1;
        for (int r = 0; model && r < model->rowCount(); ++r)
            row = model->applicationId(r) == m_zoe ? r : row;
        if (row < 0)
            return nullptr;
        table->selectRow(row);
        QAction *defer = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            if (menu->title() != ApplicationsPage::tr("&Move to"))
                continue;
            for (QAction *action : menu->actions())
                defer =
                    action->text().startsWith(Statuses::displayName(ApplicationStatus::Deferred))
                        ? action
                        : defer;
        }
        return defer;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 track = m_db->addTrack("SWE");
        const qint64 spring = m_db->addCohort(track, "SWE-1", 1);
        m_summer = m_db->addCohort(track, "SWE-2", 5, QDate(2027, 6, 1));
        m_db->scalar("UPDATE cohorts SET state = 'draft' WHERE id = ?", {m_summer});
        m_zoe = application(track, spring, "Zoe", "accepted", "2026-12-01T09:00:00.000Z");
        m_ada = application(track, spring, "Ada", "waitlisted", "2027-01-01T09:00:00.000Z");
        m_bea = application(track, spring, "Bea", "waitlisted", "2027-01-02T09:00:00.000Z");
    }

    void cleanup() { m_db.reset(); }

    void panelShowsTheWaitlistPlace()
    {
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        auto *sections = panel.findChild<QTabWidget *>("sections");
        auto *tab = panel.findChild<QWidget *>("waitlistTab");
        QVERIFY(sections && tab);

        QVERIFY(panel.showApplication(m_bea));
        QVERIFY(sections->isTabVisible(sections->indexOf(tab)));
        sections->setCurrentWidget(tab);
        const QString position = tab->findChild<QLabel *>("waitlistPosition")->text();
        QVERIFY2(position.contains("Place 2 of 2") && position.contains("SWE-1"),
                 qPrintable(position));
        auto *ahead = tab->findChild<QTreeWidget *>("waitlistAhead");
        QCOMPARE(ahead->topLevelItemCount(), 2); // Ada, then Bea herself
        QCOMPARE(ahead->topLevelItem(1)->text(5), QString("this application"));
        QCOMPARE(ahead->topLevelItem(0)->text(1), QString::number(m_ada));
        QCOMPARE(ahead->topLevelItem(0)->text(2), QString("Ada Doe"));
        QCOMPARE(ahead->topLevelItem(0)->text(5), QString("qualified earlier"));

        QVERIFY(panel.showApplication(m_ada));
        QVERIFY(tab->findChild<QLabel *>("waitlistQueueTime")->text().contains("First in line"));
        QVERIFY(!ahead->isVisibleTo(tab));

        // Any other status has no place: the tab goes, and the panel shows the details.
        QVERIFY(panel.showApplication(m_zoe));
        QVERIFY(!sections->isTabVisible(sections->indexOf(tab)));
        QVERIFY(sections->currentWidget() != tab);
    }

    void deferringAsksForTheLaterCohort()
    {
        const Actor officer = m_db->actor(StaffRole::Officer);
        const auto window = signedInWindow(*m_db, officer);
        QVERIFY(window);
        QAction *defer = deferZoe(*window);
        QVERIFY(defer && defer->isEnabled());
        QVERIFY(defer->text().endsWith(ApplicationsPage::tr("…")));

        QStringList offered;
        ModalWindows::whenShown<ReasonDialog>([&offered](ReasonDialog *dialog) {
            auto *cohort = dialog->findChild<QComboBox *>("deferralCohort");
            QVERIFY(cohort);
            for (int i = 0; i < cohort->count(); ++i)
                offered << cohort->itemText(i);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no reason yet
            dialog->findChild<QComboBox *>("reason")->setEditText("The start date does not fit");
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        defer->trigger();
        QCOMPARE(offered.size(), 1); // SWE-1 is not later: only SWE-2
        QVERIFY2(offered.first().startsWith("SWE-2"), qPrintable(offered.first()));
        QCOMPARE(m_db->scalar("SELECT status FROM applications WHERE id = ?", {m_zoe}).toString(),
                 QString("deferred"));
        QCOMPARE(
            m_db->scalar("SELECT deferred_to_cohort_id FROM applications WHERE id = ?", {m_zoe})
                .toLongLong(),
            m_summer);
        // Her seat went to the first in line.
        QCOMPARE(m_db->scalar("SELECT status FROM applications WHERE id = ?", {m_ada}).toString(),
                 QString("offered"));
    }

    // With no later cohort of the track that takes anybody, the move is refused before it asks.
    void deferringWithoutALaterCohortIsRefused()
    {
        m_db->scalar("UPDATE cohorts SET state = 'cancelled' WHERE id = ?", {m_summer});
        const auto window = signedInWindow(*m_db, m_db->actor(StaffRole::Officer));
        QVERIFY(window);
        QAction *defer = deferZoe(*window);
        QVERIFY(defer && defer->isEnabled());
        QString told;
        ModalWindows::whenShown<QMessageBox>([&told](QMessageBox *box) {
            told = box->text();
            box->accept();
        });
        defer->trigger();
        QVERIFY2(
            told.contains(QString("Application %1 cannot be deferred: no later cohort").arg(m_zoe)),
            qPrintable(told));
        QCOMPARE(m_db->scalar("SELECT status FROM applications WHERE id = ?", {m_zoe}).toString(),
                 QString("accepted"));
    }

    // Settings → Deferral Queue…: the policy as stored, saved by an administrator, refused in
    // the dialog for anyone else.
    void deferralQueueDialogSavesOrRefuses_data()
    {
        QTest::addColumn<StaffRole>("role");
        QTest::addColumn<bool>("saved");
        QTest::newRow("administrator") << StaffRole::Administrator << true;
        QTest::newRow("officer") << StaffRole::Officer << false;
    }

    void deferralQueueDialogSavesOrRefuses()
    {
        QFETCH(StaffRole, role);
        QFETCH(bool, saved);
        DeferralQueueDialog dialog(m_db->connectionName(), m_db->actor(role));
        dialog.show();
        QVERIFY(dialog.findChild<QRadioButton *>("keepQualificationTime")->isChecked());
        dialog.findChild<QRadioButton *>("queueFromReturn")->setChecked(true);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.isVisible(), !saved);
        QCOMPARE(dialog.findChild<QLabel *>("problems")->text().isEmpty(), saved);
        QCOMPARE(m_db->scalar("SELECT value FROM desk_settings WHERE key = "
                              "'deferral_keeps_qualification_time'")
                     .toString(),
                 saved ? QString("false") : QString());
    }
};

QTEST_MAIN(TestDeferralWindows)
#include "tst_deferralwindows.moc"
