#include "applicationspage.h"
#include "browse/applicationsearchindex.h"
#include "browse/applicationtablemodel.h"
#include "mainwindow.h"
#include "mergeapplicantsdialog.h"
#include "showmainwindow.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

// Application → Merge Applicants…: two records of one person side by side, a value chosen per
// field, merged through core, and the window showing the survivor at once.
class TestMergeApplicants : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_firstApplication = 0;
    qint64 m_secondApplication = 0;

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        return m_db->scalar(sql, values);
    }
    qint64 mergedInto(qint64 applicant)
    {
        return scalar("SELECT coalesce(merged_into, 0) FROM applicants WHERE id = ?", {applicant})
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 track = m_db->addTrack(QStringLiteral("SWE"));
        m_first = m_db->addApplicant("Ada", "Lovelace", "ada@old.example", "+44 20 7946 0001");
        m_second = m_db->addApplicant("Ada", "King", "ada@new.example");
        m_firstApplication = m_db->addApplication(m_first, track);
        m_secondApplication = m_db->addApplication(m_second, track);
        QVERIFY_OK(ApplicationSearchIndex(m_db->connectionName()).rebuild());
    }

    void cleanup() { m_db.reset(); }

    void theDialogMergesTheChosenFields()
    {
        MergeApplicantsDialog dialog(m_db->connectionName(), m_db->actor(StaffRole::Officer),
                                     m_first, m_second);
        QVERIFY2(dialog.isLoaded(), qPrintable(dialog.loadError()));
        QCOMPARE(dialog.survivorId(), m_first);
        // The survivor's values by default, the one there is where it has none.
        QVERIFY(dialog.choiceButton("email", 0)->isChecked());
        QVERIFY(dialog.choiceButton("phone", 0)->isChecked());
        QVERIFY(dialog.choiceButton("last_name", 0)->isChecked());
        QVERIFY2(dialog.summary().contains("applications 1, activities 0"), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(QStringLiteral("Ada King (applicant %1)").arg(m_second)),
                 qPrintable(dialog.summary()));

        dialog.choiceButton("email", 1)->setChecked(true);
        dialog.choiceButton("last_name", 1)->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.merged().applications, 1);

        QCOMPARE(scalar("SELECT email FROM applicants WHERE id = ?", {m_first}).toString(),
                 QStringLiteral("ada@new.example"));
        QCOMPARE(scalar("SELECT last_name FROM applicants WHERE id = ?", {m_first}).toString(),
                 QStringLiteral("King"));
        QCOMPARE(scalar("SELECT phone FROM applicants WHERE id = ?", {m_first}).toString(),
                 QStringLiteral("+44 20 7946 0001"));
        QCOMPARE(mergedInto(m_second), m_first);
        QCOMPARE(
            scalar("SELECT count(*) FROM applications WHERE applicant_id = ?", {m_first}).toInt(),
            2);
    }

    void theOtherRecordCanSurvive()
    {
        MergeApplicantsDialog dialog(m_db->connectionName(), m_db->actor(StaffRole::Officer),
                                     m_first, m_second);
        dialog.setSurvivor(m_second);
        QCOMPARE(dialog.duplicateId(), m_first);
        // The defaults follow the survivor: its email, and the phone only the other has.
        QVERIFY(dialog.choiceButton("email", 1)->isChecked());
        QVERIFY(dialog.choiceButton("phone", 0)->isChecked());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(mergedInto(m_first), m_second);
        QCOMPARE(scalar("SELECT phone FROM applicants WHERE id = ?", {m_second}).toString(),
                 QStringLiteral("+44 20 7946 0001"));
    }

    void aRefusalIsShownAndChangesNothing()
    {
        MergeApplicantsDialog dialog(m_db->connectionName(), m_db->actor(StaffRole::ReadOnly),
                                     m_first, m_second);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.summary().startsWith("Nothing was merged"), qPrintable(dialog.summary()));
        QCOMPARE(mergedInto(m_second), 0);

        MergeApplicantsDialog itself(m_db->connectionName(), m_db->actor(StaffRole::Officer),
                                     m_first, m_first);
        QVERIFY(!itself.isLoaded());
        QVERIFY2(
            itself.loadError().contains(QStringLiteral("Ada Lovelace (applicant %1)").arg(m_first)),
            qPrintable(itself.loadError()));
    }

    void theWindowMergesTheTwoSelectedApplications()
    {
        auto window = signedInWindow(*m_db, m_db->actor(StaffRole::Officer));
        QVERIFY(window);
        auto *page = window->findChild<ApplicationsPage *>();
        auto *table = window->findChild<QTableView *>(QStringLiteral("applications"));
        QAction *merge = page->mergeApplicantsAction();
        QVERIFY(merge->isVisible());
        QVERIFY(!merge->isEnabled()); // one application is not two
        QCOMPARE(table->model()->rowCount(), 2);
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0), table->model()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(merge->isEnabled());

        bool answered = false;
        QTimer::singleShot(0, [this, &answered] {
            QTRY_VERIFY(qobject_cast<MergeApplicantsDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<MergeApplicantsDialog *>(QApplication::activeModalWidget());
            // The current application's applicant survives by default.
            QCOMPARE(dialog->survivorId(), m_first);
            dialog->choiceButton("email", 1)->setChecked(true);
            answered = true;
            dialog->accept();
            if (dialog->isVisible())
                dialog->reject();
        });
        merge->trigger();
        QVERIFY(answered);
        QCOMPARE(mergedInto(m_second), m_first);
        // Both rows are the survivor's now; the survivor's application is the current one, and
        // two applications of one person are no merge.
        auto *model = qobject_cast<ApplicationTableModel *>(table->model());
        QVERIFY(model);
        QTRY_COMPARE(model->applicationId(table->currentIndex().row()), m_firstApplication);
        QVERIFY(!merge->isEnabled());
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0), table->model()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!merge->isEnabled());
    }

    void aReadOnlyUserIsNotOffered()
    {
        auto window = signedInWindow(*m_db, m_db->actor(StaffRole::ReadOnly));
        QVERIFY(window);
        auto *page = window->findChild<ApplicationsPage *>();
        auto *table = window->findChild<QTableView *>(QStringLiteral("applications"));
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0), table->model()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!page->mergeApplicantsAction()->isVisible());
        QVERIFY(!page->mergeApplicantsAction()->isEnabled());
    }
};

QTEST_MAIN(TestMergeApplicants)
#include "tst_mergeapplicants.moc"
