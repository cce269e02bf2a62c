#include "applicantpanel.h"
#include "applicationspage.h"
#include "mainwindow.h"
#include "modalwindows.h"
#include "placementdialog.h"
#include "showmainwindow.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {
// Where screenshots go: /tmp/placement-NAME.png, or nowhere when PLACEMENT_SCREENSHOTS is "0".
void save(QWidget *widget, const QString &name)
{
    if (qgetenv("PLACEMENT_SCREENSHOTS") == "0")
        return;
    const QString path = QStringLiteral("/tmp/placement-%1.png").arg(name);
    QVERIFY2(widget->grab().toImage().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}
} // namespace

// Placed in the window: the dialog of the facts, ready only once they are all there, and the
// Application → Move to → Placed… menu that opens it.
class TestPlacementDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_track = 0;

    qint64 application(const QString &status)
    {
        ApplicationRow row(m_db->addApplicant("Grace", "Hopper", "grace@example.org"), m_track,
                           status);
        row.history = {"applied"};
        return m_db->addApplication(row);
    }

    static QPushButton *recordButton(const QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    static void fill(QDialog &dialog)
    {
        auto *outcome = dialog.findChild<QComboBox *>("outcome");
        outcome->setCurrentIndex(
            outcome->findText(Placement::displayName(PlacementOutcome::InFieldPartTimeOrContract)));
        dialog.findChild<QLineEdit *>("employer")->setText("Initech");
        dialog.findChild<QLineEdit *>("job_title")->setText("QA Engineer");
        dialog.findChild<QDateEdit *>("starts_on")->setDate(QDate(2027, 3, 1));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_track = m_db->addTrack("SWE");
    }

    void cleanup() { m_db.reset(); }

    void recordsOnlyOnceTheFactsAreThere()
    {
        const qint64 id = application("job_search");
        PlacementDialog dialog(m_db->connectionName(), m_db->actor(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *record = recordButton(dialog);
        QVERIFY(!record->isEnabled());

        auto *employer = dialog.findChild<QLineEdit *>("employer");
        employer->setText("Initech");
        dialog.findChild<QLineEdit *>("job_title")->setText("QA Engineer");
        QVERIFY(!record->isEnabled()); // no outcome chosen yet
        fill(dialog);
        QVERIFY(record->isEnabled());

        // A wrong salary is said under its field, and holds Record back.
        auto *salary = dialog.findChild<QLineEdit *>("salary");
        salary->setText("lots");
        QVERIFY(!record->isEnabled());
        QVERIFY(salary->toolTip().contains("whole number"));
        employer->setText("Init\x1b[0mech");
        QVERIFY(employer->toolTip().contains("Employer"));
        employer->setText("Initech");
        salary->setText("52000");
        QVERIFY(record->isEnabled());
        QVERIFY(salary->toolTip().isEmpty());

        record->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.events().size(), 1);
        QCOMPARE(m_db->scalar("SELECT status || ',' || placement_outcome || ',' || "
                              "placement_employer || ',' || placement_job_title || ',' || "
                              "placement_on || ',' || placement_salary FROM applications "
                              "WHERE id = ?",
                              {id})
                     .toString(),
                 QString("placed,in_field_part_time_contract,Initech,QA Engineer,2027-03-01,"
                         "52000"));
    }

    void aRefusalStaysInTheDialog()
    {
        const qint64 id = application("graduated");
        PlacementDialog dialog(m_db->connectionName(), m_db->actor(), id);
        dialog.show();
        fill(dialog);
        recordButton(dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.findChild<QLabel *>("problem")->text().contains("graduated"),
                 qPrintable(dialog.findChild<QLabel *>("problem")->text()));
        QCOMPARE(m_db->scalar("SELECT status FROM applications WHERE id = ?", {id}).toString(),
                 QString("graduated"));
    }

    // Move to → Placed… asks for the facts; the panel shows the search before, and the
    // placement after.
    void theMoveMenuOpensTheDialog()
    {
        const qint64 id = application("job_search");
        // Twenty days into the search, without a check-in: two weeks missed.
        m_db->scalar(
            "UPDATE applications SET job_search_started_on = ? WHERE id = ?",
            {QDateTime::currentDateTimeUtc().date().addDays(-20).toString(Qt::ISODate), id});
        auto window = signedInWindow(*m_db, m_db->actor());
        QVERIFY(window);
        auto *guarantee = window->findChild<QLabel *>("guarantee");
        QVERIFY(guarantee->isVisible());
        QVERIFY2(guarantee->text().contains("not eligible: week 1"), qPrintable(guarantee->text()));
        QVERIFY(window->findChild<QPushButton *>("logCheckIn")->isVisible());
        save(window.get(), "searching");
        QAction *placed = nullptr;
        const QString text = Statuses::displayName(ApplicationStatus::Placed) + "…";
        for (QAction *action : window->findChild<ApplicationsPage *>()->moveMenu()->actions())
            if (action->text() == text)
                placed = action;
        QVERIFY2(placed, qPrintable(text));
        QVERIFY(placed->isEnabled());

        // Cancelled, nothing moves.
        ModalWindows::whenShown<PlacementDialog>([](PlacementDialog *dialog) {
            QCOMPARE(dialog->objectName(), QString("placementDialog"));
            dialog->reject();
        });
        placed->trigger();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QCOMPARE(m_db->scalar("SELECT status FROM applications WHERE id = ?", {id}).toString(),
                 QString("job_search"));

        ModalWindows::whenShown<PlacementDialog>([](PlacementDialog *dialog) {
            fill(*dialog);
            dialog->findChild<QLineEdit *>("salary")->setText("about 50k");
            QTest::qWait(50); // the message under the field takes its room
            save(dialog, "dialog");
            dialog->findChild<QLineEdit *>("salary")->setText("52000");
            recordButton(*dialog)->click();
        });
        placed->trigger();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QCOMPARE(m_db->scalar("SELECT status FROM applications WHERE id = ?", {id}).toString(),
                 QString("placed"));
        QTRY_VERIFY(guarantee->text().contains("Initech"));
        QVERIFY(!window->findChild<QPushButton *>("logCheckIn")->isVisible());
        save(window.get(), "placed");
    }
};

QTEST_MAIN(TestPlacementDialog)
#include "tst_placementdialog.moc"
