#include "cohortdialog.h"
#include "modalwindows.h"
#include "repositories/cohortrepository.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

class TestCohortDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsACohortWithItsRefundSchedule()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        db.addTrack("SWE");
        const Actor admin{db.addStaff("admin"), "admin"};
        CohortDialog dialog(db.connectionName(), admin);
        dialog.show();
        dialog.findChild<QLineEdit *>("name")->setText("SWE 2027-05");
        dialog.findChild<QSpinBox *>("capacity")->setValue(24);
        auto *schedule = dialog.findChild<QTableWidget *>("refundSchedule");
        ModalWindows::button(&dialog, CohortDialog::tr("Add a step"))->click();
        QCOMPARE(schedule->rowCount(), 1);
        schedule->item(0, 1)->setText("150"); // not a percentage
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>("problems")->text().contains("refund_schedule"));
        QCOMPARE(db.scalar("SELECT count(*) FROM cohorts").toInt(), 0);

        schedule->item(0, 1)->setText("50");
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = CohortRepository(db.connectionName()).findByName("SWE 2027-05");
        QVERIFY(saved && saved.value());
        QCOMPARE(saved.value()->capacity, 24);
        const auto steps = CohortRepository(db.connectionName()).refundSchedule(saved.value()->id);
        QCOMPARE(steps.value().size(), 1);
        QCOMPARE(steps.value().first().refundPercent, 50);
    }

    void moreSeatsAreOfferedToTheWaitlist()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        const qint64 cohort = db.addCohort(track, "SWE 2027-03", 0);
        ApplicationRow waitlisted(db.addApplicant("W", "L", "w@x.org"), track, "waitlisted");
        waitlisted.cohortId = cohort;
        waitlisted.qualifiedAt = FixtureTime;
        db.addApplication(waitlisted);
        CohortDialog dialog(db.connectionName(), Actor{db.addStaff("admin"), "admin"},
                            CohortRepository(db.connectionName()).find(cohort).value());
        dialog.show();
        QVERIFY(!dialog.findChild<QComboBox *>("track")->isEnabled());
        dialog.findChild<QSpinBox *>("capacity")->setValue(1);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.offersMade(), 1);
        QCOMPARE(db.scalar("SELECT status FROM applications").toString(),
                 QStringLiteral("offered"));
    }

    // Dates as every list of the window writes them (the locale's short format), states by
    // their names for people; the state saved is still the machine name.
    void datesAndStatesAsTheWindowShowsThem()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        const qint64 id = db.addCohort(track, "SWE 2027-03", 30, QDate(2027, 3, 1));
        db.scalar("UPDATE cohorts SET state = 'started' WHERE id = ?", {id});
        CohortDialog dialog(db.connectionName(), Actor{db.addStaff("admin"), "admin"},
                            CohortRepository(db.connectionName()).find(id).value());
        dialog.show();
        auto *starts = dialog.findChildren<QDateEdit *>().value(0);
        QVERIFY(starts);
        QCOMPARE(starts->displayFormat(), QLocale().dateFormat(QLocale::ShortFormat));
        QCOMPARE(starts->text(), QLocale().toString(QDate(2027, 3, 1), QLocale::ShortFormat));
        auto *state = dialog.findChild<QComboBox *>("state");
        QCOMPARE(state->currentText(), QStringLiteral("Started"));
        QCOMPARE(state->itemText(state->findData("cancelled")), QStringLiteral("Cancelled"));
        dialog.findChild<QSpinBox *>("capacity")->setValue(32);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(db.scalar("SELECT state || ' ' || starts_on FROM cohorts").toString(),
                 QStringLiteral("started 2027-03-01"));
    }
    // A draft may open for applications by itself on a day before its start.
    void aDraftOpensByItselfOnItsDay()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        db.addTrack("SWE");
        CohortDialog dialog(db.connectionName(), Actor{db.addStaff("admin"), "admin"});
        dialog.show();
        dialog.findChild<QLineEdit *>("name")->setText("SWE 2027-05");
        auto *state = dialog.findChild<QComboBox *>("state");
        state->setCurrentIndex(state->findData("draft"));
        auto *opensOn = dialog.findChild<QDateEdit *>("applicationsOpenOn");
        QVERIFY(!opensOn->isEnabled());
        dialog.findChild<QCheckBox *>("opensByItself")->setChecked(true);
        QVERIFY(opensOn->isEnabled());
        const QDate starts = dialog.findChildren<QDateEdit *>().value(0)->date();
        opensOn->setDate(starts.addDays(1));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.findChild<QLabel *>("problems")->text().contains("after the cohort starts"),
                 qPrintable(dialog.findChild<QLabel *>("problems")->text()));

        opensOn->setDate(starts.addDays(-30));
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(db.scalar("SELECT state || ' ' || applications_open_on FROM cohorts").toString(),
                 "draft " + starts.addDays(-30).toString(Qt::ISODate));
    }

    void theSeatsCannotGoBelowThoseTaken()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        const qint64 cohort = db.addCohort(track, "SWE 2027-03", 2);
        for (const char *email : {"a@x.org", "b@x.org"}) {
            ApplicationRow offered(db.addApplicant("A", "B", email), track, "offered");
            offered.cohortId = cohort;
            db.addApplication(offered);
        }
        CohortDialog dialog(db.connectionName(), Actor{db.addStaff("admin"), "admin"},
                            CohortRepository(db.connectionName()).find(cohort).value());
        dialog.show();
        dialog.findChild<QSpinBox *>("capacity")->setValue(1);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel *>("problems")->text(),
                 QStringLiteral("capacity: cohort SWE 2027-03 cannot have fewer seats than are "
                                "taken (taken: 2, asked for: 1)."));
        QCOMPARE(db.scalar("SELECT capacity FROM cohorts").toInt(), 2);
    }
};

QTEST_MAIN(TestCohortDialog)
#include "tst_cohortdialog.moc"
